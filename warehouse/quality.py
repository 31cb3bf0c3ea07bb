"""Data-quality checks run after every load, recorded per run (``quality_results``, public view
``quality_checks``) and summarised as ``runs.quality_passed``. A failed check never changes the run's status:
it is there for the operator and the analyst to see. Thresholds and vocabularies: ``data/quality.json``;
platform slugs and language codes: the taxonomy in ``nlp/data``.

Scope: counts and vocabularies are over the distinct postings seen on the run's business date (last_seen_at =
seen_on), so an old row cannot fail every later run; the duplicate check is over the whole warehouse.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.load import RunInfo

_SEEN = """
    select v.*
    from core_postings as c
    inner join posting_versions as v on v.posting_id = c.posting_id and v.valid_to is null
    where c.last_seen_at = $seen_on::date
"""

_RESULT_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("check_name", pa.string()),
        ("passed", pa.bool_()),
        ("observed", pa.float64()),
        ("expected", pa.string()),
        ("detail", pa.string()),
        ("checked_at", pa.timestamp("us", tz="UTC")),
    ]
)


@lru_cache(maxsize=1)
def quality_config() -> dict[str, Any]:
    """Thresholds and vocabularies, with platform slugs and language codes from the nlp taxonomy."""
    config: dict[str, Any] = json.loads(
        resources.files("warehouse").joinpath("data", "quality.json").read_text(encoding="utf-8")
    )
    data = resources.files("nlp").joinpath("data")
    platforms = {
        json.loads(line)["slug"]
        for line in data.joinpath("platforms.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    }
    languages = {
        str(entry["code"])
        for line in data.joinpath("languages.jsonl").read_text("utf-8").splitlines()
        if line.strip() and (entry := json.loads(line)).get("type") == "language" and entry.get("code")
    }
    config["vocabularies"] = {
        **config["vocabularies"],
        "platforms": sorted(platforms),
        "language_code": sorted(languages),
    }
    return config


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None) -> tuple[Any, ...]:
    return tuple(con.execute(sql, params or {}).fetchall()[0])


def _result(name: str, passed: bool, observed: float | None, expected: str, detail: str = "") -> dict[str, Any]:
    return {"check": name, "passed": bool(passed), "observed": observed, "expected": expected, "detail": detail}


def run_quality_checks(con: duckdb.DuckDBPyConnection, run: RunInfo) -> list[dict[str, Any]]:
    """Run every check for ``run`` (already loaded), store the results and ``runs.quality_passed``.

    Returns one dict per check: run_id, check, passed, observed, expected, detail.
    """
    config = quality_config()
    params = {"seen_on": run.seen_on}
    results: list[dict[str, Any]] = []

    accounted = run.n_extracted + run.n_rejected
    results.append(
        _result(
            "landed_accounted", accounted == run.n_landed, accounted, f"= {run.n_landed} landed",
            f"{run.n_extracted} extracted + {run.n_rejected} rejected",
        )
    )  # fmt: skip
    loaded_row = con.execute(
        "select coalesce(n_new, 0) + coalesce(n_updated, 0) + coalesce(n_unchanged, 0) from raw_runs "
        "where run_id = $run_id",
        {"run_id": run.run_id},
    ).fetchall()
    loaded = int(loaded_row[0][0]) if loaded_row else 0
    min_share = float(config["min_loaded_share"])
    extracted = run.n_extracted
    share_ok = loaded <= extracted and (extracted == 0 or loaded / extracted >= min_share)
    results.append(
        _result(
            "loaded_vs_extracted", share_ok, loaded, f"between {min_share:.0%} of {extracted} extracted and all",
            "distinct postings loaded (repeated lines of one posting merge) against lines extracted",
        )
    )  # fmt: skip

    n, null_title, null_province, null_salary = _one(
        con,
        "select count(*), count(*) filter (where title is null or trim(title) = ''), "
        "count(*) filter (where province is null), "
        "count(*) filter (where salary_min_cny_month is null and salary_max_cny_month is null "
        "and not coalesce(is_salary_negotiable, false)) from (" + _SEEN + ")",
        params,
    )
    for field, nulls in (("title", null_title), ("province", null_province), ("salary", null_salary)):
        limit = float(config["max_null_rate"][field])
        rate = nulls / n if n else 0.0
        results.append(
            _result(
                f"null_rate_{field}", rate <= limit, rate, f"<= {limit}",
                f"{nulls} of {n} postings seen on {run.seen_on}"
                + (" (negotiable counts as known)" if field == "salary" else ""),
            )
        )  # fmt: skip

    (bad_salary,) = _one(
        con,
        "select count(*) from (" + _SEEN + ") where salary_min_cny_month > salary_max_cny_month",
        params,
    )
    results.append(_result("salary_min_le_max", bad_salary == 0, bad_salary, "0", "postings with min > max"))

    for column, known in config["vocabularies"].items():
        if column == "platforms":
            values = "select unnest(platforms) as value from (" + _SEEN + ")"
        elif column == "language_code":
            values = "select unnest(languages).code as value from (" + _SEEN + ")"
        else:
            values = f"select {column} as value from (" + _SEEN + ")"
        rows = con.execute(
            f"select value, count(*) from ({values}) where value is not null "
            "and not list_contains($known, value) group by value order by 2 desc, 1 limit 20",
            {**params, "known": list(known)},
        ).fetchall()
        unknown = sum(int(r[1]) for r in rows)
        results.append(
            _result(
                f"vocabulary_{column}", not rows, unknown, "0 unknown values",
                ", ".join(f"{value} ({count})" for value, count in rows),
            )
        )  # fmt: skip

    dup_ids, multi_current = _one(
        con,
        "select (select count(*) - count(distinct posting_id) from core_postings), "
        "(select count(*) from (select posting_id from posting_versions where valid_to is null "
        "group by posting_id having count(*) > 1))",
    )
    results.append(
        _result(
            "no_duplicate_posting_id", dup_ids == 0 and multi_current == 0, dup_ids + multi_current, "0",
            f"{dup_ids} repeated ids in core_postings, {multi_current} postings with several current versions",
        )
    )  # fmt: skip

    for row in results:
        row["run_id"] = run.run_id
    _store(con, run.run_id, results)
    return [{"run_id": r["run_id"], **{k: v for k, v in r.items() if k != "run_id"}} for r in results]


def _store(con: duckdb.DuckDBPyConnection, run_id: str, results: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    table = pa.Table.from_pylist(
        [
            {
                "run_id": run_id,
                "check_name": r["check"],
                "passed": r["passed"],
                "observed": None if r["observed"] is None else float(r["observed"]),
                "expected": r["expected"],
                "detail": r["detail"],
                "checked_at": now,
            }
            for r in results
        ],
        schema=_RESULT_SCHEMA,
    )
    con.register("incoming_quality", table)
    con.execute("begin transaction")
    try:
        con.execute("delete from quality_results where run_id = $run_id", {"run_id": run_id})
        con.execute("insert into quality_results by name select * from incoming_quality")
        con.execute(
            "update raw_runs set quality_passed = $passed where run_id = $run_id",
            {"passed": all(r["passed"] for r in results), "run_id": run_id},
        )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.unregister("incoming_quality")
