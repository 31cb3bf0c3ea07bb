"""Parquet export: every public view, hive-partitioned by first_seen month where it applies, reads back equal to
the view; a second export replaces the first whole; a folder that is not an export is never replaced."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.db import open_warehouse
from warehouse.export import BRIDGE_VIEWS, MARKER, PUBLIC_VIEWS, SMALL_VIEWS, ExportTargetError, export_views
from warehouse.load import RunInfo, load_run, record_source_health
from warehouse.quality import run_quality_checks

OCT, NOV = date(2026, 10, 30), date(2026, 11, 2)


def rec(i: int, **extra: Any) -> dict[str, Any]:
    return {
        "source": "demo", "source_id": str(i), "title": f"跨境运营{i}", "platforms": ["amazon", "temu"][: i % 3],
        "languages": [{"code": "en", "level": None, "required": True}] if i % 2 else [],
        "skills": [{"id": "ads", "name_zh": "广告", "name_en": "ads", "category": "advertising"}],
        "salary": {"min_monthly": 1000.0 * i}, **extra,
    }  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wh.duckdb"
    with open_warehouse(path) as con:
        run = RunInfo("r1", datetime(2026, 10, 30, tzinfo=UTC), None, "success", OCT, ["demo"], 3, 3)
        load_run(con, run, [rec(i) for i in range(3)])
        run_quality_checks(con, run)
        record_source_health(con, "r1", [{"source": "demo", "requests": 3, "responses_by_status": {"200": 3}}])
        run2 = RunInfo("r2", datetime(2026, 11, 2, tzinfo=UTC), None, "success", NOV)
        load_run(con, run2, [rec(i) for i in range(2, 6)])
    return path


def read(out: Path, view: str) -> duckdb.DuckDBPyRelation:
    return duckdb.sql(
        f"select * from read_parquet('{out}/{view}/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)"
    )


def test_export_reads_back_equal_to_the_views(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    counts = export_views(db, out)
    assert set(counts) == set(PUBLIC_VIEWS)
    assert counts["postings"] == 6 and counts["runs"] == 2
    partitions = sorted(p.name for p in (out / "postings").iterdir())
    assert partitions == ["first_seen_month=2026-10", "first_seen_month=2026-11"]
    with open_warehouse(db, read_only=True) as con:
        for view in ("postings", *BRIDGE_VIEWS):
            expected = con.sql(f"select * from {view}")
            back = read(out, view)
            assert back.columns == [*expected.columns, "first_seen_month"]
            cols = ", ".join(f'"{c}"' for c in expected.columns)
            assert sorted(map(repr, duckdb.sql(f"select {cols} from back").fetchall())) == sorted(
                map(repr, expected.fetchall())
            ), view
        months = read(out, "postings").filter("source_id = '1'").select("first_seen_month").fetchall()
        assert months == [("2026-10",)]
        for view in SMALL_VIEWS:
            back = duckdb.sql(f"select * from read_parquet('{out}/{view}/*.parquet')")
            assert sorted(map(repr, back.fetchall())) == sorted(map(repr, con.sql(f"select * from {view}").fetchall()))
            assert len(back.fetchall()) == counts[view]


def test_second_export_replaces_the_first_and_leaves_no_temporaries(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_views(db, out)
    (out / "postings" / "stale.parquet").write_bytes(b"old")
    export_views(db, out)
    assert not (out / "postings" / "stale.parquet").exists()
    assert (out / MARKER).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "wh.duckdb"]


def test_a_folder_that_is_not_an_export_is_refused(db: Path, tmp_path: Path) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    with pytest.raises(ExportTargetError):
        export_views(db, precious)
    assert (precious / "keep.txt").read_text() == "mine"


def test_empty_warehouse_exports_readable_empty_views(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    with open_warehouse(db):
        pass
    counts = export_views(db, tmp_path / "out")
    assert counts["postings"] == 0
    back = read(tmp_path / "out", "postings")
    assert back.fetchall() == [] and "title" in back.columns
