"""BOSS直聘: parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching, raw_field

from crawlers.parsers import boss as parser
from crawlers.replicas.common import hex_id

SOURCE = "boss"
KEY = lambda r: hex_id(r["source_id"], "boss")  # noqa: E731
FIELDS = {
    k: raw_field(k)
    for k in (
        "title",
        "company",
        "company_size_raw",
        "industry_raw",
        "location_raw",
        "address_raw",
        "salary_raw",
        "education_raw",
        "experience_raw",
        "tags",
        "description",
    )
}


def test_joblist_fixture() -> None:
    page = parser.parse_search(fixture("boss", "joblist.json"), "https://www.zhipin.com")
    assert asdict(page) == expected("boss", "joblist.expected.json")
    assert page.postings[0]["url"] == "https://www.zhipin.com/job_detail/0e9b6a64fac4eb3b03x809.html"


def test_detail_fixture() -> None:
    assert parser.parse_detail(fixture("boss", "detail.html")) == (expected("boss", "detail.expected.json"), None)


def test_code_37_and_verify_page_are_security_checks() -> None:
    assert parser.parse_search(fixture("boss", "code37.json"), "https://www.zhipin.com").blocked == "security_check"
    assert parser.parse_detail(fixture("boss", "verify.html")) == ({}, "security_check")


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("boss", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, ("跨境电商", "Amazon"))
    assert len(served) > 150
    assert_landed(records, served, SOURCE, FIELDS, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("boss", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    assert records == [] and result.stats["finish_reason"] == "blocked"
    assert result.blocked.get("security_check", 0) >= 1
