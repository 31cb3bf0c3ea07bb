"""The five field extractors over every distinct field value of the real postings in ../shared/realdata.

Skips cleanly when that folder is absent (a user's checkout has no ../shared).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from nlp.company_size import parse_company_size
from nlp.education import parse_education
from nlp.experience import parse_experience
from nlp.salary import parse_salary

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
pytestmark = pytest.mark.realdata


def _need(name: str) -> Path:
    path = REALDATA / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return path


@cache
def _51job() -> list[dict[str, str]]:
    with _need("51job_2023_isixe.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _neitui() -> list[dict[str, Any]]:
    with _need("neitui_2018_dev.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _distinct(values: Iterator[Any]) -> list[str]:
    return sorted({v for v in values if isinstance(v, str) and v.strip()})


def test_51job_salaries_parsed_share() -> None:
    strings = _distinct(r["salary"] for r in _51job())
    unread = [
        s for s in strings if parse_salary(s)["period"] == "unknown" and not parse_salary(s)["negotiable"]
    ]
    # The one refusal is a string whose magnitude character was lost to mojibake ("9\ufffd-1.5万·13薪").
    assert len(unread) / len(strings) <= 0.005, unread


def test_51job_salary_figures_follow_their_units() -> None:
    """Every distinct "A-B万" / "A-B千" / "A-B万/年" string: bounds are A and B times the unit, in order."""
    checked = 0
    for s in _distinct(r["salary"] for r in _51job()):
        head = s.split("·")[0]
        for unit, factor, divisor, period in (
            ("万/年", 10000, 12, "year"),
            ("万", 10000, 1, "month"),
            ("千", 1000, 1, "month"),
        ):
            body = head.removesuffix(unit)
            if body != head and "-" in body and all(p.replace(".", "").isdigit() for p in body.split("-")):
                a, b = (float(p) * factor / divisor for p in body.split("-"))
                out = parse_salary(s)
                assert (out["min_monthly"], out["max_monthly"], out["period"]) == (
                    round(min(a, b), 2),
                    round(max(a, b), 2),
                    period,
                ), s
                checked += 1
                break
    assert checked > 300


def test_neitui_pay_ranges_exact() -> None:
    for r in _neitui():
        if r.get("pay_range_from") and r.get("pay_range_to"):
            out = parse_salary(f"{r['pay_range_from']}k-{r['pay_range_to']}k")
            assert out["min_monthly"] == float(r["pay_range_from"]) * 1000
            assert out["max_monthly"] == float(r["pay_range_to"]) * 1000
            assert (out["period"], out["currency"]) == ("month", "CNY")


def test_every_size_band_read() -> None:
    bands = _distinct(r["companySize"] for r in _51job()) + _distinct(r.get("scale") for r in _neitui())
    with _need("addresses_cpca.csv").open(encoding="utf-8", newline="") as f:
        bands += _distinct(r["规模"] for r in csv.DictReader(f))
    assert len(bands) >= 15
    for band in bands:
        out = parse_company_size(band)
        assert out["size_class"] != "unknown", band
        assert out["min_employees"] is not None


def test_every_education_value_read() -> None:
    values = _distinct(r["degree"] for r in _51job()) + _distinct(r.get("edu_level") for r in _neitui())
    assert len(values) >= 8
    assert [v for v in values if parse_education(v) is None] == []


def test_every_experience_value_read() -> None:
    values = _distinct(r["workYear"] for r in _51job()) + _distinct(r.get("exp_level") for r in _neitui())
    assert len(values) >= 25
    assert [v for v in values if parse_experience(v)["min_years"] is None] == []


def test_description_fallback_agrees_with_board_field_where_both_exist() -> None:
    """neitui sets edu_level apart from the text; where the text states a level it mostly matches it."""
    mapping = {
        "本科": "bachelor",
        "专科": "associate",
        "大专": "associate",
        "硕士": "master",
        "不限": "none_required",
    }
    agree = stated = 0
    for r in _neitui():
        expected = mapping.get(r.get("edu_level") or "")
        if expected and r.get("summary"):
            got = parse_education(None, r["summary"])
            if got is not None:
                stated += 1
                agree += got == expected
    assert stated > 500
    assert agree / stated > 0.8
