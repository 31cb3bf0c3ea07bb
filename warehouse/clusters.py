"""The stored cluster summaries (``core_distinct_postings``, one row per distinct posting) kept in step with
``core_postings``, ``posting_clusters`` and the representatives' current versions.

A writer that changes postings' lifecycle dates, sources or content, or clusters new postings, notes the clusters of the
postings it touches (:func:`note_touched`, before and after clustering, so a posting's old and new cluster are
both recomputed); :func:`refresh_touched` then recomputes those clusters' rows from their members. The cost
follows the touched postings, not the warehouse. The statements are warehouse/sql/clusters/*.sql.
"""

from __future__ import annotations

import duckdb

from warehouse.db import read_sql


def note_touched(con: duckdb.DuckDBPyConnection, postings_sql: str) -> None:
    """Remember the current clusters of the postings ``postings_sql`` selects (a query with a ``posting_id``
    column); a posting without a cluster row yet counts as its own cluster."""
    con.execute(read_sql("clusters/10_create_touched.sql"))
    con.execute(read_sql("clusters/20_note_touched.sql").format(source=postings_sql))


def refresh_touched(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the summaries of the noted clusters (inside the caller's transaction) and forget them."""
    con.execute(read_sql("clusters/10_create_touched.sql"))
    con.execute(read_sql("clusters/30_delete_touched.sql"))
    con.execute(read_sql("clusters/40_insert_touched.sql"))
    con.execute("drop table touched_clusters")
