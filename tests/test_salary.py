"""Salary strings → monthly figures. Tables of real strings (51job 2023, neitui 2018 renderings) and every
format the brief lists; expected values computed by hand from the conventions (÷12 for /年, ×21.75 for
/天, ×174 for /时)."""

from __future__ import annotations

import pytest
from salary_case import UNKNOWN
from salary_case import expected_salary as _d

from nlp.salary import parse_salary

# Real distinct 51job salary strings: (raw, min_monthly, max_monthly, months_per_year, period); all CNY.
REAL_51JOB = [
    ("0.8-1万", 8000.0, 10000.0, None, "month"),
    ("1-1.2万·13薪", 10000.0, 12000.0, 13, "month"),
    ("1-1.4万·13薪", 10000.0, 14000.0, 13, "month"),
    ("1-1.5万·15薪", 10000.0, 15000.0, 15, "month"),
    ("1-1.6万·13薪", 10000.0, 16000.0, 13, "month"),
    ("1-1.7万·13薪", 10000.0, 17000.0, 13, "month"),
    ("1-1.8万·14薪", 10000.0, 18000.0, 14, "month"),
    ("1.1-1.5万·13薪", 11000.0, 15000.0, 13, "month"),
    ("1.1-1.6万·13薪", 11000.0, 16000.0, 13, "month"),
    ("1.2-1.5万·18薪", 12000.0, 15000.0, 18, "month"),
    ("1.2-1.6万·13薪", 12000.0, 16000.0, 13, "month"),
    ("1.2-1.6万·16薪", 12000.0, 16000.0, 16, "month"),
    ("1.2-1.7万·13薪", 12000.0, 17000.0, 13, "month"),
    ("1.2-2.4万", 12000.0, 24000.0, None, "month"),
    ("1.2-2.4万·14薪", 12000.0, 24000.0, 14, "month"),
    ("1.3-2.5万·13薪", 13000.0, 25000.0, 13, "month"),
    ("1.4-1.6万·13薪", 14000.0, 16000.0, 13, "month"),
    ("1.5-2.1万·14薪", 15000.0, 21000.0, 14, "month"),
    ("1.5-2.2万·13薪", 15000.0, 22000.0, 13, "month"),
    ("1.5-2.3万·13薪", 15000.0, 23000.0, 13, "month"),
    ("1.5-3万·20薪", 15000.0, 30000.0, 20, "month"),
    ("1.5千/天", 32625.0, 32625.0, None, "day"),
    ("1.6-3万·14薪", 16000.0, 30000.0, 14, "month"),
    ("1.7-2.5万·14薪", 17000.0, 25000.0, 14, "month"),
    ("1.8-2.5万·16薪", 18000.0, 25000.0, 16, "month"),
    ("1.8-3万·13薪", 18000.0, 30000.0, 13, "month"),
    ("1.9-2.8万·14薪", 19000.0, 28000.0, 14, "month"),
    ("10-18万/年", 8333.33, 15000.0, None, "year"),
    ("120元/天", 2610.0, 2610.0, None, "day"),
    ("13-16万/年", 10833.33, 13333.33, None, "year"),
    ("150-180万/年", 125000.0, 150000.0, None, "year"),
    ("17-28万/年", 14166.67, 23333.33, None, "year"),
    ("2-2.2万·14薪", 20000.0, 22000.0, 14, "month"),
    ("2-2.4万", 20000.0, 24000.0, None, "month"),
    ("2-2.5万·13薪", 20000.0, 25000.0, 13, "month"),
    ("2-2.8万", 20000.0, 28000.0, None, "month"),
    ("2-2万", 20000.0, 20000.0, None, "month"),
    ("2.1-3万", 21000.0, 30000.0, None, "month"),
    ("2.5-4.2万·15薪", 25000.0, 42000.0, 15, "month"),
    ("2.5-4万·14薪", 25000.0, 40000.0, 14, "month"),
    ("20-25万/年", 16666.67, 20833.33, None, "year"),
    ("20-27万/年", 16666.67, 22500.0, None, "year"),
    ("20-40万", 200000.0, 400000.0, None, "month"),
    ("200元/天", 4350.0, 4350.0, None, "day"),
    ("3-5万·13薪", 30000.0, 50000.0, 13, "month"),
    ("3-5万·16薪", 30000.0, 50000.0, 16, "month"),
    ("3.5-4千", 3500.0, 4000.0, None, "month"),
    ("3.5-6千", 3500.0, 6000.0, None, "month"),
    ("3.5-6千·13薪", 3500.0, 6000.0, 13, "month"),
    ("30-60万/年", 25000.0, 50000.0, None, "year"),
    ("3万及以下/年", None, 2500.0, None, "year"),
    ("3千及以下", None, 3000.0, None, "month"),
    ("4-7千·14薪", 4000.0, 7000.0, 14, "month"),
    ("4.5-7千·13薪", 4500.0, 7000.0, 13, "month"),
    ("4.7-9.4千·13薪", 4700.0, 9400.0, 13, "month"),
    ("5-7千·14薪", 5000.0, 7000.0, 14, "month"),
    ("5-8.5千", 5000.0, 8500.0, None, "month"),
    ("5-9千·13薪", 5000.0, 9000.0, 13, "month"),
    ("5.3千-1万", 5300.0, 10000.0, None, "month"),
    ("5.5-7千·13薪", 5500.0, 7000.0, 13, "month"),
    ("5千-1万·16薪", 5000.0, 10000.0, 16, "month"),
    ("6-6.5千·13薪", 6000.0, 6500.0, 13, "month"),
    ("6-8千·13薪", 6000.0, 8000.0, 13, "month"),
    ("6-9千·15薪", 6000.0, 9000.0, 15, "month"),
    ("6.5-8.5千·15薪", 6500.0, 8500.0, 15, "month"),
    ("6.5-8千·14薪", 6500.0, 8000.0, 14, "month"),
    ("6千-1.1万", 6000.0, 11000.0, None, "month"),
    ("6千-1.2万", 6000.0, 12000.0, None, "month"),
    ("6千-1万", 6000.0, 10000.0, None, "month"),
    ("7-8.5千", 7000.0, 8500.0, None, "month"),
    ("70-120万/年", 58333.33, 100000.0, None, "year"),
    ("8-10万/年", 6666.67, 8333.33, None, "year"),
    ("80元/天", 1740.0, 1740.0, None, "day"),
    ("8千-1.2万", 8000.0, 12000.0, None, "month"),
    ("8千-1万·13薪", 8000.0, 10000.0, 13, "month"),
    ("8千-1万·14薪", 8000.0, 10000.0, 14, "month"),
    ("9.5千-1.1万·14薪", 9500.0, 11000.0, 14, "month"),
    ("9.9-17万/年", 8250.0, 14166.67, None, "year"),
    ("9千-1.1万·14薪", 9000.0, 11000.0, 14, "month"),
    ("9千-1.2万", 9000.0, 12000.0, None, "month"),
    ("9千-1.2万·18薪", 9000.0, 12000.0, 18, "month"),
    ("9千-1.8万·14薪", 9000.0, 18000.0, 14, "month"),
]


@pytest.mark.parametrize(("raw", "low", "high", "months", "period"), REAL_51JOB)
def test_real_51job_strings(raw: str, low: float | None, high: float | None, months: int | None, period: str) -> None:
    assert parse_salary(raw) == _d(low, high, months, period)


# neitui pay_range_from/to (thousands CNY a month) rendered as "{from}k-{to}k".
@pytest.mark.parametrize(
    ("raw", "low", "high"),
    [
        ("10k-20k", 10000.0, 20000.0),
        ("15k-30k", 15000.0, 30000.0),
        ("1k-2k", 1000.0, 2000.0),
        ("50k-100k", 50000.0, 100000.0),
        ("90k-100k", 90000.0, 100000.0),
        ("8k-16k", 8000.0, 16000.0),
        ("25k-26k", 25000.0, 26000.0),
        ("2k-3k", 2000.0, 3000.0),
        ("13k-14k", 13000.0, 14000.0),
    ],
)
def test_neitui_renderings(raw: str, low: float, high: float) -> None:
    out = parse_salary(raw)
    assert (out["min_monthly"], out["max_monthly"], out["period"], out["currency"]) == (
        low,
        high,
        "month",
        "CNY",
    )


FORMATS = [
    ("1-1.5万", _d(10000.0, 15000.0)),
    ("2-3万·13薪", _d(20000.0, 30000.0, 13)),
    ("6千-1.2万", _d(6000.0, 12000.0)),
    ("15-25万/年", _d(12500.0, 20833.33, period="year")),
    ("200元/天", _d(4350.0, 4350.0, period="day")),
    ("30元/时", _d(5220.0, 5220.0, period="hour")),
    ("8000-12000元/月", _d(8000.0, 12000.0)),
    ("8000-12000", _d(8000.0, 12000.0)),
    ("8K-15K", _d(8000.0, 15000.0)),
    ("10k-20k·14薪", _d(10000.0, 20000.0, 14)),
    ("1万以上", _d(10000.0, None)),
    ("5千及以下", _d(None, 5000.0)),
    ("1千及以下", _d(None, 1000.0)),
    ("面议", _d(None, None, period="unknown", currency=None, negotiable=True)),
    ("薪资面议", _d(None, None, period="unknown", currency=None, negotiable=True)),
    ("保密", _d(None, None, period="unknown", currency=None, negotiable=True)),
    ("Negotiable", _d(None, None, period="unknown", currency=None, negotiable=True)),
    ("$3000-4000/月", _d(3000.0, 4000.0, currency="USD")),
    ("3000-4000美元/月", _d(3000.0, 4000.0, currency="USD")),
    ("USD 3000-4000", _d(3000.0, 4000.0, currency="USD")),
    ("15000-8000", _d(8000.0, 15000.0)),
    ("4500元/月", _d(4500.0, 4500.0)),
    ("8000-12000 CNY/MONTH", _d(8000.0, 12000.0)),
    ("240000-300000 CNY/YEAR", _d(20000.0, 25000.0, period="year")),
    ("200-300 CNY/DAY", _d(4350.0, 6525.0, period="day")),
    ("50-80 CNY/HOUR", _d(8700.0, 13920.0, period="hour")),
    ("10-15K/月", _d(10000.0, 15000.0)),
    ("1.5万/月", _d(15000.0, 15000.0)),
    ("0.8-1万", _d(8000.0, 10000.0)),
    ("3千-4.5千", _d(3000.0, 4500.0)),
    ("年薪20-30万", _d(16666.67, 25000.0, period="year")),
    ("日薪200", _d(4350.0, 4350.0, period="day")),
    ("时薪25元", _d(4350.0, 4350.0, period="hour")),
    ("底薪4000+提成", _d(4000.0, 4000.0)),
    ("4000-6000元+提成", _d(4000.0, 6000.0)),
    ("20-40万/年·15薪", _d(16666.67, 33333.33, 15, period="year")),
    ("2.5-3.5万·16薪", _d(25000.0, 35000.0, 16)),
    ("5000以上", _d(5000.0, None)),
    ("5000+", _d(5000.0, None)),
    ("8k起", _d(8000.0, None)),
    ("10000元以下", _d(None, 10000.0)),
    ("１０Ｋ－１５Ｋ", _d(10000.0, 15000.0)),
    ("月薪8千至1萬", _d(8000.0, 10000.0)),
    ("8,000-12,000元/月", _d(8000.0, 12000.0)),
    ("3000元-4000元", _d(3000.0, 4000.0)),
    ("1000/周", _d(4350.0, 4350.0, period="week")),
    ("€2000-3000/月", _d(2000.0, 3000.0, currency="EUR")),
    ("2000-3000欧元/月", _d(2000.0, 3000.0, currency="EUR")),
    ("JPY 250000", _d(250000.0, 250000.0, currency="JPY")),
    ("20-30万日元/月", _d(200000.0, 300000.0, currency="JPY")),
    ("HK$20,000-25,000", _d(20000.0, 25000.0, currency="HKD")),
    ("2-3万港币", _d(20000.0, 30000.0, currency="HKD")),
    ("6千-8000", _d(6000.0, 8000.0)),  # 8000 is already yuan: the 千 is not inherited
    ("5000-1万", _d(5000.0, 10000.0)),
    ("1.5千/天", _d(32625.0, 32625.0, period="day")),
    # The gold guide: a unit lost to mojibake can only be 千 (9万 would reverse the range).
    ("9\ufffd-1.5万·13薪", _d(9000.0, 15000.0, 13)),
    # Refusals: bare small numbers (probably K, not stated), no figure at all.
    ("8-10", UNKNOWN),
    ("", UNKNOWN),
    (None, UNKNOWN),
    ("待遇优厚", UNKNOWN),
    ("competitive", UNKNOWN),
]


@pytest.mark.parametrize(("raw", "expected"), FORMATS)
def test_formats(raw: str | None, expected: dict[str, object]) -> None:
    assert parse_salary(raw) == expected


def test_returned_dict_is_a_fresh_copy() -> None:
    first = parse_salary("1-1.5万")
    first["min_monthly"] = -1
    assert parse_salary("1-1.5万")["min_monthly"] == 10000.0


def test_non_string_input_is_unknown() -> None:
    assert parse_salary(12000) == UNKNOWN  # type: ignore[arg-type]
