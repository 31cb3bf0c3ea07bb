"""Experience requirement → {min_years, max_years}; description only when the raw field is empty."""

from __future__ import annotations

import pytest

from nlp.experience import parse_experience

RAW = [
    # every distinct value of 51job workYear
    ("3-4年", 3, 4),
    ("在校生/应届生", 0, None),
    ("2年", 2, None),
    ("1年", 1, None),
    ("无需经验", 0, None),
    ("5-7年", 5, 7),
    ("8-9年", 8, 9),
    ("1年及以上", 1, None),
    ("10年及以上", 10, None),
    ("3年及以上", 3, None),
    ("2年及以上", 2, None),
    ("5年及以上", 5, None),
    ("1-3年", 1, 3),
    ("3-5年", 3, 5),
    ("1-5年", 1, 5),
    ("1-4年", 1, 4),
    ("2-5年", 2, 5),
    ("5-8年", 5, 8),
    ("5年", 5, None),
    ("7年及以上", 7, None),
    ("4年及以上", 4, None),
    ("2-3年", 2, 3),
    ("3-9年", 3, 9),
    # every distinct value of neitui exp_level
    ("不限", 0, None),
    ("5-10年", 5, 10),
    ("应届生", 0, None),
    ("1年以内", 0, 1),
    ("10年以上", 10, None),
    # conventions and other boards
    ("5年以上", 5, None),
    ("5年工作经验", 5, None),
    ("经验不限", 0, None),
    ("无工作经验", 0, None),
    ("应届", 0, None),
    ("在校生", 0, None),
    ("1年以下", 0, 1),
    ("两年以上", 2, None),
    ("三年以上", 3, None),
    ("十年以上", 10, None),
    ("半年以上", 0.5, None),
    ("3年(含)以上", 3, None),
    ("１－３年", 1, 3),
    ("1年-3年", 1, 3),
    ("5-3年", 3, 5),
    ("3+ years", 3, None),
    ("3-5 years", 3, 5),
    ("less than 1 year", 0, 1),
    ("at least 2 years", 2, None),
    ("Entry level", 0, None),
    ("工作經驗不限", 0, None),
    ("若干", None, None),
    ("2018年", None, None),
]


@pytest.mark.parametrize(("raw", "low", "high"), RAW)
def test_raw_field(raw: str, low: float | None, high: float | None) -> None:
    assert parse_experience(raw) == {"min_years": low, "max_years": high}


DESCRIPTIONS = [
    ("3年以上亚马逊运营经验", 3, None),
    ("1-3年", 1, 3),
    ("应届生亦可", 0, None),
    ("任职要求：1、3年以上运营经验；2、优秀应届生亦可", 0, None),
    ("1、本科以上学历，两年以上跨境电商项目经验；2、有Shopee经验者优先", 2, None),
    ("公司成立10年以上，团队稳定", None, None),
    ("有2年以上亚马逊经验者优先", None, None),
    ("工作经验：3年以上", 3, None),
    ("不接受应届生，3年以上经验", 3, None),
    ("2018年毕业，熟悉外贸流程", None, None),
    ("岗位要求：\n2.5年以上大型跨境平台运营经验", 5, None),  # item 2, five years
    ("1、5年以上企业服务领域销售", 5, None),
    ("任职要求：①3年以上亚马逊运营经验；②英语四级", 3, None),  # the circled item number is no digit of the years
    ("至少3年linux运维相关经验", 3, None),
    ("2年ios开发经验", 2, None),
    ("三年（含）以上招聘工作经验", 3, None),
    ("18-25周岁，学历不限，经验不限", 0, None),
    ("3+ years of experience with Amazon Seller Central", 3, None),
    ("负责店铺日常运营", None, None),
]


@pytest.mark.parametrize(("description", "low", "high"), DESCRIPTIONS)
def test_description_fallback(description: str, low: float | None, high: float | None) -> None:
    assert parse_experience(None, description) == {"min_years": low, "max_years": high}
    assert parse_experience("  ", description) == {"min_years": low, "max_years": high}


def test_raw_field_wins_over_description() -> None:
    assert parse_experience("1-3年", "5年以上运营经验") == {"min_years": 1, "max_years": 3}


def test_years_are_plain_ints_when_whole() -> None:
    out = parse_experience("3-5年")
    assert type(out["min_years"]) is int and type(out["max_years"]) is int
