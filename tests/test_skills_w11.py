"""Skills rules from the fourteenth tuning round (the written11 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A market's own certification marks named in English (PSE, KC) are product certification work.
        (
            "Amazon Japan Operator",
            "Make sure every new kitchen product carries PSE marks before it is listed.",
            "skill:product_certification",
            None,
        ),
        (
            "Coupang Operator",
            "Collect test reports and handle KC certification for new electronics.",
            "skill:product_certification",
            None,
        ),
        # The compliance team or colleague the hire works with is a colleague, not the hire's compliance work ...
        (
            "Amazon EU Account Manager",
            "Draft product labels and send them to our compliance team for review before launch.",
            None,
            "skill:compliance_general",
        ),
        # ... while compliance the hire owns is.
        (
            "Amazon EU Account Manager",
            "Own compliance with EU regulations for all new products.",
            "skill:compliance_general",
            None,
        ),
    ],
)
def test_written11_skill_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
