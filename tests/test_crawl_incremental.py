"""Incremental nightly crawls: the second night fetches only new or changed postings and lists the rest as seen."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from crawlers.demo_board.faults import changed
from crawlers.demo_board.server import DemoBoard
from crawlers.pipelines import seen_file
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env
from crawlers.state import CrawlState, Fingerprint, state_file
from pipeline.landing import landing_file, read_records

N = 100


def crawl(board: DemoBoard, data: Path, run_id: str, mode: str | None = None) -> dict[str, Any]:
    argv = crawl_argv("demo", start_urls=board.base_url + "/", data_dir=data, run_id=run_id, local=True, mode=mode)
    proc = subprocess.run(argv, cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    stats: dict[str, Any] = json.loads((data / "landing" / "demo" / f"{run_id}.stats.json").read_text())
    return stats


def test_state_commits_only_landed_postings(tmp_path: Path) -> None:
    path = state_file(tmp_path, "demo")
    st = CrawlState(path)
    st.observe("u1", Fingerprint(etag='"a"', lastmod="2026-10-01"))
    st.observe("u2", Fingerprint(etag='"b"', lastmod="2026-10-02"))
    st.mark_landed("u1", {"source_id": "s1", "title": "x"})
    st.commit("r1")
    st.close()
    again = CrawlState(path)
    assert again.unchanged_lastmod("u1", "2026-10-01") and not again.unchanged_lastmod("u1", "2026-11-01")
    assert again.get("u2") is None  # observed but never landed: not remembered
    assert again.conditional_headers("u1") == {"If-None-Match": '"a"'}
    assert again.mark_seen("u1") == "s1"
    assert again.is_unchanged_record("u1", {"source_id": "s1", "title": "x", "scraped_at": "later"})
    again.close()


@pytest.mark.slow
def test_second_night_fetches_only_changed_postings(tmp_path: Path) -> None:
    with DemoBoard(n=N) as board:
        first = crawl(board, tmp_path, "n1")
        port = board.port
    assert first["items"] == N and first["seen_unchanged"] == 0
    with DemoBoard(n=N, port=port, faults=["change:p=0.1"]) as board:
        second = crawl(board, tmp_path, "n2")
        truth = {p.raw["source_id"]: p.raw for p in board.postings}
    changed_ids = {sid for sid in truth if changed(f"/jobs/{sid}", 0.1)}
    assert 3 <= len(changed_ids) <= 20
    # robots.txt (middleware and spider), sitemap, and only the changed detail pages
    assert second["requests"] == 3 + len(changed_ids)
    landed = list(read_records(landing_file(tmp_path, "demo", "n2")))
    assert {r["source_id"] for r in landed} == changed_ids
    assert all(r["description"].startswith("（职位信息已更新") for r in landed)
    seen = list(read_records(seen_file(tmp_path, "demo", "n2")))
    assert {s["source_id"] for s in seen} == set(truth) - changed_ids
    assert all(s["source"] == "demo" and s["url"].endswith("/jobs/" + s["source_id"]) for s in seen)
    assert second["seen_unchanged"] == N - len(changed_ids) and second["items"] == len(changed_ids)


@pytest.mark.slow
def test_listing_mode_uses_conditional_requests(tmp_path: Path) -> None:
    with DemoBoard(n=N) as board:
        crawl(board, tmp_path, "n1", mode="listing")
        port = board.port
    with DemoBoard(n=N, port=port, faults=["change:p=0.1"]) as board:
        second = crawl(board, tmp_path, "n2", mode="listing")
    changed_ids = {f"demo-{i + 1:06d}" for i in range(N) if changed(f"/jobs/demo-{i + 1:06d}", 0.1)}
    assert second["scrapy"]["incremental/not_modified"] == N - len(changed_ids)
    assert {r["source_id"] for r in read_records(landing_file(tmp_path, "demo", "n2"))} == changed_ids
    assert len(list(read_records(seen_file(tmp_path, "demo", "n2")))) == N - len(changed_ids)
