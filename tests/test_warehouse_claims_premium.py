"""Claim C7b (the premium half of C7) and its size indicator on hand-made records: n, k, verdict, the comparison
groups (role family x experience band x city, else province, else region, at least min_other_postings non-skilled
postings), ties, thin groups and postings without a salary."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pytest

from warehouse.claims import ClaimSpec, claim_specs, compute_claims
from warehouse.db import apply_migrations, migrations
from warehouse.indicators import premium_params, refresh_indicators
from warehouse.load import RunInfo, load_run

COMPUTED_AT = datetime(2026, 11, 2, 18, 30, tzinfo=UTC)
SHENZHEN = {"province": "广东省", "city": "深圳市", "region": "east"}
GUANGZHOU = {"province": "广东省", "city": "广州市", "region": "east"}
HANGZHOU = {"province": "浙江省", "city": "杭州市", "region": "east"}
CHENGDU = {"province": "四川省", "city": "成都市", "region": "west"}
_ids = iter(range(1, 1_000_000))


def posting(
    pay: float | None,
    *,
    skilled: str | None = None,
    role: str | None = "operations",
    years: float | None = 1,
    place: dict[str, str] = SHENZHEN,
    currency: str = "CNY",
    **fields: Any,
) -> dict[str, Any]:
    """A cross-border posting paying ``pay`` a month (min = max, so the midpoint is ``pay``); ``skilled`` is
    'ja' (a required small language), 'ai' (AI tools), 'data' (data analysis) or None."""
    i = next(_ids)
    record: dict[str, Any] = {
        "source": "t",
        "source_id": str(i),
        "title": f"跨境电商运营 {i}",
        "is_cross_border": True,
        "role_family": role,
        "experience": {"min_years": years, "max_years": None},
        "location": place,
        "languages": [{"code": "en", "level": None, "required": True}],
        "salary": {"min_monthly": pay, "max_monthly": pay, "currency": currency, "period": "month"},
    }
    if skilled == "ja":
        record["languages"].append({"code": "ja", "level": None, "required": True})
    elif skilled == "ai":
        record["skills"] = [{"id": "ai:chatgpt", "name_zh": "ChatGPT", "name_en": "ChatGPT", "category": "ai_tools"}]
    elif skilled == "data":
        record["skills"] = [{"id": "da:excel", "name_zh": "数据分析", "name_en": "data", "category": "data_analysis"}]
    record.update(fields)
    return record


def peers(pays: list[float], **kwargs: Any) -> list[dict[str, Any]]:
    """Non-skilled postings of one comparison group."""
    return [posting(p, **kwargs) for p in pays]


def load(con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]]) -> None:
    load_run(con, RunInfo("run-1", COMPUTED_AT, None, "success", date(2026, 10, 5)), records)


def c7b(con: duckdb.DuckDBPyConnection, min_n: int = 1, **params: float) -> dict[str, Any]:
    packaged = next(s for s in claim_specs() if s.id == "C7b")
    spec: ClaimSpec = replace(packaged, min_n=min_n, params={**packaged.params, **params})
    (row,) = compute_claims(con, COMPUTED_AT, (spec,))
    return row


def premium(con: duckdb.DuckDBPyConnection, dimension: str = "all") -> tuple[float, int, float, float] | None:
    refresh_indicators(con, COMPUTED_AT)
    rows = con.execute(
        "select value, n, ci_low, ci_high from indicators where indicator = 'salary_premium_skilled' "
        "and period = 'all' and dimension = $d",
        {"d": dimension},
    ).fetchall()
    return rows[0] if rows else None


BASE = [7000.0, 7500.0, 8000.0, 8500.0, 9000.0]  # five non-skilled peers: median 8,000


def test_packaged_spec_keeps_threshold_and_group_size_as_data() -> None:
    spec = next(s for s in claim_specs() if s.id == "C7b")
    assert (spec.metric, spec.threshold, spec.min_n, spec.sql) == (
        "share_skilled_above_similar_median",
        0.5,
        100,
        "c7b_salary_premium.sql",
    )
    assert spec.params == {"min_other_postings": 5.0} == premium_params()
    assert [s.id for s in claim_specs()].index("C7b") == [s.id for s in claim_specs()].index("C7") + 1


def test_clear_premium_is_supported_and_its_size_is_the_indicator(con: duckdb.DuckDBPyConnection) -> None:
    load(con, peers(BASE) + [posting(12000, skilled=s) for s in ["ja", "ai", "data"] * 40])
    row = c7b(con, min_n=100)
    assert (row["claim_id"], row["metric"], row["n"], row["value"]) == (
        "C7b",
        "share_skilled_above_similar_median",
        120,
        1.0,
    )
    assert row["verdict"] == "supported"
    value, n, low, high = premium(con) or (None, None, None, None)
    assert (value, n, low, high) == (pytest.approx(0.5), 120, pytest.approx(0.5), pytest.approx(0.5))
    assert premium(con, "skill:small_language") == (pytest.approx(0.5), 40, pytest.approx(0.5), pytest.approx(0.5))
    assert premium(con, "skill:ai_tools") is not None and premium(con, "skill:data_analysis") is not None


def test_no_premium_is_not_supported_and_ties_are_not_above(con: duckdb.DuckDBPyConnection) -> None:
    # Skilled postings paid exactly the group median (ties) or less: none above it.
    load(con, peers(BASE) + [posting(8000, skilled="ja") for _ in range(60)] + peers([6000] * 40, skilled="ai"))
    row = c7b(con, min_n=100)
    assert (row["n"], row["value"], row["verdict"]) == (100, 0.0, "not_supported")
    value, n, _, _ = premium(con) or (None, None, None, None)
    assert (value, n) == (pytest.approx(0.0), 100)  # median ratio: 60 ties at 0, 40 at -25%


def test_half_above_half_below_is_inconclusive(con: duckdb.DuckDBPyConnection) -> None:
    load(con, peers(BASE) + peers([9000] * 60, skilled="data") + peers([7000] * 60, skilled="data"))
    row = c7b(con, min_n=100)
    assert (row["n"], row["value"], row["verdict"]) == (120, 0.5, "inconclusive")


def test_a_tie_with_an_even_group_median_counts_only_above(con: duckdb.DuckDBPyConnection) -> None:
    # Six peers: median (8,000 + 8,500) / 2 = 8,250. 8,250 ties (not above); 8,251 is above.
    load(con, [*peers([*BASE, 9500]), posting(8250, skilled="ja"), posting(8251, skilled="ja")])
    row = c7b(con)
    assert (row["n"], row["value"]) == (2, 0.5)


def test_thin_groups_are_outside_n_and_leave_the_claim_inconclusive(con: duckdb.DuckDBPyConnection) -> None:
    # Four non-skilled peers anywhere in the region: fewer than min_other_postings = 5 at every level.
    load(con, peers(BASE[:4]) + [posting(20000, skilled="ai") for _ in range(150)])
    row = c7b(con, min_n=100)
    assert (row["n"], row["value"], row["verdict"]) == (0, None, "inconclusive")
    assert premium(con) is None
    # The group size is data: with min_other_postings = 4 the same postings are compared (and show a premium).
    row = c7b(con, min_n=100, min_other_postings=4)
    assert (row["n"], row["value"], row["verdict"]) == (150, 1.0, "supported")


def test_groups_fall_back_from_city_to_province_to_region(con: duckdb.DuckDBPyConnection) -> None:
    records = (
        peers(BASE, place=SHENZHEN)  # Shenzhen has its own group (median 8,000)
        + peers([10000, 11000, 12000], place=GUANGZHOU)  # Guangzhou: 3, thin; Guangdong: 8, median 8,750
        + peers([20000] * 2, place=HANGZHOU)  # Hangzhou and Zhejiang thin; east region: 10, median 9,500
        + [posting(9000, skilled="ja", place=SHENZHEN)]  # city: 9,000 > 8,000, above
        + [posting(9000, skilled="ja", place=GUANGZHOU)]  # province: 9,000 > 8,750, above
        + [posting(9000, skilled="ja", place=HANGZHOU)]  # region: 9,000 < 9,500, not above
        + [posting(30000, skilled="ja", place=CHENGDU)]  # west has no peers at all: outside n
    )
    load(con, records)
    levels = con.sql(
        "select place_level, n_base, base_median, midpoint from salary_premium_comparisons(5) order by n_base"
    ).fetchall()
    assert levels == [("city", 5, 8000.0, 9000.0), ("province", 8, 8750.0, 9000.0), ("region", 10, 9500.0, 9000.0)]
    row = c7b(con)
    assert (row["n"], row["value"]) == (3, pytest.approx(2 / 3))


def test_role_family_and_experience_band_separate_groups(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        peers(BASE, years=1)  # 1-3 years, operations: median 8,000
        + peers([20000] * 5, years=5)  # 5+ years: another group
        + peers([3000] * 5, role="customer_service", years=2)  # another role family
        + [posting(9000, skilled="data", years=2)]  # 1-3 years operations: above 8,000
        + [posting(9000, skilled="data", years=8)]  # 5+: below 20,000
        + [posting(9000, skilled="data", years=None)]  # experience unstated: its own band, no peers
        + [posting(9000, skilled="data", role=None)],  # unknown role family: never compared
    )
    row = c7b(con)
    assert (row["n"], row["value"]) == (2, 0.5)


def test_postings_without_a_cny_salary_are_outside_n_on_both_sides(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        peers(BASE)
        + [posting(None, skilled="ja") for _ in range(3)]  # no figures: outside n
        + [posting(3000, skilled="ja", currency="USD")]  # foreign currency, not converted: outside n
        + [posting(None, salary={"min_monthly": None, "max_monthly": None, "negotiable": True})]  # 面议 peer
        + [posting(12000, skilled="ja")],
    )
    row = c7b(con)
    assert (row["n"], row["value"]) == (1, 1.0)
    # Without salary figures a peer does not count towards min_other_postings: four priced peers are too few.
    con2 = duckdb.connect(":memory:")
    apply_migrations(con2)
    load(con2, peers(BASE[:4]) + peers([None] * 3) + [posting(12000, skilled="ja")])
    assert c7b(con2)["n"] == 0


def test_english_and_platform_operations_alone_are_not_skilled(con: duckdb.DuckDBPyConnection) -> None:
    ops = [{"id": "po:listing", "name_zh": "listing", "name_en": "listing", "category": "platform_operations"}]
    load(con, [*peers(BASE), posting(12000, skills=ops), posting(12000, skilled="ai")])
    row = c7b(con)
    assert (row["n"], row["value"]) == (1, 1.0)  # the English + platform-operations posting is a peer, not skilled
    flags = con.sql("select count(*) filter (where is_premium_skilled) from mart_cross_border_postings")
    assert flags.fetchall() == [(1,)]


def test_migration_012_backfills_city_and_experience_as_a_load_does(con: duckdb.DuckDBPyConnection) -> None:
    load(con, [*peers(BASE), posting(12000, skilled="ja", years=None, place=CHENGDU)])
    query = "select * from mart_cross_border_postings order by posting_id"
    loaded = con.sql(query).fetchall()
    migration = next(m for m in migrations() if m.version == 12).sql
    backfill = migration[migration.index("update core_distinct_postings") : migration.index("create or replace view")]
    con.execute("update core_distinct_postings set city = null, experience_min_years = null")
    assert con.sql(query).fetchall() != loaded
    con.execute(backfill)
    assert con.sql(query).fetchall() == loaded
    bands = con.sql("select city, experience_band, count(*) from mart_cross_border_postings group by all order by 1")
    assert bands.fetchall() == [("成都市", "unstated", 1), ("深圳市", "1-3", 5)]
