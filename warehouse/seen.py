"""Postings seen again without being re-landed: an incremental crawl lists the postings that are still online but
unchanged (``<run_id>.seen.jsonl.gz``) instead of fetching them, and their lifecycle moves on all the same."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.incoming import posting_id


def mark_seen(con: duckdb.DuckDBPyConnection, seen_on: date, records: Sequence[Mapping[str, Any]]) -> int:
    """Move ``last_seen_at`` to ``seen_on`` for the postings these identities name; returns how many moved.

    Identities ({source, source_id, url}) of postings the warehouse does not hold are ignored: a seen-list carries
    no content, and the crawl state only lists postings whose content was landed before. Idempotent.
    """
    ids = sorted({posting_id(r) for r in records})
    if not ids:
        return 0
    con.register("incoming_seen", pa.table({"posting_id": pa.array(ids, pa.string())}))
    try:
        moved = con.execute(
            "update core_postings set last_seen_at = $seen_on "
            "where posting_id in (select posting_id from incoming_seen) and last_seen_at < $seen_on",
            {"seen_on": seen_on},
        ).fetchall()
    finally:
        con.unregister("incoming_seen")
    return int(moved[0][0]) if moved else 0
