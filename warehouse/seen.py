"""Postings seen again without being re-landed: an incremental crawl lists the postings that are still online but
unchanged (``<run_id>.seen.jsonl.gz``) instead of fetching them, and their lifecycle moves on all the same."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from warehouse import clusters
from warehouse.db import arrow_scan
from warehouse.incoming import posting_id

_MOVED = "select posting_id from seen_moved"


def mark_seen(con: duckdb.DuckDBPyConnection, seen_on: date, records: Sequence[Mapping[str, Any]]) -> int:
    """Move ``last_seen_at`` to ``seen_on`` for the postings these identities name; returns how many moved.

    Identities ({source, source_id, url}) of postings the warehouse does not hold are ignored: a seen-list carries
    no content, and the crawl state only lists postings whose content was landed before. Idempotent. One
    transaction, with the moved postings' cluster summaries.
    """
    ids = sorted({posting_id(r) for r in records})
    if not ids:
        return 0
    con.execute("begin transaction")
    try:
        with arrow_scan(con, "incoming_seen", pa.table({"posting_id": pa.array(ids, pa.string())})):
            con.execute(
                "create or replace temp table seen_moved as select posting_id from core_postings "
                "where posting_id in (select posting_id from incoming_seen) and last_seen_at < $seen_on",
                {"seen_on": seen_on},
            )
        clusters.note_touched(con, _MOVED)
        con.execute(
            f"update core_postings set last_seen_at = $seen_on where posting_id in ({_MOVED})", {"seen_on": seen_on}
        )
        clusters.refresh_touched(con)
        moved = int(con.execute("select count(*) from seen_moved").fetchall()[0][0])
        con.execute("drop table seen_moved")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return moved
