"""Languages rules from the written14 tune half: families of phrasings, not single rows.

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
        # A TEM bracket after another language's major test names that language's test, not English's.
        ("德语专业八级（TEM-8），能熟练翻译德语合同。", [L("de", "proficient")]),
        ("英语专业八级（TEM-8）。", [L("en", "tem8")]),
        # A language named again right before its own test inside a choice ("葡语专业八级") is no second ask.
        (
            "德语或法语精通其一（德语专业八级优先）",
            [L("de", "fluent", False), L("fr", "fluent", False)],
        ),
        # A waiver after a clause about a certificate waives the certificate only (L1): the language stays asked.
        ("法语口语流利；DELF B2证书可作为参考，非必须。", [L("fr", "fluent")]),
        ("法语口语流利；会德语更好，非必须。", [L("de", None, False), L("fr", "fluent")]),
        # "无X基础也可" accepts a hire lacking the language: it is asked nowhere; the other language of the clause
        # keeps its ask.
        ("泰语流利者优先，无泰语基础也可，需英语良好。", [L("en", "proficient"), L("th", "fluent", False)]),
        ("需用日语回复客户邮件；日语零基础也可以，有模板。", [L("ja", None, False)]),
        ("有越南语基础。", [L("vi", "basic")]),
        # The languages a team already covers are no ask of the hire.
        (
            "Our support team covers English, Polish and Czech. You need fluent English; Hungarian is a plus.",
            [L("en", "fluent"), L("hu", None, False)],
        ),
        # A translation pair names English; the Chinese is the translator's own language.
        ("Patent Translator (English-Chinese), CATTI level 2 preferred.", [L("en")]),
        ("Fluent Chinese-English bilingual.", [L("en", "fluent"), L("zh", "fluent")]),
        # Another test accepted too ("IELTS 6.5也可"), or a bare score offered against a certificate, leaves no
        # certificate level; a qualifier of the ability still sets one.
        ("英语六级以上（托福90分也可）", [L("en")]),
        ("English: fluent spoken, 7分以上 or CET-6", [L("en", "fluent")]),
        ("英语六级优先，四级也可", [L("en", "cet4")]),
        # A level in a bracket after one name of a choice is that name's own.
        ("Nice to have: Swedish (even basic) or Danish", [L("da", None, False), L("sv", "basic", False)]),
        # A preferred basic grasp is no level of the language asked elsewhere; a preferred higher level still is.
        (
            "有韩语基础者优先。\nBusiness-level Korean is required.",
            [L("ko")],
        ),
        ("韩语读写。韩语口语流利者优先。", [L("ko", "fluent")]),
        # A spoken ability asked on a line naming no language sets the level of the one language the ad asks ...
        ("岗位职责：用全英文直播带货。\n任职要求：\n口语流利，发音自然。", [L("en", "fluent")]),
        # ... but not beside Mandarin, nor when the line only prefers.
        ("岗位职责：用全英文直播带货。\n任职要求：\n普通话标准，口语流利。", [L("en"), L("zh", "fluent")]),
        ("岗位职责：用全英文直播带货。\n任职要求：\n口语流利者优先。", [L("en")]),
    ],
)
def test_languages(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, None, text) == expected
