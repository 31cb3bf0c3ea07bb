"""Lever postings: parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching

from crawlers.parsers import lever as parser
from crawlers.replicas.lever import posting_id

SOURCE = "lever"
KEY = lambda r: posting_id(r["source_id"])  # noqa: E731
FIELDS = {
    "title": lambda r: r["title"],
    "company": lambda r: r["company"],
    "location_raw": lambda r: r.get("location_raw"),
    "salary_raw": lambda r: r.get("salary_raw"),
    "employment_type_raw": lambda r: r["employment_type_raw"],
    "tags": lambda r: r["tags"],
    "description": lambda r: r["description"],
    "posted_at_raw": lambda r: r["posted_at_raw"],
}


def test_postings_fixture() -> None:
    page = parser.parse_postings(fixture("lever", "postings.json"), "ExampleCo", 100)
    assert asdict(page) == expected("lever", "postings.expected.json")
    assert page.postings[0]["salary_raw"] == "12000-18000 CNY/MONTH"


def test_unknown_company_and_cloudflare() -> None:
    assert parser.parse_postings(fixture("lever", "not_found.json"), "x", 100).postings == []
    assert parser.parse_postings(fixture("lever", "cloudflare_403.html"), "x", 100, 403).blocked == "security_check"


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("lever", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, None)
    assert len(served) > 150
    assert_landed(records, served, SOURCE, FIELDS, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("lever", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    assert records == [] and result.stats["finish_reason"] == "blocked"
    assert result.blocked.get("http403", 0) >= 1
