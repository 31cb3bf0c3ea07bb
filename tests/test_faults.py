"""Fault switches on the demo board, and crawls that survive them: retried, counted by reason, or stopped as blocked."""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response

from crawlers.demo_board.faults import affected, check_faults, lastmod, parse_fault, variant
from crawlers.demo_board.server import DemoBoard
from crawlers.middlewares import backoff_delay, blocked_reason, exception_reason, page_faults, retry_after_seconds
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env
from pipeline.landing import landing_file, read_records

N = 60


def crawl(board: DemoBoard, data: Path, run_id: str = "r1", *settings: str) -> dict[str, Any]:
    """Crawl the board in a subprocess (loopback profile, 1 s timeout); the stats file's summary."""
    argv = crawl_argv("demo", start_urls=board.base_url + "/", data_dir=data, run_id=run_id, local=True)
    for s in ("DOWNLOAD_TIMEOUT=1", *settings):
        argv += ["-s", s]
    proc = subprocess.run(argv, cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats: dict[str, Any] = json.loads((data / "landing" / "demo" / f"{run_id}.stats.json").read_text())
    return stats


def detail_paths(n: int = N) -> list[str]:
    return [f"/jobs/demo-{i + 1:06d}" for i in range(n)]


# --- the switches themselves -------------------------------------------------------------------------------


def test_fault_specs_parse_with_defaults_and_parameters() -> None:
    assert parse_fault("http429").p == 0.2 and parse_fault("http429").n == 1
    spec = parse_fault("http503:p=0.5:n=3:ra=2")
    assert (spec.p, spec.n, spec.ra) == (0.5, 3, 2.0)
    assert parse_fault("change:p=0.3:rev=2").rev == 2
    assert check_faults(["gbk", "timeout:delay=0.5"]) == ("gbk", "timeout:delay=0.5")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("nope", "unknown fault"),
        ("http429:x=1", "unknown parameter"),
        ("gbk:p=2", "between 0 and 1"),
        ("reset:n=a", "must be a number"),
    ],
)
def test_bad_fault_specs_fail_in_one_line(bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        check_faults([bad])
    assert "\n" not in str(err.value)


def test_selection_is_deterministic_and_near_the_share() -> None:
    paths = detail_paths(2000)
    hit = [p for p in paths if affected("http429", p, 0.2)]
    assert hit == [p for p in paths if affected("http429", p, 0.2)]
    assert 0.17 < len(hit) / len(paths) < 0.23
    assert {variant("gbk", p, 2) for p in paths} == {0, 1}
    assert lastmod("/jobs/demo-000001") == lastmod("/jobs/demo-000001")


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_board_answers_429_with_retry_after_then_the_page() -> None:
    with DemoBoard(n=20, faults=["http429:p=1:n=2:ra=7"]) as board:
        url = board.base_url + "/jobs/demo-000003"
        first, second, third = fetch(url), fetch(url), fetch(url)
        robots = fetch(board.base_url + "/robots.txt")
    assert first[0] == second[0] == 429 and first[1]["Retry-After"] == "7"
    assert third[0] == 200 and robots[0] == 200


def test_board_gbk_pages_declare_charset_in_meta_or_header_only() -> None:
    with DemoBoard(n=20, faults=["gbk:p=1"]) as board:
        pages = {p: fetch(board.base_url + p) for p in detail_paths(20)}
    for path, (status, headers, body) in pages.items():
        assert status == 200
        if variant("gbk", path, 2) == 0:
            assert headers["Content-Type"] == "text/html" and b'<meta charset="gbk">' in body
        else:
            assert headers["Content-Type"].endswith("charset=gb18030") and b"<meta charset" not in body
        assert "职位".encode("gb18030") in body or "公司".encode("gb18030") in body


def test_board_sitemap_lastmod_etag_and_304() -> None:
    with DemoBoard(n=20) as board:
        sitemap = fetch(board.base_url + "/sitemap.xml")[2].decode()
        url = board.base_url + "/jobs/demo-000004"
        status, headers, _ = fetch(url)
        by_etag = fetch(url, {"If-None-Match": headers["ETag"]})
        by_date = fetch(url, {"If-Modified-Since": headers["Last-Modified"]})
    assert sitemap.count("<lastmod>") == 20
    assert status == 200 and by_etag[0] == 304 and by_date[0] == 304


# --- the middlewares' decisions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"), [(b"5", 5.0), ("0", 0.0), (b" 12 ", 12.0), (None, None), (b"soon", None)]
)
def test_retry_after_seconds(value: bytes | str | None, expected: float | None) -> None:
    assert retry_after_seconds(value) == expected


@pytest.mark.parametrize(
    ("retry_after", "attempt", "expected"),
    [(None, 1, 1.0), (None, 3, 4.0), (10.0, 1, 10.0), (3600.0, 1, 60.0), (None, 10, 60.0), (0.5, 2, 2.0)],
)
def test_backoff_honours_retry_after_grows_and_is_capped(
    retry_after: float | None, attempt: int, expected: float
) -> None:
    assert backoff_delay(retry_after, attempt, base=1.0, cap=60.0) == expected


def test_exception_reasons() -> None:
    from scrapy.exceptions import DownloadFailedError, DownloadTimeoutError, ResponseDataLossError
    from twisted.internet.error import ConnectionLost

    assert exception_reason(DownloadTimeoutError()) == "timeout"
    assert exception_reason(ResponseDataLossError()) == "truncated"
    assert exception_reason(ConnectionLost()) == "reset"
    assert exception_reason(DownloadFailedError()) == "reset"
    assert exception_reason(ValueError()) == "other"


def _html(url: str, body: str, status: int = 200) -> HtmlResponse:
    return HtmlResponse(url, status=status, body=body.encode(), encoding="utf-8")


@pytest.mark.parametrize(
    ("response", "redirected", "expected"),
    [
        (_html("https://x.cn/login?next=/job/1", "<title>登录</title>"), True, "login_redirect"),
        (_html("https://x.cn/passport/login", "<title>x</title>"), False, "login_wall"),
        (_html("https://x.cn/job/1", "<title>安全验证</title><div id=captcha>"), False, "captcha"),
        (_html("https://x.cn/job/1", "<title>Captcha - verify</title>"), False, "captcha"),
        (_html("https://x.cn/job/1", "<title>forbidden</title>", 403), False, "http403"),
        (_html("https://x.cn/job/1", "<title>亚马逊运营</title><p>验证码</p>"), False, None),
        (Response("https://x.cn/api/jobs", body=b"{}"), False, None),
    ],
)
def test_blocked_reason(response: Response, redirected: bool, expected: str | None) -> None:
    request = Request(response.url, meta={"redirect_urls": ["https://x.cn/job/1"]} if redirected else {})
    assert blocked_reason(response, request) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<html><script type="application/ld+json">{"a": 1}</script><div><p>x</p></div></html>', []),
        ('<html><script type="application/ld+json">{"a": 1,}</script></html>', ["malformed_jsonld"]),
        ("<html><div><p>x</div></html>", ["malformed_html"]),
        ("<html><div><p>x</p></div>", ["malformed_html"]),
        ('<html><script type="application/ld+json">{"d": "<p>x<\\/p>"}</script></html>', []),
    ],
)
def test_page_faults(html: str, expected: list[str]) -> None:
    assert page_faults(html) == expected


# --- crawls against each fault: what completes, what is counted, what is lost ------------------------------


def _expect_all_landed(data: Path, board: DemoBoard) -> list[dict[str, Any]]:
    records = list(read_records(landing_file(data, "demo", "r1")))
    expected = {p.raw["source_id"]: p.raw for p in board.postings}
    assert sorted(r["source_id"] for r in records) == sorted(expected)
    for r in records:
        assert {k: v for k, v in r.items() if k not in ("url", "scraped_at")} == expected[r["source_id"]]
    return records


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fault", "counted"),
    [
        ("http429:p=0.2:ra=1", "http429"),
        ("http503:p=0.2:ra=1", "http503"),
        ("timeout:p=0.1:delay=2", "timeout"),
        ("reset:p=0.2", "reset"),
        ("truncated:p=0.2", "truncated"),
    ],
)
def test_transient_faults_are_retried_and_nothing_is_lost(tmp_path: Path, fault: str, counted: str) -> None:
    spec = parse_fault(fault)
    hit = [p for p in detail_paths() if affected(spec.name, p, spec.p)]
    with DemoBoard(n=N, faults=[fault]) as board:
        stats = crawl(board, tmp_path)
        _expect_all_landed(tmp_path, board)
    assert stats["finish_reason"] == "finished" and stats["items"] == N
    assert stats["faults"][counted] == len(hit) > 0
    assert stats["retries"] == len(hit) and stats["retries_gave_up"] == 0


@pytest.mark.slow
def test_gbk_and_malformed_html_pages_parse_to_the_same_postings(tmp_path: Path) -> None:
    hit = [p for p in detail_paths() if affected("malformed_html", p, 0.3)]
    with DemoBoard(n=N, faults=["gbk:p=1", "malformed_html:p=0.3"]) as board:
        stats = crawl(board, tmp_path)
        _expect_all_landed(tmp_path, board)
    assert stats["scrapy"]["encoding/gb18030"] == N  # header-declared and meta-declared alike
    assert stats["faults"] == {"malformed_html": len(hit)}


@pytest.mark.slow
def test_malformed_jsonld_counted_and_only_unrecoverable_blocks_lost(tmp_path: Path) -> None:
    with DemoBoard(n=N, faults=["malformed_jsonld:p=0.4"]) as board:
        stats = crawl(board, tmp_path)
        postings = board.postings
    jsonld = [p for p, post in zip(detail_paths(), postings, strict=True) if post.markup["format"] != "microdata"]
    hit = [p for p in jsonld if affected("malformed_jsonld", p, 0.4)]
    lost = [p for p in hit if variant("malformed_jsonld", p, 3) == 2]
    assert stats["faults"]["malformed_jsonld"] == len(hit) and stats["faults"]["no_posting"] == len(lost) > 0
    landed = {r["source_id"] for r in read_records(landing_file(tmp_path, "demo", "r1"))}
    assert landed == {p.rsplit("/", 1)[1] for p in detail_paths()} - {p.rsplit("/", 1)[1] for p in lost}
    assert stats["finish_reason"] == "finished"


@pytest.mark.slow
def test_some_login_redirects_are_counted_and_the_crawl_goes_on(tmp_path: Path) -> None:
    hit = [p for p in detail_paths() if affected("login_redirect", p, 0.1)]
    with DemoBoard(n=N, faults=["login_redirect:p=0.1"]) as board:
        stats = crawl(board, tmp_path)
    assert stats["finish_reason"] == "finished"
    assert stats["blocked_by_reason"] == {"login_redirect": len(hit)} and stats["items"] == N - len(hit)


@pytest.mark.slow
@pytest.mark.parametrize(("fault", "reason"), [("login_redirect", "login_redirect"), ("captcha", "captcha")])
def test_blocked_source_is_stopped_politely(tmp_path: Path, fault: str, reason: str) -> None:
    with DemoBoard(n=N, faults=[fault]) as board:
        stats = crawl(board, tmp_path, "r1", "CONCURRENT_REQUESTS=2", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    assert stats["finish_reason"] == "blocked" and stats["items"] == 0
    assert set(stats["blocked_by_reason"]) == {reason}
    assert 5 <= stats["blocked"] < N  # stopped early, not after asking for every page
