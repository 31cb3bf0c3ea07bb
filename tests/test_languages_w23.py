"""Languages, twenty-third session: readings of the guide's language rules (tests/gold/README.md, Languages) that
real postings of other employers showed the extractor missing, in sentences written for these tests. FIXED failed
before this session's changes and pass after; GUARDS passed before and must stay as they are.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages

FIXED: list[tuple[str, str, list[dict[str, object]]]] = [
    # --- 1. L13: a basic level word that describes the task or the material sets no level, wherever the language
    # stands ("基础商务沟通", "基础信息").
    ("", "英语能支撑基础商务沟通，熟悉平台规则", [L("en")]),
    ("", "负责店铺商品的基础信息英文录入与上架", [L("en")]),
    ("", "英语能应付基础沟通即可", [L("en")]),
    ("", "会用英语进行基础交流", [L("en")]),
    ("", "日语能够胜任基础商务往来", [L("ja")]),
    # --- 2. A certificate keeps its level when the "or" of the clause joins an earlier list item's own words
    # (a degree or a major), not a second test.
    ("", "外语专业或本科、英语六级以上、英语口语良好", [L("en", "cet6")]),
    ("", "国贸或商务英语专业、CET-6及以上", [L("en", "cet6")]),
    # --- 3. A 、 list of majors closing on a language, carried by a comma into a clause of preferred majors: the
    # language is a preferred major too (a 英语专业 preference is a preferred en), not an ask.
    ("", "市场营销、英语，日语、韩语专业优先", [L("en", None, False), L("ja", None, False), L("ko", None, False)]),
    ("", "电子商务、英语，西班牙语相关专业优先", [L("en", None, False), L("es", None, False)]),
    (
        "",
        "国际经济与贸易、法语，意大利语、德语等专业优先",
        [L("de", None, False), L("fr", None, False), L("it", None, False)],
    ),
    # --- 4. An "or" offering unnamed languages (小语种, 其他外语) against the named one, in its clause or opening a
    # later clause of the sentence: the named language is one alternative, required false (L6).
    ("", "英语或小语种能作为工作语言", [L("en", None, False)]),
    ("", "英语六级以上，或小语种达到B2水平", [L("en", "cet6", False)]),
    ("", "日语N2以上，接受日语专业应届生，或者其他小语种流利", [L("ja", "jlpt_n2", False)]),
    ("", "英语流利，或任一小语种熟练", [L("en", "fluent", False)]),
    # --- 5. One-character names in a bracket after 小语种 / 外语 may stand apart with spaces around the slash.
    ("", "加分项：小语种（法 / 意）", [L("fr", None, False), L("it", None, False)]),
    ("", "掌握一门外语（英 / 日）", [L("en", None, False), L("ja", None, False)]),
    ("", "会小语种（西 、葡）者优先", [L("es", None, False), L("pt", None, False)]),
    # --- 6. L13: a basic word opening an item of a 、 list that names no language describes that item's skill.
    ("", "加分项：基础剪辑、小语种（西/葡）", [L("es", None, False), L("pt", None, False)]),
    ("", "加分项：基础PS、韩语", [L("ko", None, False)]),
    # L13: a Latin word right after a basic word, no language name, is what the word describes.
    ("日语运营（基础Listing）", "", [L("ja")]),
    ("", "负责基础SKU的英文维护", [L("en")]),
    (
        "",
        "岗位职责\n负责店铺日常维护；\n任职要求\n国际贸易、英语，法语专业优先。",
        [L("en", None, False), L("fr", None, False)],
    ),
]

GUARDS: list[tuple[str, str, list[dict[str, object]]]] = [
    ("", "大专或本科学历、英语四级以上", [L("en", "cet4")]),
    ("", "英语基础，能读懂英文邮件", [L("en", "basic")]),
    ("", "基础英语即可", [L("en", "basic")]),
    ("", "英语读写基础", [L("en", "basic")]),
    ("", "英语基础良好", [L("en", "proficient")]),
    ("", "英语一般即可", [L("en", "basic")]),
    ("", "英语专业或英语六级以上", [L("en")]),
    ("", "英语六级或同等水平", [L("en")]),
    ("", "英语四级或以上、熟练使用Excel", [L("en", "cet4")]),
    ("", "国贸或英语专业、CET-6或雅思6.5", [L("en")]),
    ("", "英语，日语专业优先", [L("en"), L("ja", None, False)]),
    ("", "英语CET-6以上，英语及小语种专业优先", [L("en", "cet6")]),
    ("", "国际贸易、英语专业优先，CET-4以上", [L("en", "cet4")]),
    ("", "英语流利，小语种优先", [L("en", "fluent")]),
    ("", "英语流利，熟悉小语种或其他外语优先", [L("en", "fluent")]),
    ("", "英语六级，小语种或英语专业优先", [L("en", "cet6")]),
    ("", "英语或其他小语种均可", [L("en", None, False)]),
    ("", "加分项：小语种（日/德）", [L("de", None, False), L("ja", None, False)]),
    ("", "英语、基础日语", [L("en", "basic"), L("ja", "basic")]),
    ("", "要求：基础英语、会用Excel", [L("en", "basic")]),
    ("", "英语听说、读写基础", [L("en", "basic")]),
    ("", "基础剪辑、英语流利", [L("en", "fluent")]),
    ("", "基础English即可", [L("en", "basic")]),
    ("", "英语基础，会基础Excel", [L("en", "basic")]),
    # A language carried into preferred majors (FIXED 3) is a major: it does not outweigh the duties that use it.
    (
        "",
        "岗位职责\n负责用英文撰写产品标题与描述；\n任职要求\n国际贸易、英语，法语、德语专业优先。",
        [L("de", None, False), L("en"), L("fr", None, False)],
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), FIXED)
def test_w23_fixed(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), GUARDS)
def test_w23_guards(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected
