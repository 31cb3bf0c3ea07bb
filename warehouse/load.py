"""Loading one run's extracted postings into the warehouse: one transaction, bulk via Arrow, idempotent.

Steps (``sql/load/NN_*.sql``, run in order inside BEGIN … COMMIT): stream the records in Arrow chunks into a
TEMP table (computing dedup keys on the way) → pick one line per posting → stage (a TEMP view) → classify each
posting against its current version → close changed versions → insert new content → overwrite same-day changes
→ note the postings whose lifecycle or sources change → merge the posting lifecycle → add new sources → cluster
the new postings (``warehouse.dedup``) → recompute the touched clusters' summaries (``warehouse.clusters``) →
upsert the run row → drop staging. Any error rolls everything back; a killed process leaves an uncommitted
transaction that DuckDB discards on the next open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from warehouse import clusters, dedup
from warehouse.db import arrow_scan, execute_sql, read_sql
from warehouse.incoming import INCOMING_SCHEMA, coerce, record_chunks
from warehouse.settings import Lifecycle, lifecycle, store_settings

_LOAD_STEPS = (
    "10_stage_keys",
    "15_stage_run",
    "20_stage",
    "30_classify",
    "40_close_versions",
    "50_insert_versions",
    "55_update_same_day_versions",
    "57_touched_postings",
    "60_merge_postings",
    "65_update_sources",
)
_TOUCHED = "select posting_id from load_touched"
_RUN_STATUSES = frozenset({"success", "partial", "failed"})


@dataclass
class RunInfo:
    """One pipeline run as the flow reports it. ``seen_on`` is the run's business date (Asia/Shanghai)."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    seen_on: date
    sources: list[str] = field(default_factory=list)
    n_landed: int = 0
    n_extracted: int = 0
    n_rejected: int = 0
    unknown_counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.status not in _RUN_STATUSES:
            raise ValueError(f"run status must be one of {sorted(_RUN_STATUSES)}, not {self.status!r}")


@dataclass(frozen=True)
class LoadStats:
    """What a load did to the postings it was given (after de-duplicating within the batch)."""

    n_new: int
    n_updated: int
    n_unchanged: int


_TS = pa.timestamp("us", tz="UTC")
_RUN_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("started_at", _TS),
        ("finished_at", _TS),
        ("status", pa.string()),
        ("seen_on", pa.date32()),
        ("sources", pa.list_(pa.string())),
        ("n_landed", pa.int64()),
        ("n_extracted", pa.int64()),
        ("n_rejected", pa.int64()),
        ("unknown_counts", pa.map_(pa.string(), pa.int64())),
        ("errors", pa.list_(pa.string())),
        ("n_new", pa.int64()),
        ("n_updated", pa.int64()),
        ("n_unchanged", pa.int64()),
        ("loaded_at", _TS),
    ]
)

_HEALTH_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("source", pa.string()),
        ("requests", pa.int64()),
        ("responses_by_status", pa.map_(pa.string(), pa.int64())),
        ("items", pa.int64()),
        ("drops_by_reason", pa.map_(pa.string(), pa.int64())),
        ("blocked", pa.int64()),
        ("field_fill_rates", pa.map_(pa.string(), pa.float64())),
        ("duration_s", pa.float64()),
        ("recorded_at", _TS),
    ]
)


def _utc(moment: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC (the flow stamps runs with datetime.now(UTC))."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _run_table(run: RunInfo, stats: LoadStats) -> pa.Table:
    row = {
        "run_id": run.run_id,
        "started_at": _utc(run.started_at),
        "finished_at": _utc(run.finished_at),
        "status": run.status,
        "seen_on": run.seen_on,
        "sources": list(run.sources),
        "n_landed": run.n_landed,
        "n_extracted": run.n_extracted,
        "n_rejected": run.n_rejected,
        "unknown_counts": sorted((str(k), int(v)) for k, v in run.unknown_counts.items()),
        "errors": list(run.errors),
        "n_new": stats.n_new,
        "n_updated": stats.n_updated,
        "n_unchanged": stats.n_unchanged,
        "loaded_at": datetime.now(UTC),
    }
    return pa.Table.from_pylist([row], schema=_RUN_SCHEMA)


def load_run(
    con: duckdb.DuckDBPyConnection, run: RunInfo, records: Iterable[Mapping[str, Any]]
) -> LoadStats:
    """Load ``records`` (``cbec extract`` output) seen on ``run.seen_on`` and upsert the run row, atomically.

    ``records`` may be a list or any iterable (a generator streams: only one chunk of records and its Arrow
    table are held in Python at a time). Reloading the same records on the same business date changes nothing
    but the run row and its dedup counts; a later date moves ``last_seen_at``; changed content opens a new row in
    ``posting_versions``. New postings are deduplicated against the warehouse (:mod:`warehouse.dedup`).
    """
    settings = lifecycle()
    params = {"run_id": run.run_id, "seen_on": run.seen_on}
    con.execute("begin transaction")
    try:
        _stage(con, records, settings)
        for step in _LOAD_STEPS:
            execute_sql(con, read_sql(f"load/{step}.sql"), params)
        counts = con.execute(
            "select count(*) filter (where change_kind = 'new'), "
            "count(*) filter (where change_kind = 'changed'), "
            "count(*) filter (where change_kind in ('unchanged', 'stale')) from load_changes"
        ).fetchall()[0]
        stats = LoadStats(n_new=int(counts[0]), n_updated=int(counts[1]), n_unchanged=int(counts[2]))
        dedup.stage_changed(con, settings.near_duplicate)
        clusters.note_touched(con, _TOUCHED)
        dedup.cluster_load(con, run.run_id, run.seen_on, settings)
        clusters.note_touched(con, _TOUCHED)
        clusters.refresh_touched(con)
        store_settings(con, settings)
        con.register("incoming_run", _run_table(run, stats))
        try:
            con.execute(read_sql("load/70_upsert_run.sql"))
        finally:
            con.unregister("incoming_run")
        con.execute(read_sql("load/80_clear_stage.sql"))
        dedup.drop_stage(con)
        for table in ("load_touched", "load_changes", "stg_winners", "stg_load_run", "stg_incoming"):
            con.execute(f"drop table if exists {table}")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return stats


def _stage(con: duckdb.DuckDBPyConnection, records: Iterable[Mapping[str, Any]], settings: Lifecycle) -> None:
    """Stream the records into the staging table ``stg_incoming`` chunk by chunk, computing dedup keys for
    postings that have none yet on the way."""
    con.register("incoming_empty", INCOMING_SCHEMA.empty_table())
    try:
        # A table in the warehouse file, not TEMP: DuckDB writes a big uncommitted append to free blocks of the
        # file and can evict it under its memory limit; an in-memory TEMP table of a million descriptions cannot
        # be evicted. Dropped before COMMIT, so it never outlives the load (a killed load leaves nothing).
        con.execute("create or replace table stg_incoming as select * from incoming_empty")
    finally:
        con.unregister("incoming_empty")
    dedup.create_stage(con)
    for chunk, table in record_chunks(records):
        with arrow_scan(con, "incoming_chunk", table):
            con.execute("insert into stg_incoming select * from incoming_chunk")
        dedup.stage_chunk(con, chunk, table, settings.near_duplicate)


def record_source_health(
    con: duckdb.DuckDBPyConnection, run_id: str, rows: Sequence[Mapping[str, Any]]
) -> int:
    """Store per-source crawler health for ``run_id`` (replacing that run's rows); returns rows written.

    Each row: source, requests, responses_by_status {status: count}, items, drops_by_reason {reason: count},
    blocked (count of blocked responses; a bool is taken as 0/1), field_fill_rates {field: 0..1}, duration_s.
    """
    now = datetime.now(UTC)
    table = pa.Table.from_pylist(
        [
            {
                "run_id": run_id,
                "source": str(row.get("source") or "unknown"),
                "requests": coerce(row.get("requests"), pa.int64()),
                "responses_by_status": _map(row.get("responses_by_status"), pa.int64()),
                "items": coerce(row.get("items"), pa.int64()),
                "drops_by_reason": _map(row.get("drops_by_reason"), pa.int64()),
                "blocked": _blocked_count(row.get("blocked")),
                "field_fill_rates": _map(row.get("field_fill_rates"), pa.float64()),
                "duration_s": coerce(row.get("duration_s"), pa.float64()),
                "recorded_at": now,
            }
            for row in rows
        ],
        schema=_HEALTH_SCHEMA,
    )
    con.register("incoming_health", table)
    con.execute("begin transaction")
    try:
        con.execute("delete from raw_source_health where run_id = $run_id", {"run_id": run_id})
        con.execute("insert into raw_source_health by name select * from incoming_health")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.unregister("incoming_health")
    return table.num_rows


def _blocked_count(value: Any) -> int | None:
    """Blocked responses as a count; a crawler that only reports whether it was blocked gives 0 or 1."""
    if isinstance(value, bool):
        return int(value)
    return coerce(value, pa.int64())


def _map(value: Any, value_type: pa.DataType) -> list[tuple[str, Any]] | None:
    """A {key: number} mapping as sorted Arrow map entries; unreadable values become null entries."""
    if not isinstance(value, Mapping):
        return None
    return sorted((str(k), coerce(v, value_type)) for k, v in value.items())


def loaded_landing_files(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Landing files (relative to the landing root) already loaded by some run."""
    return {row[0] for row in con.sql("select landing_path from raw_landed_files").fetchall()}


def mark_landing_files_loaded(con: duckdb.DuckDBPyConnection, run_id: str, paths: Sequence[str]) -> None:
    """Record that ``run_id`` loaded these landing files (bulk, via Arrow)."""
    if not paths:
        return
    table = pa.table(
        {
            "landing_path": pa.array(list(paths), pa.string()),
            "run_id": pa.array([run_id] * len(paths), pa.string()),
            "loaded_at": pa.array([datetime.now(UTC)] * len(paths), _TS),
        }
    )
    con.register("incoming_landed_files", table)
    try:
        con.execute(
            "insert into raw_landed_files by name select * from incoming_landed_files "
            "on conflict (landing_path) do nothing"
        )
    finally:
        con.unregister("incoming_landed_files")
