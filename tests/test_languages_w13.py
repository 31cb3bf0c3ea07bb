"""Languages rules from the fourteenth tuning round (the written13 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row, with the nearby phrasing
the rule must leave alone where it is narrow (tests/gold/README.md, Languages, L1-L6).
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Bahasa Malaysia" is Malay, as "Bahasa Melayu" is.
        ("Good command of Bahasa Malaysia and English.", [L("en", "proficient"), L("ms", "proficient")]),
        ("Must speak Bahasa Malaysia.", [L("ms")]),
        # "would help" only prefers, like "would be useful"; with "but is not required" it still names the language.
        ("Korean would help when talking to our Seoul office but is not required.", [L("ko", None, False)]),
        ("Fluent Korean is required.", [L("ko", "fluent")]),
        # A bracket that prefers and waives ("a big plus but is not required") waives only what it holds: the
        # language before it keeps its ask and its level, the one inside takes no level from outside.
        (
            "Native Mandarin, fluent English (Italian would be a big plus but is not required)",
            [L("en", "fluent"), L("it", None, False), L("zh", "native")],
        ),
        ("Fluent English, Italian is not required.", [L("en", "fluent")]),
        # A level word with one more word before the name is the name's own level: "fluent business English".
        ("Fluent business English.", [L("en", "fluent")]),
        ("Business English.", [L("en")]),
        # A test of a language named beside it ("DELE") names it no second time: "A or B (DELE B1)" stays a choice.
        (
            "西班牙语或葡萄牙语读写（DELE B1以上）",
            [L("es", None, False), L("pt", None, False)],
        ),
        # "不会的英语好也可以考虑": another language considered instead makes both no more than alternatives (L2's
        # fallback) ...
        ("德语读写流利，不会的英语好也可以考虑。", [L("de", "fluent", False), L("en", None, False)]),
        # ... while a lower level of the same language considered leaves the language asked.
        ("日语能读写邮件，日语N1水平优先，N2也可以考虑。", [L("ja", "jlpt_n2")]),
    ],
)
def test_languages(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, None, text) == expected
