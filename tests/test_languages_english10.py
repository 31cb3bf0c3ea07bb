"""Languages in English-language ads: how English phrasing states a language, its level and whether it is asked.

General cases written for each rule (tests/gold/README.md, Languages), with the nearby phrasing each must leave alone.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An English full stop ends a sentence: a waiver or a preference of the next sentence is not the first's.
        ("Requirements\n- Native-level Spanish. German is not required.", [L("es", "native")]),
        ("Solid written English. Some French is nice to have.", [L("en"), L("fr", None, False)]),
        ("Good spoken English. Spreadsheet skills a bonus.", [L("en", "proficient")]),
        # ...not an abbreviation's nor a list number's.
        ("Fluent English for the U.S. market is a plus", [L("en", "fluent", False)]),
        ("Requirements: 1. Fluent English 2. Japanese is a plus", [L("en", "fluent"), L("ja", None, False)]),
        # "good enough to …" is a minimum, not the level "good".
        ("Your English must be good enough to read supplier emails", [L("en")]),
        ("Good English and Japanese", [L("en", "proficient"), L("ja", "proficient")]),
        # A certificate offered against a major or a degree is no certificate level.
        ("English major or TEM-4", [L("en")]),
        ("CET-6 or a degree taught in English", [L("en")]),
        ("CET-6 or above", [L("en", "cet6")]),
        # A preference inside brackets prefers only what the brackets hold.
        ("Excellent written English (IELTS 7 preferred)", [L("en")]),
        ("Fluent German (Swiss German a plus)", [L("de", "fluent")]),
        ("Italian (a plus)", [L("it", None, False)]),  # a bracket holding only the preference
        ("英语（优先）", [L("en", None, False)]),
        ("Italian is a plus (we sell in Milan)", [L("it", None, False)]),
        # An English "or" between two languages offers a choice; one inside a bracket does not.
        ("Korean or Japanese for supplier calls", [L("ja", None, False), L("ko", None, False)]),
        (
            "Fluent Portuguese (C1 or equivalent) and good English (CET-6 or similar)",
            [L("en", "proficient"), L("pt", "fluent")],
        ),
        ("Fluent English and Spanish", [L("en", "fluent"), L("es", "fluent")]),
        # English preference words.
        ("Japanese is a nice-to-have", [L("ja", None, False)]),
        ("Basic German would be an asset", [L("de", "basic", False)]),
        ("French desirable", [L("fr", None, False)]),
        ("Fluent English, ideally Korean too", [L("en", "fluent"), L("ko", None, False)]),
        # English waivers.
        ("Dutch not needed", []),
        ("Excellent English. Cantonese is not essential", [L("en")]),
        # A language taught as a benefit is not asked; one asked beside it still is.
        ("Free Japanese lessons for all staff", []),
        ("Good English; company-paid English classes", [L("en", "proficient")]),
        ("Japanese course materials in your first month; JLPT N3 required", [L("ja", "jlpt_n3")]),
        # TOPIK written out; Thai by its English name, not Thai customers.
        ("TOPIK level 5 or higher", [L("ko", "topik_5")]),
        ("Must speak Thai", [L("th")]),
        ("Serve Thai customers on Shopee", []),
    ],
)
def test_english_requirements(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A language the duties use and the requirements only prefer is preferred.
        (
            "What you'll do\n- Reply to buyers in English and Polish\nWhat you'll bring\n- Fluent English\n"
            "- Polish is a big plus",
            [L("en", "fluent"), L("pl", None, False)],
        ),
        (
            "岗位职责：\n1、撰写越南语商品标题；\n任职要求：\n1、会越南语优先；",
            [L("vi", None, False)],
        ),
        # ...but a preferred major does not outweigh the duties, and a duty alone stays asked.
        (
            "Responsibilities\n- Write listings in Turkish\nRequirements\n- A Turkish major is preferred",
            [L("tr")],
        ),
        ("Responsibilities\n- Write listings in Turkish\nRequirements\n- 2 years on Trendyol", [L("tr")]),
        # Without a requirements heading a clause opening on a duty verb is still a duty (L22; was read as an ask
        # before the twenty-fifth session).
        ("Write listings in Polish; Polish is a plus", [L("pl", None, False)]),
        # A next clause about a major or a stay abroad is another requirement: the ability before it stays asked.
        ("任职要求：\n1. 俄语读写熟练，俄语专业或有俄语国家生活经历者优先", [L("ru", "proficient")]),
    ],
)
def test_duties_and_requirements(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected
