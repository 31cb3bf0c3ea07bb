"""Greenhouse job boards: parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching

from crawlers.parsers import greenhouse as parser
from crawlers.replicas.greenhouse import job_id

SOURCE = "greenhouse"
KEY = lambda r: str(job_id(r["source_id"]))  # noqa: E731
FIELDS = {
    "title": lambda r: r["title"],
    "company": lambda r: r["company"],
    "location_raw": lambda r: r.get("location_raw"),
    "salary_raw": lambda r: r.get("salary_raw"),
    "employment_type_raw": lambda r: r["employment_type_raw"],
    "tags": lambda r: [r["industry_raw"]],
    "description": lambda r: r["description"],
    "posted_at_raw": lambda r: r["posted_at_raw"],
}


def test_jobs_fixture_unescapes_content() -> None:
    page = parser.parse_jobs(fixture("greenhouse", "jobs.json"), "exampleco")
    assert asdict(page) == expected("greenhouse", "jobs.expected.json")


def test_unknown_board_is_empty_not_blocked() -> None:
    page = parser.parse_jobs(fixture("greenhouse", "not_found.json"), "nosuch", 404)
    assert page.postings == [] and page.blocked is None


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("greenhouse", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, None)
    assert len(served) > 150
    assert_landed(records, served, SOURCE, FIELDS, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("greenhouse", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    assert records == [] and result.stats["finish_reason"] == "blocked"
    assert result.blocked.get("http403", 0) >= 1
