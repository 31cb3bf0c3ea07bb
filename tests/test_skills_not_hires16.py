"""Skills in text that is not the hire's own work (sixteenth session, helper sk16e): the employer introducing itself in
the first person, its products and services under their own heading, the tool or service the hire sells, work sent
outside, a trainer's course content, counterparts the hire works with (an agency, a platform's account manager), and
the ERP or seller tool an engineer builds (R53, R74); beside each, the nearby lines that ARE the hire's work and keep
their ids.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # The employer in the first person (我司, 本司, 我们公司, 我们这边) saying what it does: a blurb line.
        (
            "物流专员",
            "我司专做亚马逊FBA头程、美国海外仓一件代发。\n1.负责客户订单跟进",
            "skill:order_follow_up",
            "skill:first_leg",
        ),
        (
            "物流专员",
            "我司专做FBA头程、美国海外仓一件代发,现招物流专员,负责客户订单跟进",
            None,
            "skill:overseas_warehouse",
        ),
        ("物流专员", "1.负责客户订单跟进\n我司专做FBA头程和海外仓一件代发,客户稳定", None, "skill:dropshipping"),
        ("文员", "我们公司做亚马逊FBA头程和海外仓\n要求:会用excel做表", None, "skill:first_leg"),
        ("文员", "我们这边做TikTok直播带货和短视频\n要求:细心", None, "skill:livestreaming"),
        ("客服", "本司主营家居,在亚马逊和沃尔玛上有十几个店铺,做FBA\n要求:英语好", None, "skill:fba"),
        # ... and the hire's own work beside the employer's name stays.
        ("物流专员", "岗位职责:\n1.负责公司FBA头程发货\n2.跟踪物流", "skill:first_leg", None),
        ("物流专员", "公司FBA头程发货的订舱和跟踪", "skill:first_leg", None),
        ("运营专员", "我们需要你运营亚马逊店铺,负责上新", "skill:amazon_operations", None),
        ("运营专员", "负责我司亚马逊店铺运营", "skill:amazon_operations", None),
        # The employer's products and services under their heading.
        ("销售", "公司产品:亚马逊广告托管服务、listing优化工具\n岗位职责:\n1.开发新客户", None, "skill:onsite_ppc"),
        ("销售", "我们的产品\n跨境物流专线、海外仓一件代发\n岗位职责:\n1.开发新客户", None, "skill:overseas_warehouse"),
        (
            "Sales",
            "our products:\ntiktok shop ads management and listing optimization\nwhat you'll do\n- find leads",
            None,
            "skill:listing_optimization",
        ),
        # ... a duty that opens on 公司产品 is no heading.
        ("商务拓展", "岗位职责:\n1、公司产品的亚马逊店铺运营\n2、客户开发", "skill:amazon_operations", None),
        # The tool or service sold is the employer's product (R74: selling ERP software is no erp_general).
        (
            "客户经理",
            "1.向亚马逊卖家销售我司的ERP软件和选品工具\n2.维护客户关系",
            "skill:customer_maintenance",
            "skill:erp_general",
        ),
        ("销售代表", "负责推销公司的亚马逊广告优化软件", None, "skill:onsite_ppc"),
        ("Sales Executive", "- sell our tiktok shop analytics software to brands", None, "skill:tiktok_shop"),
        (
            "Sales Executive – AI Listing Tool for Amazon Sellers",
            "- run demos for sellers",
            None,
            "skill:product_listing",
        ),
        # ... using a tool, or selling a forwarder's lanes (R63), is the hire's.
        ("货代销售", "向客户销售我司的FBA头程专线服务", "skill:first_leg", None),
        ("货代销售", "为客户提供头程物流方案和报价", "skill:first_leg", None),
        ("运营专员", "熟练使用ERP系统处理订单", "skill:erp_general", None),
        ("运营专员", "熟练使用卖家精灵等选品工具做选品", "skill:product_selection", None),
        ("ERP系统管理员", "负责ERP系统的日常维护", "skill:erp_general", None),
        # Work sent outside, with the outside party's name.
        ("美工", "1.负责主图设计\n产品拍摄外包给摄影棚", "skill:product_image_design", "skill:product_photography"),
        ("设计", "包装设计委托给第三方,你负责主图", None, "skill:packaging_design"),
        ("美工", "1.负责主图设计和产品拍摄", "skill:product_photography", None),
        # What the employer will teach the hire is a perk.
        ("运营助理", "零基础可教,带你学会亚马逊广告投放", None, "skill:onsite_ppc"),
        ("运营助理", "岗位职责:\n1.协助上新\n公司会教你亚马逊广告和选品", None, "skill:product_selection"),
        ("Operations Assistant", "what we offer\n- you will learn amazon ppc and listing optimization from our team",
         None, "skill:onsite_ppc"),
        ("Operations Assistant", "- run amazon ppc campaigns\n- answer customer emails", "skill:onsite_ppc", None),
        ("Account Manager", "our clients include top amazon sellers; we provide fba prep and 3pl services.", None,
         "skill:fba"),
        # A trainer's course content is the school's product.
        ("讲师", "参与课程研发,编写外贸函电、询盘回复、listing写作等教学案例", None, "skill:inquiry_handling"),
        ("讲师", "开发亚马逊广告、选品分析等课程", None, "skill:product_selection"),
        ("讲师", "课程内容:选品、广告投放、FBA物流\n要求:有教学经验", None, "skill:fba"),
        ("外贸业务员", "负责询盘回复和客户跟进", "skill:inquiry_handling", None),
        # Training the hire gives others stays (ERP implementation training for clients).
        ("ERP实施顾问", "岗位职责:\n1.为客户提供ERP实施培训\n2.负责客户现场部署", "skill:erp_general", None),
        # A counterpart the hire works with: a team or an agency, a platform's account manager.
        (
            "Marketing Manager",
            "- work with our in-house creative team and us influencer agency\n- run meta ads",
            "skill:facebook_ads",
            "skill:influencer_marketing",
        ),
        ("Marketing Manager", "- work with influencers on tiktok to drive sales", "skill:influencer_marketing", None),
        ("广告投手", "能直接和海外代理商、平台客户经理邮件沟通", None, "skill:customer_communication"),
        ("客服", "通过邮件与客户沟通,解决售后问题", "skill:customer_communication", None),
        # A competitor's items are what competitor research reads, not the hire's listing, ads or prices.
        ("运营", "分析竞品的listing、价格和广告位", "skill:competitor_analysis", "skill:product_listing"),
        ("运营", "分析竞争对手的广告策略和定价", "skill:competitor_analysis", "skill:pricing_strategy"),
        ("运营", "跟踪竞品的站外推广和红人合作", "skill:competitor_analysis", "skill:influencer_marketing"),
        ("运营", "研究竞品的卖点并优化自家listing", "skill:listing_optimization", None),
        ("运营", "分析竞品的价格和市场趋势", "skill:market_research", None),
        # The ERP or seller tool a software engineer builds is the product (R53, R74), not the implementer's.
        ("Java开发工程师（跨境ERP）", "负责ERP订单中心、库存中心模块的后端开发", None, "skill:erp_general"),
        (
            "Backend Engineer – Cross-border ERP (Java)",
            "- experience with 领星/马帮-style seller tools",
            None,
            "skill:lingxing",
        ),
        ("Java开发工程师", "有电商、ERP、WMS系统开发经验者优先", None, "skill:wms_oms"),
        ("ERP实施顾问", "负责领星ERP在客户处的部署与上线", "skill:lingxing", None),
        ("ERP实施工程师", "熟悉ERP系统的采购、库存模块配置", "skill:erp_general", None),
    ],
)
def test_not_the_hires_work(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
