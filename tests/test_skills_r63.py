"""Skills rules for the guide's rules R63–R67 (logistics, orders, service): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R63: forwarding work the hire does (a forwarder's operations or sales staff, 货代操作 know-how) is freight
        # forwarding; working with a forwarder (对接 / 协调 / 与货代订舱, "our forwarders") and 货代经验 as background
        # are not.
        ("物流操作专员", "熟悉货代操作流程，负责客户货物的订舱和报关。", "skill:freight_forwarding", None),
        ("国际物流销售", "有货代销售经验，开发跨境电商卖家客户。", "skill:freight_forwarding", None),
        ("物流专员", "制定FBA补货计划，对接货代安排头程。", None, "skill:freight_forwarding"),
        ("外贸跟单", "与货代订舱，安排装柜出运。", None, "skill:freight_forwarding"),
        ("跨境物流专员", "1年以上跨境电商物流或货代工作经验。", None, "skill:freight_forwarding"),
        ("Inventory Planner", "Plan inbound shipments with our freight forwarders.", None, "skill:freight_forwarding"),
        # R66: a translation tool as help with the hire's own reading or writing, and translations others make or
        # the hire only follows up, are not translation; translating as a duty, also with a tool, is.
        ("亚马逊运营", "英语看得懂就行，会用翻译软件。", None, "skill:translation"),
        ("客服专员", "会使用DeepL或ChatGPT辅助翻译者优先。", None, "skill:translation"),
        ("天猫运营", "日语非必须，公司配有翻译。", None, "skill:translation"),
        ("Noon运营", "跟进阿拉伯语详情页翻译，与翻译供应商对接。", None, "skill:translation"),
        ("Temu运营", "用翻译软件处理英文标题和描述，人工校对。", "skill:translation", None),
        ("Ozon运营", "负责把中文产品资料翻译成俄语。", "skill:translation", None),
        # R64: sorting or following the employer's store orders is order processing, not the follow-up of production
        # or export orders; an export order's papers (整理订单资料) are not store-order handling.
        ("文员兼运营", "平时整理订单、打单发货，帮老板回复邮件。", "skill:order_processing", None),
        ("外贸跟单助理", "整理订单资料，制作形式发票和装箱单。", None, "skill:order_processing"),
        ("Shopee运营", "开关键词广告，跟进广告花费和订单。", None, "skill:order_follow_up"),
        ("泰国站运营", "每日跟进GMV、订单和广告ROI。", None, "skill:order_follow_up"),
        ("Etsy运营", "跟进订单打包与国际小包发货。", None, "skill:order_follow_up"),
        ("外贸业务员", "跟进订单的生产和出运。", "skill:order_follow_up", None),
        # R65: FBA fees as one item of a cost, price or profit sum, or FBA stock beside the books in a reconciliation,
        # are not FBA work; FBA shipments are. "FBA物流" is FBA only, not also general logistics.
        ("选品专员", "寻找供应商，核算成本、利润与FBA费用。", None, "skill:fba"),
        ("Pricing Analyst", "Build pricing models: landed cost, FBA fees and target margin.", None, "skill:fba"),
        ("财务会计", "FBA库存与账面库存核对。", None, "skill:fba"),
        ("亚马逊运营", "负责FBA补货和头程发货。", "skill:fba", None),
        ("仓库专员", "熟悉FBA物流，负责FBA发货。", "skill:fba", "skill:logistics_general"),
        # R67: a customer-service role named by its foreign language is multilingual customer service; an operations
        # role answering buyers in their language is not (the language is in languages).
        ("韩语客服/运营助理", "负责Coupang店铺上架和买家咨询。", "skill:multilingual_customer_service", None),
        ("俄语客服", "用俄语回复买家消息，处理退换货。", "skill:multilingual_customer_service", None),
        ("Ozon店铺运营", "能用俄语与买家书面沟通，负责商品上架和促销。", None, "skill:multilingual_customer_service"),
        ("亚马逊日本站运营", "用日语回复买家邮件，优化listing。", None, "skill:multilingual_customer_service"),
    ],
)
def test_r63_r67_skill_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
