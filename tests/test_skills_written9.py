"""Skills rules from the ninth tuning round (cross-border written ads): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # The busy season named as a workload or overtime period is no campaign skill; preparing for it is.
        ("速卖通客服", "每年十月到十二月是旺季，旺季会比较忙，有加班费。", None, "skill:peak_season_campaigns"),
        ("仓库主管", "旺季需配合排班，周末轮休。", None, "skill:peak_season_campaigns"),
        ("亚马逊运营", "负责旺季备战和黑五大促的选品与备货。", "skill:peak_season_campaigns", None),
        # Reading buyers' messages in a language is a reading ability; answering buyers in it is customer service.
        ("Ozon运营", "俄语能看懂买家留言即可，后台有中文。", None, "skill:multilingual_customer_service"),
        ("乐天客服", "用日语回复买家邮件，处理退换货。", "skill:multilingual_customer_service", None),
        # Watching, reviewing or analysing sales volume or GMV is sales analysis; a GMV target, a competitor's sales
        # and figures a live show is reviewed by (根据…复盘, R29) are not.
        ("Temu运营", "每天查看各款销量，决定补货和下架。", "skill:sales_analysis", None),
        ("抖店运营", "每周复盘店铺GMV和客单价。", "skill:sales_analysis", None),
        ("TikTok运营", "完成店铺月度GMV目标。", None, "skill:sales_analysis"),
        ("亚马逊运营助理", "监控竞品价格和销量，整理成表格。", None, "skill:sales_analysis"),
        # Watching, keeping or sorting a store's reviews is review management; handling bad reviews alone is not
        # (the labels give it to complaint handling), nor is sorting staff appraisals.
        ("亚马逊运营助理", "监控店铺评论，发现问题及时反馈。", "skill:review_management", None),
        ("Allegro运营", "维护店铺评分和买家评价。", "skill:review_management", None),
        ("人事专员", "整理员工绩效评价表。", None, "skill:review_management"),
        # "Strong analytical skills" in an English ad asks for data analysis.
        ("Growth Marketer", "Strong analytical skills; SQL is a plus.", "skill:data_analysis", None),
        # Negotiating prices in a buying or logistics job is price negotiation; a salesperson's price talks are not.
        ("采购专员", "开发工厂，谈判价格和账期，签订采购合同。", "skill:price_negotiation", None),
        ("外贸业务员", "展会客户接洽，谈判价格和交期。", None, "skill:price_negotiation"),
        # Being sensitive to fashion trends is a disposition (R11), also with the market named between; studying them
        # is trend research.
        ("女装运营", "对欧美女装款式和流行趋势敏感。", None, "skill:trend_research"),
        ("买手", "研究欧美女装流行趋势，配合设计师开发新款。", "skill:trend_research", None),
        # "AI" beside "apps" or "generative models" is artificial intelligence, not Illustrator ("ps" is in "apps").
        ("UA Manager", "We build AI avatar apps for creators.", None, "skill:illustrator"),
        ("电商美工", "熟练使用PS、AI等设计软件。", "skill:illustrator", None),
        # YouTube named as where creators or reviewers are found is creator outreach, not running a channel.
        ("PR Manager", "Build relationships with journalists and YouTube reviewers.", None, "skill:youtube_operations"),
        (
            "Influencer Manager",
            "Partner with YouTube and TikTok creators for reviews.",
            None,
            "skill:youtube_operations",
        ),
        (
            "海外社媒运营",
            "分析投放数据，输出周报；\n运营海外社交媒体账号（Instagram、YouTube），策划内容与活动；",
            "skill:youtube_operations",
            None,
        ),
        # A buyer's questions about an order and a plant's schedule clashes are not order processing; handling
        # orders, changes and cancellations is.
        ("俄语客服", "回复买家咨询，处理订单问题、退货和差评。", None, "skill:order_processing"),
        ("生产计划员", "能在压力下处理多个订单的排产冲突。", None, "skill:order_processing"),
        ("日语客服", "处理订单变更、取消和退换货。", "skill:order_processing", None),
        # "Writing skills" and press materials are the English counterparts of 文字功底 and 新闻稿.
        ("PR Manager", "Strong writing skills; you will write press materials.", "skill:copywriting", None),
        # Listing items or products on a marketplace, in English; prices "listed" in a table are not.
        (
            "Etsy Shop Operations Assistant",
            "List new items on Etsy with English titles and tags.",
            "skill:product_listing",
            None,
        ),
        ("Etsy Shop Operations Assistant", "Our prices are listed in items below.", None, "skill:product_listing"),
        # Seller Central in Chinese (卖家中心).
        ("Temu运营", "在卖家中心提交上新申请。", "skill:seller_central", None),
        # Following or collecting industry news and information is market research in operations or marketing work,
        # and in a sales job too (R79: tune2 row 1550, a sales rep's "及时关注行业动态", relabelled with it).
        ("活动运营", "关注行业动态，负责行业资讯收集。", "skill:market_research", None),
        ("医药代表", "及时关注行业动态，与医院专家保持联系，完成销售指标。", "skill:market_research", None),
        # Adjusting work by figures named a few words before 数据 uses data to drive it (R47).
        ("短视频剪辑", "根据播放完成率和转化数据调整剪辑方式。", "skill:data_analysis", None),
        # The purchasing department a planner coordinates with is not the planner's purchasing.
        ("生产计划员", "协调采购部保证原材料按时到厂。", None, "skill:purchasing"),
        ("采购专员", "负责原材料采购，下采购单并跟进交期。", "skill:purchasing", None),
        # A consignment platform's price declaration (价格申报, 托管商品的报价) is pricing, not a quotation to buyers.
        ("SHEIN半托管运营", "负责商家后台的上新、价格申报、库存同步。", "skill:pricing_strategy", None),
        ("速卖通运营", "管理Choice全托管商品的报价、备货和入仓。", "skill:pricing_strategy", "skill:quotation"),
        ("外贸业务员", "回复询盘，给客户报价并跟进样品。", "skill:quotation", None),
        # Being able to read buyers' messages is a reading ability, not customer communication; replying to them is.
        ("Shopee运营", "会泰语优先，能看懂泰语买家留言即可。", None, "skill:customer_communication"),
        ("Shopee客服", "及时回复买家留言和聊天消息。", "skill:customer_communication", None),
        # A marketplace's search (Etsy SEO, 亚马逊SEO) is listing optimisation; a website's SEO is SEO.
        (
            "Etsy Shop Assistant",
            "Write titles and tags that follow Etsy SEO.",
            "skill:listing_optimization",
            "skill:seo",
        ),
        ("独立站运营", "负责网站SEO优化，提升自然流量。", "skill:seo", None),
        # Press review programmes are PR work, not a store's reviews.
        (
            "PR Manager",
            "Run launch PR: press releases and review programs with tech media.",
            None,
            "skill:review_management",
        ),
        # Keeping a named logistics cost down is logistics costing, not cost control in general.
        ("拉美站运营", "协调头程和清关合作方，控制物流成本和税费。", None, "skill:cost_control"),
        ("采购主管", "推动降本项目，控制采购成本。", "skill:cost_control", None),
        # A supplier assessment report is audit work, like a factory audit report, not business reporting.
        ("供应商开发专员", "组织验厂（资质、产能、品质体系），输出评估报告。", None, "skill:reporting"),
    ],
)
def test_written9_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
