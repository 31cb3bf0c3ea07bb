"""Skills rules from the fourteenth tuning round (written8 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # An export sales contract (外销合同) is a trade contract, not sales work; 外销 alone stays export sales.
        ("外贸会计", "审核外销合同与出口发票是否一致。", "skill:trade_contract", "skill:b2b_sales"),
        ("外销业务员", "负责外销业务，开发中东客户。", "skill:b2b_sales", None),
        # Foreign-exchange receipts booked or written off (外汇收支, 收结汇, 核销) are settlement, not exchange rates.
        ("出口会计", "负责外汇收支核对，按月对账。", "skill:trade_settlement", "skill:exchange_rate"),
        ("财务专员", "办理外汇收结汇及核销手续。", None, "skill:exchange_rate"),
        ("外贸业务", "关注外汇波动，及时调整报价。", "skill:exchange_rate", None),
        # A marketplace's merchant or supplier back office is seller central; reading it in a language is not.
        ("SHEIN运营", "熟悉SHEIN商家后台的上新和库存设置。", "skill:seller_central", None),
        ("Temu供货运营", "熟悉Temu供应商后台，跟进核价。", "skill:seller_central", None),
        ("小语种客服", "能用英语处理平台后台及内部沟通。", "skill:seller_central", None),
        ("Temu运营助理", "英语能看懂平台后台即可。", None, "skill:seller_central"),
        # An order followed through production to shipment is order follow-up (跟进…生产, 下单及出货, 跟进货期).
        ("供货运营", "跟进备货单的生产和质检，确保按时入仓。", "skill:order_follow_up", None),
        ("外贸业务员", "回复询盘，完成报价、打样、下单及出货。", "skill:order_follow_up", None),
        ("电商专员", "与供应商联络，跟进货期。", "skill:order_follow_up", None),
        ("内容运营", "跟进短视频栏目的内容生产。", None, "skill:order_follow_up"),
        (
            "Sales Executive",
            "You will send quotations and follow samples and bulk orders through production and shipping.",
            "skill:order_follow_up",
            None,
        ),
        # A store's feedback or chat-response rate kept up is account health (as 店铺评分, R19).
        ("德语客服", "处理买家邮件，维护店铺反馈率。", "skill:account_health", None),
        ("Shopee客服", "保持聊天回复率在95%以上。", "skill:account_health", None),
        ("用研专员", "统计问卷的用户反馈率。", None, "skill:account_health"),
        # Answering overseas buyers' messages is customer service, not customer development; finding them is.
        ("英语客服", "通过邮件回复海外买家的咨询，处理退款。", None, "skill:overseas_customer_development"),
        ("外贸业务员", "通过展会和B2B平台开发海外买家。", "skill:overseas_customer_development", None),
        # Asking a stall or factory for samples (要样, 拿样) is sampling; a creator's samples are not (R34).
        ("女装买手", "去档口谈价格、要样、下单。", "skill:sampling", None),
        ("TikTok达人运营", "对接达人拿样，跟进视频发布。", None, "skill:sampling"),
        # Preparing shipping papers (出货资料, 出运资料) is trade documentation.
        ("跟单员", "协调订舱，制作出货资料，确保按时出运。", "skill:trade_documentation", None),
        # Financial statements of the month-end close are bookkeeping (R43), not business reporting.
        ("出口会计", "负责凭证录入、月结和报表编制。", None, "skill:reporting"),
        ("运营助理", "每周制作销售报表。", "skill:reporting", None),
        # Reviewing ad metrics (review ACoS weekly) is ad work, not product-review management.
        (
            "Amazon Account Manager",
            "Plan PPC budgets and review ACoS and TACoS weekly.",
            None,
            "skill:review_management",
        ),
        (
            "Amazon Account Manager",
            "Monitor product reviews and answer negative reviews.",
            "skill:review_management",
            None,
        ),
    ],
)
def test_w8_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
