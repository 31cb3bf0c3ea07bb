"""Demo board: generator determinism and truth, and the aiohttp site (pages, pagination, sitemap, robots,
404)."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from collections import Counter
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from crawlers.demo_board.generator import DemoPosting, generate_postings, make_posting
from crawlers.demo_board.server import DemoBoard, LazyPostings, make_app

SAMPLE = 3000


@pytest.fixture(scope="module")
def sample() -> list[DemoPosting]:
    return generate_postings(SAMPLE)


def test_deterministic_for_n_and_seed() -> None:
    assert [p.raw for p in generate_postings(40, seed=5)] == [p.raw for p in generate_postings(40, seed=5)]
    assert [p.raw for p in generate_postings(40, seed=5)] != [p.raw for p in generate_postings(40, seed=6)]


def test_posting_i_independent_of_n() -> None:
    small, big = generate_postings(10, seed=3), generate_postings(50, seed=3)
    assert [p.raw for p in small] == [p.raw for p in big[:10]]
    assert make_posting(37, seed=3) == big[37]


def test_raw_fields_and_ids(sample: list[DemoPosting]) -> None:
    for i, p in enumerate(sample[:200]):
        assert p.raw["source"] == "demo" and p.raw["source_id"] == f"demo-{i + 1:06d}"
        assert p.raw["title"] and p.raw["company"] and isinstance(p.raw["tags"], list)
        assert 600 <= len(p.raw["description"]) <= 1000
        assert "url" not in p.raw and "scraped_at" not in p.raw


def test_share_non_cross_border(sample: list[DemoPosting]) -> None:
    share = sum(not p.truth["is_cross_border"] for p in sample) / len(sample)
    assert 0.12 <= share <= 0.18


def test_mix_of_markup_regions_and_languages(sample: list[DemoPosting]) -> None:
    formats = Counter(p.markup["format"] for p in sample)
    assert 0.07 <= formats["microdata"] / len(sample) <= 0.13
    regions = {p.truth["location"]["region"] for p in sample}
    assert {"east", "central", "west", "northeast", None} <= regions
    codes = {lang["code"] for p in sample for lang in p.truth["languages"]}
    assert {"en", "ja", "ko", "ru", "es", "ar", "pl"} <= codes
    assert any(not lang["required"] for p in sample for lang in p.truth["languages"])
    assert sum(p.raw.get("company_size_raw") is None for p in sample) / len(sample) < 0.1


def test_aws_is_not_amazon(sample: list[DemoPosting]) -> None:
    aws = [p for p in sample if "亚马逊云科技" in p.raw["description"]]
    assert aws
    for p in aws:
        assert not p.truth["is_cross_border"] and p.truth["role_family"] == "engineering"
        assert "amazon" not in p.truth["platforms"]


def _money(
    lo: float | None,
    hi: float | None,
    period: str = "month",
    months: int | None = None,
    currency: str | None = "CNY",
    negotiable: bool = False,
) -> dict[str, Any]:
    return {
        "min_monthly": lo,
        "max_monthly": hi,
        "months_per_year": months,
        "period": period,
        "currency": currency,
        "negotiable": negotiable,
    }


SALARY_TABLE = [
    ("1.2-1.8万", _money(12000.0, 18000.0)),
    ("6.5千-1万", _money(6500.0, 10000.0)),
    ("1-1.8万·13薪", _money(10000.0, 18000.0, months=13)),
    ("8-12K", _money(8000.0, 12000.0)),
    ("8k-14k·13薪", _money(8000.0, 14000.0, months=13)),
    ("8000-12000元/月", _money(8000.0, 12000.0)),
    ("7000-12000", _money(7000.0, 12000.0)),
    ("20000-14000", _money(14000.0, 20000.0)),
    ("15000-8500元/月", _money(8500.0, 15000.0)),
    ("5500元/月", _money(5500.0, 5500.0)),
    ("8-16万/年", _money(6666.67, 13333.33, "year")),
    ("180元/天", _money(3915.0, 3915.0, "day")),
    ("250-300元/天", _money(5437.5, 6525.0, "day")),
    ("40元/小时", _money(6960.0, 6960.0, "hour")),
    ("35-45元/时", _money(6090.0, 7830.0, "hour")),
    ("8千以上", _money(8000.0, None)),
    ("10000元及以上", _money(10000.0, None)),
    ("6000元起", _money(6000.0, None)),
    ("6千及以下", _money(None, 6000.0)),
    ("6000元以下", _money(None, 6000.0)),
    ("面议", _money(None, None, "unknown", currency=None, negotiable=True)),
    ("薪资面议", _money(None, None, "unknown", currency=None, negotiable=True)),
    ("$3000-3500/月", _money(3000.0, 3500.0, currency="USD")),
    ("7000-12000 CNY/MONTH", _money(7000.0, 12000.0)),
    ("140000-290000 CNY/YEAR", _money(11666.67, 24166.67, "year")),
    ("250-350 CNY/DAY", _money(5437.5, 7612.5, "day")),
    ("30-40 CNY/HOUR", _money(5220.0, 6960.0, "hour")),
    ("3000-4000 USD/MONTH", _money(3000.0, 4000.0, currency="USD")),
]


@pytest.mark.parametrize(("raw", "expected"), SALARY_TABLE)
def test_salary_truth(sample: list[DemoPosting], raw: str, expected: dict[str, Any]) -> None:
    found = [p.truth["salary"] for p in sample if p.raw.get("salary_raw") == raw]
    assert found, f"{raw!r} not generated in the sample"
    assert all(t == expected for t in found)


SIZE_TABLE = [
    ("少于50人", 1, 49, "small_or_micro"),
    ("少于15人", 1, 14, "small_or_micro"),
    ("1-49人", 1, 49, "small_or_micro"),
    ("0-20人", 0, 20, "small_or_micro"),
    ("20-99人", 20, 99, "small"),
    ("15-50人", 15, 50, "small"),
    ("50-150人", 50, 150, "ambiguous"),
    ("150-500人", 150, 500, "ambiguous"),
    ("100-499人", 100, 499, "ambiguous"),
    ("500-1000人", 500, 1000, "large"),
    ("10000人以上", 10000, None, "large"),
    ("少于10人", 1, 9, "micro"),
    ("100-299人", 100, 299, "medium"),
    ("300人以上", 300, None, "large"),
    ("50人以上", 50, None, "ambiguous"),
]


@pytest.mark.parametrize(("band", "lo", "hi", "size_class"), SIZE_TABLE)
def test_size_truth(sample: list[DemoPosting], band: str, lo: int, hi: int | None, size_class: str) -> None:
    found = [p.truth["company_size"] for p in sample if p.raw.get("company_size_raw") == band]
    assert found, f"{band!r} not generated in the sample"
    assert all(t == {"min_employees": lo, "max_employees": hi, "size_class": size_class} for t in found)


def test_location_truth_examples(sample: list[DemoPosting]) -> None:
    expected = {
        "昆山": ("江苏省", "苏州市", "east"),
        "义乌": ("浙江省", "金华市", "east"),
        "上海上海浦东新区": ("上海市", "上海市", "east"),
        "黔南": ("贵州省", "黔南布依族苗族自治州", "west"),
        "异地招聘": (None, None, None),
        "沈阳": ("辽宁省", "沈阳市", "northeast"),
    }
    seen = set()
    for p in sample:
        raw = p.raw.get("location_raw")
        if raw in expected:
            loc = p.truth["location"]
            assert (loc["province"], loc["city"], loc["region"]) == expected[raw]
            seen.add(raw)
    assert seen == set(expected)


def test_structured_salary_text_matches_markup(sample: list[DemoPosting]) -> None:
    for p in sample:
        if "salary" in p.markup:
            s = p.markup["salary"]
            assert p.raw["salary_raw"] == f"{s['min']}-{s['max']} {s['currency']}/{s['unit']}"
        if "employees" in p.markup:
            e = p.markup["employees"]
            want = f"{e['min']}-{e['max']}人" if e["max"] is not None else f"{e['min']}人以上"
            assert p.raw["company_size_raw"] == want


# --- the site -------------------------------------------------------------------------------------


def _serve(postings: Any, coro_fn: Any, page_size: int = 20) -> Any:
    async def run() -> Any:
        async with TestClient(TestServer(make_app(postings, page_size=page_size))) as client:
            return await coro_fn(client)

    return asyncio.run(run())


def test_listing_pagination_and_detail() -> None:
    postings = generate_postings(45)

    async def check(client: TestClient) -> None:
        r = await client.get("/")
        assert r.status == 200 and 'href="/jobs"' in await r.text()
        page1 = await (await client.get("/jobs")).text()
        assert page1.count('href="/jobs/demo-') == 20 and 'rel="next" href="/jobs?page=2"' in page1
        page3 = await (await client.get("/jobs?page=3")).text()
        assert page3.count('href="/jobs/demo-') == 5 and 'rel="next"' not in page3
        assert (await client.get("/jobs?page=4")).status == 404
        assert (await client.get("/jobs?page=x")).status == 400
        detail = await (await client.get("/jobs/demo-000001")).text()
        p = postings[0]
        assert p.raw["title"] in detail
        if p.markup["format"] == "jsonld":
            block = re.search(r'<script type="application/ld\+json">(.*?)</script>', detail, re.S)
            assert block and json.loads(block.group(1))["@type"] == "JobPosting"
        assert (await client.get("/jobs/demo-999999")).status == 404
        assert (await client.get("/jobs/nope")).status == 404

    _serve(postings, check)


def test_microdata_pages_have_no_jsonld() -> None:
    postings = generate_postings(60)
    md = next(p for p in postings if p.markup["format"] == "microdata")

    async def check(client: TestClient) -> None:
        page = await (await client.get(f"/jobs/{md.raw['source_id']}")).text()
        assert 'itemtype="https://schema.org/JobPosting"' in page and "application/ld+json" not in page

    _serve(postings, check)


def test_sitemap_and_robots() -> None:
    async def check(client: TestClient) -> None:
        sm = await (await client.get("/sitemap.xml")).text()
        assert sm.count("<loc>") == 30 and "/jobs/demo-000030</loc>" in sm
        robots = await (await client.get("/robots.txt")).text()
        assert "User-agent: *" in robots and "Disallow: /admin" in robots
        assert re.search(r"^Sitemap: http://\S+/sitemap.xml$", robots, re.M)

    _serve(LazyPostings(30), check)


def test_demo_board_serves_a_given_list() -> None:
    postings = generate_postings(3, seed=9)
    with DemoBoard(postings) as board:
        assert board.postings == postings
        with urllib.request.urlopen(board.base_url + "/jobs/demo-000003", timeout=5) as r:
            assert postings[2].raw["title"] in r.read().decode()


def test_demo_board_over_http() -> None:
    with DemoBoard(n=25) as board:
        assert board.base_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(board.base_url + "/jobs/demo-000025", timeout=5) as r:
            assert r.status == 200 and board.postings[24].raw["title"] in r.read().decode()
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(board.base_url + "/jobs/demo-000026", timeout=5)
        assert exc.value.code == 404
    with pytest.raises(OSError):
        urllib.request.urlopen(board.base_url + "/", timeout=2)
