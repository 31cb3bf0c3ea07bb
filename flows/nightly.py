"""The nightly refresh as a Prefect flow: crawl → process → load → indicators → claims → report.

Import this module only after :func:`flows.paths.configure_prefect_env` has run (the CLI does so).
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from crawlers.run import CrawlResult
from flows import sources as source_registry
from flows.lock import refresh_lock
from flows.paths import DataPaths
from flows.report import write_report
from nlp.compiled import mode as extractors_mode
from pipeline.process import ProcessResult, landing_key, process_files, unloaded_landing_files
from warehouse.claims import compute_claims
from warehouse.db import WarehouseBusy, open_warehouse
from warehouse.health import flagged_measures
from warehouse.indicators import refresh_indicators
from warehouse.load import (
    LoadStats,
    RunInfo,
    load_run,
    loaded_landing_files,
    mark_landing_files_loaded,
    record_source_health,
)
from warehouse.quality import run_quality_checks
from warehouse.seen import mark_seen

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")


@dataclass
class RefreshSummary:
    """What one refresh did, for the command line and the operator's log."""

    run_id: str
    status: str
    seen_on: date
    n_landed: int = 0
    n_extracted: int = 0
    n_rejected: int = 0
    load: LoadStats | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)
    report: Path | None = None
    errors: list[str] = field(default_factory=list)
    health_flags: list[str] = field(default_factory=list)


# How often a run waiting for the warehouse tries it again.
_BUSY_POLL_S = 5.0
DEFAULT_BUSY_WAIT_S = 600.0


def wait_for_warehouse(db: Path, wait_s: float, on_wait: Callable[[str], None]) -> str | None:
    """None once the warehouse opens for writing; the busy message if another process still holds it after
    ``wait_s`` seconds (``on_wait`` hears it once, when the wait begins).

    The command line opens the warehouse before crawling, but nothing holds it during the crawl: an analyst's
    DuckDB session may take it in between. The load follows this within milliseconds."""
    deadline = time.monotonic() + wait_s
    told = False
    while True:
        try:
            with open_warehouse(db):
                return None
        except WarehouseBusy as exc:
            left = deadline - time.monotonic()
            if left <= 0:
                return str(exc)
            if not told:
                on_wait(f"{exc}; waiting up to {wait_s:g} s")
                told = True
            time.sleep(min(_BUSY_POLL_S, left))


def new_run_id(now: datetime) -> str:
    """Sortable and unique: UTC time of the start plus a random suffix."""
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(2)}"


@task(name="crawl-source", cache_policy=NO_CACHE)
def crawl_source(
    source: str, data_dir: Path, run_id: str, demo: source_registry.DemoOptions, replica: bool = False
) -> CrawlResult:
    """Crawl one source in its own subprocess (``replica``: against its local replica); a failing source comes
    back as a failed result."""
    return source_registry.crawl(source, data_dir=data_dir, run_id=run_id, demo=demo, replica=replica)


@task(name="find-landed", cache_policy=NO_CACHE)
def find_landed(db: Path, data_dir: Path) -> list[Path]:
    """Landing files no run has loaded yet: tonight's crawls, imports, a killed run's files."""
    with open_warehouse(db) as con:
        return unloaded_landing_files(data_dir, loaded_landing_files(con))


@task(name="process", cache_policy=NO_CACHE)
def process(files: list[Path]) -> ProcessResult:
    """Validate and extract every record of these landing files."""
    return process_files(files)


@task(name="load", cache_policy=NO_CACHE)
def load(
    db: Path,
    run: RunInfo,
    records: list[dict[str, Any]],
    health: list[dict[str, Any]],
    landed: list[str],
    seen: list[dict[str, Any]],
) -> LoadStats:
    """Load the run into the warehouse in one transaction, then the postings seen unchanged, its source health
    and the files it consumed."""
    with open_warehouse(db) as con:
        stats = load_run(con, run, records)
        mark_seen(con, run.seen_on, seen)
        record_source_health(con, run.run_id, health)
        mark_landing_files_loaded(con, run.run_id, landed)
        run_quality_checks(con, run)  # recorded per run; a failed check never fails the run
        return stats


@task(name="health-flags", cache_policy=NO_CACHE)
def health_flags(db: Path, run_id: str) -> list[str]:
    """This run's source measures that fell far below their trailing median, as one line each."""
    with open_warehouse(db, read_only=True) as con:
        return [
            f"{f['source']}: {f['measure']} {f['value']:g} (trailing median {f['trailing_median']:g})"
            for f in flagged_measures(con, run_id)
        ]


@task(name="indicators-and-claims", cache_policy=NO_CACHE)
def indicators_and_claims(db: Path, computed_at: datetime) -> list[dict[str, Any]]:
    """Recompute the demand indicators and the white paper claims from the warehouse."""
    with open_warehouse(db) as con:
        refresh_indicators(con, computed_at)
        return compute_claims(con, computed_at)


@task(name="report", cache_policy=NO_CACHE)
def report(db: Path, out: Path) -> Path:
    """Write the self-contained HTML report."""
    return write_report(db, out)


def _health_row(result: CrawlResult) -> dict[str, Any]:
    """A crawl's stats in the shape of the warehouse's source_health."""
    stats = result.stats
    return {
        "source": result.source,
        "requests": stats.get("requests"),
        "responses_by_status": stats.get("responses_by_status"),
        # Postings found online tonight: landed, plus those an incremental crawl saw unchanged and did not refetch
        # (else every quiet night would look like a broken spider).
        "items": result.items + int(stats.get("seen_unchanged") or 0),
        "drops_by_reason": stats.get("drops"),
        "blocked": stats.get("blocked", 0),
        "field_fill_rates": stats.get("field_fill_rates"),
        "duration_s": result.duration_s,
    }


class _Stages:
    """One line per stage on stderr (the operator's progress display and cron log), with elapsed seconds."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {message}", file=sys.stderr, flush=True)


@flow(name="nightly-refresh", log_prints=False)
def nightly_refresh(
    sources: list[str] | None = None,
    data_dir: str = "data",
    db: str | None = None,
    demo_postings: int = source_registry.DEFAULT_DEMO_POSTINGS,
    demo_seed: int = source_registry.DEFAULT_DEMO_SEED,
    demo_port: int = source_registry.DEFAULT_DEMO_PORT,
    as_of: date | None = None,
    lock_held: bool = False,
    replica: bool = False,
    busy_wait_s: float = DEFAULT_BUSY_WAIT_S,
) -> RefreshSummary:
    """The nightly job: every source crawled in isolation, then one transactional load and the claims.

    ``lock_held``: the caller (the CLI) already holds the data directory's refresh lock; a scheduled run takes it.
    ``replica``: crawl each source's local replica (the demo board serving that site's protocol), not the live site.
    ``busy_wait_s``: how long the load waits for another process to let go of the warehouse before the run fails
    (its landing files then load on the next run).
    """
    paths = DataPaths(Path(data_dir), Path(db) if db else None)
    with nullcontext() if lock_held else refresh_lock(paths.lock_file):
        return _refresh(paths, sources, demo_postings, demo_seed, demo_port, as_of, replica, busy_wait_s)


def _refresh(
    paths: DataPaths,
    sources: list[str] | None,
    demo_postings: int,
    demo_seed: int,
    demo_port: int,
    as_of: date | None,
    replica: bool = False,
    busy_wait_s: float = DEFAULT_BUSY_WAIT_S,
) -> RefreshSummary:
    logger = get_run_logger()
    stage = _Stages()
    started_at = datetime.now(UTC)
    seen_on = as_of or started_at.astimezone(BUSINESS_TZ).date()
    run_id = new_run_id(started_at)
    names = sources or [source_registry.DEMO_SOURCE]
    source_registry.check_sources(names)
    demo = source_registry.DemoOptions(demo_postings, demo_seed, demo_port)
    summary = RefreshSummary(run_id=run_id, status="success", seen_on=seen_on)

    stage(f"run {run_id}: crawling {', '.join(names)}")
    futures = [crawl_source.submit(name, paths.data_dir, run_id, demo, replica) for name in names]
    crawls: list[CrawlResult] = [f.result() for f in futures]
    for result in crawls:
        stage(f"crawled {result.source}: {result.items} postings in {result.duration_s:.1f} s")
        if result.error:
            summary.errors.append(f"{result.source}: {result.error}")
            logger.warning("source %s failed: %s", result.source, result.error)
    if len(summary.errors) == len(crawls):
        summary.status = "failed"
    elif summary.errors:
        summary.status = "partial"

    busy = wait_for_warehouse(paths.db, busy_wait_s, logger.warning)
    if busy is not None:
        summary.status = "failed"
        summary.errors.append(f"{busy}; the postings landed stay and load on the next run")
        return summary
    files = find_landed(paths.db, paths.data_dir)
    stage(f"extracting {len(files)} landing files (extractors {extractors_mode()})")
    processed = process(files)
    for path in processed.unreadable:
        summary.errors.append(f"unreadable landing file {landing_key(paths.data_dir, path)}, left for the next run")
        summary.status = "partial" if summary.status == "success" else summary.status
    summary.n_landed = processed.n_landed
    summary.n_extracted = len(processed.records)
    summary.n_rejected = processed.n_rejected
    run = RunInfo(
        run_id=run_id,
        started_at=started_at,
        finished_at=datetime.now(UTC),
        status=summary.status,
        seen_on=seen_on,
        sources=names,
        n_landed=processed.n_landed,
        n_extracted=len(processed.records),
        n_rejected=processed.n_rejected,
        unknown_counts=dict(processed.unknown_counts),
        errors=summary.errors,
    )
    landed = [landing_key(paths.data_dir, p) for p in files if p not in processed.unreadable]
    stage(f"loading {len(processed.records)} postings into {paths.db}")
    health = [_health_row(r) for r in crawls]
    # quote(): Prefect would otherwise walk every record looking for task futures (15 s for 10,000 postings).
    summary.load = load(  # type: ignore[call-overload]  # quote() is unwrapped before the task runs
        paths.db, run, quote(processed.records), health, landed, quote(processed.seen)
    )
    summary.health_flags = health_flags(paths.db, run_id)
    for flag in summary.health_flags:
        logger.warning("source health: %s", flag)
    stage("computing indicators and claims")
    summary.claims = indicators_and_claims(paths.db, run.finished_at or started_at)
    stage("writing the report")
    summary.report = report(paths.db, paths.reports / f"report-{seen_on:%Y-%m-%d}.html")
    logger.info("run %s %s: %d postings loaded", run_id, summary.status, summary.n_extracted)
    return summary
