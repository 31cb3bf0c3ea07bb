"""Active stock: a posting leaves it when unseen for inactive_after_days or when its page says it closed;
active_postings_daily counts new, closed and active postings per day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.db import open_warehouse
from warehouse.load import RunInfo, load_run
from warehouse.settings import lifecycle

D0 = date(2026, 11, 1)
N = lifecycle().inactive_after_days


def rec(source_id: str, **extra: Any) -> dict[str, Any]:
    return {"source": "demo", "source_id": source_id, "title": f"跨境运营 {source_id}", **extra}


def load(con: duckdb.DuckDBPyConnection, day: date, records: list[dict[str, Any]]) -> None:
    load_run(con, RunInfo(f"run-{day}", datetime(2026, 11, 1, tzinfo=UTC), None, "success", day), records)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


def states(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bool, date | None]]:
    return con.sql("select source_id, is_active, closed_on from postings order by source_id").fetchall()


def test_unseen_for_n_days_leaves_the_stock(con: duckdb.DuckDBPyConnection) -> None:
    assert N == 14
    load(con, D0, [rec("a"), rec("b")])
    load(con, D0 + timedelta(days=N - 1), [rec("b")])
    assert states(con) == [("a", True, None), ("b", True, None)]  # a: unseen for 13 days only
    load(con, D0 + timedelta(days=N), [rec("b")])
    assert states(con) == [("a", False, D0 + timedelta(days=N)), ("b", True, None)]


def test_page_closure_and_valid_through(con: duckdb.DuckDBPyConnection) -> None:
    load(con, D0, [rec("a"), rec("b", valid_through="2026-11-02"), rec("c", valid_through="2026-12-31")])
    assert [s[1] for s in states(con)] == [True, True, True]
    day3 = D0 + timedelta(days=2)
    again = [rec("a", is_closed=True), rec("b", valid_through="2026-11-02"), rec("c", valid_through="2026-12-31")]
    load(con, day3, again)
    assert states(con) == [("a", False, day3), ("b", False, date(2026, 11, 3)), ("c", True, None)]
    # Reopened: the page no longer says closed, so a new version starts and the posting is active again.
    load(con, day3 + timedelta(days=1), [rec("a", is_closed=False)])
    assert states(con)[0] == ("a", True, None)


def test_active_postings_daily(con: duckdb.DuckDBPyConnection) -> None:
    load(con, D0, [rec("a"), rec("b")])
    load(con, D0 + timedelta(days=1), [rec("a", is_closed=True), rec("b"), rec("c")])
    load(con, D0 + timedelta(days=2), [rec("b"), rec("c")])
    assert con.sql("select day, n_active, n_new, n_closed from active_postings_daily order by day").fetchall() == [
        (D0, 2, 2, 0),
        (D0 + timedelta(days=1), 2, 1, 1),
        (D0 + timedelta(days=2), 2, 0, 0),
    ]


def test_active_stock_is_over_distinct_postings(con: duckdb.DuckDBPyConnection) -> None:
    same = {"company": "义乌某某贸易有限公司", "title": "Temu运营", "location": {"city": "金华市"}}
    load(con, D0, [{"source": "boss", "source_id": "1", **same}, {"source": "zhilian", "source_id": "9", **same}])
    assert con.sql("select * from active_postings_daily").fetchall() == [(D0, 1, 1, 0)]
