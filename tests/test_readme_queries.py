"""Every SQL example in the README answers on a demo warehouse (the README is part of the public contract)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crawlers.demo_board.generator import generate_postings
from nlp.extract import extract_posting
from warehouse.claims import compute_claims
from warehouse.db import open_warehouse
from warehouse.indicators import refresh_indicators
from warehouse.load import RunInfo, load_run

README = Path(__file__).resolve().parents[1] / "README.md"
QUERIES = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    records = [extract_posting(p.raw) for p in generate_postings(400, seed=3)]
    now = datetime.now(UTC)
    run = RunInfo(
        run_id="readme",
        started_at=now,
        finished_at=now,
        status="success",
        seen_on=date.today(),
        sources=["demo"],
        n_landed=len(records),
        n_extracted=len(records),
        n_rejected=0,
        unknown_counts={},
        errors=[],
    )
    with open_warehouse(db) as con:
        load_run(con, run, records)
        refresh_indicators(con, now)
        compute_claims(con, now)
    return db


def test_readme_has_examples() -> None:
    assert len(QUERIES) >= 4


@pytest.mark.parametrize("sql", QUERIES, ids=[q.splitlines()[0][:40] for q in QUERIES])
def test_readme_query_answers(warehouse: Path, sql: str) -> None:
    with open_warehouse(warehouse, read_only=True) as con:
        rows = con.sql(sql).fetchall()
    assert rows, "the example returned no rows on the demo warehouse"
