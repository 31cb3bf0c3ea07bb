"""智联招聘: parser on saved answers, and the spider against the replica over real HTTP."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from spider_harness import assert_landed, crawl_replica, expected, fixture, matching, raw_field

from crawlers.parsers import zhaopin as parser
from crawlers.replicas.zhaopin import number

SOURCE = "zhaopin"
KEY = lambda r: number(r["source_id"])  # noqa: E731
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
        "employment_type_raw",
        "tags",
        "description",
        "posted_at_raw",
    )
}


def test_positions_fixture() -> None:
    page = parser.parse_search(fixture("zhaopin", "positions.json"), page_size=20)
    assert asdict(page) == expected("zhaopin", "positions.expected.json")


def test_detail_fixture_gives_the_full_description() -> None:
    fields, blocked = parser.parse_detail(fixture("zhaopin", "detail.html"))
    assert blocked is None and fields == expected("zhaopin", "detail.expected.json")


def test_passport_login_is_a_login_wall() -> None:
    html = fixture("zhaopin", "passport_login.html")
    assert parser.parse_search(html).blocked == "login_wall"
    assert parser.parse_detail(html, 200, "https://passport.zhaopin.com/login")[1] == "login_wall"


@pytest.mark.slow
def test_crawl_lands_every_matching_posting_once(tmp_path: Path) -> None:
    result, postings, records = crawl_replica("zhaopin", SOURCE, tmp_path)
    assert result.ok, (result.error, result.stderr_tail)
    served = matching(postings, ("跨境电商", "Amazon"))
    assert len(served) > 150
    assert_landed(records, served, SOURCE, FIELDS, KEY)


@pytest.mark.slow
def test_blocked_site_stops_cleanly_with_the_count(tmp_path: Path) -> None:
    result, _postings, records = crawl_replica("zhaopin", SOURCE, tmp_path, blocked=True)
    assert not result.ok and (result.error or "").startswith("blocked by the site")
    # the login redirect is caught by the shared BlockedMiddleware (crawlers/middlewares.py) before the spider
    assert records == [] and result.blocked.get("login_redirect", 0) >= 1
