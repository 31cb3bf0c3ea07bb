"""Shared by tests/test_spider_<site>.py: saved fixtures, and a crawl of a site's replica over real HTTP through
run_crawl (a Scrapy subprocess), compared field by field with the postings the replica served."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from crawlers.demo_board.server import DemoBoard
from crawlers.replicas.common import board_tokens
from crawlers.run import CrawlResult, run_crawl
from pipeline.landing import read_records

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(site: str, name: str) -> str:
    """A saved response body."""
    return (FIXTURES / site / name).read_text(encoding="utf-8")


def expected(site: str, name: str) -> Any:
    """A fixture's expected parser output."""
    return json.loads(fixture(site, name))


def _loc(value: str | None) -> str:
    return re.sub(r"[-·\s]", "", value or "")


def _digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


# How a landed field is compared with the demo posting's: as is, or normalised where the site reshapes it.
COMPARE: dict[str, Callable[[Any], Any]] = {"location_raw": _loc, "posted_at_raw": lambda v: _digits(v)[:8]}


def raw_field(name: str) -> Callable[[dict[str, Any]], Any]:
    """The demo posting's own value of a raw field (None when absent)."""
    return lambda raw: raw.get(name)


def crawl_replica(
    site: str,
    source: str,
    tmp_path: Path,
    *,
    n: int = 200,
    keywords: Sequence[str] = ("跨境电商", "Amazon"),
    blocked: bool = False,
    **spider_args: Any,
) -> tuple[CrawlResult, list[Any], list[dict[str, Any]]]:
    """Crawl ``site``'s replica (or its blocked variant); the result, the served postings, the landed records."""
    with DemoBoard(n=n, site=f"{site}-blocked" if blocked else site) as board:
        postings = board.postings
        args: dict[str, Any] = {"base_url": board.base_url, **spider_args}
        if site == "greenhouse":
            args.setdefault("boards", list(board_tokens(postings)))
        elif site == "lever":
            args.setdefault("companies", board_tokens(postings))
        else:
            args.setdefault("keywords", list(keywords))
            args.setdefault("cities", ["全国"])
        result = run_crawl(source, spider=site, spider_args=args, data_dir=tmp_path, run_id="t1", timeout_s=180)
    records = list(read_records(result.landing_path)) if result.landing_path else []
    return result, postings, records


def matching(postings: list[Any], keywords: Sequence[str] | None) -> list[Any]:
    """The postings a keyword search should return (keyword in title or description, any case)."""
    if keywords is None:
        return postings
    kws = [k.lower() for k in keywords]
    return [p for p in postings if any(k in (p.raw["title"] + p.raw["description"]).lower() for k in kws)]


def assert_landed(
    records: list[dict[str, Any]],
    served: list[Any],
    source: str,
    fields: dict[str, Callable[[dict[str, Any]], Any]],
    key: Callable[[dict[str, Any]], str],
) -> None:
    """Every served posting landed exactly once, with each field in ``fields`` equal to the demo truth."""
    by_key: dict[str, dict[str, Any]] = {}
    for rec in records:
        assert rec["source"] == source
        assert rec["source_id"] not in by_key, f"landed twice: {rec['source_id']}"
        by_key[rec["source_id"]] = rec
    assert set(by_key) == {key(p.raw) for p in served}
    for p in served:
        rec = by_key[key(p.raw)]
        assert rec["url"].startswith("http://127.0.0.1:")
        for name, want in fields.items():
            norm = COMPARE.get(name, lambda v: v)
            assert norm(rec.get(name)) == norm(want(p.raw)), (name, rec.get(name), want(p.raw))
