"""Skills rules following the guide rules R58–R62 (fifteenth session, operations and data): families of phrasings.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R61: running or optimising a marketplace's on-site ads in an operations job is the ads id only; budget, bid,
        # plan or target wording adds ad campaign management, and an ads job keeps it (R16).
        ("Lazada运营", "负责站内广告的投放与优化，控制ACoS。", "skill:onsite_ppc", "skill:ad_campaign_management"),
        ("Shopee运营", "负责关键词广告投放，提升店铺销量。", None, "skill:ad_campaign_management"),
        (
            "Amazon Operations Specialist",
            "Run Sponsored Products ads and optimise ROAS.",
            None,
            "skill:ad_campaign_management",
        ),
        ("亚马逊运营", "负责站内广告投放，合理分配预算。", "skill:ad_campaign_management", None),
        ("速卖通运营", "开通直通车推广，控制推广费用。", "skill:ad_campaign_management", None),
        ("亚马逊运营", "负责SP广告的创建和调价，控制ACoS在目标范围内。", "skill:ad_campaign_management", None),
        ("亚马逊运营", "策划站内广告和秒杀活动。", "skill:ad_campaign_management", None),
        (
            "Amazon Account Manager",
            "Optimise Sponsored Products campaigns; keep TACoS under 15%.",
            "skill:ad_campaign_management",
            None,
        ),
        (
            "Amazon Account Manager",
            "Optimise Sponsored Products campaigns; keep TACoS under control.",
            None,
            "skill:ad_campaign_management",
        ),
        ("亚马逊广告专员", "负责站内广告的投放与优化。", "skill:ad_campaign_management", None),
        # Budget wording without a marketplace's ads in the posting is no ad work by itself.
        ("行政专员", "合理分配预算，控制办公费用。", None, "skill:ad_campaign_management"),
        # R24: Tmall's ad tools without an id of their own give the generic ads id.
        ("天猫运营", "操作万相台、引力魔方等推广工具。", "skill:ad_campaign_management", None),
    ],
)
def test_r58_skill_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
