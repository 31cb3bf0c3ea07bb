"""Claims C1, C2, C4, C7, C8, C9, C10 on hand-made records: n, k, verdict and the unknown-field edge cases
(C7b is in test_warehouse_claims_premium.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.report import gather, render
from warehouse.claims import ClaimSpec, claim_specs, compute_claims
from warehouse.db import apply_migrations, migrations, open_warehouse
from warehouse.load import RunInfo, load_run

COMPUTED_AT = datetime(2026, 11, 2, 18, 30, tzinfo=UTC)


def posting(i: int, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"source": "t", "source_id": str(i), "title": "跨境电商运营", "is_cross_border": True}
    base.update(fields)
    return base


def load(con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]]) -> None:
    load_run(con, RunInfo("run-1", COMPUTED_AT, None, "success", date(2026, 10, 5)), records)


def spec(claim_id: str, threshold: float | None = 0.5, min_n: int = 1) -> tuple[ClaimSpec, ...]:
    """The packaged spec of one claim (its SQL, metric and params) with a test threshold and min_n."""
    packaged = next(s for s in claim_specs() if s.id == claim_id)
    return (replace(packaged, threshold=threshold, min_n=min_n),)


def claim(con: duckdb.DuckDBPyConnection, claim_id: str, threshold: float | None = 0.5, min_n: int = 1) -> Any:
    (row,) = compute_claims(con, COMPUTED_AT, spec(claim_id, threshold, min_n))
    return row


def skill(category: str, sid: str = "x") -> dict[str, Any]:
    return {"id": f"skill:{category}:{sid}", "name_zh": sid, "name_en": sid, "category": category}


def lang(code: str, required: bool = True) -> dict[str, Any]:
    return {"code": code, "level": None, "required": required}


def salary(lo: float | None, hi: float | None, currency: str | None = "CNY", **extra: Any) -> dict[str, Any]:
    return {"salary": {"min_monthly": lo, "max_monthly": hi, "currency": currency, "period": "month", **extra}}


@pytest.mark.parametrize("claim_id", ["C1", "C2", "C4", "C7", "C7b", "C8", "C9", "C10"])
def test_no_postings_gives_n_zero_null_value_and_inconclusive(con: duckdb.DuckDBPyConnection, claim_id: str) -> None:
    load(con, [posting(1, is_cross_border=False, role_family="operations", education="bachelor")])
    row = claim(con, claim_id)
    assert (row["n"], row["value"], row["ci_low"], row["ci_high"], row["verdict"]) == (
        0,
        None,
        None,
        None,
        "inconclusive",
    )


def test_c1_core_role_families_and_unknown_role_is_outside_n(con: duckdb.DuckDBPyConnection) -> None:
    roles = ["operations", "procurement", "marketing", "sales", "engineering", "other", None]
    load(con, [posting(i, role_family=r) for i, r in enumerate(roles)])
    load(con, [posting(99, role_family="operations", is_cross_border=False)])  # not cross-border
    row = claim(con, "C1", threshold=0.5)
    assert (row["metric"], row["n"], row["value"]) == ("share_top3_role_families", 6, 0.5)
    assert row["verdict"] == "inconclusive"  # 3/6: interval straddles 0.5


@pytest.mark.parametrize(("n_core", "n_other", "verdict"), [(80, 20, "supported"), (30, 70, "not_supported")])
def test_c1_verdict(con: duckdb.DuckDBPyConnection, n_core: int, n_other: int, verdict: str) -> None:
    records = [posting(i, role_family="operations") for i in range(n_core)]
    records += [posting(1000 + i, role_family="logistics") for i in range(n_other)]
    load(con, records)
    row = claim(con, "C1", threshold=0.5, min_n=100)
    assert (row["n"], row["verdict"]) == (100, verdict)


def test_c2_counts_postings_with_two_or_more_groups(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        [
            posting(1, skills=[skill("platform_operations"), skill("data_analysis")]),  # 2 groups: counts
            posting(2, skills=[skill("platform_operations")], languages=[lang("en")]),  # English counts: 2
            posting(3, skills=[skill("platform_operations", "a"), skill("platform_operations", "b")]),  # 1 group
            posting(4, skills=[skill("platform_operations")], languages=[lang("ja", required=False)]),  # 1
            posting(5, skills=[skill("data_analysis")], ai_mention={"present": True, "context": "use_tools"}),  # 2
            posting(6, skills=[skill("data_analysis")], ai_mention={"present": True, "context": "vague"}),  # 1
            posting(7, languages=[lang("zh"), lang("yue")], skills=[skill("ai_tools")]),  # Chinese never: 1
            posting(8, skills=[skill("advertising"), skill("design")]),  # other categories: 0
            posting(9),  # nothing named: in n with zero groups
        ],
    )
    row = claim(con, "C2", threshold=0.3)
    assert (row["metric"], row["n"], row["value"]) == ("share_two_or_more_skill_groups", 9, pytest.approx(3 / 9))
    groups = dict(con.sql("select posting_id, n_skill_groups from mart_cross_border_postings").fetchall())
    assert sorted(groups.values()) == [0, 0, 1, 1, 1, 1, 2, 2, 2]


def test_c4_ai_tools_from_skills_or_use_tools_context(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        [
            posting(1, skills=[skill("ai_tools", "chatgpt")]),  # counts
            posting(2, ai_mention={"present": True, "context": "use_tools"}),  # counts
            posting(3, ai_mention={"present": True, "context": "vague"}),  # vague: no
            posting(4, ai_mention={"present": True, "context": "build_ai"}, skills=[skill("engineering")]),  # no
            posting(5, ai_mention={"present": False, "context": None}),
            posting(6),  # no fields at all: in n, not in k
        ],
    )
    row = claim(con, "C4", threshold=0.1)
    assert (row["metric"], row["n"], row["value"]) == ("share_ai_tools_required", 6, pytest.approx(2 / 6))
    assert row["verdict"] == "inconclusive"  # 2/6: Wilson interval 0.097-0.700 straddles 0.10


def test_c7_middle_band_from_midpoints_and_unknown_salaries_are_outside_n(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        [
            posting(1, **salary(6000, 8000)),  # midpoint 7,000: in
            posting(2, **salary(4000, 8000)),  # 6,000: in (band low inclusive)
            posting(3, **salary(10000, 20000)),  # 15,000: out (band high exclusive)
            posting(4, **salary(3000, 5000)),  # 4,000: out
            posting(5, **salary(9000, None)),  # one bound: 9,000, in
            posting(6, **salary(None, 30000)),  # one bound: 30,000, out
            posting(7, **salary(None, None, negotiable=True)),  # 面议: unknown
            posting(8, **salary(2000, 3000, currency="USD")),  # foreign currency, not converted: unknown
            posting(9),  # no salary at all: unknown
        ],
    )
    row = claim(con, "C7", threshold=0.5)
    assert (row["metric"], row["n"], row["value"]) == ("share_salary_middle_band", 6, 0.5)


def test_c7_band_is_data_and_missing_params_are_a_clear_error(con: duckdb.DuckDBPyConnection) -> None:
    load(con, [posting(1, **salary(6000, 8000)), posting(2, **salary(20000, 30000))])
    (wide,) = compute_claims(
        con,
        COMPUTED_AT,
        (replace(spec("C7")[0], params={"band_low_cny_month": 1000, "band_high_cny_month": 50000}),),
    )
    assert (wide["n"], wide["value"]) == (2, 1.0)
    with pytest.raises(ValueError, match="band_high_cny_month"):
        compute_claims(con, COMPUTED_AT, (replace(spec("C7")[0], params={"band_low_cny_month": 1000}),))


def test_c8_associate_or_bachelor_among_stated_requirements(con: duckdb.DuckDBPyConnection) -> None:
    levels = ["associate", "bachelor", "bachelor", "master", "high_school", "none_required", None, None]
    load(con, [posting(i, education=e) for i, e in enumerate(levels)])
    row = claim(con, "C8", threshold=0.5)
    assert (row["metric"], row["n"], row["value"]) == ("share_associate_or_bachelor", 6, 0.5)


@pytest.mark.parametrize(("n_yes", "n_no", "verdict"), [(90, 10, "supported"), (10, 90, "not_supported")])
def test_c8_verdict(con: duckdb.DuckDBPyConnection, n_yes: int, n_no: int, verdict: str) -> None:
    records = [posting(i, education="associate") for i in range(n_yes)]
    records += [posting(1000 + i, education="master") for i in range(n_no)]
    load(con, records)
    assert claim(con, "C8", threshold=0.5, min_n=100)["verdict"] == verdict


def test_c9_flexible_employment_and_empty_type_is_unknown(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        [
            posting(1, employment_type=["part_time"]),  # counts
            posting(2, employment_type=["full_time", "remote"]),  # counts
            posting(3, employment_type=["freelance"]),  # counts (项目制 too)
            posting(4, employment_type=["internship"]),  # a training route: no
            posting(5, employment_type=["campus", "full_time"]),  # no
            posting(6, employment_type=["full_time"]),
            posting(7, employment_type=[]),  # unknown: outside n
            posting(8),  # unknown: outside n
        ],
    )
    row = claim(con, "C9", threshold=0.05)
    assert (row["metric"], row["n"], row["value"]) == ("share_flexible_employment", 6, 0.5)
    assert row["verdict"] == "supported"  # CI low 0.19 >= 0.05


def test_c10_is_the_demand_volume_and_never_a_verdict(con: duckdb.DuckDBPyConnection) -> None:
    load(con, [posting(i) for i in range(150)] + [posting(1000, is_cross_border=False)])
    row = claim(con, "C10", threshold=None, min_n=100)
    assert (row["metric"], row["n"], row["threshold"]) == ("n_cross_border_postings", 150, None)
    assert (row["value"], row["value_upper"], row["ci_low"], row["ci_high"]) == (None, None, None, None)
    assert row["verdict"] == "inconclusive"


def test_all_packaged_claims_together_and_the_table_and_report_say_c10_plainly(tmp_path: Any) -> None:
    db = tmp_path / "warehouse.duckdb"
    records = [
        posting(
            i,
            role_family="operations" if i % 2 else "sales",
            education="bachelor",
            employment_type=["full_time"],
            skills=[skill("platform_operations"), skill("data_analysis")],
            **salary(6000, 9000),
        )
        for i in range(120)
    ]
    with open_warehouse(db) as con:
        load(con, records)
        rows = {r["claim_id"]: r for r in compute_claims(con, COMPUTED_AT)}
        data = gather(con)
    assert sorted(rows) == sorted(s.id for s in claim_specs())
    assert [c["claim_id"] for c in data["claims"]] == [s.id for s in claim_specs()]  # C7b after C7, C10 last
    assert (rows["C1"]["n"], rows["C1"]["value"]) == (120, 0.5)
    assert rows["C2"]["verdict"] == "supported"
    assert rows["C7"]["value"] == 1.0
    assert (rows["C7b"]["n"], rows["C7b"]["verdict"]) == (0, "inconclusive")  # all skilled: no one to compare with
    assert rows["C8"]["verdict"] == "supported"
    assert rows["C9"]["verdict"] == "not_supported"
    assert rows["C10"]["n"] == 120
    result = CliRunner().invoke(app, ["validate", "--db", str(db), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    c10 = next(line for line in result.output.splitlines() if line.startswith("| C10 "))
    assert "not testable from postings; demand volume 120" in c10
    table_ids = [line.split("|")[1].strip() for line in result.output.splitlines()[2:] if line.startswith("| C")]
    assert table_ids == [s.id for s in claim_specs()]
    html = render(data, COMPUTED_AT)
    assert "not testable from postings; demand volume 120" in html
    assert "the three largest role families are operations, sales:" in html
    assert data["pending_claims"] == []


def test_migration_011_backfills_the_flags_a_load_computes() -> None:
    records = [
        posting(
            1,
            role_family="procurement",
            skills=[skill("platform_operations"), skill("ai_tools")],
            languages=[lang("en"), lang("ja", required=False)],
            education="associate",
            employment_type=["full_time", "remote"],
            **salary(7000, None),
        ),
        posting(2, ai_mention={"present": True, "context": "use_tools"}, **salary(1000, 2000, currency="USD")),
        posting(3, employment_type=[]),
        posting(4, role_family="sales", is_cross_border=False),
    ]
    query = "select * from mart_cross_border_postings order by posting_id"
    fresh = duckdb.connect(":memory:")
    apply_migrations(fresh)
    load(fresh, records)
    loaded = fresh.sql(query).fetchall()
    # A file from before 011: its rows had none of the flags; the migration's backfill must give what a load gives.
    migration = next(m for m in migrations() if m.version == 11).sql
    backfill = migration[migration.index("update core_distinct_postings") : migration.index("create or replace view")]
    columns = [line.split()[5] for line in migration.splitlines() if line.startswith("alter table")]
    fresh.execute("update core_distinct_postings set " + ", ".join(f"{c} = null" for c in columns))
    assert fresh.sql(query).fetchall() != loaded
    fresh.execute(backfill)
    assert fresh.sql(query).fetchall() == loaded
    flags = fresh.sql(
        "select role_family, n_skill_groups, salary_midpoint_cny_month, is_associate_or_bachelor, "
        "has_known_employment_type, is_flexible_employment from mart_cross_border_postings order by posting_id"
    ).fetchall()
    assert sorted(flags, key=str) == sorted(
        [
            ("procurement", 3, 7000.0, True, True, True),
            (None, 1, None, False, False, False),
            (None, 0, None, False, False, False),
        ],
        key=str,
    )
