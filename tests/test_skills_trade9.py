"""Skills rules for trade, procurement, logistics, service, design and engineering concepts (ninth session).

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule narrows an alias, the nearby phrasing it must still count.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A salesperson's regular call-backs to keep old clients and win repeat orders are client upkeep, not a
        # phone-support desk; a service team's call-backs still are.
        ("销售代表", "维护老客户关系,定期回访,争取返单", None, "skill:phone_support"),
        ("客服专员", "负责售后电话回访,记录客户意见", "skill:phone_support", None),
        # Market trends count as trend research only beside product or sourcing work (R12).
        ("战略分析师", "研究行业竞争格局与市场趋势,撰写研究报告", None, "skill:trend_research"),
        ("选品专员", "跟踪欧美市场趋势,提出新品开发方向", "skill:trend_research", None),
        ("Ozon运营", "研究当地消费趋势,提出选品建议", "skill:trend_research", None),
        # ERP as what the employer sells (a SaaS vendor, a sales job) is background; using an ERP is the skill.
        ("SaaS销售", "向跨境卖家推广公司的ERP SaaS产品,完成签约", None, "skill:erp_general"),
        ("运营助理", "熟练使用ERP系统处理订单", "skill:erp_general", None),
        # 采购商 is the buyer the hire sells to; buying goods (采购商品) is still purchasing.
        ("1688运营", "回复采购商旺旺询价,跟进打样", None, "skill:purchasing"),
        ("采购专员", "负责采购商品的询价与比价", "skill:purchasing", None),
        # An operations hire following up or coordinating shipments is not packing them.
        ("Shopee运营", "跟进订单发货和物流时效,处理售后", None, "skill:fulfillment_ops"),
        ("仓库文员", "负责每日拣货、打包发货", "skill:fulfillment_ops", None),
        # Keeping down ad or acquisition cost is advertising work; cutting purchasing cost is cost control.
        ("广告投放专员", "负责广告投放与优化,控制获客成本", None, "skill:cost_control"),
        ("采购专员", "比价议价,控制采购成本", "skill:cost_control", None),
        # High-concurrency systems and back-end R&D in an engineering job are back-end development.
        ("Java开发工程师", "有高并发、大流量系统的设计开发经验", "skill:backend_dev", None),
        ("研发工程师", "负责后台研发,保障服务稳定", "skill:backend_dev", None),
        # A designer's interaction proposals are UI/UX design.
        ("视觉设计师", "负责活动页面的视觉和交互方案", "skill:ui_design", None),
        # A sales job's quota named by what it counts (turnover, revenue, signings) is a sales target.
        ("跨境收款客户经理", "开拓跨境卖家客户,完成交易流水指标", "skill:sales_target_management", None),
        ("SaaS销售", "通过电话和展会开拓客户,完成季度签约目标", "skill:sales_target_management", None),
        # Keyword ranking on a search engine or a website is SEO (R7), not marketplace ranking.
        ("SEO专员", "负责网站SEO优化,提升核心关键词排名", None, "skill:product_ranking"),
        ("亚马逊运营", "优化广告结构,提升自然排名", "skill:product_ranking", None),
        # The listing date used as a time reference is no listing work; putting new products up is.
        ("选品专员", "配合产品开发对接工厂,确定成本和上架时间。", None, "skill:product_listing"),
        ("Temu运营", "负责新品上架和标题属性填写", "skill:product_listing", None),
        # Following sample-making and bulk orders a few words apart is order follow-up.
        ("外贸业务员", "跟进客户打样和批量订单", "skill:order_follow_up", None),
        # Cost figures of shipping legs are logistics costing; an FBA fee as one item of a cost sum is not FBA work
        # (R65).
        ("海外仓主管", "分析坪效和单票成本", "skill:logistics_cost", None),
        ("速卖通运营", "对接菜鸟物流,优化物流时效和成本", "skill:logistics_cost", None),
        ("选品专员", "核算产品成本及FBA费用", None, "skill:fba"),
        # Other marketplaces' store-health scores are account health.
        ("抖店运营", "负责店铺体验分和售后时效的维护", "skill:account_health", None),
        ("京东运营", "维护商品评价和店铺风向标", "skill:account_health", None),
        # A return rate to watch is a metric; handling buyers' returns is the skill.
        ("Walmart运营", "监控店铺绩效(准时发货率、取消率、退货率)", None, "skill:returns_refunds"),
        ("客服专员", "处理买家退货和退款申请", "skill:returns_refunds", None),
        # International trade named as the degree asked is no trade skill.
        (
            "Export Sales Manager",
            "- Bachelor's degree in mechanical engineering, international trade or English.",
            None,
            "skill:foreign_trade_process",
        ),
        ("外銷業務", "大学以上学历,国际贸易、英文相关科系", None, "skill:foreign_trade_process"),
        ("外贸业务员", "熟悉国际贸易流程和信用证操作", "skill:foreign_trade_process", None),
        # Best-sellers analysed beside slow sellers are a sales-data category; building one is the skill.
        ("Temu运营", "整理销售数据,分析爆款、滞销款", None, "skill:bestseller_building"),
        ("TikTok Shop运营", "有爆品打造经验者优先", "skill:bestseller_building", None),
        # "SASS" written for SaaS is no style-sheet language; Sass beside Less is.
        ("产品经理", "5年以上企业服务和SASS领域产品经验", None, "skill:html_css"),
        ("前端开发", "熟悉Less、Sass等CSS预处理器", "skill:html_css", None),
        # Apparel sellers call product development developing new styles.
        ("SHEIN运营", "研究流行元素,配合设计师开发新款", "skill:product_development", None),
        # A bare detail page is design work only in a design job; an operations hire optimises it as a listing.
        ("天猫运营", "分析店铺数据,优化商品标题、主图和详情页", None, "skill:detail_page_design"),
        ("电商美工", "负责店铺主图、详情页的设计与制作", "skill:detail_page_design", None),
        # A supply-chain product the employer sells is background; managing the supply chain is the skill.
        ("耗材销售专员", "负责公司SaaS供应链产品服务在所属区域的推广", None, "skill:supply_chain"),
        ("采购经理", "负责公司电商业务的供应链管理工作", "skill:supply_chain", None),
        # Fashion trends read by a buyer or editor are trend research.
        ("时尚买手", "能解读国际潮流,有奢侈品采购经验", "skill:trend_research", None),
        # The marketplace's own events, resource slots and marketing tools are on-platform promotions.
        ("京东运营", "对接采销,争取平台资源位和大促曝光", "skill:platform_promotions", None),
        ("天猫推广", "了解淘宝/天猫/京东营销工具", "skill:platform_promotions", None),
        ("用户运营", "有平台活动运营经验者优先", None, "skill:platform_promotions"),
        # Operations or big-data experience asked of a product manager is still the skill (R6).
        ("技术产品经理", "具有软件编程经验或运维经验", "skill:devops", None),
        ("数据产品经理", "负责大数据平台的内容、权限、数据源管理", "skill:big_data", None),
        # Inventory named as a report, a file or an ERP fault is no inventory planning; controlling stock is.
        ("ERP专员", "处理ERP中的库存不同步问题,导出库存报表", None, "skill:inventory_planning"),
        ("Temu运营", "根据销量做好库存控制,避免断货", "skill:inventory_planning", None),
    ],
)
def test_trade9_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
