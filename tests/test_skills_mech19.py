"""Skills in text that is not the hire's work (nineteenth session, helper mech19): structural forms, whatever words
they hold. A team or department named with its fields before its word and a word of working together (the form after
a verb of working with it: since ev27 its term hits are dropped, the text is not cut; an outside party named so,
服务商 / 代理, is still left out: those cases are strict xfail), and a team's make-up in brackets;
the jobs of a hiring plan or of other openings; training and learning the employer gives; a list of the employer's
products in a selling clause; a company line opened by 主要为 / 主要从事 / 旗下.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

_LEFT_OUT = "an outside party named after a verb of working with it: that form is left out (nlp/skills.py)"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A team's fields named before its word, after a verb of working with it: the team's work (guide: colleagues).
        ("天猫运营", "对接抖音、小红书内容团队，做好站外种草", None, "skill:new_media_operations"),
        ("亚马逊运营经理", "与产品、供应链、品牌、物流部门协同，把控备货深度和库存周转", None, "skill:supply_chain"),
        (
            "亚马逊运营经理",
            "与产品、供应链、品牌、物流部门协同，把控备货深度和库存周转",
            "skill:inventory_planning",
            None,
        ),
        (
            "DTC运营",
            "与Google Ads、Meta投放团队配合，分析GA4数据，提升ROAS",
            "skill:google_analytics",
            "skill:google_ads",
        ),
        ("DTC运营", "与Google Ads、Meta投放团队配合，分析GA4数据，提升ROAS", None, "skill:facebook_ads"),
        ("抖音小店运营", "对接巨量千川投放同事，跟踪直播间数据", None, "skill:ad_campaign_management"),
        # After 协调 the department's work is the colleagues' (R109, the twentieth session's form): this one holds.
        ("数据产品经理", "协调数据开发、数据分析团队推进项目落地", None, "skill:data_analysis"),
        ("商务经理", "对接客户方面的市场、公关、digital等部门，提供整合营销服务", None, "skill:public_relations"),
        ("ICP备案专员", "负责与电信主管、公安、版权等政府管理部门的沟通协调", None, "skill:copyright"),
        ("关务经理", "对接海关、商检、外汇、税务等部门，处理查验、退单和稽查事宜", None, "skill:exchange_rate"),
        # 部 as a department's suffix (twenty-sixth session, fx26) makes this form a colleague too.
        ("采购专员", "配合物流部安排FBA头程发货和海外仓备货", "skill:first_leg", "skill:logistics_general"),
        ("德国站运营", "与德国售后中心协作提升店铺评分", None, "skill:after_sales"),
        ("亚马逊运营", "与产品开发、设计、物流部门协同推进新品上架", None, "skill:product_development"),
        ("产品经理", "与亚马逊运营、海外营销团队协同制定上市计划", None, "skill:amazon_operations"),
        ("市场专员", "支持销售、客服团队的日常工作，整理会议纪要", None, "skill:customer_service"),
        ("运营助理", "协助视觉、摄影部门安排样品", None, "skill:product_photography"),
        # What the hire does with the team stays; so does the hire's own work before the team is named.
        ("亚马逊运营", "配合运营团队完成listing优化和广告投放", "skill:listing_optimization", None),
        ("社媒运营", "负责抖音、小红书账号运营，与内容团队配合产出选题", "skill:new_media_operations", None),
        ("广告优化师", "负责Google Ads投放，与设计团队配合制作素材", "skill:google_ads", None),
        ("运营经理", "带领5人运营团队，负责亚马逊店铺运营", "skill:amazon_operations", None),
        # (naming overseas clients is no development: the development verb keeps the hire's work, R4; w21 sales)
        ("采购专员", "负责开发海外客户和物流团队的对接", "skill:overseas_customer_development", None),
        ("亚马逊运营", "负责亚马逊店铺运营，与设计部门配合完成主图", "skill:amazon_operations", None),
        ("运营专员", "和团队一起完成店铺的日常运营及Facebook广告投放", "skill:facebook_ads", None),
        ("数据分析师", "与业务部门沟通，负责SQL取数和数据分析报告", "skill:data_analysis", None),
        ("运营主管", "负责全部店铺的广告投放，优化ACoS", "skill:ad_campaign_management", None),
        # A team's make-up in brackets: who it holds; the make-up of a team the hire leads is the hire's remit.
        (
            "海外营销经理",
            "与美国营销团队（品牌、PR、社区）、深圳内容中心（视频拍摄、设计）紧密合作",
            None,
            "skill:video_shooting",
        ),
        ("运营总监", "现有团队：TikTok组（含达人BD和直播）、Walmart组", None, "skill:livestreaming"),
        (
            "品类经理",
            "本岗位不负责图片制作，公司有独立的视觉中心（摄影棚+美工+视频团队）",
            None,
            "skill:ecommerce_art_design",
        ),
        ("跨境物流经理", "管理物流部（海运订舱、报关清关、海外仓对接）", "skill:shipping_booking", None),
        ("仓库主管", "管理仓库40人作业团队（收货、贴标、打包、装柜），排班及绩效考核", "skill:fulfillment_ops", None),
        # An outside party named with its field, after a verb of working with it: the party's work.
        pytest.param(
            "总经理助理",
            "对接外部服务商：跨境物流、商标注册代理、VAT代理，收集报价、比较方案",
            "skill:quotation",
            "skill:trademark",
            marks=pytest.mark.xfail(
                strict=True,
                reason=_LEFT_OUT,
            ),
        ),
        pytest.param(
            "会计",
            "配合欧洲VAT税务代理提供销售数据",
            None,
            "skill:vat",
            marks=pytest.mark.xfail(
                strict=True,
                reason=_LEFT_OUT,
            ),
        ),
        ("知识产权专员", "与外部律所配合处理商标异议", None, None),
        ("Allegro运营", "对接波兰本地海外仓及InPost、DPD等物流服务商", "skill:logistics_channel_selection", None),
        ("会计", "负责欧洲VAT申报，对接税务代理", "skill:vat", None),
        # The areas of a client's needs: what the hire's product serves; the hire's own correspondence stays.
        (
            "云计算客户经理",
            "负责出海企业的云资源销售，挖掘客户在海外部署、数据合规、CDN加速等方面的需求",
            None,
            "skill:data_privacy",
        ),
        ("采购跟单", "负责与日本客户的邮件往来（报价单、样品确认、出货通知）", "skill:quotation", None),
        # Leads or resources the employer hands the hire: where the leads come from; a tool the company gives is used.
        (
            "课程顾问",
            "通过公司提供的线上资源（抖音、小红书留资、公众号咨询）跟进意向学员",
            None,
            "skill:new_media_operations",
        ),
        ("电话销售", "跟进公司提供的客户线索，邀约到店体验", None, None),
        ("运营专员", "使用公司提供的ERP系统处理订单", "skill:erp_general", None),
        # Jobs of a hiring plan, of a recruiting duty and of other openings are others' jobs.
        (
            "人力资源经理",
            "负责公司招聘计划的实施，主要包括大数据研发工程师、数据挖掘工程师、NLP、前端、Java等技术岗位",
            None,
            "skill:data_mining",
        ),
        (
            "人力资源经理",
            "负责公司招聘计划的实施，主要包括大数据研发工程师、数据挖掘工程师、NLP、前端、Java等技术岗位",
            None,
            "skill:frontend_dev",
        ),
        ("HRBP", "负责年度招聘，如产品经理、数据分析、UI设计等岗位", None, "skill:ui_design"),
        ("人力资源经理", "重点保障运营、广告、供应链等业务岗位的批量招聘", None, "skill:supply_chain"),
        ("招聘专员", "负责技术类岗位（前端、后端、测试）的招聘", None, "skill:frontend_dev"),
        ("运营专员", "我们还在招：Java工程师、UI设计师，欢迎推荐", None, "skill:ui_design"),
        ("亚马逊运营", "热招职位：Java开发、数据分析师", None, "skill:java"),
        ("运营主管", "负责亚马逊店铺运营及运营人员的管理和招聘", "skill:amazon_operations", None),
        ("亚马逊运营", "招聘亚马逊运营专员，负责店铺日常运营和广告投放", "skill:ad_campaign_management", None),
        # Training and learning the employer gives: a benefit, not a requirement.
        ("运营助理", "入职有带薪培训，系统学习亚马逊运营", None, "skill:amazon_operations"),
        ("德语Listing编辑", "不要求有亚马逊经验，公司会培训平台规则", None, "skill:marketplace_rules"),
        ("课程顾问", "入职后公司提供产品知识培训，可以免费旁听亚马逊运营课程", None, "skill:amazon_operations"),
        ("电商助理", "有师傅带，手把手学习天猫店铺运营", None, "skill:tmall_operations"),
        ("运营助理", "入职后会有专人培训亚马逊后台操作", None, "skill:seller_central"),
        ("运营助理", "你将学到：亚马逊广告投放、Listing优化", None, "skill:listing_optimization"),
        ("运营助理", "提供系统的TikTok直播培训", None, "skill:livestreaming"),
        ("运营助理", "入职有带薪培训。\n岗位职责：\n1、负责亚马逊运营", "skill:amazon_operations", None),
        ("运营主管", "能培训新人，熟悉亚马逊运营和广告投放", "skill:amazon_operations", None),
        ("数据分析", "系统学习过数据分析课程者优先", "skill:data_analysis", None),
        ("运营专员", "学习能力强，熟悉亚马逊站内广告", "skill:onsite_ppc", None),
        ("培训主管", "负责运营团队的培训体系搭建，熟悉亚马逊运营", "skill:amazon_operations", None),
        # A list of the employer's products in a selling clause: what the hire sells (R53, R74).
        (
            "客户经理",
            "寻找销售机会，售卖又拍云的CDN、云存储、SSL证书、短信等相关云服务产品",
            None,
            "skill:cloud_platforms",
        ),
        ("大客户经理", "负责公司基础云计算业务（云主机、云存储及CDN）等产品销售", None, "skill:cloud_platforms"),
        ("广告销售", "主要负责丁香医生微信公众号广告资源的销售", None, "skill:new_media_operations"),
        ("SaaS销售", "向卖家推荐ERP、选品工具等产品，完成销售指标", None, "skill:product_selection"),
        ("运维工程师", "熟悉阿里云、AWS等云服务产品的部署", "skill:cloud_platforms", None),
        ("亚马逊运营", "负责公司产品在亚马逊平台的销售和推广", "skill:amazon_operations", None),
        # A company line opened by what the employer mainly does: the employer's services, not the hire's.
        ("客户经理", "公司主要为跨境电商卖家提供FBA中转、一件代发和退货处理服务", None, "skill:dropshipping"),
        (
            "运营专员",
            "公司主要从事亚马逊和eBay平台的家居用品销售。\n岗位职责：\n1、负责Shopee店铺运营",
            None,
            "skill:ebay_operations",
        ),
        (
            "运营专员",
            "公司主要从事亚马逊和eBay平台的家居用品销售。\n岗位职责：\n1、负责Shopee店铺运营",
            "skill:shopee_operations",
            None,
        ),
        ("销售", "公司旗下有Shopify建站工具和独立站SaaS", None, "skill:shopify_store"),
        ("客服", "主要为海外客户提供售后服务，处理退换货", "skill:after_sales", None),
        # A sentence opening on a name that serves its customers: the employer's services, wherever it stands.
        (
            "物流单证专员",
            "远帆国际货代为跨境电商卖家提供海运整柜、空派、FBA头程及清关派送一站式服务。\n岗位职责：\n1、负责报关单据制作",
            None,
            "skill:customs_clearance",
        ),
        (
            "仓库主管",
            "岗位职责：\n1、负责仓库收发货管理\n宏迅供应链为跨境电商卖家提供国内集货仓及海外仓一站式服务",
            None,
            "skill:supply_chain",
        ),
        ("采购专员", "鼎丰供应链为多家Temu全托管卖家提供采购、备货一站式服务", None, "skill:global_consignment"),
        (
            "泰语运营",
            "星海是官方授权服务商，为品牌方提供代运营、达人营销和直播代播服务。\n岗位职责：\n1、负责泰国站运营",
            None,
            "skill:influencer_marketing",
        ),
        # Not a duty item, nor a sentence without a name.
        ("翻译", "岗位职责：\n1、为跨境电商客户提供listing、A+页面的本地化翻译", "skill:a_plus_content", None),
        ("客服", "岗位职责：\n为海外客户提供售后服务，处理退换货", "skill:after_sales", None),
        ("运营", "负责为店铺提供选品建议和竞品分析报告", "skill:competitor_analysis", None),
        # A heading "关于<name>" on its own line opens the employer's introduction; the job's own parts do not.
        (
            "供应链计划经理",
            "【关于驰纳】\n驰纳电子专注便携储能，产品通过亚马逊、品牌独立站等渠道销往全球。\n【岗位职责】\n1、负责S&OP计划",
            None,
            "skill:independent_site_operations",
        ),
        ("运营", "关于岗位：\n负责独立站的日常运营", "skill:independent_site_operations", None),
        ("运营", "关于你：\n有Shopify独立站运营经验", "skill:independent_site_operations", None),
        # A name said to be a kind of business, with a longer description before the kind word.
        (
            "外贸业务经理",
            "铂川电器是顺德本地的厨房小家电OEM/ODM工厂，产品销往欧美。\n岗位职责：\n1、负责中国制造网询盘跟进",
            None,
            "skill:oem_odm",
        ),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
