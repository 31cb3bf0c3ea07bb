"""Data-quality checks: recorded per run, visible in quality_checks and runs.quality_passed, status untouched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.db import open_warehouse
from warehouse.load import RunInfo, load_run
from warehouse.quality import run_quality_checks

DAY = date(2026, 11, 1)


def rec(i: int, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source": "demo",
        "source_id": str(i),
        "title": "亚马逊运营",
        "salary": {"min_monthly": 8000.0, "max_monthly": 12000.0},
        "location": {"province": "广东省", "city": "深圳市", "region": "east"},
        "company_size": {"size_class": "small"},
        "education": "associate",
        "role_family": "operations",
        "platforms": ["amazon"],
        "languages": [{"code": "en", "level": "cet4", "required": True}],
    }
    base.update(extra)
    return base


def info(run_id: str, n_landed: int, n_extracted: int, n_rejected: int = 0) -> RunInfo:
    return RunInfo(run_id, datetime(2026, 11, 1, tzinfo=UTC), None, "partial", DAY, ["demo"], n_landed, n_extracted,
                   n_rejected)  # fmt: skip


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


def failed(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {r["check"]: r["observed"] for r in results if not r["passed"]}


def test_clean_run_passes_every_check(con: duckdb.DuckDBPyConnection) -> None:
    run = info("r1", 4, 3, 1)
    load_run(con, run, [rec(1), rec(2), rec(3, salary={"negotiable": True})])
    results = run_quality_checks(con, run)
    assert failed(results) == {}
    assert {r["check"] for r in results} >= {
        "landed_accounted", "loaded_vs_extracted", "null_rate_title", "null_rate_province", "null_rate_salary",
        "salary_min_le_max", "vocabulary_size_class", "vocabulary_education", "vocabulary_region",
        "vocabulary_role_family", "vocabulary_platforms", "vocabulary_language_code", "no_duplicate_posting_id",
    }  # fmt: skip
    assert con.sql("select status, quality_passed from runs").fetchall() == [("partial", True)]
    assert con.sql('select count(*), bool_and(passed) from quality_checks where run_id = \'r1\'').fetchall() == [
        (len(results), True)
    ]


def test_bad_rows_fail_their_checks_and_the_run_keeps_its_status(con: duckdb.DuckDBPyConnection) -> None:
    run = info("r1", 5, 4)
    batch = [
        rec(1, company_size={"size_class": "huge"}, platforms=["amazon", "myspace"], location={"province": None}),
        rec(2, salary={"min_monthly": 20000.0, "max_monthly": 9000.0}, location={"province": None}),
        rec(3, location={"province": None}, languages=[{"code": "klingon"}]),
        rec(3),  # the same posting twice: 3 distinct postings from 4 lines
    ]
    load_run(con, run, batch)
    results = run_quality_checks(con, run)
    assert failed(results) == {
        "landed_accounted": 4,
        "null_rate_province": pytest.approx(2 / 3),
        "salary_min_le_max": 1,
        "vocabulary_size_class": 1,
        "vocabulary_platforms": 1,
    }
    details = {r["check"]: r["detail"] for r in results}
    assert details["vocabulary_platforms"] == "myspace (1)"
    assert con.sql("select status, quality_passed from runs").fetchall() == [("partial", False)]
    # The duplicate line was the winner's earlier copy, so 'klingon' is gone; a rerun replaces the results.
    assert len(run_quality_checks(con, run)) == len(results)
    assert con.sql("select count(*) from quality_checks").fetchall() == [(len(results),)]


def test_missing_titles_and_too_few_distinct_postings(con: duckdb.DuckDBPyConnection) -> None:
    run = info("r1", 5, 5)
    load_run(con, run, [rec(1, title="")] * 4 + [rec(2)])
    assert failed(run_quality_checks(con, run)) == {"null_rate_title": 0.5, "loaded_vs_extracted": 2}
