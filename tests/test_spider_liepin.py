"""猎聘: parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching, raw_field

from crawlers.parsers import liepin as parser
from crawlers.replicas.liepin import job_id

SOURCE = "liepin"
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
        "address_raw",
        "salary_raw",
        "education_raw",
        "experience_raw",
        "tags",
        "description",
        "posted_at_raw",
    )
}


def test_search_fixture() -> None:
    page = parser.parse_search(fixture("liepin", "search.json"))
    assert asdict(page) == expected("liepin", "search.expected.json")
    assert page.has_more  # page 0 of 3


def test_detail_fixture() -> None:
    assert parser.parse_detail(fixture("liepin", "detail.html")) == (expected("liepin", "detail.expected.json"), None)


def test_login_wall() -> None:
    assert parser.parse_search(fixture("liepin", "login.json")).blocked == "login_wall"
    assert parser.parse_detail("<h2>扫码登录</h2>", 200, "https://www.liepin.com/login") == ({}, "login_wall")


def test_search_body_doubles_the_city_code() -> None:
    form = parser.search_body("海外仓", "050090", 2, 40)["data"]["mainSearchPcConditionForm"]
    assert (form["city"], form["dq"], form["currentPage"], form["key"]) == ("050090", "050090", 2, "海外仓")


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("liepin", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, ("跨境电商", "Amazon"))
    assert len(served) > 150
    fields = {**FIELDS, "salary_raw": lambda r: r.get("salary_raw", "面议")}  # Liepin shows 面议 for no salary
    assert_landed(records, served, SOURCE, fields, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("liepin", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    assert records == [] and result.stats["finish_reason"] == "blocked"
    assert result.blocked.get("login_wall", 0) >= 1
