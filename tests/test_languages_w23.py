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
]


@pytest.mark.parametrize(("title", "text", "expected"), FIXED)
def test_w23_fixed(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), GUARDS)
def test_w23_guards(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected
