"""Languages rules from the written15 tune half: families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row, with the nearby phrasing
the rule must leave alone (tests/gold/README.md, Languages, L1-L11; L13 as the written15 adjudicator proposed it).
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # L13: a level word that describes the material or the task ("基础邮件", "一般资料") sets no level; one
        # that describes the ability still does.
        ("英语能写基础邮件，能看懂物流面单。", [L("en")]),
        ("日语能看懂一般资料即可。", [L("ja")]),
        ("英语基础，能写邮件。", [L("en", "basic")]),
        ("会基础英语，能看懂后台。", [L("en", "basic")]),
        ("英语读写基础，能回复邮件。", [L("en", "basic")]),
        ("英语能处理一般性邮件。", [L("en")]),
        ("英语一般，能看懂邮件。", [L("en", "basic")]),
        ("- English: able to write basic emails to suppliers", [L("en")]),
        ("- Basic English, able to reply to emails", [L("en", "basic")]),
        # A level word of a translation tool ("熟练使用翻译软件") is no level of the language.
        ("需用西语回复买家，能熟练使用翻译软件。", [L("es")]),
        ("西语熟练，会用翻译软件。", [L("es", "proficient")]),
        # A spoken ability asked on a line naming no language sets the level of the one language asked; a
        # preference in another comma clause of the line ("有教学经验优先") prefers that, not the ability ...
        ("岗位职责：用全英文直播带货。\n任职要求：\n发音标准，口语流利，有直播经验优先。", [L("en", "fluent")]),
        # ... one of the ability's own clause still makes it no ask.
        ("岗位职责：用全英文直播带货。\n任职要求：\n发音标准，口语流利者优先。", [L("en")]),
        # A certificate offered against an ability with its level ("CET-6或口语流利") is one alternative: no
        # certificate level, the ability's level is (the "或同等水平" rule).
        ("英语CET-6或口语流利，能和客户开视频会议。", [L("en", "fluent")]),
        ("英语四级或读写熟练。", [L("en", "proficient")]),
        ("英语六级，口语流利。", [L("en", "cet6")]),
        # L11: a lower certificate of the same test accepted in the clause is the floor asked.
        ("Japanese JLPT N1 (N2 with strong writing also considered)", [L("ja", "jlpt_n2")]),
        ("韩语TOPIK 6级（5级也可以考虑）", [L("ko", "topik_5")]),
        ("日语N1/N2", [L("ja")]),
        ("Japanese JLPT N1", [L("ja", "jlpt_n1")]),
        # A waiver followed by "but" and a preference ("not required, but helpful") still prefers the language ...
        ("Mandarin is not required, but helpful when working with our HQ.", [L("zh", None, False)]),
        ("Korean: not required, but a plus", [L("ko", None, False)]),
        ("日语不要求，但会的话更好。", [L("ja", None, False)]),
        # ... a "but" clause preferring something else leaves the waiver alone.
        ("Mandarin is not required, but Shopify experience is a plus.", []),
        ("日语不要求，但有亚马逊日本站经验者优先。", []),
        # A translation direction names the target language; the source Chinese is the translator's own.
        ("Translate listings from Chinese into German.", [L("de")]),
        ("Fluent Mandarin; translate listings into German.", [L("de"), L("zh", "fluent")]),
        # "不会X需Y": what those lacking the preferred X must do instead; X is asked nowhere, Y only of them.
        ("会西语者优先，不会西语需英语流利。", [L("en", "fluent", False), L("es", None, False)]),
        ("会俄语者优先；不会俄语需能用翻译软件完成俄语文案。", [L("ru", None, False)]),
        ("俄语流利，需能独立与客户沟通。", [L("ru", "fluent")]),
        # L12: a language asked with "但" after the waiver of a preferred one, in its sentence, is a fallback for
        # those lacking it: required false, its stated level; asked in a sentence of its own it stays required.
        ("会泰语者优先，不会也可以，但需要英语良好。", [L("en", "proficient", False), L("th", None, False)]),
        ("会泰语者优先，不会也可以；英语良好。", [L("en", "proficient"), L("th", None, False)]),
    ],
)
def test_languages(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, None, text) == expected
