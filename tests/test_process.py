"""The processing stage: landing files in, extracted records out; seen-lists, damaged files, duplicates."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.landing import landing_file, write_records
from pipeline.process import landing_key, process_files, unloaded_landing_files

POSTING = {"source": "s", "source_id": "1", "title": "亚马逊运营", "salary_raw": "8K-12K"}


def _land(data_dir: Path, run_id: str, records: list[dict[str, object]], mtime: int, seen: bool = False) -> Path:
    path = landing_file(data_dir, "s", run_id)
    if seen:
        path = path.with_name(f"{run_id}.seen.jsonl.gz")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_records(path, records)
    os.utime(path, (mtime, mtime))
    return path


def test_unloaded_files_oldest_first_and_loaded_ones_skipped(tmp_path: Path) -> None:
    old = _land(tmp_path, "import-1", [POSTING], mtime=1_000)
    new = _land(tmp_path, "run-2", [dict(POSTING, salary_raw="9K-13K")], mtime=2_000)
    seen = _land(tmp_path, "run-2", [{"source": "s", "source_id": "7", "url": "u"}], mtime=2_000, seen=True)
    files = unloaded_landing_files(tmp_path, set())
    assert files[0] == old and set(files[1:]) == {new, seen}
    assert unloaded_landing_files(tmp_path, {landing_key(tmp_path, old)}) == files[1:]


def test_latest_landing_wins_and_seen_lists_are_collected(tmp_path: Path) -> None:
    old = _land(tmp_path, "import-1", [POSTING, {"source": "s", "title": ""}], mtime=1_000)
    new = _land(tmp_path, "run-2", [dict(POSTING, salary_raw="9K-13K")], mtime=2_000)
    seen = _land(tmp_path, "run-2", [{"source": "s", "source_id": "7", "url": "u"}], mtime=2_000, seen=True)
    result = process_files([old, new, seen])
    assert result.n_landed == 3
    assert result.n_rejected == 1
    assert result.n_duplicates_in_run == 1
    assert [r["salary"]["min_monthly"] for r in result.records] == [9000.0]
    assert result.seen == [{"source": "s", "source_id": "7", "url": "u"}]


def test_damaged_file_is_listed_not_fatal(tmp_path: Path) -> None:
    good = _land(tmp_path, "run-1", [POSTING], mtime=1_000)
    bad = landing_file(tmp_path, "s", "run-2")
    bad.write_bytes(b"\x1f\x8b not really gzip")
    result = process_files([good, bad])
    assert result.unreadable == [bad]
    assert len(result.records) == 1
