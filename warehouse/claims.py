"""White paper claims: metrics in SQL (``sql/claims/*.sql``), thresholds in ``data/claims.json``.

One row per implemented claim is stored in ``claim_results`` (replacing the same Asia/Shanghai day's rows) and
shown by the ``claims`` view. C6 has a lower and an upper bound: ``value`` is the lower bound, ``value_upper``
the upper bound, and ``ci_low``/``ci_high`` span [lower bound's Wilson low, upper bound's Wilson high]:
the interval its verdict compares with the threshold.

C7 is two rows: C7 the middle salary band, C7b the premium of skilled postings over otherwise similar ones (its
size is the indicator ``salary_premium_skilled``); ids are C<number> with an optional letter.

A claim may carry ``params`` in claims.json (C7's salary band, C7b's comparison group size): they are bound to
its SQL as ``$name`` parameters, so they stay data an analyst edits. A claim whose ``threshold`` is null (C10:
postings measure demand only) is computed for its n (the demand volume) and is always inconclusive:
``not_testable`` tells the table and the report to say so plainly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pyarrow as pa

from warehouse.db import execute_sql, read_sql, sql_params
from warehouse.indicators import refresh_indicators

__all__ = [
    "CLAIM_ORDER",
    "ClaimSpec",
    "business_date",
    "claim_specs",
    "compute_claims",
    "not_testable",
    "refresh_indicators",
]

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")
# The claims table's order (``order by`` over the claims view): by number, then id, so C7b follows C7, not C10.
CLAIM_ORDER = "try_cast(regexp_extract(claim_id, '^C([0-9]+)', 1) as integer), claim_id, metric"
VERDICTS = ("supported", "not_supported", "inconclusive")

_INPUT_SCHEMA = pa.schema(
    [
        ("claim_id", pa.string()),
        ("statement", pa.string()),
        ("metric", pa.string()),
        ("n", pa.int64()),
        ("k_low", pa.int64()),
        ("k_high", pa.int64()),
        ("threshold", pa.float64()),
        ("min_n", pa.int64()),
    ]
)


@dataclass(frozen=True)
class ClaimSpec:
    """One claim as declared in ``warehouse/data/claims.json``."""

    id: str
    statement: str
    metric: str
    threshold: float | None
    min_n: int
    implemented: bool
    sql: str | None = None
    params: Mapping[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def claim_specs() -> tuple[ClaimSpec, ...]:
    """All claims (C1–C10, C7b) from the packaged thresholds file, in file order (implemented or not)."""
    text = resources.files("warehouse").joinpath("data", "claims.json").read_text(encoding="utf-8")
    specs = []
    for item in json.loads(text)["claims"]:
        spec = ClaimSpec(
            id=item["id"],
            statement=item["statement"],
            metric=item["metric"],
            threshold=None if item.get("threshold") is None else float(item["threshold"]),
            min_n=int(item.get("min_n", 0)),
            implemented=bool(item.get("implemented", False)),
            sql=item.get("sql"),
            params={str(k): float(v) for k, v in item.get("params", {}).items()},
        )
        if spec.implemented and spec.sql is None:
            raise ValueError(f"claims.json: implemented claim {spec.id} needs 'sql'")
        specs.append(spec)
    return tuple(specs)


def not_testable(claim: Mapping[str, Any]) -> bool:
    """A computed claim with no threshold: postings give its demand volume (n), not a verdict (C10)."""
    return claim.get("threshold") is None


def business_date(moment: datetime) -> date:
    """The Asia/Shanghai calendar date of ``moment`` (a naive datetime is taken as already local)."""
    return moment.astimezone(BUSINESS_TZ).date() if moment.tzinfo else moment.date()


def compute_claims(
    con: duckdb.DuckDBPyConnection, computed_at: datetime, specs: tuple[ClaimSpec, ...] | None = None
) -> list[dict[str, Any]]:
    """Compute every implemented claim, store the rows (replacing the same business day's) and return them.

    Returned dicts have the ``claims`` view's columns: claim_id, statement, metric, value, value_upper,
    ci_low, ci_high, n, threshold, verdict, computed_at.
    """
    chosen = [s for s in (specs if specs is not None else claim_specs()) if s.implemented]
    inputs = []
    for spec in chosen:
        sql = read_sql(f"claims/{spec.sql}")
        needed = sql_params(sql)
        if missing := needed - set(spec.params):
            raise ValueError(f"claims.json: claim {spec.id} needs params {sorted(missing)} for {spec.sql}")
        rel = con.sql(sql, params={k: v for k, v in spec.params.items() if k in needed}) if needed else con.sql(sql)
        row = dict(zip(rel.columns, rel.fetchall()[0], strict=True))
        inputs.append(
            {
                "claim_id": spec.id,
                "statement": spec.statement,
                "metric": row["metric"],
                "n": row["n"],
                "k_low": row["k_low"],
                "k_high": row["k_high"],
                "threshold": spec.threshold,
                "min_n": spec.min_n,
            }
        )
    params = {"computed_at": computed_at, "computed_on": business_date(computed_at)}
    insert = "insert into claim_results by name " + read_sql("claims/score.sql")
    con.register("claim_inputs", pa.Table.from_pylist(inputs, schema=_INPUT_SCHEMA))
    con.execute("begin transaction")
    try:
        con.execute(
            "delete from claim_results where computed_on = $computed_on",
            {"computed_on": params["computed_on"]},
        )
        execute_sql(con, insert, params)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.unregister("claim_inputs")
    rel = con.sql(
        "select claim_id, statement, metric, value, value_upper, ci_low, ci_high, n, threshold, verdict, "
        "computed_at from claim_results where computed_on = $computed_on order by claim_id",
        params={"computed_on": params["computed_on"]},
    )
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
