"""Skills in product-manager ads (seventeenth session, helper pm17): the system a product manager designs is not a
skill (R53). A PM title (G3: 产品经理, 产品总监, 数据产品经理, B端/C端产品经理; family other) writes the product it
designs as a system noun after the domain's words ("WMS仓储管理系统、OMS订单管理系统的产品规划", "营销平台、CRM等
产品", "指标体系、数据报表、BI可视化平台", "直播产品经理"): those ids drop, while what a PM is asked to do stays
(竞品分析, 市场 / 用户调研, 数据分析 of their own product, SQL, A/B tests, Axure, knowing the business: 熟悉仓储物流
业务). The rule reads only PM titles: an operations, data or service job that uses such a system keeps its id.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Supply-chain, WMS / OMS and ERP product managers (B端): the modules designed.
        ("B端产品经理（供应链）", "负责WMS仓储管理系统、OMS订单管理系统的产品规划与设计", None, "skill:wms_oms"),
        (
            "B端产品经理（供应链）",
            "负责WMS仓储管理系统、OMS订单管理系统的产品规划与设计",
            None,
            "skill:order_processing",
        ),
        ("WMS产品经理", "负责仓储管理系统的需求分析与产品设计，梳理入库、出库流程", None, "skill:wms_oms"),
        ("B端产品经理", "对接ERP、TMS等上下游系统，设计接口方案", None, "skill:erp_general"),
        ("供应链产品经理", "有WMS/OMS/供应链系统经验者优先", None, "skill:supply_chain"),
        ("供应链产品经理", "有WMS/OMS/供应链系统经验者优先", None, "skill:wms_oms"),
        ("电商产品经理（供应链）", "负责采购、仓储、物流等供应链系统的产品设计", None, "skill:supply_chain"),
        ("电商产品经理（供应链）", "负责采购供应链产品需求分析、功能设计以及产品原型设计", None, "skill:supply_chain"),
        ("产品经理", "负责采购、库存、调拨等供应链模块的规划与迭代", None, "skill:supply_chain"),
        ("SaaS产品经理", "负责跨境电商ERP的订单、物流、库存模块设计", None, "skill:erp_general"),
        ("产品经理", "3年以上供应链/财务系统/ERP系统产品经理经验", None, "skill:erp_general"),
        ("产品经理", "3年以上供应链/财务系统/ERP系统产品经理经验", None, "skill:supply_chain"),
        ("产品经理", "有财务管理/供应链/ERP产品设计经验优先", None, "skill:supply_chain"),
        ("物流产品经理", "负责TMS运输管理系统、海外仓系统的规划", None, "skill:overseas_warehouse"),
        ("产品经理", "负责物流跟踪模块的需求梳理和原型设计", None, "skill:logistics_tracking"),
        ("关务产品经理", "负责报关、清关模块的设计", None, "skill:customs_declaration"),
        ("关务产品经理", "负责报关、清关模块的设计", None, "skill:customs_clearance"),
        ("产品经理", "负责交易/促销体系、订单处理中心、积分体系等模块的规划和设计", None, "skill:order_processing"),
        ("产品经理", "负责交易/促销体系、订单处理中心、积分体系等模块的规划和设计", None, "skill:platform_promotions"),
        ("电商产品经理", "负责电商后台商品、订单、售后模块的设计", None, "skill:after_sales"),
        ("电商产品经理", "负责退换货、退款模块的产品设计", None, "skill:returns_refunds"),
        ("营销产品经理", "负责优惠券、满减、拼团等营销模块的产品设计", None, "skill:platform_promotions"),
        ("跨境SaaS产品经理", "负责Listing刊登、广告管理等卖家工具模块的设计", None, "skill:product_listing"),
        ("跨境SaaS产品经理", "负责亚马逊广告管理系统的产品设计", None, "skill:onsite_ppc"),
        ("外贸SaaS产品经理", "负责询盘管理、报价单模块的产品设计", None, "skill:inquiry_handling"),
        ("外贸SaaS产品经理", "负责询盘管理、报价单模块的产品设计", None, "skill:quotation"),
        # CRM, customer-service and finance systems.
        ("产品经理", "负责CRM系统的规划与设计，提升销售团队效率", None, "skill:crm"),
        ("产品经理", "负责营销平台、CRM等产品的规划、设计及项目管理", None, "skill:crm"),
        ("CRM产品经理", "负责客户管理、商机跟进等功能的规划", None, "skill:crm"),
        ("产品经理", "有CRM、ERP等B端产品经验者优先", None, "skill:crm"),
        ("产品经理", "负责客服系统的产品规划和迭代", None, "skill:helpdesk_tools"),
        ("产品经理", "负责客服工单系统、在线客服IM的产品设计", None, "skill:live_chat"),
        (
            "产品经理（财务系统）",
            "包括资金管理、采购/销售结算、成本核算、财务分析等系统",
            None,
            "skill:profit_analysis",
        ),
        (
            "产品经理（财务系统）",
            "负责财务中心相关系统建设，包括成本核算、财务分析等系统",
            None,
            "skill:profit_analysis",
        ),
        # Data product managers: the metrics, reports, dashboards and profiles the product holds.
        (
            "数据产品经理",
            "负责数据平台的规划，包括指标体系、数据报表、BI可视化平台、用户画像系统",
            None,
            "skill:kpi_analysis",
        ),
        (
            "数据产品经理",
            "负责数据平台的规划，包括指标体系、数据报表、BI可视化平台、用户画像系统",
            None,
            "skill:reporting",
        ),
        (
            "数据产品经理",
            "负责数据平台的规划，包括指标体系、数据报表、BI可视化平台、用户画像系统",
            None,
            "skill:data_visualization",
        ),
        (
            "数据产品经理",
            "负责数据平台的规划，包括指标体系、数据报表、BI可视化平台、用户画像系统",
            None,
            "skill:user_behavior_analysis",
        ),
        ("数据产品经理", "有用户画像、标签系统从0到1建设经验", None, "skill:user_behavior_analysis"),
        ("数据产品经理", "负责数据可视化平台的需求分析与迭代", None, "skill:data_visualization"),
        ("数据产品经理", "负责报表系统、数据看板的产品设计", None, "skill:reporting"),
        # Advertising, live-streaming and content products.
        ("广告产品经理", "负责信息流广告投放系统的产品设计", None, "skill:feed_ads"),
        ("广告产品经理", "负责SEM投放平台的需求分析", None, "skill:sem"),
        ("直播产品经理", "负责直播产品的功能规划与迭代", None, "skill:livestreaming"),
        ("直播产品经理", "负责App的功能规划与迭代", None, "skill:livestreaming"),
        ("产品经理（微信）", "对社交产品有洞见，熟悉微信公众号体系", None, "skill:new_media_operations"),
        ("支付产品经理", "负责跨境支付、结算系统的产品设计", None, "skill:cross_border_payments"),
        ("产品经理", "负责选品工具的产品设计", None, "skill:product_selection"),
        ("平台产品经理", "负责商家入驻、店铺管理模块设计", None, "skill:store_operations"),
        ("SaaS产品经理", "负责邮件营销模块的产品设计", None, "skill:email_marketing"),
        ("产品经理", "负责SEO相关功能的规划", None, "skill:seo"),
        ("跨境物流产品经理", "负责海外仓、FBA头程物流模块的规划", None, "skill:overseas_warehouse"),
        ("跨境物流产品经理", "负责海外仓、FBA头程物流模块的规划", None, "skill:first_leg"),
        ("分销产品经理", "负责联盟营销、分销系统的产品设计", None, "skill:affiliate_marketing"),
        ("增长产品经理", "负责社群裂变工具的产品设计", None, "skill:community_operations"),
        ("产品经理（合规）", "负责知识产权侵权检测系统的设计", None, "skill:ip_infringement"),
        ("内容产品经理", "负责短视频模块的功能设计", None, "skill:short_video"),
        ("供应链产品经理", "负责库存预警、补货计划模块的设计", None, "skill:inventory_planning"),
        ("产品助理", "协助产品经理完成订单模块的原型设计", None, "skill:order_processing"),
        # The hire's own work in the same ads stays.
        ("产品经理", "负责选品系统的设计，熟悉选品逻辑", "skill:product_selection", None),
        ("产品助理", "协助完成竞品分析和用户调研", "skill:competitor_analysis", None),
        ("产品助理", "协助完成竞品分析和用户调研", "skill:user_behavior_analysis", None),
        ("产品经理", "熟练使用SQL进行数据查询和分析", "skill:data_analysis", None),
        # SQL a non-engineering job knows is for analysis (DESIGN rule: an engineer's is sql_programming), also
        # with no analysis word beside it.
        ("数据产品经理", "熟悉数据仓库建模、ETL流程，精通SQL", "skill:sql_analysis", None),
        ("产品经理", "会写SQL者优先", "skill:sql_analysis", None),
        ("运营专员", "熟练使用Excel，会写SQL优先", "skill:sql_analysis", None),
        ("Java开发", "精通SQL", None, "skill:sql_analysis"),
        ("后端开发", "熟悉SQL，有MySQL调优经验", None, "skill:sql_analysis"),
        ("B端产品经理", "熟练使用Axure、Visio，能画清晰的业务流程图", "skill:figma_sketch", None),
        ("产品经理", "熟悉Axure、墨刀等原型工具，能独立输出PRD", "skill:figma_sketch", None),
        ("数据产品经理", "熟悉Tableau、帆软等BI工具", "skill:bi_tools", None),
        ("数据产品经理", "熟悉Tableau、帆软等BI工具", "skill:tableau", None),
        ("数据产品经理", "熟悉数据仓库建模、ETL流程，精通SQL", "skill:sql_analysis", None),
        ("数据产品经理", "了解Hadoop、Hive、Spark等大数据技术", "skill:big_data", None),
        ("数据产品经理", "负责埋点管理平台、A/B Test 系统设计", "skill:ab_testing", None),
        ("产品经理（财务系统）", "熟悉金蝶/用友等主流财务管理系统优先", "skill:kingdee_yonyou", None),
        ("产品经理", "会写SQL，能独立做数据分析", "skill:sql_analysis", None),
        ("产品经理", "会写SQL，能独立做数据分析", "skill:data_analysis", None),
        ("产品经理", "通过数据分析优化推荐系统，提升点击率", "skill:data_analysis", None),
        ("产品经理", "通过分析业务关键数据、系统情况，发现产品问题", "skill:data_analysis", None),
        ("产品经理", "负责产品上线后的业务数据分析、产品反馈收集", "skill:data_analysis", None),
        ("产品经理", "跟踪和分析产品指标，会使用数据指导产品迭代", "skill:data_analysis", None),
        ("产品经理", "跟踪功能上线后的数据表现，持续优化", "skill:data_analysis", None),
        ("产品经理", "设计A/B测试方案，验证改版效果", "skill:ab_testing", None),
        ("产品经理", "负责竞品分析，定期输出竞品分析报告", "skill:competitor_analysis", None),
        ("产品经理", "进行市场调研和用户调研，挖掘用户需求", "skill:market_research", None),
        ("产品经理", "分析用户行为数据，持续优化产品体验", "skill:user_behavior_analysis", None),
        ("产品经理（设计方向）", "参与用户研究及产品需求分析，组织可用性测试", "skill:user_behavior_analysis", None),
        ("产品经理", "提高订单转化率和客单价", "skill:conversion_rate_optimization", None),
        ("用户增长产品经理", "负责用户增长产品的规划，提升拉新和留存", "skill:user_operations", None),
        ("用户增长产品经理", "负责用户增长产品的规划，提升拉新和留存", "skill:traffic_acquisition", None),
        # A software product's 产品规划 is no product_planning (DESIGN rule: a hardware product's is).
        ("产品经理", "负责产品规划，制定产品路线图和版本计划", None, "skill:product_planning"),
        ("资深产品经理", "把控产品相关的供应链成本、品质管理、物流等环节", "skill:supply_chain", None),
        ("资深产品经理", "把控产品相关的供应链成本、品质管理、物流等环节", "skill:quality_control", None),
        ("智能硬件产品经理", "熟悉硬件产品的规划、定义、开发、生产、质量管理等环节", "skill:quality_control", None),
        ("产品经理", "负责APP交互设计，输出高保真原型", "skill:ui_design", None),
        # Knowing the purchasing business a supply-chain system serves is the hire's know-how (as 熟悉仓储物流业务);
        # a purchasing department or team beside it is a colleague.
        ("电商产品经理（供应链）", "熟悉供应商采购业务，具备较强的与业务部门沟通协作能力", "skill:purchasing", None),
        ("采购专员", "负责公司日常采购业务", "skill:purchasing", None),
        ("运营专员", "与采购业务团队对接", None, "skill:purchasing"),
        # A software product's lifecycle is no goods lifecycle (DESIGN rule); a hardware product's and a category's
        # are.
        ("产品经理", "熟悉软件/移动项目的产品生命周期全流程", None, "skill:product_lifecycle"),
        ("产品经理", "熟悉互联网产品生命周期各环节", None, "skill:product_lifecycle"),
        (
            "智能硬件产品经理",
            "对产品概念、开发、生产、发布到产品生命周期结束的整个过程进行管理",
            "skill:product_lifecycle",
            None,
        ),
        ("品类经理", "负责产品生命周期管理，及时清理滞销库存", "skill:product_lifecycle", None),
        # Other families' titles that use such a system keep its id: the rule reads PM titles only.
        ("仓储主管", "熟练使用WMS仓储管理系统，负责库存盘点", "skill:wms_oms", None),
        ("电商运营", "熟练使用ERP系统处理订单和发货", "skill:erp_general", None),
        ("数据分析师", "搭建业务指标体系，定期输出数据报表", "skill:kpi_analysis", None),
        ("客服主管", "熟练使用客服系统处理工单", "skill:helpdesk_tools", None),
        ("销售助理", "负责CRM系统的客户信息录入与维护", "skill:crm", None),
        ("产品运营", "负责CRM系统的客户数据维护", "skill:crm", None),
        ("直播运营", "负责直播间的日常运营和直播数据复盘", "skill:livestreaming", None),
        ("采购专员", "负责供应链管理与供应商采购", "skill:supply_chain", None),
        ("财务主管", "负责成本核算、财务分析等工作", "skill:profit_analysis", None),
        ("ERP实施顾问", "负责ERP系统的实施与客户培训", "skill:erp_general", None),
        ("数据运营", "负责数据报表系统的日常维护，输出周报", "skill:reporting", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
