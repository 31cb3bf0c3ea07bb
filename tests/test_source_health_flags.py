"""A source whose items or fill rates fall far below its own recent history is flagged (view source_health_flags)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from warehouse.db import open_warehouse
from warehouse.health import flagged_measures
from warehouse.load import RunInfo, load_run, record_source_health


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


def night(con: duckdb.DuckDBPyConnection, k: int, rows: list[dict[str, object]]) -> str:
    run_id = f"run-{k:02d}"
    start = datetime(2026, 11, 1, 18, tzinfo=UTC) + timedelta(days=k)
    load_run(con, RunInfo(run_id, start, start, "success", date(2026, 11, 2) + timedelta(days=k)), [])
    record_source_health(con, run_id, rows)
    return run_id


def test_a_collapsed_source_is_flagged_once_it_has_history(con: duckdb.DuckDBPyConnection) -> None:
    def health(source: str, items: int, title_fill: float) -> dict[str, object]:
        return {"source": source, "items": items, "field_fill_rates": {"title": title_fill, "salary_raw": 0.9}}

    for k in range(3):
        run = night(con, k, [health("a", 1000 + k, 1.0), health("b", 50, 1.0)])
        assert flagged_measures(con, run) == []  # fewer than 3 previous runs: never flagged
    run = night(con, 3, [health("a", 120, 0.6), health("b", 48, 1.0)])
    assert flagged_measures(con, run) == [
        {"source": "a", "measure": "fill_rate:title", "value": 0.6, "trailing_median": 1.0},
        {"source": "a", "measure": "items", "value": 120.0, "trailing_median": 1001.0},
    ]
