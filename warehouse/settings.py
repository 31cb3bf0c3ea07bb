"""Lifecycle and deduplication settings (``data/lifecycle.json``), mirrored into ``warehouse_settings`` at each
load so the views compute the active stock with the values the loader used."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import duckdb

from warehouse.minhash import MinHashParams


@dataclass(frozen=True)
class Lifecycle:
    """inactive_after_days: a posting not seen for this many days leaves the active stock.
    dedup_window_days: how far apart (in days seen) two postings may be and still be one posting.
    near_duplicate: MinHash/LSH shape; threshold: least estimated Jaccard similarity of two descriptions."""

    inactive_after_days: int
    dedup_window_days: int
    near_duplicate: MinHashParams
    threshold: float


@lru_cache(maxsize=1)
def lifecycle() -> Lifecycle:
    """The packaged settings."""
    data = json.loads(resources.files("warehouse").joinpath("data", "lifecycle.json").read_text("utf-8"))
    near = dict(data["near_duplicate"])
    threshold = float(near.pop("threshold"))
    return Lifecycle(
        inactive_after_days=int(data["inactive_after_days"]),
        dedup_window_days=int(data["dedup_window_days"]),
        near_duplicate=MinHashParams(**{k: int(v) for k, v in near.items()}),
        threshold=threshold,
    )


def store_settings(con: duckdb.DuckDBPyConnection, settings: Lifecycle) -> None:
    """Write the settings the views read (inside the caller's transaction)."""
    rows = [
        ("inactive_after_days", str(settings.inactive_after_days)),
        ("dedup_window_days", str(settings.dedup_window_days)),
        ("near_duplicate_threshold", str(settings.threshold)),
    ]
    for key, value in rows:
        con.execute("insert or replace into warehouse_settings values ($1, $2)", [key, value])
