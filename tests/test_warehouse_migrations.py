"""Migrations: apply in order, re-apply as a no-op, upgrade an older file in place; public views bind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from warehouse.db import WarehouseOutdated, _attach, apply_migrations, migrations, open_warehouse
from warehouse.load import RunInfo, load_run

PUBLIC_COLUMNS = {
    "posting_platforms": ["posting_id", "platform"],
    "posting_languages": ["posting_id", "language_code", "level", "is_required"],
    "posting_skills": ["posting_id", "skill_id", "name_zh", "name_en", "category"],
    "indicators": ["indicator", "period", "dimension", "value", "n", "ci_low", "ci_high"],
    "claims": [
        "claim_id", "statement", "metric", "value", "value_upper", "ci_low", "ci_high", "n", "threshold",
        "verdict", "computed_at",
    ],
    "source_health": [
        "run_id", "source", "requests", "responses_by_status", "items", "drops_by_reason", "blocked",
        "field_fill_rates", "duration_s",
    ],
}  # fmt: skip
POSTINGS_MUST_HAVE = {
    "posting_id", "salary_min_cny_month", "salary_max_cny_month", "salary_months_per_year", "salary_period",
    "salary_currency", "is_salary_negotiable", "province", "city", "district", "region", "is_pilot_zone",
    "industrial_belt", "size_min_employees", "size_max_employees", "size_class", "education",
    "experience_min_years", "experience_max_years", "employment_types", "role_family", "is_cross_border",
    "has_ai_mention", "ai_context", "first_seen_at", "last_seen_at", "sources", "source", "source_id", "url",
    "title", "company",
}  # fmt: skip
RUN = RunInfo("r1", datetime(2026, 11, 1, tzinfo=UTC), None, "success", date(2026, 11, 1), ["demo"])


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in migrations()] == list(range(1, len(migrations()) + 1))


def test_apply_then_reapply_is_a_noop() -> None:
    con = duckdb.connect(":memory:")
    names = apply_migrations(con)
    assert names == [m.name for m in migrations()]
    assert apply_migrations(con) == []
    assert con.sql("select version from schema_version order by 1").fetchall() == [
        (m.version,) for m in migrations()
    ]


def test_public_views_have_the_contract_columns() -> None:
    con = duckdb.connect(":memory:")
    apply_migrations(con)
    for view, columns in PUBLIC_COLUMNS.items():
        assert con.sql(f"select * from {view}").columns == columns, view
    assert set(con.sql("select * from postings").columns) >= POSTINGS_MUST_HAVE
    assert {"run_id", "status", "seen_on", "n_new", "n_updated", "n_unchanged"} <= set(
        con.sql("select * from runs").columns
    )


def test_older_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(":memory:")
    _attach(con, path, read_only=False)
    apply_migrations(con, upto=2)  # a file from before the public views existed
    con.execute(
        "insert into core_postings values "
        "('p1', 'demo', '1', ['demo'], date '2026-10-01', date '2026-10-02', 'r0')"
    )
    con.execute(
        "insert into posting_versions (posting_id, valid_from, title) values ('p1', date '2026-10-01', 'x')"
    )
    con.close()
    with pytest.raises(WarehouseOutdated), open_warehouse(path, read_only=True):
        pass
    with open_warehouse(path) as upgraded:
        assert upgraded.sql("select count(*) from schema_version").fetchall() == [(len(migrations()),)]
        assert upgraded.sql("select posting_id, title, last_seen_at from postings").fetchall() == [
            ("p1", "x", date(2026, 10, 2))
        ]
    with open_warehouse(path, read_only=True) as reader:
        assert reader.sql("select count(*) from postings").fetchall() == [(1,)]


def test_creates_parent_directory_and_missing_read_only_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "wh.duckdb"
    with open_warehouse(path) as con:
        assert con.sql("select count(*) from postings").fetchall() == [(0,)]
    assert path.exists()
    with pytest.raises(FileNotFoundError), open_warehouse(tmp_path / "missing.duckdb", read_only=True):
        pass


def _duckdb_cli() -> str | None:
    # The dev extra installs duckdb-cli 1.5 into the virtual environment, beside this interpreter.
    beside = Path(sys.executable).parent / "duckdb"
    return os.environ.get("CBEC_DUCKDB_CLI") or (str(beside) if beside.exists() else shutil.which("duckdb"))


@pytest.mark.skipif(
    _duckdb_cli() is None, reason="no DuckDB CLI (pip install duckdb-cli; or set CBEC_DUCKDB_CLI)"
)
def test_file_opens_in_the_duckdb_cli(tmp_path: Path) -> None:
    path = tmp_path / "wh.duckdb"
    with open_warehouse(path) as con:
        load_run(
            con, RUN, [{"source": "demo", "source_id": "1", "title": "跨境电商运营", "platforms": ["amazon"]}]
        )
    views = ", ".join(f"(select count(*) from {v})" for v in [*PUBLIC_COLUMNS, "postings", "runs"])
    out = subprocess.run(
        [str(_duckdb_cli()), str(path), "-csv", "-noheader", "-c", f"select {views}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "1,0,0,0,0,0,1,1"
