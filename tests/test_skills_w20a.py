"""Skills by sense and by the guide's newest rules (twentieth session, helper sk20a).

R108: a client's business named in brackets as what the hire learns, surveys or configures the product for is the
clients' work; R109: a department's work the hire coordinates is the colleagues'; R78: reading a dashboard is no
data_analysis; R84: reviews read as research (product development, root causes, pain points) are no review_management,
and 测评 in its other senses (a test report, a creator's review video); product_listing: a listing hijacked or
suppressed, a launch cadence (上新节奏, 上架时效) are no listing work. Each rule has beside it the nearby phrasings that
keep their ids: the hire's own process, the hire's own department's work, reviews the hire answers, listings made.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R108: a client's process in brackets, as what the hire learns, surveys or configures for: no ids.
        (
            "客户成功经理",
            "深入了解客户的业务流程（多店铺管理、FBA发货、海外仓对接、财务利润核算），为客户设计系统配置方案",
            None,
            "skill:fba",
        ),
        (
            "客户成功经理",
            "深入了解客户的业务流程（多店铺管理、FBA发货、海外仓对接、财务利润核算），为客户设计系统配置方案",
            None,
            "skill:overseas_warehouse",
        ),
        ("ERP实施顾问", "调研客户的业务流程（采购、入库、发货、财务对账），输出实施方案", None, "skill:purchasing"),
        ("ERP实施顾问", "帮助客户梳理跨境业务流程（采购—入库—发货—FBA/海外仓—财务对账）", None, "skill:fba"),
        ("SaaS售前顾问", "了解客户现有业务流程（选品、刊登、广告投放），演示产品功能", None, "skill:product_listing"),
        (
            "SaaS售前顾问",
            "了解客户现有业务流程（选品、刊登、广告投放），演示产品功能",
            None,
            "skill:ad_campaign_management",
        ),
        (
            "实施工程师",
            "针对客户的仓储业务流程（入库、上架、拣货、出库）配置WMS系统",
            None,
            "skill:warehouse_management",
        ),
        ("客户成功经理", "诊断客户的运营流程（广告、库存、补货）并给出优化建议", None, "skill:inventory_planning"),
        # ... the hire's own process and knowledge asked in a clause of its own keep their ids.
        ("客户成功经理", "熟悉亚马逊卖家后台、FBA流程，了解海外仓", "skill:fba", None),
        ("客户成功经理", "熟悉亚马逊卖家后台、FBA流程，了解海外仓", "skill:overseas_warehouse", None),
        ("亚马逊运营", "熟悉跨境电商业务流程（选品、上架、发货），能独立运营店铺", "skill:product_listing", None),
        ("货代销售", "负责客户订单全流程（报价、订舱、报关），维护客户关系", "skill:shipping_booking", None),
        ("客户成功经理", "了解亚马逊FBA、海外仓、头程物流", "skill:fba", None),
        ("亚马逊运营", "熟悉FBA发货流程（创建货件、贴标、预约送仓）", "skill:fba", None),
        # R109: a department's work the hire coordinates: the colleagues'.
        ("跨境物流销售", "跟进客户发货、轨迹与签收，协调操作部门解决异常件和索赔", None, "skill:order_exceptions"),
        ("SHEIN供应商运营", "接收上新需求和款式反馈，协调内部版房打样、寄样", None, "skill:sampling"),
        ("货代销售", "协调操作部处理订舱、清关", None, "skill:shipping_booking"),
        ("外贸跟单", "协调品质部验货", None, "skill:quality_control"),
        ("数据产品经理", "协调数据开发、数据分析团队推进项目落地", None, "skill:data_analysis"),
        ("用户运营", "协调市场部完成活动渠道投放", None, "skill:ad_campaign_management"),
        ("外贸业务员", "协调单证部制单、报关", None, "skill:customs_declaration"),
        ("运营主管", "协调设计部完成店铺装修", None, "skill:store_decoration"),
        # ... the hire's own part, outside parties, a warehouse's dispatch and every department keep their ids.
        ("外贸跟单", "协调品质部验货，处理品质问题", None, None),
        ("跨境物流销售", "协调操作部门解决异常件，跟进异常订单", "skill:order_exceptions", None),
        ("SHEIN供应商运营", "负责打样、寄样，跟进大货生产", "skill:sampling", None),
        ("外贸跟单", "协调工厂排产，跟进大货进度", "skill:production_planning", None),
        ("电商运营", "协调仓库发货", "skill:fulfillment_ops", None),
        ("货代销售", "负责订舱、清关，协调操作部跟进", "skill:shipping_booking", None),
        ("运营", "协调内部资源推动新品上架", "skill:product_listing", None),
        ("运营主管", "带领运营部完成大促活动报名", "skill:platform_promotions", None),
        # R78: reading a dashboard is no data_analysis; analysing data is.
        ("Shop Manager", "You can read a data dashboard alone", None, "skill:data_analysis"),
        ("Shop Manager", "Able to read dashboards and act on them", None, "skill:data_analysis"),
        ("Shop Manager", "Build dashboards and analyse data weekly", "skill:data_analysis", None),
        ("Growth Marketer", "- Strong data skills and good analytical thinking", "skill:data_analysis", None),
        (
            "Ops Specialist",
            "can read a data dashboard without help and writes simple, natural English",
            None,
            "skill:data_visualization",
        ),
        ("Analyst", "Build a data dashboard for the sales team", "skill:data_visualization", None),
        ("Analyst", "Build dashboards in Looker and read them with the team", "skill:data_visualization", None),
        # Returns and refunds: cost items of a reconciliation or a profit sum, a supplier's goods returned, a
        # warehouse's returns received are no returns_refunds; the buyer's returns handled are.
        (
            "跨境电商财务",
            "负责平台结算对账，核对Settlement Report、广告费、FBA费用、仓储费、退款",
            None,
            "skill:returns_refunds",
        ),
        (
            "跨境电商数据分析师",
            "支持operations team做ASIN level的profit analysis，把广告费、FBA fee、仓储费、退货都算进去",
            None,
            "skill:returns_refunds",
        ),
        ("仓库主管", "全面负责仓库日常管理，包括收货、上架、拣货、打包、发货和退货入库", None, "skill:returns_refunds"),
        ("Temu运营", "跟进备货单按时发到仓库，处理平台的质检不合格和退货", None, "skill:returns_refunds"),
        ("1688采购专员", "处理到货异常、次品退换", None, "skill:returns_refunds"),
        ("跨境电商采购专员", "处理来料异常（少货、错货、质量问题），协调退换货", None, "skill:returns_refunds"),
        (
            "Marketplace Manager",
            "- Analyse returns and customer reviews; work with QC to reduce defect returns",
            None,
            "skill:returns_refunds",
        ),
        ("客服", "处理买家退款、退货申请", "skill:returns_refunds", None),
        ("客服", "负责售后退换货处理", "skill:returns_refunds", None),
        ("英文客服", "通过邮件回复买家咨询，处理售后、退换货、退款", "skill:returns_refunds", None),
        ("Customer Service", "- Process returns and refunds for US buyers", "skill:returns_refunds", None),
        # Order exceptions: a customs inspection, a store score, a flight delay, goods arriving from a supplier or a
        # production plan changed are no order exceptions; the store's orders and parcels are.
        ("报关员", "配合海关查验，处理改单、删单、退运等异常", None, "skill:order_exceptions"),
        ("关务专员", "对接海关、报关行和货代，处理查验、退运等异常", None, "skill:order_exceptions"),
        ("速卖通运营专员", "跟进店铺服务分、好评率和物流DSR，发现异常及时处理", None, "skill:order_exceptions"),
        (
            "eBay Specialist",
            "- Keep seller performance green — late shipment, defect rate, Etsy Star Seller criteria",
            None,
            "skill:order_exceptions",
        ),
        (
            "eBay运营专员",
            "监控账号表现（Defect Rate、Late Shipment Rate等），保持Top Rated Seller",
            None,
            "skill:order_exceptions",
        ),
        ("出境游领队", "与境外地接社和司机沟通，处理航班延误、游客身体不适等突发情况", None, "skill:order_exceptions"),
        ("跨境电商采购专员", "处理来料异常（少货、错货、质量问题）", None, "skill:order_exceptions"),
        ("生产计划员", "和业务部门确认交期，订单变更时及时调整计划", None, "skill:order_exceptions"),
        ("亚马逊运营", "处理异常订单和物流延误", "skill:order_exceptions", None),
        ("客服", "跟进物流异常，处理丢件、破损件", "skill:order_exceptions", None),
        ("Customer Service", "- Handle lost and late packages with carriers", "skill:order_exceptions", None),
        ("跟单客服", "处理物流延误、清关扣货等异常", "skill:order_exceptions", None),
        ("客服", "处理客户的订单变更和取消", "skill:order_exceptions", None),
        # Pricing: prices supplied for another's decision, a competitor's prices, ad bids, the employer's fees
        # presented are no pricing_strategy; the store's prices set are.
        ("跨境电商数据分析师", "核算SKU级利润，分析成本结构，为定价和清货提供建议", None, "skill:pricing_strategy"),
        (
            "亚马逊运营",
            "负责站内广告（SP/SB/SD）的创建、调价与否词，控制ACOS在目标范围内",
            None,
            "skill:pricing_strategy",
        ),
        (
            "BD Manager",
            "- Run discovery meetings, present pricing, negotiate FX margins and close deals",
            None,
            "skill:pricing_strategy",
        ),
        (
            "Account Executive",
            "- Run demos, negotiate FX pricing and guide merchants through KYC onboarding",
            None,
            "skill:pricing_strategy",
        ),
        ("亚马逊运营", "负责产品定价和促销", "skill:pricing_strategy", None),
        ("Temu运营", "负责店铺上新、核价、报活动", "skill:pricing_strategy", None),
        ("亚马逊运营", "根据竞品价格调整自家产品定价", "skill:pricing_strategy", None),
        ("Walmart Specialist", "- Set prices and run promotions on Walmart.com", "skill:pricing_strategy", None),
        # R84: reviews read as research are no review_management; 测评 in its other senses neither.
        (
            "Amazon Account Manager",
            "- Read reviews and returns data and feed it back to product development",
            None,
            "skill:review_management",
        ),
        (
            "Supplier Quality Engineer",
            "- Drive 8D / CAPA when return rates go above 3%; read customer reviews to find root causes",
            None,
            "skill:review_management",
        ),
        (
            "Amazon Account Manager – EU",
            "- Working German (B2) – you will read customer reviews every day",
            None,
            "skill:review_management",
        ),
        (
            "Product Developer",
            "- Mine competitor reviews (1–3 stars) and customer Q&A for pain points",
            None,
            "skill:review_management",
        ),
        ("Customer Service Team Lead", "- Train new hires and run weekly QA reviews", None, "skill:review_management"),
        (
            "产品经理",
            "调研海外市场和用户需求：分析亚马逊评论、Reddit和YouTube测评、竞品拆解，挖掘用户痛点",
            None,
            "skill:review_management",
        ),
        (
            "跨境电商主管",
            "主导新品规划：通过市场调研、竞品分析、用户评论分析确定新品方向",
            None,
            "skill:review_management",
        ),
        ("AIGC运营", "测试新的AI工具和模型，输出测评报告", None, "skill:review_management"),
        (
            "海外红人营销专员",
            "与红人建联，谈合作形式（测评视频、开箱、联名、佣金分成）、报价和排期",
            None,
            "skill:review_management",
        ),
        ("Listing文案编辑", "根据Review和Q&A反馈修改listing", None, "skill:review_management"),
        # ... reviews the hire answers, monitors or maintains keep the id.
        (
            "Amazon Account Manager",
            "- Monitor customer reviews and respond within 24 hours",
            "skill:review_management",
            None,
        ),
        (
            "Amazon Account Manager",
            "- Monitor and reply to product reviews and seller feedback",
            "skill:review_management",
            None,
        ),
        ("Customer Service", "- Handle customer reviews and return requests", "skill:review_management", None),
        ("亚马逊运营", "监控店铺评论，及时回复差评", "skill:review_management", None),
        ("亚马逊运营", "分析买家评价，维护店铺评分", "skill:review_management", None),
        ("亚马逊运营", "负责店铺评论管理和留评", "skill:review_management", None),
        ("亚马逊运营", "跟进Review、Feedback，维护账号健康", "skill:review_management", None),
        # product_listing: a listing hijacked or suppressed, a launch cadence: no listing work.
        ("亚马逊运营经理", "处理账号风险、知识产权投诉、listing被跟卖等重大问题。", None, "skill:product_listing"),
        (
            "Brand Protection",
            "- Monitor Amazon, eBay and Temu for counterfeits, listing hijackers and image theft",
            None,
            "skill:product_listing",
        ),
        (
            "Amazon运营经理",
            "处理account health的重大风险，比如policy violation、IP complaint、listing hijacking。",
            None,
            "skill:product_listing",
        ),
        ("选品专员", "根据平台反馈调整款式和价格策略，跟踪上新节奏", None, "skill:product_listing"),
        ("视觉设计主管", "制定团队设计规范和工作流程，合理排期，确保新品上架时效", None, "skill:product_listing"),
        ("运营经理", "与研发、生产部门协同，推动产品定义和迭代，缩短上新周期", None, "skill:product_listing"),
        ("商品企划", "熟悉SHEIN、Temu供应商后台的数据看板和上新规则", None, "skill:product_listing"),
        # ... listings made or uploaded keep the id.
        ("亚马逊运营", "负责产品上新、listing优化", "skill:product_listing", None),
        ("亚马逊运营", "负责新品上架和listing撰写", "skill:product_listing", None),
        ("亚马逊运营", "每周上新20款，维护listing", "skill:product_listing", None),
        ("亚马逊运营", "处理跟卖，负责listing上传", "skill:product_listing", None),
        ("淘宝运营", "负责宝贝上架、标题优化", "skill:product_listing", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
