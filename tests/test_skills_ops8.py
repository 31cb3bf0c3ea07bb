"""Skills rules for cross-border operations concepts (promotions, topics, orders, logistics, sourcing).

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.skills import skill_ids


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A shop's daily promotions, promo codes and a 1688 group-buy are on-platform promotions.
        ("天猫运营", "策划店铺日常活动及双11大促", "skill:platform_promotions", None),
        ("独立站运营", "规划优惠码与落地页", "skill:platform_promotions", None),
        ("1688运营", "操作伙拼活动", "skill:platform_promotions", None),
        # Setting a discount a few words after its verb.
        ("Ozon运营", "上架商品、设置价格与折扣", "skill:platform_promotions", None),
        # English promotions beside a store's listings or pricing.
        ("Amazon Account Manager", "Own the P&L of two EU accounts: pricing, inventory, listings, promotions.",
         "skill:platform_promotions", None),
        ("HR Manager", "Manage internal promotions and career growth.", None, "skill:platform_promotions"),
        # Using trending sounds, knowing the trending topics of a field, and making topics for a channel.
        ("TikTok Editor", "剪辑时加字幕、trending sound和转场", "skill:hashtag_trends", None),
        ("时尚编辑", "熟知圈内的时尚热点", "skill:hashtag_trends", None),
        ("社群运营", "每周策划引起社群讨论的话题", "skill:hashtag_trends", None),
    ],
)
def test_ops8_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    ids = skill_ids(title, text)
    assert present is None or present in ids
    assert absent is None or absent not in ids
