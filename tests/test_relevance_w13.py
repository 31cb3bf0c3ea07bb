"""Relevance rules from the fourteenth tuning round (the written13 tune half): families of titles, not single rows
(tests/gold/README.md, Relevance, R-S)."""

from __future__ import annotations

import pytest

from nlp.relevance import classify_relevance

_SELLER_ERP = "公司是跨境电商ERP服务商，服务亚马逊、TEMU卖家。负责客户的系统上线、培训和续费，熟悉FBA发货流程。"
_SELLER_OPS = "公司做亚马逊和速卖通，负责整理订单、打单发货，偶尔上架产品和回复海外客户邮件。"


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        # R-S: implementing seller software or keeping its customers (客户成功, 实施) delivers a service to sellers.
        ("客户成功经理（跨境ERP）", _SELLER_ERP, False),
        ("ERP实施顾问", _SELLER_ERP, False),
        ("Customer Success Manager (ERP)", _SELLER_ERP, False),
        # A product term alone is not enough: the seller's own ERP clerk runs its store orders.
        ("ERP专员", _SELLER_OPS, True),
        # A title joining an admin function to operations holds a commerce duty: the duties decide.
        ("文员兼运营", _SELLER_OPS, True),
        ("运营兼文员", _SELLER_OPS, True),
        ("文员", _SELLER_OPS, False),
        ("文员兼运营", "整理公司档案，负责公众号运营。", False),
    ],
)
def test_relevance_w13(title: str, description: str, expected: bool) -> None:
    assert classify_relevance(title, description, None, None, None)[0] is expected
