"""Demand indicators (long form) rebuilt from the core tables by ``sql/indicators/indicators.sql``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import duckdb

from warehouse.db import execute_sql, read_sql


def premium_params() -> dict[str, float]:
    """The params of claim C7b in ``data/claims.json``: the premium-size indicator uses the claim's groups."""
    from warehouse.claims import claim_specs  # claims re-exports refresh_indicators: import it late

    return dict(next(s for s in claim_specs() if s.id == "C7b").params)


def refresh_indicators(
    con: duckdb.DuckDBPyConnection, computed_at: datetime, params: Mapping[str, float] | None = None
) -> int:
    """Replace every indicator row with a fresh computation (one transaction); return the number of rows.

    The rows depend only on the warehouse content and ``params`` (the SQL's ``$name`` parameters besides
    ``computed_at``; by default C7b's params from claims.json), so a rerun over unchanged data gives the same values.
    """
    insert = (
        "insert into indicator_values by name select *, $computed_at::timestamptz as computed_at from ("
        + read_sql("indicators/indicators.sql")
        + "\n)"
    )
    con.execute("begin transaction")
    try:
        con.execute("delete from indicator_values")
        execute_sql(con, insert, {**(premium_params() if params is None else params), "computed_at": computed_at})
        n_rows = int(con.execute("select count(*) from indicator_values").fetchall()[0][0])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return n_rows
