"""Pause and resume: SIGTERM a long crawl midway, run it again with the same job directory, and the landing zone
holds every posting exactly once."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from crawlers.demo_board.server import DemoBoard
from crawlers.extensions import jobdir_for
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env
from pipeline.landing import read_records

N = 2000


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("", None), ("0", None), ("auto", Path("d/jobs/demo")), ("1", Path("d/jobs/demo")), ("/x/j", Path("/x/j"))],
)
def test_jobdir_setting(setting: str, expected: Path | None) -> None:
    assert jobdir_for(setting, "d", "demo") == expected


def _landed(data: Path) -> list[str]:
    ids: list[str] = []
    for f in sorted((data / "landing" / "demo").glob("*.jsonl.gz")):
        if not f.name.endswith(".seen.jsonl.gz"):
            ids += [r["source_id"] for r in read_records(f)]
    return ids


@pytest.mark.slow
@pytest.mark.parametrize("run_ids", [("p1", "p2"), ("p1", "p1")], ids=["new-run-id", "same-run-id"])
def test_sigterm_then_resume_lands_every_posting_once(tmp_path: Path, run_ids: tuple[str, str]) -> None:
    with DemoBoard(n=N) as board:

        def argv(run_id: str, *extra: str) -> list[str]:
            base = crawl_argv("demo", start_urls=board.base_url + "/", data_dir=tmp_path, run_id=run_id, local=True)
            return [*base, "-s", "CBEC_JOBDIR=auto", *extra]

        # ≤ 100 pages/s for the first part, so the stop lands midway whatever the machine's speed
        slow = ("-s", "DOWNLOAD_DELAY=0.01", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
        first = subprocess.Popen(
            argv(run_ids[0], *slow),
            cwd=PACKAGE_ROOT,
            env=crawl_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Stop once the crawl is under way: a fixed sleep could fall before the engine starts on a loaded machine
        # (the stop then ends a crawl that never began, and writes no stats).
        queue = tmp_path / "jobs" / "demo" / "requests.queue"
        deadline = time.monotonic() + 120
        while not queue.is_dir() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(3)
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=60)
        assert first.returncode == 0, err[-2000:]
        stopped = json.loads((tmp_path / "landing" / "demo" / f"{run_ids[0]}.stats.json").read_text())
        assert stopped["finish_reason"] == "shutdown"
        part_one = _landed(tmp_path)
        assert 0 < len(part_one) < N  # committed on the graceful stop, and really midway
        assert (tmp_path / "jobs" / "demo" / "requests.queue").is_dir()

        second = subprocess.run(argv(run_ids[1]), cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, timeout=300)
        assert second.returncode == 0, second.stderr[-2000:]
        expected = sorted(p.raw["source_id"] for p in board.postings)
    landed = _landed(tmp_path)
    assert sorted(landed) == expected  # all of them, none twice
    assert set(part_one) <= set(landed)
    assert not (tmp_path / "jobs" / "demo").exists()  # finished: the next crawl starts afresh
