"""Source health as the operator reads it: the measures of a run that fell far below the source's own recent
history (view ``source_health_flags``, migration 008)."""

from __future__ import annotations

from typing import Any

import duckdb


def flagged_measures(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict[str, Any]]:
    """The flagged rows of ``source_health_flags`` for one run: source, measure, value, trailing median."""
    rel = con.sql(
        "select source, measure, value, trailing_median from source_health_flags "
        "where run_id = $run_id and is_flagged order by source, measure",
        params={"run_id": run_id},
    )
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
