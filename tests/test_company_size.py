"""Company size bands → headcount bounds and size class, by the team's straddle rule (WHITEPAPER
thresholds)."""

from __future__ import annotations

import pytest

from nlp.company_size import parse_company_size, size_class

CASES = [
    # every distinct band of 51job companySize, neitui scale and addresses_cpca 规模
    ("少于50人", 1, 49, "small_or_micro"),
    ("50-150人", 50, 150, "ambiguous"),
    ("150-500人", 150, 500, "ambiguous"),
    ("500-1000人", 500, 1000, "large"),
    ("1000-5000人", 1000, 5000, "large"),
    ("5000-10000人", 5000, 10000, "large"),
    ("10000人以上", 10000, None, "large"),
    ("少于15人", 1, 14, "small_or_micro"),
    ("15-50人", 15, 50, "small"),
    ("500-2000人", 500, 2000, "large"),
    ("2000人以上", 2000, None, "large"),
    ("1-49人", 1, 49, "small_or_micro"),
    ("50-99人", 50, 99, "small"),
    ("100-499人", 100, 499, "ambiguous"),
    ("500-999人", 500, 999, "large"),
    ("1000-2000人", 1000, 2000, "large"),
    ("2000-5000人", 2000, 5000, "large"),
    # other board formats and the team's examples
    ("0-20人", 0, 20, "small_or_micro"),
    ("20-99人", 20, 99, "small"),
    ("100-299人", 100, 299, "medium"),
    ("1000-9999人", 1000, 9999, "large"),
    ("少于10人", 1, 9, "micro"),
    ("10人以下", 1, 9, "micro"),  # 以下 as in the SME rule itself: "10人以下的为微型企业"
    ("10人及以下", 1, 10, "small_or_micro"),
    ("50人以上", 50, None, "ambiguous"),
    ("300人以上", 300, None, "large"),
    ("1000人以上", 1000, None, "large"),
    ("1万人以上", 10000, None, "large"),
    ("20人-99人", 20, 99, "small"),
    ("１００－２９９人", 100, 299, "medium"),
    ("10,000+ employees", 10000, None, "large"),
    ("51-200 employees", 51, 200, "ambiguous"),
    ("11-50", 11, 50, "small"),
    ("300余人", 300, None, "large"),
    ("200-100人", 100, 200, "medium"),
]


@pytest.mark.parametrize(("raw", "low", "high", "cls"), CASES)
def test_bands(raw: str, low: int, high: int | None, cls: str) -> None:
    assert parse_company_size(raw) == {"min_employees": low, "max_employees": high, "size_class": cls}


@pytest.mark.parametrize("raw", ["", None, "人数不详", "   ", "保密", "若干", "少于1人"])
def test_unknown(raw: str | None) -> None:
    assert parse_company_size(raw) == {"min_employees": None, "max_employees": None, "size_class": "unknown"}


@pytest.mark.parametrize(
    ("low", "high", "cls"),
    [
        (1, 9, "micro"),
        (10, 99, "small"),
        (100, 299, "medium"),
        (300, 300, "large"),
        (9, 10, "small_or_micro"),
        (1, 99, "small_or_micro"),
        (99, 100, "ambiguous"),
        (1, 100, "ambiguous"),
        (299, 300, "ambiguous"),
        (299, None, "ambiguous"),
        (300, None, "large"),
        (5, None, "ambiguous"),
    ],
)
def test_size_class_thresholds(low: int, high: int | None, cls: str) -> None:
    assert size_class(low, high) == cls
