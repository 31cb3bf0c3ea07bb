"""Skills rules for the guide's R73–R77 (supply, tools, trade; fifteenth session): families of phrasings.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R75 fulfillment_ops is the store's orders dispatched; stock shipped into a platform's warehouse (Temu /
        # SHEIN 备货单, JIT, 送仓 / 入仓, WFS, FBL), production followed to shipment, 头程 and a colleague's
        # department's shipping are not.
        ("天猫运营", "协调仓库发货，处理售后问题。", "skill:fulfillment_ops", None),
        ("Temu运营", "根据平台备货单安排发货，跟踪入仓进度。", None, "skill:fulfillment_ops"),
        ("SHEIN运营", "按平台要求准时发货送仓，避免超期扣款。", None, "skill:fulfillment_ops"),
        ("Temu运营助理", "按备货单通知仓库打包发货到国内集货仓。", None, "skill:fulfillment_ops"),
        ("外贸业务员", "签订合同后跟进生产和发货。", None, "skill:fulfillment_ops"),
        ("Walmart运营", "负责WFS备货计划、发货和库存管理。", None, "skill:fulfillment_ops"),
        ("亚马逊运营", "配合物流部门安排发货，避免断货。", None, "skill:fulfillment_ops"),
        ("Ozon运营", "管理FBO/FBS两种模式的备货和发货。", "skill:fulfillment_ops", None),
        ("Ozon运营", "配合仓储做好FBS发货计划。", None, "skill:fulfillment_ops"),
        ("Warehouse Lead", "Supervise the pickers and packers on the night shift.", "skill:fulfillment_ops", None),
        # R75 warehouse_management is warehouse work the hire does; a warehouse named as a department worked with,
        # an ERP's modules, a fee, an FBA inbound plan or counting FBA stock are not.
        ("仓管", "负责商品入库、上架和每周盘点。", "skill:warehouse_management", None),
        ("京东运营", "协调客服、仓储处理售后问题。", None, "skill:warehouse_management"),
        ("ERP销售", "了解客户在订单、采购、仓储、财务上的管理痛点。", None, "skill:warehouse_management"),
        ("采购专员", "配合仓库做好入库对接。", None, "skill:warehouse_management"),
        ("日本站运营", "配合物流做好FBA的入库计划。", None, "skill:warehouse_management"),
        ("亚马逊运营", "安排FBA头程发货，跟进入仓、盘点库存。", None, "skill:warehouse_management"),
        (
            "Supply Planner",
            "Book shipments to overseas warehouses for semi-managed stock.",
            None,
            "skill:warehouse_management",
        ),
        ("Marketplace Manager", "Coordinate stock levels with the warehouse team.", None, "skill:warehouse_management"),
        # R75 overseas_warehouse is working with an overseas or 3PL warehouse, also one named by its country or
        # city; not inside a language requirement, in a customs regime's name (9810) or in the company's own line.
        ("Ozon运营", "和莫斯科仓库对接，跟进库存。", "skill:overseas_warehouse", None),
        ("Ozon运营", "负责入仓计划，对接国内集货仓和俄罗斯当地仓。", "skill:overseas_warehouse", None),
        (
            "Ozon Operations",
            "Work with our Moscow warehouse partner on FBO shipments.",
            "skill:overseas_warehouse",
            None,
        ),
        ("Coupang运营", "对接韩国仓库，保证Rocket Growth入仓时效。", None, "skill:overseas_warehouse"),
        ("采购专员", "能用英语和海外仓对接者加分。", None, "skill:overseas_warehouse"),
        ("关务专员", "负责出口海外仓(9810)模式下的申报工作。", None, "skill:overseas_warehouse"),
        ("产品开发", "公司有自己的工厂和海外仓，团队氛围好。", None, "skill:overseas_warehouse"),
        ("仓库主管", "有跨境电商或3PL仓库经验优先。", None, "skill:overseas_warehouse"),
        # R77 compliance_general is compliance as the job or remit, or asked without items; 合规 as the umbrella of
        # listed items (VAT, EPR, GPSR, PSE …), image compliance, social compliance in audits and 合规地 are not.
        ("合规专员", "负责公司合规制度建设，识别合规风险。", "skill:compliance_general", None),
        ("Temu运营", "处理下架和合规问题，保证店铺合规。", "skill:compliance_general", None),
        ("亚马逊欧洲站运营", "跟进德国站EPR、WEEE等合规事项。", None, "skill:compliance_general"),
        ("Allegro运营", "了解欧盟VAT、EPR等基本合规要求。", None, "skill:compliance_general"),
        ("AIGC设计师", "熟悉各站点图片规范，确保图片合规。", None, "skill:compliance_general"),
        ("英语客服", "联系买家了解原因，合规地争取问题解决。", None, "skill:compliance_general"),
        ("Sourcing Agent", "Audit factories for capability and social compliance.", None, "skill:compliance_general"),
        (
            "Listing Designer",
            "Retouch images in compliance with Amazon image requirements.",
            None,
            "skill:compliance_general",
        ),
        # R77 business_english is trade correspondence as a skill or duty; a language clause saying the hire can
        # write English emails is the language requirement.
        ("总经理助理", "处理总经理的英文邮件和合同翻译。", "skill:business_english", None),
        ("外贸业务员", "熟悉外贸函电，跟进订单。", "skill:business_english", None),
        ("平台运营", "英语熟练，能与平台经理英文邮件沟通。", None, "skill:business_english"),
        ("独立站运营", "英文读写流畅，能独立撰写英文邮件和页面文案。", None, "skill:business_english"),
        ("红人营销专员", "英语六级以上，英文邮件写作能力好。", None, "skill:business_english"),
        # R73 finding suppliers or factories is supplier_development, not sourcing (whose object is goods); 1688
        # goods alone are sourcing_1688; a stable supply in the company line, a sourcing team or office, service
        # vendors, a platform's supplier grade and QC on suppliers are none of these.
        ("选品专员", "在1688及产业带寻找供应商，核算成本。", "skill:supplier_development", "skill:sourcing"),
        ("采购专员", "在义乌市场寻找货源，完成采购下单。", "skill:sourcing", None),
        ("Shopee运营", "结合1688货源做选品。", None, "skill:sourcing"),
        ("速卖通运营", "工厂型卖家货源稳定，新人有带教。", None, "skill:sourcing"),
        ("Product Developer", "Work with suppliers and our sourcing team on samples.", None, "skill:sourcing"),
        ("物流主管", "负责物流项目供应商选择和价格管理。", None, "skill:supplier_development"),
        ("Noon运营", "跟进详情页翻译，与本地翻译供应商对接。", None, "skill:supplier_development"),
        ("SHEIN运营", "研究平台考核指标，保证供应商等级。", None, "skill:supplier_development"),
        ("品质QC", "跟进退货中的品质问题，推动供应商整改。", None, "skill:supplier_development"),
        # R73 purchasing is buying for the business; a client's ERP modules or business areas, a planner supporting
        # purchase plans, a cost item, a lead-time parameter and a platform's or customer's POs are not.
        ("采购专员", "根据销售预测制定采购计划，下采购单。", "skill:purchasing", None),
        ("ERP销售", "了解客户在订单、采购、仓储、财务上的管理痛点。", None, "skill:purchasing"),
        ("数据分析师", "建立销量预测模型，支持备货和采购计划。", None, "skill:purchasing"),
        ("选品助理", "算好利润(售价-采购-运费-佣金)报给老板。", None, "skill:purchasing"),
        ("京东采销", "根据京东的采购订单安排入仓补货。", None, "skill:purchasing"),
        ("Marketplace Coordinator", "Vendor Central: review and confirm purchase orders.", None, "skill:purchasing"),
        # R74 erp_general is an ERP the hire uses or runs; developing or testing ERP software, an ERP as a data source
        # and ERP firms as partners are not.
        ("运营助理", "熟练使用Excel、ERP系统，处理订单。", "skill:erp_general", None),
        ("Java开发工程师", "有电商、ERP、WMS系统开发经验者优先。", None, "skill:erp_general"),
        ("软件测试工程师", "有电商或ERP系统测试经验者优先。", None, "skill:erp_general"),
        ("数据分析师", "编写SQL取数，对接ERP、亚马逊广告API等数据源。", None, "skill:erp_general"),
        # R76 international_express is cross-border express, also 快递 compared with sea and air freight; UPS, FedEx
        # and USPS as the destination country's last-mile carriers are not.
        ("物流专员", "比较海运、空运、快递等头程渠道的价格和时效。", "skill:international_express", None),
        ("外贸跟单", "安排寄样，与DHL、FedEx对接。", "skill:international_express", None),
        ("海外仓主管", "对接UPS、FedEx、USPS等尾程派送商，谈判运价。", None, "skill:international_express"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
