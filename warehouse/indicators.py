"""Demand indicators (long form) rebuilt from the core tables by ``sql/indicators/indicators.sql``."""

from __future__ import annotations

from datetime import datetime

import duckdb

from warehouse.db import execute_sql, read_sql


def refresh_indicators(con: duckdb.DuckDBPyConnection, computed_at: datetime) -> int:
    """Replace every indicator row with a fresh computation (one transaction); return the number of rows.

    The rows depend only on the warehouse content, so a rerun over unchanged data gives the same values.
    """
    insert = (
        "insert into indicator_values by name select *, $computed_at::timestamptz as computed_at from ("
        + read_sql("indicators/indicators.sql")
        + "\n)"
    )
    con.execute("begin transaction")
    try:
        con.execute("delete from indicator_values")
        execute_sql(con, insert, {"computed_at": computed_at})
        n_rows = int(con.execute("select count(*) from indicator_values").fetchall()[0][0])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return n_rows
