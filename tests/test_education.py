"""Education requirement → one level code (minimum asked); description only when the raw field is empty."""

from __future__ import annotations

import pytest

from nlp.education import parse_education

RAW = [
    # every distinct value of 51job degree and neitui edu_level
    ("本科", "bachelor"),
    ("大专", "associate"),
    ("硕士", "master"),
    ("博士", "doctorate"),
    ("高中", "high_school"),
    ("中技/中专", "secondary_vocational"),
    ("专科", "associate"),
    ("不限", "none_required"),
    # other boards and schema.org renderings
    ("学历不限", "none_required"),
    ("初中及以下", "junior_high"),
    ("本科及以上", "bachelor"),
    ("统招本科", "bachelor"),
    ("大专及以上", "associate"),
    ("研究生", "master"),
    ("MBA", "master"),
    ("技校", "secondary_vocational"),
    ("职高", "secondary_vocational"),
    ("高职", "associate"),
    ("學歷不限", "none_required"),
    ("本科（专业不限）", "bachelor"),
    ("大专以上，本科优先", "associate"),
    ("本科优先", "bachelor"),
    ("Bachelor's degree", "bachelor"),
    ("bachelor degree", "bachelor"),
    ("high school", "high_school"),
    ("postgraduate degree", "master"),
    ("associate degree", "associate"),
    ("PhD", "doctorate"),
    ("大专/本科", "associate"),
    ("其他", None),
]


@pytest.mark.parametrize(("raw", "expected"), RAW)
def test_raw_field(raw: str, expected: str | None) -> None:
    assert parse_education(raw) == expected


DESCRIPTIONS = [
    ("任职要求：1、本科及以上学历，硕士优先；2、熟悉亚马逊后台", "bachelor"),
    ("岗位要求：大专以上，有跨境电商经验", "associate"),
    ("公司与多所本科院校合作。要求：大专/本科学历", "associate"),
    ("公司与多所本科院校合作，提供培训", None),
    ("服务欧美高中端客户", None),
    ("学历不限，有亚马逊经验者优先", "none_required"),
    ("研究生及以上学历（博士优先）", "master"),
    ("985、211本科优先", None),
    ("全日制统招本科，英语六级", "bachelor"),
    ("学历要求：中专", "secondary_vocational"),
    ("1、本科,国际贸易相关专业", "bachelor"),
    ("1.全日制本科及以上学历 相关专业优先", "bachelor"),
    ("Bachelor's degree or above in Marketing", "bachelor"),
    ("Our founder holds a PhD from Duke", None),
    ("包括但不限于产品上架、广告投放", None),
    ("高中以上学历，能吃苦耐劳", "high_school"),
    ("本科或硕士在读，每周实习4天", "bachelor"),
]


@pytest.mark.parametrize(("description", "expected"), DESCRIPTIONS)
def test_description_fallback(description: str, expected: str | None) -> None:
    assert parse_education(None, description) == expected
    assert parse_education("", description) == expected


def test_raw_field_wins_over_description() -> None:
    assert parse_education("大专", "本科及以上学历") == "associate"


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_nothing_gives_none(raw: str | None) -> None:
    assert parse_education(raw, None) is None
