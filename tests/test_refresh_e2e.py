"""`cbec refresh` end to end over real HTTP on 127.0.0.1: idempotent, crash-safe, one at a time."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

CBEC = [sys.executable, "-m", "flows"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # One Prefect home for the module: its first start migrates a SQLite database, which need not happen per test.
    home = tmp_path_factory.mktemp("prefect-home")
    return {**os.environ, "PREFECT_HOME": str(home)}


def free_port() -> int:
    """A port free on 127.0.0.1 now; each test's demo board gets its own (the default 8765 may be taken)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cbec(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CBEC + args, capture_output=True, text=True, env=env, timeout=timeout)


def dump(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(sql).fetchall()


POSTINGS_DUMP = "select * exclude (sources) from postings order by posting_id"


def test_refresh_fills_warehouse_and_rerun_changes_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    args = [
        "refresh",
        "--data-dir",
        str(tmp_path),
        "--demo-port",
        str(free_port()),
        "--demo-postings",
        "120",
        "--as-of",
        "2026-11-20",
    ]
    first = cbec(args, env)
    assert first.returncode == 0, first.stderr[-2000:]
    db = tmp_path / "warehouse.duckdb"
    assert dump(db, "select count(*) from postings") == [(120,)]
    before = dump(db, POSTINGS_DUMP)
    claims = dump(db, "select claim_id, verdict from claims where claim_id in ('C3', 'C5', 'C6')")
    assert {c for c, _ in claims} == {"C3", "C5", "C6"}
    reports = list((tmp_path / "reports").glob("*.html"))
    assert reports and "<svg" in reports[0].read_text(encoding="utf-8")

    second = cbec(args, env)
    assert second.returncode == 0, second.stderr[-2000:]
    assert dump(db, POSTINGS_DUMP) == before
    assert dump(db, "select count(*) from runs") == [(2,)]


def test_second_refresh_is_refused_at_once(tmp_path: Path, env: dict[str, str]) -> None:
    args = ["refresh", "--data-dir", str(tmp_path), "--demo-port", str(free_port()), "--demo-postings", "200"]
    first = subprocess.Popen(CBEC + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lock = tmp_path / "refresh.lock"
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text()):
            assert time.monotonic() < deadline, "first refresh never took the lock"
            time.sleep(0.1)
        started = time.monotonic()
        second = cbec(args, env, timeout=60)
        assert time.monotonic() - started < 15
        assert second.returncode == 2
        assert "another refresh is already running" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.wait(timeout=300)


def test_kill_during_load_leaves_warehouse_before_or_after(tmp_path: Path, env: dict[str, str]) -> None:
    base = ["refresh", "--data-dir", str(tmp_path), "--demo-port", str(free_port())]
    assert cbec([*base, "--demo-postings", "100", "--as-of", "2026-11-20"], env).returncode == 0
    db = tmp_path / "warehouse.duckdb"
    wal = tmp_path / "warehouse.duckdb.wal"
    big = [*base, "--demo-postings", "2000", "--as-of", "2026-11-21"]
    proc = subprocess.Popen(
        CBEC + big, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 240
    while not wal.exists() and proc.poll() is None:
        assert time.monotonic() < deadline, "the load never started"
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    counts = dump(db, "select count(*), max(last_seen_at) from core_postings")
    assert counts[0][0] in (100, 2000), f"partial load visible: {counts}"
    rerun = cbec(big, env)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert dump(db, "select count(*) from core_postings") == [(2000,)]  # every served posting, before dedup


_HOLD_WHEN_FREE = """
import sys, time
from pathlib import Path
from warehouse.db import WarehouseBusy, open_warehouse
while True:  # the refresh's own check may hold it for a moment
    try:
        with open_warehouse(Path(sys.argv[1])):
            print("holding", flush=True)
            sys.stdin.read()
        break
    except WarehouseBusy:
        time.sleep(0.05)
"""


def test_warehouse_taken_during_the_crawl_fails_the_run_in_one_line_and_loses_nothing(
    tmp_path: Path, env: dict[str, str]
) -> None:
    args = ["refresh", "--data-dir", str(tmp_path), "--demo-port", str(free_port()), "--demo-postings", "1000"]
    db = tmp_path / "warehouse.duckdb"
    proc = subprocess.Popen(
        [*CBEC, *args, "--busy-wait", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    landing = tmp_path / "landing"
    deadline = time.monotonic() + 120
    while not any(landing.glob("*/*")):  # crawling: the refresh checked the warehouse and let it go
        assert proc.poll() is None and time.monotonic() < deadline, "the crawl never started"
        time.sleep(0.01)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WHEN_FREE, str(db)], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        out, err = proc.communicate(timeout=240)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert proc.returncode == 1, err[-2000:]
    assert "Traceback" not in err
    assert "in use by another process" in err and "load on the next run" in err
    assert "1000 landed" not in out  # stopped before extracting
    landed = [p.relative_to(landing).as_posix() for p in landing.glob("*/*.jsonl.gz")]
    assert landed
    rerun = cbec([*args[:-1], "10"], env)  # tonight's 10, and the 1,000 the failed run landed
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    loaded = {row[0] for row in dump(db, "select landing_path from raw_landed_files")}
    assert set(landed) <= loaded
