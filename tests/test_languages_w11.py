"""Languages rules from the fourteenth tuning round (the written11 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row, with the nearby phrasing
the rule must leave alone where it is narrow (tests/gold/README.md, Languages, L3 and L4).
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.extract import extract_posting
from nlp.languages import extract_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause going on about what the clause before only prefers, naming the same language and asking nothing
        # of its own, leaves it preferred.
        ("会日语者优先，可以直接和日本客户沟通日语邮件。", [L("ja", None, False)]),
        ("Korean speakers preferred, so you can check our Korean listings.", [L("ko", None, False)]),
        # ... and what is accepted instead of another language stays a fallback.
        (
            "韩语TOPIK 4级以上；不会韩语但英语好的也可以考虑，客户有英文对接人。",
            [L("en", None, False), L("ko", "topik_4", False)],
        ),
        # One that asks on its own (需, must) or states a level asks the language.
        ("会日语者优先，需用日语回复买家邮件。", [L("ja")]),
        ("会日语者优先，日语流利。", [L("ja", "fluent")]),
        # A different language in the next clause is its own ask.
        ("会日语者优先，能用英语写邮件。", [L("en"), L("ja", None, False)]),
        # L3: a native level offered against a test or an equivalent level is no level asked.
        ("中文母语或HSK 5级以上。", [L("zh")]),
        ("Portuguese native speaker (or equivalent proficiency).", [L("pt")]),
        ("德语母语或同等水平。", [L("de")]),
        ("德语母语，英语六级。", [L("de", "native"), L("en", "cet6")]),
        # Another language accepted instead (者也可) makes the two alternatives, neither required.
        ("泰语流利，能书面沟通；会老挝语者也可。", [L("lo", None, False), L("th", "fluent", False)]),
        # A lower level of the same language accepted is no other language; it is the floor asked (L11, as
        # "日语N1（N2优秀者也可）"; twenty-sixth session).
        ("日语N1，N2者也可。", [L("ja", "jlpt_n2")]),
        # L4: a language asked only for another opening is no ask of this one.
        (
            "Fluent German required.\nIf you don't speak German but your French is strong, please still apply: we "
            "are also hiring for our France team and will consider you there.",
            [L("de", "fluent")],
        ),
        ("Fluent German required. French is a plus.", [L("de", "fluent"), L("fr", None, False)]),
    ],
)
def test_written11_language_rules(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


def test_tags_name_the_language_only_when_the_text_names_none() -> None:
    base = {"title": "Etsy店铺运营", "description": "负责Etsy店铺上新和买家消息回复。", "tags": ["Etsy", "英语流利"]}
    assert extract_posting(base)["languages"] == [L("en", "fluent")]
    # The text's own ask wins over a tag.
    worded = dict(base, description="负责Etsy店铺上新，英语读写良好。", tags=["Etsy", "英语六级"])
    assert extract_posting(worded)["languages"] == [L("en", "proficient")]
