"""51job (前程无忧): parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching, raw_field

from crawlers.parsers import job51 as parser
from crawlers.replicas.job51 import job_id

SOURCE = "51job"
KEY = lambda r: job_id(r["source_id"])  # noqa: E731
FIELDS = {
    k: raw_field(k)
    for k in (
        "title",
        "company",
        "company_size_raw",
        "company_type_raw",
        "industry_raw",
        "location_raw",
        "salary_raw",
        "education_raw",
        "experience_raw",
        "employment_type_raw",
        "tags",
        "description",
        "posted_at_raw",
    )
}


def test_search_page_fixture() -> None:
    page = parser.parse_search(fixture("job51", "search.json"), page_size=20)
    assert asdict(page) == expected("job51", "search.expected.json")
    assert page.postings[0]["salary_raw"] == "1-1.5万·13薪" and page.postings[1]["company"] == "宁波某贸易"


@pytest.mark.parametrize(("name", "reason"), [("waf_slider.html", "captcha"), ("waf_blocked.html", "security_check")])
def test_waf_pages_are_blocks(name: str, reason: str) -> None:
    assert parser.parse_search(fixture("job51", name)).blocked == reason


def test_refused_request_is_not_a_block() -> None:
    page = parser.parse_search({"status": "0", "message": "参数错误"})
    assert page.blocked is None and page.postings == []


@pytest.mark.slow
def test_max_items_and_max_pages(tmp_path: Path) -> None:
    result, _p, records = crawl_replica("job51", SOURCE, tmp_path, keywords=("跨境电商",), max_items=70)
    assert result.ok and len(records) == 70
    result, _p, records = crawl_replica("job51", SOURCE, tmp_path / "b", keywords=("跨境电商",), max_pages=2)
    assert result.ok and len(records) == 100  # two pages of 50


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("job51", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, ("跨境电商", "Amazon"))
    assert len(served) > 150
    assert_landed(records, served, SOURCE, FIELDS, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("job51", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    assert records == [] and result.stats["finish_reason"] == "blocked"
    assert result.blocked.get("captcha", 0) >= 1
