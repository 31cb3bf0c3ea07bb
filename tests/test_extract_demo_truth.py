"""Extraction on the demo board matches the generator's truth (issue 2: ≥ 99% per field)."""

from collections import Counter
from typing import Any

import pytest

from crawlers.demo_board.generator import generate_postings
from nlp.extract import extract_posting

N = 2000
BAR = 0.99


def _fields(truth: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    return {
        "salary": got["salary"] == truth["salary"],
        "province": got["location"]["province"] == truth["location"]["province"],
        "city": got["location"]["city"] == truth["location"]["city"],
        "region": got["location"]["region"] == truth["location"]["region"],
        "size_band": got["company_size"] == truth["company_size"],
        "languages": got["languages"] == truth["languages"],
        "platforms": got["platforms"] == truth["platforms"],
        "education": got["education"] == truth["education"],
        "experience": got["experience"] == truth["experience"],
        "is_cross_border": got["is_cross_border"] == truth["is_cross_border"],
        "employment_type": got["employment_type"] == truth["employment_type"],
    }


@pytest.fixture(scope="module")
def scores() -> tuple[Counter[str], dict[str, list[str]]]:
    right: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for posting in generate_postings(N, seed=7):
        got = extract_posting(posting.raw)
        for field, ok in _fields(posting.truth, got).items():
            if ok:
                right[field] += 1
            else:
                misses.setdefault(field, []).append(posting.raw["source_id"])
    return right, misses


@pytest.mark.parametrize(
    "field", ["salary", "province", "city", "size_band", "languages", "platforms", "education", "experience"]
)
def test_field_matches_truth(scores: tuple[Counter[str], dict[str, list[str]]], field: str) -> None:
    right, misses = scores
    accuracy = right[field] / N
    assert accuracy >= BAR, f"{field}: {accuracy:.4f} < {BAR}; first misses {misses.get(field, [])[:5]}"


def test_relevance_matches_truth(scores: tuple[Counter[str], dict[str, list[str]]]) -> None:
    right, misses = scores
    assert right["is_cross_border"] / N >= 0.98, misses.get("is_cross_border", [])[:5]
