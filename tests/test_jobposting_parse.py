"""Pure JobPosting parsing: saved fixtures, the demo board's markup round trip, and spider argument checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.demo_board.generator import generate_postings
from crawlers.demo_board.server import render_jsonld_page, render_microdata_page
from crawlers.jobposting import html_to_text, postings_from_html, raw_from_jobposting
from crawlers.spiders.jobposting import is_loopback, parse_args

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "jobposting"
CASES = sorted(p.stem for p in FIXTURES.glob("*.html"))


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    html = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert postings_from_html(html, f"https://jobs.example.org/page/{name}") == expected


def test_fixture_set_covers_the_hard_cases() -> None:
    assert {"malformed_jsonld", "two_postings", "graph", "non_job", "microdata"} <= set(CASES)
    assert json.loads((FIXTURES / "non_job.json").read_text()) == []
    assert len(json.loads((FIXTURES / "two_postings.json").read_text())) == 2


@pytest.mark.parametrize(
    ("obj", "field", "expected"),
    [
        (
            {
                "baseSalary": {
                    "currency": "CNY",
                    "value": {"minValue": 8000, "maxValue": 12000, "unitText": "MONTH"},
                }
            },
            "salary_raw",
            "8000-12000 CNY/MONTH",
        ),
        (
            {"baseSalary": {"currency": "USD", "value": {"value": 20.5, "unitText": "HOUR"}}},
            "salary_raw",
            "20.5 USD/HOUR",
        ),
        ({"baseSalary": "2-3万·13薪"}, "salary_raw", "2-3万·13薪"),
        (
            {"hiringOrganization": {"name": "甲", "numberOfEmployees": {"minValue": 50, "maxValue": 150}}},
            "company_size_raw",
            "50-150人",
        ),
        (
            {"hiringOrganization": {"name": "甲", "numberOfEmployees": {"minValue": 10000}}},
            "company_size_raw",
            "10000人以上",
        ),
        ({"employmentType": ["全职", "远程"]}, "employment_type_raw", "全职/远程"),
        ({"educationRequirements": {"credentialCategory": "本科"}}, "education_raw", "本科"),
        ({"identifier": {"value": "x-1"}}, "source_id", "x-1"),
        (
            {"jobLocation": {"address": {"addressRegion": "浙江", "addressLocality": "宁波"}}},
            "location_raw",
            "浙江宁波",
        ),
    ],
)
def test_raw_from_jobposting_fields(obj: dict, field: str, expected: str) -> None:
    assert (
        raw_from_jobposting({"@type": "JobPosting", "title": "t", **obj}, "https://x.org/j")[field]
        == expected
    )


def test_html_to_text_lines() -> None:
    assert html_to_text("<p>一</p><p> 二 </p>三<br/>四&amp;五") == "一\n二\n三\n四&五"
    assert html_to_text("a < b\n\n c") == "a < b\nc"


def test_demo_markup_round_trip() -> None:
    """Every demo posting, JSON-LD or microdata, parses back to exactly its raw record."""
    for p in generate_postings(400, seed=11):
        url = f"http://127.0.0.1:1/jobs/{p.raw['source_id']}"
        render = render_microdata_page if p.markup["format"] == "microdata" else render_jsonld_page
        expected = {k: v for k, v in p.raw.items() if k != "source"} | {"url": url}
        assert postings_from_html(render(p, url), url) == [expected]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_urls": ""}, "start_urls"),
        ({"start_urls": "ftp://x.org/"}, "start_urls"),
        ({"start_urls": "http://127.0.0.1:1/", "mode": "crawl"}, "mode"),
        ({"start_urls": "http://127.0.0.1:1/", "max_items": "0"}, "max_items"),
        ({"start_urls": "http://127.0.0.1:1/", "source": "Bad Name"}, "source"),
        ({"start_urls": "http://127.0.0.1:1/", "colour": "red"}, "colour"),
    ],
)
def test_bad_spider_arguments(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message) as exc:
        parse_args(**kwargs)
    assert "\n" not in str(exc.value)


def test_good_spider_arguments() -> None:
    args = parse_args(
        start_urls="http://127.0.0.1:8/, http://localhost:9/jobs", max_items="5", mode="listing"
    )
    assert args.start_urls == ["http://127.0.0.1:8/", "http://localhost:9/jobs"]
    assert args.max_items == 5 and args.mode == "listing" and args.source == "jobposting"


def test_spider_construction_fails_fast() -> None:
    from crawlers.spiders.jobposting import JobPostingSpider

    with pytest.raises(ValueError, match="mode"):
        JobPostingSpider(start_urls="http://127.0.0.1:1/", mode="x")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.5.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("10.0.0.1", False),
        ("192.168.1.2", False),
        ("", False),
        (None, False),
    ],
)
def test_is_loopback(host: str | None, expected: bool) -> None:
    assert is_loopback(host) is expected
