"""The public views as hive-partitioned Parquet, for readers who must not wait for the writer (DuckDB allows one
process per file; Parquet can be read by anyone, any time).

Layout under ``out_dir``: ``postings/first_seen_month=YYYY-MM/*.parquet``; the bridge views (posting_platforms,
posting_languages, posting_skills) partitioned by the same key, taken from their posting; every other view in its
own unpartitioned folder (``indicators/data.parquet``). Read back with
``read_parquet('OUT/postings/*/*.parquet', hive_partitioning = true)``.

The export is written into a fresh sibling folder and swapped in by renames, so a reader sees the previous
export or the new one (or, for the instant between the two renames, no folder), never half of one. All views
are read in one transaction: one consistent snapshot.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from warehouse.db import open_warehouse

PARTITION_KEY = "first_seen_month"
POSTINGS = "postings"
BRIDGE_VIEWS = ("posting_platforms", "posting_languages", "posting_skills")
SMALL_VIEWS = (
    "indicators", "claims", "claim_history", "source_health", "runs", "active_postings_daily", "quality_checks",
)  # fmt: skip
PUBLIC_VIEWS = (POSTINGS, *BRIDGE_VIEWS, *SMALL_VIEWS)
MARKER = ".cbec-export"  # only a folder holding this file (or an empty one) is ever replaced
_EMPTY_PARTITION = "0000-00"  # holds a zero-row file when a partitioned view is empty, so its schema is readable


class ExportTargetError(ValueError):
    """The output folder holds something other than a previous export (it would be replaced)."""


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_views(db_path: Path, out_dir: Path) -> dict[str, int]:
    """Write every public view of the warehouse at ``db_path`` under ``out_dir`` (replacing a previous export);
    return the row count of each view."""
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MARKER).exists())):
        raise ExportTargetError(f"{out_dir} exists and is not a previous export; choose an empty or new folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    counts: dict[str, int] = {}
    try:
        with open_warehouse(Path(db_path), read_only=True) as con:
            con.execute("begin transaction")
            con.execute(
                f"create temp table export_months as select posting_id, "
                f"strftime(first_seen_at, '%Y-%m') as {PARTITION_KEY} from {POSTINGS}"
            )
            queries = {POSTINGS: f"select p.*, m.{PARTITION_KEY} from {POSTINGS} as p "
                       f"inner join export_months as m on m.posting_id = p.posting_id"}  # fmt: skip
            for view in BRIDGE_VIEWS:
                queries[view] = (
                    f"select v.*, m.{PARTITION_KEY} from {view} as v "
                    f"inner join export_months as m on m.posting_id = v.posting_id"
                )
            for view, query in queries.items():
                folder = staging / view
                n = int(con.execute(f"select count(*) from ({query})").fetchall()[0][0])
                if n:
                    con.execute(
                        f"copy ({query}) to {_literal(folder)} "
                        f"(format parquet, partition_by ({PARTITION_KEY}), filename_pattern 'data_{{i}}')"
                    )
                else:
                    empty = folder / f"{PARTITION_KEY}={_EMPTY_PARTITION}"
                    empty.mkdir(parents=True)
                    con.execute(
                        f"copy (select * exclude ({PARTITION_KEY}) from ({query})) "
                        f"to {_literal(empty / 'data_0.parquet')} (format parquet)"
                    )
                counts[view] = n
            for view in SMALL_VIEWS:
                folder = staging / view
                folder.mkdir()
                con.execute(f"copy (select * from {view}) to {_literal(folder / 'data.parquet')} (format parquet)")
                counts[view] = int(con.execute(f"select count(*) from {view}").fetchall()[0][0])
            con.execute("rollback")  # read-only: nothing to keep but the temp table, which goes with it
        (staging / MARKER).write_text("written by warehouse.export; replaced whole by the next export\n")
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with two renames (a directory cannot replace a non-empty one in one)."""
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        os.replace(out_dir, old / out_dir.name)
        os.replace(staging, out_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out_dir)
