"""load_run: idempotency, lifecycle, history, tolerance of missing or mistyped fields, atomicity."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warehouse.load as load_module
from warehouse.db import open_warehouse
from warehouse.incoming import INCOMING_SCHEMA, posting_id, records_to_arrow
from warehouse.load import LoadStats, RunInfo, load_run, record_source_health

PUBLIC_VIEWS = (
    "postings",
    "posting_platforms",
    "posting_languages",
    "posting_skills",
    "indicators",
    "claims",
)
DAY1, DAY2 = date(2026, 11, 1), date(2026, 11, 2)


def record(source_id: str, **overrides: Any) -> dict[str, Any]:
    """A well-formed extracted record (short field values in the style of real postings)."""
    base: dict[str, Any] = {
        "source": "demo",
        "source_id": source_id,
        "url": f"http://127.0.0.1:8000/jobs/{source_id}",
        "title": "亚马逊运营专员",
        "company": "深圳市某某科技有限公司",
        "company_size_raw": "少于50人",
        "location_raw": "广东省深圳",
        "salary_raw": "1-1.5万",
        "tags": ["五险一金"],
        "description": "负责亚马逊店铺运营。",
        "scraped_at": "2026-11-01T02:10:00+08:00",
        "is_cross_border": True,
        "relevance_evidence": ["亚马逊"],
        "salary": {
            "min_monthly": 10000.0,
            "max_monthly": 15000.0,
            "months_per_year": None,
            "period": "month",
            "currency": "CNY",
            "negotiable": False,
        },
        "location": {
            "country": "CN",
            "province": "广东省",
            "city": "深圳市",
            "district": None,
            "adcode": "440300",
            "region": "east",
            "is_pilot_zone": True,
            "industrial_belt": "3C electronics",
        },
        "company_size": {"min_employees": 1, "max_employees": 49, "size_class": "small_or_micro"},
        "education": "associate",
        "experience": {"min_years": 1, "max_years": 3},
        "employment_type": ["full_time"],
        "role_family": "operations",
        "platforms": ["amazon", "shopify"],
        "languages": [{"code": "en", "level": "cet4", "required": True}],
        "skills": [{"id": "ads_ppc", "name_zh": "广告投放", "name_en": "PPC ads", "category": "advertising"}],
        "ai_mention": {"present": True, "context": "use_tools"},
        "certificates": ["cet4"],
        "crawler_page": 3,  # an extra key: ignored
    }
    base.update(overrides)
    return base


def run_info(run_id: str, seen_on: date) -> RunInfo:
    return RunInfo(
        run_id=run_id,
        started_at=datetime(2026, 11, 1, 18, 0, tzinfo=UTC),
        finished_at=datetime(2026, 11, 1, 18, 5, tzinfo=UTC),
        status="success",
        seen_on=seen_on,
        sources=["demo"],
        n_landed=3,
        n_extracted=3,
        n_rejected=0,
        unknown_counts={"salary": 1},
        errors=[],
    )


def dump(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Every public view except runs, fully sorted, for before/after comparison."""
    return {view: sorted(map(repr, con.sql(f"select * from {view}").fetchall())) for view in PUBLIC_VIEWS}


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


BATCH = [record("1"), record("2", title="TikTok Shop运营"), record("3", is_cross_border=False)]


def test_same_day_reload_changes_nothing_but_the_runs_view(con: duckdb.DuckDBPyConnection) -> None:
    assert load_run(con, run_info("r1", DAY1), BATCH) == LoadStats(n_new=3, n_updated=0, n_unchanged=0)
    before = dump(con)
    assert load_run(con, run_info("r2", DAY1), copy.deepcopy(BATCH)) == LoadStats(0, 0, 3)
    assert dump(con) == before
    assert con.sql("select count(*) from posting_versions").fetchall() == [(3,)]
    assert con.sql("select run_id, n_new, n_unchanged from runs order by run_id").fetchall() == [
        ("r1", 3, 0),
        ("r2", 0, 3),
    ]


def test_next_day_moves_last_seen_only(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r1", DAY1), BATCH)
    load_run(con, run_info("r2", DAY2), BATCH[:1])
    rows = con.sql(
        "select source_id, first_seen_at, last_seen_at from postings order by source_id"
    ).fetchall()
    assert rows == [("1", DAY1, DAY2), ("2", DAY1, DAY1), ("3", DAY1, DAY1)]
    assert con.sql("select count(*) from posting_versions").fetchall() == [(3,)]


def test_changed_salary_next_day_keeps_history(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r1", DAY1), BATCH)
    raised = record("1", salary_raw="1.2-1.8万", salary={**BATCH[0]["salary"], "min_monthly": 12000.0})
    assert load_run(con, run_info("r2", DAY2), [raised]) == LoadStats(0, 1, 0)
    history = con.sql(
        "select valid_from, valid_to, salary_min_cny_month from posting_versions "
        "where posting_id = $p order by valid_from",
        params={"p": posting_id(raised)},
    ).fetchall()
    assert history == [(DAY1, DAY2, 10000.0), (DAY2, None, 12000.0)]
    current = con.sql(
        "select salary_min_cny_month, first_seen_at from postings where source_id = '1'"
    ).fetchall()
    assert current == [(12000.0, DAY1)]


def test_same_day_change_overwrites_that_days_version(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r1", DAY1), BATCH)
    load_run(con, run_info("r2", DAY1), [record("1", title="亚马逊运营主管")])
    assert con.sql(
        "select title from posting_versions where posting_id = $p", params={"p": posting_id(BATCH[0])}
    ).fetchall() == [("亚马逊运营主管",)]


def test_backfilled_older_run_moves_first_seen_but_not_content(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r2", DAY2), BATCH[:1])
    stats = load_run(con, run_info("r1", DAY1), [record("1", title="旧标题")])
    assert stats == LoadStats(0, 0, 1)
    assert con.sql("select title, first_seen_at, last_seen_at from postings").fetchall() == [
        ("亚马逊运营专员", DAY1, DAY2)
    ]


def test_duplicate_in_one_batch_keeps_latest_scrape(con: duckdb.DuckDBPyConnection) -> None:
    late = record("1", title="新", scraped_at="2026-11-01T09:00:00+08:00")
    early = record("1", title="旧", scraped_at="2026-11-01T01:00:00+08:00")
    assert load_run(con, run_info("r1", DAY1), [late, early]) == LoadStats(1, 0, 0)
    assert con.sql("select title from postings").fetchall() == [("新",)]


def test_views_expose_child_rows(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r1", DAY1), BATCH[:1])
    pid = posting_id(BATCH[0])
    assert con.sql("select * from posting_platforms order by platform").fetchall() == [
        (pid, "amazon"),
        (pid, "shopify"),
    ]
    assert con.sql("select * from posting_languages").fetchall() == [(pid, "en", "cet4", True)]
    assert con.sql("select * from posting_skills").fetchall() == [
        (pid, "ads_ppc", "广告投放", "PPC ads", "advertising")
    ]
    row = con.sql(
        "select province, region, size_class, employment_types, has_ai_mention, ai_context, sources "
        "from postings"
    ).fetchall()
    assert row == [("广东省", "east", "small_or_micro", ["full_time"], True, "use_tools", ["demo"])]


@pytest.mark.parametrize(
    "raw",
    [
        {"source": "demo", "title": "外贸业务员"},
        {"source": "demo", "title": "x", "salary": None, "location": None, "languages": None, "skills": None},
        {"source": "demo", "title": "x", "salary": {"min_monthly": "8000"}, "platforms": "amazon"},
        {"source": "demo", "title": "x", "company_size": {"min_employees": "50", "size_class": "ambiguous"}},
        {
            "source": "demo",
            "title": "x",
            "is_cross_border": "true",
            "languages": [{"code": "ja", "required": 1}],
        },
        {"source": "demo", "title": "x", "source_id": 12345, "tags": "急招"},
    ],
)
def test_missing_null_or_mistyped_fields_are_tolerated(
    con: duckdb.DuckDBPyConnection, raw: dict[str, Any]
) -> None:
    assert load_run(con, run_info("r1", DAY1), [raw]).n_new == 1
    assert con.sql("select count(*) from postings").fetchall() == [(1,)]


def test_mistyped_values_are_coerced_not_dropped(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run_info("r1", DAY1), [record("1", salary={"min_monthly": "8000"}, platforms="amazon")])
    assert con.sql("select salary_min_cny_month, platforms from postings").fetchall() == [
        (8000.0, ["amazon"])
    ]


def test_error_mid_load_rolls_everything_back(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_run(con, run_info("r1", DAY1), BATCH)
    before = dump(con)
    monkeypatch.setattr(load_module, "_LOAD_STEPS", (*load_module._LOAD_STEPS, "no_such_step"))
    with pytest.raises(FileNotFoundError):
        load_run(con, run_info("r2", DAY2), [record("9"), record("1", title="改")])
    assert dump(con) == before
    assert con.sql("select run_id from runs").fetchall() == [("r1",)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            {"source": "s", "source_id": "1", "url": "u1"},
            {"source": "s", "source_id": "1", "url": "u2"},
            True,
        ),
        ({"source": "s", "source_id": "1"}, {"source": "t", "source_id": "1"}, False),
        ({"source": "s", "url": "http://a/1"}, {"source": "s", "url": "http://a/1", "title": "t"}, True),
        (
            {"source": "s", "title": "ＡＩ运营", "company": "甲", "location_raw": "深圳"},
            {"source": "s", "title": "AI运营", "company": "甲", "location_raw": "深圳"},
            True,
        ),
        (
            {"source": "s", "title": "运营", "company": "甲"},
            {"source": "s", "title": "运营", "company": "乙"},
            False,
        ),
    ],
)
def test_posting_id_keys(a: dict[str, Any], b: dict[str, Any], same: bool) -> None:
    assert (posting_id(a) == posting_id(b)) is same


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from([f.name for f in INCOMING_SCHEMA][2:]), _json, max_size=8))
def test_records_to_arrow_accepts_any_json_values(raw: dict[str, Any]) -> None:
    table = records_to_arrow([raw])
    assert table.schema == INCOMING_SCHEMA
    assert table.num_rows == 1


def test_record_source_health_replaces_the_runs_rows(con: duckdb.DuckDBPyConnection) -> None:
    row = {
        "source": "demo",
        "requests": 120,
        "responses_by_status": {"200": 118, "404": 2},
        "items": 100,
        "drops_by_reason": {"missing_title": 3},
        "blocked": False,
        "field_fill_rates": {"salary_raw": 0.97},
        "duration_s": 12.5,
    }
    assert record_source_health(con, "r1", [row]) == 1
    assert record_source_health(con, "r1", [{**row, "items": 101}]) == 1
    assert con.sql("select * from source_health").fetchall() == [
        ("r1", "demo", 120, {"200": 118, "404": 2}, 101, {"missing_title": 3}, 0, {"salary_raw": 0.97}, 12.5)
    ]
