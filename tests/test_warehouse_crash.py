"""Crash safety: a process SIGKILLed in the middle of load_run leaves the warehouse as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from warehouse.bench import synthetic_records
from warehouse.db import open_warehouse
from warehouse.load import RunInfo, load_run

N_BIG = 120_000
_LOADER = """
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from warehouse.bench import synthetic_records
from warehouse.db import open_warehouse
import warehouse.load
from warehouse.load import RunInfo, load_run

def announce(con, sql, params=None):
    # Tell the test when the bulk insert into the core tables starts, so the kill lands inside DuckDB's write.
    if "insert into posting_versions" in sql:
        print("inserting", flush=True)
    return execute(con, sql, params)

execute, warehouse.load.execute_sql = warehouse.load.execute_sql, announce
records = synthetic_records(int(sys.argv[2]), seed=11, source="big")
with open_warehouse(Path(sys.argv[1])) as con:
    load_run(con, RunInfo("big", datetime.now(UTC), None, "success", date(2026, 11, 2)), records)
print("done", flush=True)
"""


def _counts(path: Path) -> tuple[int, int, int]:
    # Source postings (core_postings), not the deduplicated view: the two loads share company/title/city keys
    # across sources, so `postings` merges some of them, which is not what atomicity is about.
    with open_warehouse(path, read_only=True) as con:
        return con.sql(
            "select (select count(*) from core_postings), (select count(*) from posting_versions), "
            "(select count(*) from runs)"
        ).fetchall()[0]


@pytest.mark.slow
def test_sigkill_during_load_leaves_the_file_as_before(tmp_path: Path) -> None:
    path = tmp_path / "wh.duckdb"
    with open_warehouse(path) as con:
        load_run(
            con,
            RunInfo("base", datetime.now(UTC), None, "success", date(2026, 11, 1)),
            synthetic_records(500),
        )
    before = _counts(path)
    assert before == (500, 500, 1)

    proc = subprocess.Popen(
        [sys.executable, "-c", _LOADER, str(path), str(N_BIG)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "inserting"
    time.sleep(0.25)  # inside the insert of 120k versions (about 0.9 s on this machine), before the commit
    assert proc.poll() is None, "the load finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert _counts(path) == before
    with open_warehouse(path) as con:
        run = RunInfo("big", datetime.now(UTC), None, "success", date(2026, 11, 2))
        load_run(con, run, synthetic_records(N_BIG, seed=11, source="big"))
    assert _counts(path) == (500 + N_BIG, 500 + N_BIG, 2)
