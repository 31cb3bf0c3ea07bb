"""Skills kinds of evidence that do not name the hire's work (ev27): measured by kind over the read sets, not row by
row.

One case per phrasing the rule catches, written for the rule rather than copied from a labelled row, and the nearby
phrasings it must leave alone (guards).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A team the hire works with, its fields listed or qualified before its word, is colleagues' work.
        ("品牌运营", "3、对接抖音、小红书内容团队，做好站外种草。", None, "skill:new_media_operations"),
        ("大客户经理", "2、对接客户方的市场、公关、digital等部门，提供整体服务方案。", None, "skill:public_relations"),
        ("关务专员", "对接海关、外汇、税务等部门，处理查验和退单。", None, "skill:exchange_rate"),
        ("Creative Strategist", "- review creative results (hook rate, ctr) with the paid social team and iterate.",
         None, "skill:ad_campaign_management"),
        ("运营主管", "跟product development team一起规划新品路线。", None, "skill:product_development"),
        # Guards: the hire's own work beside the team stays, and so does a team the hire leads.
        ("品牌运营", "负责小红书账号运营，对接抖音内容团队。", "skill:new_media_operations", None),
        ("采购经理", "带领采购、跟单、品控团队共10人。", "skill:quality_control", None),
        ("关务专员", "关注汇率变化和外汇政策，对接银行和税务部门。", "skill:exchange_rate", None),
        ("Paid Social Manager", "- run paid social campaigns on Meta and TikTok; lead a team of two.",
         "skill:ad_campaign_management", None),
    ],
)
def test_ev27_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Each case: the id the rule finds or drops, in the phrasing it is about."""
    assert_skill_case(title, text, present, absent)
