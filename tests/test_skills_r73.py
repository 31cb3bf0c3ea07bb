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
        ("Supply Planner", "Book shipments to overseas warehouses for semi-managed stock.", None,
         "skill:warehouse_management"),
        ("Marketplace Manager", "Coordinate stock levels with the warehouse team.", None,
         "skill:warehouse_management"),
        # R75 overseas_warehouse is working with an overseas or 3PL warehouse, also one named by its country or
        # city; not inside a language requirement, in a customs regime's name (9810) or in the company's own line.
        ("Ozon运营", "和莫斯科仓库对接，跟进库存。", "skill:overseas_warehouse", None),
        ("Ozon运营", "负责入仓计划，对接国内集货仓和俄罗斯当地仓。", "skill:overseas_warehouse", None),
        ("Ozon Operations", "Work with our Moscow warehouse partner on FBO shipments.", "skill:overseas_warehouse",
         None),
        ("Coupang运营", "对接韩国仓库，保证Rocket Growth入仓时效。", None, "skill:overseas_warehouse"),
        ("采购专员", "能用英语和海外仓对接者加分。", None, "skill:overseas_warehouse"),
        ("关务专员", "负责出口海外仓(9810)模式下的申报工作。", None, "skill:overseas_warehouse"),
        ("产品开发", "公司有自己的工厂和海外仓，团队氛围好。", None, "skill:overseas_warehouse"),
        ("仓库主管", "有跨境电商或3PL仓库经验优先。", None, "skill:overseas_warehouse"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
