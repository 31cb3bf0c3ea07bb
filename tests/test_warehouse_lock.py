"""One writer per file: a second process gets WarehouseBusy with a one-line message naming the holder."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from warehouse.db import WarehouseBusy, open_warehouse

_HOLDER = """
import sys
from pathlib import Path
from warehouse.db import open_warehouse
with open_warehouse(Path(sys.argv[1])) as con:
    print("ready", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = tmp_path / "wh.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    yield path, proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=30)


@pytest.mark.parametrize("read_only", [False, True])
def test_second_process_gets_warehouse_busy(
    held: tuple[Path, subprocess.Popen[str]], read_only: bool
) -> None:
    path, proc = held
    with pytest.raises(WarehouseBusy) as info, open_warehouse(path, read_only=read_only):
        pass
    message = str(info.value)
    assert message == (
        f"warehouse {path} is in use by another process (pid {proc.pid}); try again when it finishes, "
        "or read the Parquet export"
    )
    assert "\n" not in message
    assert isinstance(info.value, RuntimeError)
    assert info.value.pid == proc.pid


def test_lock_is_released_when_the_holder_exits(held: tuple[Path, subprocess.Popen[str]]) -> None:
    path, proc = held
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=30)
    with open_warehouse(path, read_only=True) as con:
        assert con.sql("select count(*) from postings").fetchall() == [(0,)]


def test_a_run_waits_for_the_warehouse_then_gives_up_with_the_busy_message(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    from flows.nightly import wait_for_warehouse

    path, proc = held
    heard: list[str] = []
    started = time.monotonic()
    message = wait_for_warehouse(path, 1.0, heard.append)
    assert time.monotonic() - started >= 1.0
    assert message is not None and f"in use by another process (pid {proc.pid})" in message
    assert heard == [f"{message}; waiting up to 1 s"]


def test_a_run_waiting_for_the_warehouse_goes_on_once_it_is_free(held: tuple[Path, subprocess.Popen[str]]) -> None:
    from flows.nightly import wait_for_warehouse

    path, proc = held
    heard: list[str] = []
    assert proc.stdin is not None
    threading.Timer(1.0, proc.stdin.close).start()  # the holder lets go after a second
    assert wait_for_warehouse(path, 60.0, heard.append) is None
    assert len(heard) == 1
