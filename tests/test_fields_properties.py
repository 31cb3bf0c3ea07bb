"""Property tests: the five field extractors never raise, keep their shape, refuse garbage, are
deterministic."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp.company_size import SIZE_CLASSES, parse_company_size
from nlp.education import EDUCATION_LEVELS, parse_education
from nlp.employment import EMPLOYMENT_TYPES, parse_employment_type
from nlp.experience import parse_experience
from nlp.salary import PERIODS, parse_salary

# Arbitrary text: any code point (control characters, emoji, surrogate-free), sometimes salary-like pieces
# mixed in.
_PIECES = st.sampled_from(
    [
        "万",
        "千",
        "k",
        "K",
        "-",
        "~",
        "年",
        "/年",
        "/天",
        "/时",
        "以上",
        "以下",
        "·13薪",
        "元",
        "$",
        "人",
        "少于",
        "本科",
        "大专",
        "经验",
        "不限",
        "兼职",
        "实习",
        "远程",
        "1",
        "9",
        "0",
        ".",
        "+",
        "\x00",
        "😀",
        "\u3000",
    ]
)
TEXT = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join))
# Letters only, with no keyword of any extractor: nothing in them may be read as a value.
GARBAGE = st.text(alphabet="qzxjvbQZXJVB", min_size=0, max_size=200)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_salary(out: dict[str, Any]) -> None:
    assert set(out) == {"min_monthly", "max_monthly", "months_per_year", "period", "currency", "negotiable"}
    assert out["period"] in PERIODS
    assert isinstance(out["negotiable"], bool)
    low, high = out["min_monthly"], out["max_monthly"]
    for v in (low, high):
        assert v is None or (isinstance(v, float) and v >= 0)
    if low is not None and high is not None:
        assert low <= high
    numbers_read = low is not None or high is not None
    assert (out["currency"] is not None) == numbers_read
    assert (out["period"] != "unknown") == numbers_read


def _check_size(out: dict[str, Any]) -> None:
    assert set(out) == {"min_employees", "max_employees", "size_class"}
    assert out["size_class"] in SIZE_CLASSES
    low, high = out["min_employees"], out["max_employees"]
    if out["size_class"] == "unknown":
        assert low is None and high is None
    else:
        assert isinstance(low, int) and low >= 0
        assert high is None or (isinstance(high, int) and low <= high)


def _check_experience(out: dict[str, Any]) -> None:
    assert set(out) == {"min_years", "max_years"}
    low, high = out["min_years"], out["max_years"]
    if low is None:
        assert high is None
    if low is not None and high is not None:
        assert 0 <= low <= high


@SETTINGS
@given(TEXT)
def test_salary_total_and_shaped(text: str) -> None:
    out = parse_salary(text)
    _check_salary(out)
    assert parse_salary(text) == out


@SETTINGS
@given(TEXT)
def test_company_size_total_and_shaped(text: str) -> None:
    out = parse_company_size(text)
    _check_size(out)
    assert parse_company_size(text) == out


@SETTINGS
@given(TEXT, TEXT)
def test_education_total_and_shaped(raw: str, description: str) -> None:
    out = parse_education(raw, description)
    assert out is None or out in EDUCATION_LEVELS
    assert parse_education(raw, description) == out
    assert parse_education(None, description) in (None, *EDUCATION_LEVELS)


@SETTINGS
@given(TEXT, TEXT)
def test_experience_total_and_shaped(raw: str, description: str) -> None:
    out = parse_experience(raw, description)
    _check_experience(out)
    _check_experience(parse_experience(None, description))
    assert parse_experience(raw, description) == out


@SETTINGS
@given(TEXT, TEXT, TEXT, st.lists(TEXT, max_size=5))
def test_employment_total_and_shaped(raw: str, title: str, description: str, tags: list[str]) -> None:
    out = parse_employment_type(raw, title, description, tags)
    assert out == sorted(set(out)) and out
    assert set(out) <= set(EMPLOYMENT_TYPES)
    assert parse_employment_type(raw, title, description, tags) == out


@SETTINGS
@given(GARBAGE)
def test_garbage_gives_unknown(text: str) -> None:
    assert parse_salary(text) == parse_salary(None)
    assert parse_company_size(text)["size_class"] == "unknown"
    assert parse_education(text, text) is None
    assert parse_experience(text, text) == {"min_years": None, "max_years": None}
    assert parse_employment_type(text, text, text, [text]) == ["full_time"]


@settings(max_examples=5, deadline=None)
@given(
    st.sampled_from(
        [
            "".join(string.printable) * 10_000,
            "😀1-3年万" * 150_000,
            "\x00" * 1_000_000,
            "本科及以上学历，3年以上经验，8-10k，兼职。" * 40_000,
        ]
    )
)
def test_huge_inputs(text: str) -> None:
    _check_salary(parse_salary(text))
    _check_size(parse_company_size(text))
    assert parse_education(None, text) in (None, *EDUCATION_LEVELS)
    _check_experience(parse_experience(None, text))
    assert set(parse_employment_type(text, text, text, [text])) <= set(EMPLOYMENT_TYPES)
