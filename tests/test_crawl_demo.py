"""End to end: the demo board on 127.0.0.1, the jobposting spider as a subprocess, the landing zone."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from crawlers.demo_board.server import DemoBoard
from crawlers.run import crawl_argv, run_crawl
from pipeline.landing import landing_file, read_records, run_files, write_records

N = 60


def test_landing_roundtrip_and_atomicity(tmp_path: Path) -> None:
    path = landing_file(tmp_path, "demo", "r1")
    assert path == tmp_path / "landing" / "demo" / "r1.jsonl.gz"
    records = [
        {"source": "demo", "title": "亚马逊运营", "tags": ["五险一金"]},
        {"source": "demo", "title": "x"},
    ]
    assert write_records(path, records) == 2
    assert list(read_records(path)) == records
    assert not path.with_name(path.name + ".part").exists()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        assert "亚马逊运营" in f.read()  # UTF-8, not \u escapes
    assert run_files(tmp_path, "r1") == [path]
    assert run_files(tmp_path, "r2") == []


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = landing_file(tmp_path, "demo", "r1")

    def boom():  # type: ignore[no-untyped-def]
        yield {"title": "a"}
        raise RuntimeError("crash mid-run")

    with pytest.raises(RuntimeError):
        write_records(path, boom())
    assert not path.exists() and not path.with_name(path.name + ".part").exists()


@pytest.mark.parametrize("bad", ["../x", "a/b", "", ".hidden"])
def test_landing_names_are_checked(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        landing_file(tmp_path, bad, "r1")


def test_crawl_argv(tmp_path: Path) -> None:
    argv = crawl_argv(
        "demo", start_urls=["http://127.0.0.1:9/"], data_dir=tmp_path, run_id="r1", max_items=5, local=True
    )
    assert argv[1:5] == ["-m", "scrapy", "crawl", "jobposting"]
    assert "source=demo" in argv and "CBEC_LOCAL=1" in argv and "max_items=5" in argv
    assert f"CBEC_DATA_DIR={tmp_path.resolve()}" in argv


def test_bad_arguments_fail_without_crawling(tmp_path: Path) -> None:
    result = run_crawl("demo", start_urls="not a url", data_dir=tmp_path, run_id="r1")
    assert not result.ok and "start_urls" in (result.error or "") and result.argv == []


@pytest.mark.slow
@pytest.mark.parametrize("mode", [None, "listing"])
def test_crawl_lands_exactly_the_generated_postings(tmp_path: Path, mode: str | None) -> None:
    with DemoBoard(n=N) as board:
        result = run_crawl(
            "demo",
            start_urls=board.base_url + "/",
            data_dir=tmp_path,
            run_id="t1",
            local=True,
            mode=mode,
            timeout_s=120,
        )
        expected = {p.raw["source_id"]: p.raw for p in board.postings}
    assert result.ok, (result.error, result.stderr_tail)
    assert result.landing_path == landing_file(tmp_path, "demo", "t1")
    records = list(read_records(result.landing_path))
    assert len(records) == N and result.items == N
    for r in records:
        assert r["url"] == f"{board.base_url}/jobs/{r['source_id']}"
        assert r["scraped_at"].endswith("Z")
        assert {k: v for k, v in r.items() if k not in ("url", "scraped_at")} == expected[r["source_id"]]
    stats = result.stats
    assert stats["finish_reason"] == "finished" and stats["responses_by_status"].get("200", 0) >= N
    assert stats["drops"] == {}
    assert (tmp_path / "landing" / "demo" / "t1.stats.json").exists()


@pytest.mark.slow
def test_max_items_and_failed_source(tmp_path: Path) -> None:
    with DemoBoard(n=N) as board:
        result = run_crawl(
            "demo",
            start_urls=board.base_url,
            data_dir=tmp_path,
            run_id="t2",
            local=True,
            max_items=7,
            timeout_s=120,
        )
    assert result.ok, (result.error, result.stderr_tail)
    assert len(list(read_records(result.landing_path))) == 7
    # A board that is gone: the crawl reports, never raises.
    dead = run_crawl(
        "demo", start_urls=board.base_url, data_dir=tmp_path, run_id="t3", local=True, timeout_s=120
    )
    assert dead.items == 0 and not dead.ok and "no successful response" in (dead.error or "")
