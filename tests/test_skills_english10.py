"""English work the ad says the hire will not do is not the hire's skill (tenth session)."""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("TikTok Shop Operator", "- Manage TikTok Shop US orders\n- You won't be handling customer emails",
         "skill:tiktok_shop_operations", "skill:cs_email"),
        ("Amazon Specialist", "Manage listings. You will not be responsible for PPC campaigns.",
         "skill:product_listing", "skill:onsite_ppc"),
        ("Designer", "Create A+ content for Amazon listings. Photoshop skills are not required, we use Canva.",
         "skill:a_plus_content", "skill:photoshop"),
        # The nearby positive: the same work asked.
        ("Customer Service Lead", "- Answer customer emails and chats within 24 hours", "skill:cs_email", None),
    ],
)
def test_english_work_not_asked(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
