"""The structured guide's gaps st24 listed, as rules in tests/gold/README.md (hy25): several periods in one salary
string, pay to be decided (待定, TBD), pay per piece, `N人以下` as a size band, Hong Kong qualifications."""

from __future__ import annotations

from typing import Any

import pytest

from nlp.company_size import parse_company_size
from nlp.education import parse_education
from nlp.salary import parse_salary


def _pay(raw: str) -> tuple[Any, ...]:
    out = parse_salary(raw)
    return (out["min_monthly"], out["max_monthly"], out["period"], out["currency"], out["negotiable"])


# Changed: the clause quoting a month is read when the clauses quote different periods.
SEVERAL_PERIODS = [
    ("200元/天，4000元/月", (4000.0, 4000.0, "month", "CNY", False)),
    ("150-200元/天，4000-6000元/月", (4000.0, 6000.0, "month", "CNY", False)),
    ("日结，4000元/月", (4000.0, 4000.0, "month", "CNY", False)),  # was 87000.0: 4000 a day
    ("每天200元；每月4000元", (4000.0, 4000.0, "month", "CNY", False)),
    ("年薪10万,月薪8000", (8000.0, 8000.0, "month", "CNY", False)),
    ("1,500元/天，4,000元/月", (4000.0, 4000.0, "month", "CNY", False)),
    ("USD 200/day, 4000/month", (4000.0, 4000.0, "month", "USD", False)),
    ("时薪25元、月薪3000-3500元", (3000.0, 3500.0, "month", "CNY", False)),
]

# Guards: one period, the month first, no month clause, a space-only join.
SEVERAL_PERIODS_GUARDS = [
    ("4000元/月,200元/天", (4000.0, 4000.0, "month", "CNY", False)),
    ("8000-10000元/月，试用期200元/天", (8000.0, 10000.0, "month", "CNY", False)),
    ("200元/天,日结", (4350.0, 4350.0, "day", "CNY", False)),
    ("200元/天", (4350.0, 4350.0, "day", "CNY", False)),
    ("150元/天", (3262.5, 3262.5, "day", "CNY", False)),
    ("15-25万/年", (12500.0, 20833.33, "year", "CNY", False)),
    ("200元/天 4000元/月", (4350.0, 4350.0, "day", "CNY", False)),
    ("8千-1.5万", (8000.0, 15000.0, "month", "CNY", False)),
]

# Changed: pay to be decided is negotiable, as 面议 and 保密.
TO_BE_DECIDED = ["待定", "薪资待定", "工资待定", "TBD", "TBC", "To be determined", "Salary: to be confirmed"]
NEGOTIABLE_GUARDS = ["面议", "薪资面议", "保密", "Negotiable"]


@pytest.mark.parametrize(("raw", "expected"), SEVERAL_PERIODS + SEVERAL_PERIODS_GUARDS)
def test_several_periods(raw: str, expected: tuple[Any, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize("raw", TO_BE_DECIDED + NEGOTIABLE_GUARDS)
def test_pay_to_be_decided_is_negotiable(raw: str) -> None:
    assert _pay(raw) == (None, None, "unknown", None, True)


def test_figures_beside_a_word_to_be_decided_are_read() -> None:
    assert _pay("4000-6000元/月，提成待定") == (4000.0, 6000.0, "month", "CNY", True)
    assert _pay("4000-6000/月 面议") == (4000.0, 6000.0, "month", "CNY", True)


@pytest.mark.parametrize("raw", ["", "Competitive", "-", "暂无"])
def test_nothing_said_is_not_negotiable(raw: str) -> None:
    assert _pay(raw) == (None, None, "unknown", None, False)


# Guards (documented, unchanged): pay per piece.
@pytest.mark.parametrize(
    "raw", ["8元/单", "1元/件", "80-120元/千字", "计件", "计件工资，多劳多得", "论件计酬3000~8000元"]
)
def test_pay_per_piece_is_unknown(raw: str) -> None:
    assert _pay(raw) == (None, None, "unknown", None, False)


def test_pay_per_piece_with_a_period_or_base_pay() -> None:
    assert _pay("5000-8000元/月（计件）") == (5000.0, 8000.0, "month", "CNY", False)
    assert _pay("底薪3000+计件") == (3000.0, 3000.0, "month", "CNY", False)  # st27: as 底薪N+提成


# Guards (documented, unchanged): N人以下 is fewer than N.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("50人以下", (1, 49, "small_or_micro")),
        ("少于50人", (1, 49, "small_or_micro")),
        ("10人以下", (1, 9, "micro")),
        ("20人以下", (1, 19, "small_or_micro")),
        ("100人以下", (1, 99, "small_or_micro")),
        ("300人以下", (1, 299, "ambiguous")),
        ("50人及以下", (1, 50, "small_or_micro")),
        ("50人以内", (1, 50, "small_or_micro")),
        ("10人及以下", (1, 10, "small_or_micro")),
    ],
)
def test_size_below_n(raw: str, expected: tuple[Any, ...]) -> None:
    out = parse_company_size(raw)
    assert (out["min_employees"], out["max_employees"], out["size_class"]) == expected


# Hong Kong qualifications: the guards were st24's; Form 6 and Master Degree are new.
@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("Degree", "bachelor"),
        ("Non-Degree Tertiary", "associate"),
        ("Matriculated", "high_school"),
        ("HKCEE", "high_school"),
        ("HKALE", "high_school"),
        ("HKDSE", "high_school"),
        ("Form 5", "high_school"),
        ("Form 7", "high_school"),
        ("Form 6", "high_school"),
        ("Master Degree", "master"),
        ("Masters Degree", "master"),
        ("Master's Degree", "master"),
        ("School Certificate", "high_school"),
    ],
)
def test_hong_kong_qualifications(raw: str, level: str) -> None:
    assert parse_education(raw) == level


def test_master_as_a_verb_is_no_degree() -> None:
    assert parse_education(None, "Able to master Excel and PowerPoint; degree in business preferred") != "master"
