"""R-S against a marketplace's merchant-facing roles: a marketplace's own sellers are not a vendor's customers.

rel26 added direction patterns for the sellers a vendor sells to (向…卖家, "to … sellers"); a marketplace's account
manager who gives its sellers tools or training says the same words about its own merchants, and the guide counts
that role as cross-border ("a marketplace's merchant-facing roles"). Sentences written for this file.
"""

from __future__ import annotations

import pytest

from nlp.relevance import classify_relevance

MARKETPLACE_ROLES = [
    (
        "Cross-border Account Manager",
        "Manage a portfolio of Chinese sellers on the platform. Provide data insights and tools to the platform's "
        "sellers to improve listings. Mandarin and English required.",
    ),
    (
        "Seller Operations Specialist (Japanese)",
        "Run onboarding and training for Chinese cross-border sellers joining our marketplace in Japan; introduce "
        "our seller tools and ad products to our sellers; follow up their first orders. JLPT N1.",
    ),
    (
        "跨境招商经理",
        "岗位职责：\n1. 负责东南亚站点的跨境招商，面向平台卖家介绍入驻政策和店铺软件；\n2. 协助卖家完成开店和上架。",
    ),
]


@pytest.mark.parametrize(("title", "description"), MARKETPLACE_ROLES)
def test_a_marketplaces_own_sellers_are_its_merchants(title: str, description: str) -> None:
    assert classify_relevance(title, description)[0] is True


VENDORS = [
    ("Sales Representative", "Sell our annual subscriptions to Shopify and Etsy sellers in Europe; run demos."),
    ("Sales Manager", "Sell our ERP subscription to Amazon and Walmart sellers in South China. Build a pipeline."),
    ("渠道销售", "岗位职责：\n1. 负责向亚马逊卖家推广公司的ERP软件；\n2. 完成签约目标。"),
]


@pytest.mark.parametrize(("title", "description"), VENDORS)
def test_a_vendor_selling_to_sellers_stays_false(title: str, description: str) -> None:
    assert classify_relevance(title, description)[0] is False
