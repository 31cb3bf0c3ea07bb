"""Source health from the crawl's stats: fill rates, blocked, drops and faults by reason."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers.demo_board.faults import affected
from crawlers.demo_board.server import DemoBoard
from crawlers.extensions import summarize
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env


def test_summary_of_scrapy_stats() -> None:
    stats = {
        "downloader/request_count": 12,
        "downloader/response_status_count/200": 9,
        "downloader/response_status_count/429": 3,
        "landing/records": 8,
        "landing/valid_records": 10,
        "landing/seen": 2,
        "fields/title": 10,
        "fields/salary_raw": 7,
        "drop_item/duplicate": 1,
        "blocked/captcha": 2,
        "blocked/login_redirect": 1,
        "fault/http429": 3,
        "fault/timeout": 1,
        "retry/count": 4,
        "start_time": datetime(2026, 11, 25, 2, 0, tzinfo=UTC),
        "finish_time": datetime(2026, 11, 25, 2, 0, 30, tzinfo=UTC),
    }
    s = summarize(stats, "finished")
    assert s["requests"] == 12 and s["responses_by_status"] == {"200": 9, "429": 3}
    assert s["items"] == 8 and s["seen_unchanged"] == 2
    assert s["field_fill_rates"] == {"salary_raw": 0.7, "title": 1.0}
    assert s["drops"] == {"duplicate": 1}
    assert s["blocked"] == 3 and s["blocked_by_reason"] == {"captcha": 2, "login_redirect": 1}
    assert s["faults"] == {"http429": 3, "timeout": 1} and s["retries"] == 4
    assert s["duration_s"] == 30.0 and s["finish_reason"] == "finished"


@pytest.mark.slow
def test_health_after_a_crawl_with_faults(tmp_path: Path) -> None:
    n = 80
    faults = ["http429:p=0.1:ra=0.2", "login_redirect:p=0.05", "malformed_html:p=0.1"]
    with DemoBoard(n=n, faults=faults) as board:
        argv = crawl_argv("demo", start_urls=board.base_url + "/", data_dir=tmp_path, run_id="h1", local=True)
        proc = subprocess.run(argv, cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120)
        postings = board.postings
    assert proc.returncode == 0, proc.stderr[-2000:]
    health = json.loads((tmp_path / "landing" / "demo" / "h1.stats.json").read_text())
    paths = [f"/jobs/demo-{i + 1:06d}" for i in range(n)]
    blocked = {p for p in paths if affected("login_redirect", p, 0.05)}
    landed = [post.raw for p, post in zip(paths, postings, strict=True) if p not in blocked]
    assert health["items"] == len(landed) and health["finish_reason"] == "finished"
    assert health["blocked"] == len(blocked) == health["blocked_by_reason"]["login_redirect"]
    assert health["faults"]["http429"] == sum(affected("http429", p, 0.1) for p in paths)
    assert health["faults"]["malformed_html"] == sum(
        affected("malformed_html", p, 0.1) for p in paths if p not in blocked
    )
    assert health["drops"] == {}
    rates = health["field_fill_rates"]
    for field in ("title", "company", "description", "salary_raw", "language_raw", "company_size_raw"):
        expected = sum(bool(r.get(field)) for r in landed) / len(landed)
        assert rates.get(field, 0.0) == pytest.approx(expected, abs=1e-4), field
    assert rates["title"] == 1.0 and 0 < rates["language_raw"] < 1
    assert health["responses_by_status"]["429"] == health["faults"]["http429"]
