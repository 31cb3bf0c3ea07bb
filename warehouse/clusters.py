"""The stored cluster summaries (``core_distinct_postings``, one row per distinct posting) kept in step with
``core_postings`` and ``posting_clusters``.

A writer that changes postings' lifecycle dates or sources, or clusters new postings, notes the clusters of the
postings it touches (:func:`note_touched`, before and after clustering, so a posting's old and new cluster are
both recomputed); :func:`refresh_touched` then recomputes those clusters' rows from their members. The cost
follows the touched postings, not the warehouse.
"""

from __future__ import annotations

import duckdb

_CREATE = "create temp table if not exists touched_clusters (cluster_id varchar)"

_NOTE = """
insert into touched_clusters
select distinct coalesce(k.cluster_id, t.posting_id)
from ({source}) as t
left join posting_clusters as k on k.posting_id = t.posting_id
"""

_DELETE = """
delete from core_distinct_postings
where cluster_id in (select cluster_id from touched_clusters)
"""

# Same definition as the summary built by migration 009.
_INSERT = """
insert into core_distinct_postings
select
    k.cluster_id,
    arg_min(c.posting_id, struct_pack(f := c.first_seen_at, p := c.posting_id)),
    arg_min(c.source, struct_pack(f := c.first_seen_at, p := c.posting_id)),
    arg_min(c.source_id, struct_pack(f := c.first_seen_at, p := c.posting_id)),
    min(c.first_seen_at),
    max(c.last_seen_at),
    list_sort(list_distinct(flatten(list(c.sources)))),
    count(*) - 1
from posting_clusters as k
inner join core_postings as c on c.posting_id = k.posting_id
where k.cluster_id in (select distinct cluster_id from touched_clusters)
group by k.cluster_id
"""


def note_touched(con: duckdb.DuckDBPyConnection, postings_sql: str) -> None:
    """Remember the current clusters of the postings ``postings_sql`` selects (a query with a ``posting_id``
    column); a posting without a cluster row yet counts as its own cluster."""
    con.execute(_CREATE)
    con.execute(_NOTE.format(source=postings_sql))


def refresh_touched(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the summaries of the noted clusters (inside the caller's transaction) and forget them."""
    con.execute(_CREATE)
    con.execute(_DELETE)
    con.execute(_INSERT)
    con.execute("drop table touched_clusters")
