"""Indicators and claims: Wilson intervals against known values, metrics and verdicts on crafted data."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pytest

from warehouse.claims import ClaimSpec, business_date, claim_specs, compute_claims, refresh_indicators
from warehouse.load import RunInfo, load_run

COMPUTED_AT = datetime(2026, 11, 2, 18, 30, tzinfo=UTC)  # 2026-11-03 in Asia/Shanghai


def posting(i: int, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source": "t",
        "source_id": str(i),
        "title": "跨境电商运营",
        "is_cross_border": True,
    }
    base.update(fields)
    return base


def load(
    con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]], seen_on: date = date(2026, 10, 5)
) -> None:
    load_run(con, RunInfo(f"run-{seen_on}", COMPUTED_AT, None, "success", seen_on), records)


def size(lo: int | None, hi: int | None, cls: str) -> dict[str, Any]:
    return {"company_size": {"min_employees": lo, "max_employees": hi, "size_class": cls}}


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (5, 10, 0.2366, 0.7634),
        (50, 100, 0.4038, 0.5962),
        (81, 263, 0.2553, 0.3662),
        (1, 1, 0.2065, 1.0),
    ],
)
def test_wilson_interval_matches_published_values(
    con: duckdb.DuckDBPyConnection, k: int, n: int, low: float, high: float
) -> None:
    got = con.execute("select wilson_low($k, $n), wilson_high($k, $n)", {"k": k, "n": n}).fetchall()[0]
    assert got == (pytest.approx(low, abs=5e-5), pytest.approx(high, abs=5e-5))


def test_wilson_interval_is_null_without_postings(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("select wilson_low(0, 0), wilson_high(0, 0)").fetchall() == [(None, None)]


def test_claims_file_lists_c1_to_c10_with_c7b_and_implemented_ones_have_sql() -> None:
    specs = claim_specs()
    assert [s.id for s in specs] == [f"C{i}" for i in range(1, 8)] + ["C7b"] + [f"C{i}" for i in range(8, 11)]
    assert all(s.implemented and s.sql for s in specs)
    assert next(s for s in specs if s.id == "C6").threshold == 0.7
    assert [s.id for s in specs if s.threshold is None] == ["C10"]  # postings measure demand only
    c7 = next(s for s in specs if s.id == "C7")
    assert c7.params == {"band_low_cny_month": 6000.0, "band_high_cny_month": 15000.0}


def lang(code: str, required: bool) -> dict[str, Any]:
    return {"code": code, "level": None, "required": required}


def test_c3_counts_only_required_non_english_foreign_languages(con: duckdb.DuckDBPyConnection) -> None:
    load(
        con,
        [
            posting(1, languages=[lang("ja", True)]),  # counts
            posting(2, languages=[lang("en", True), lang("es", True)]),  # counts (Spanish)
            posting(3, languages=[lang("en", True)]),  # English only
            posting(4, languages=[lang("ru", False)]),  # only preferred
            posting(5, languages=[lang("yue", True), lang("zh", True)]),  # Chinese never counts
            posting(6),  # no languages
            posting(7, languages=[lang("ko", True)], is_cross_border=False),  # not cross-border: not counted
        ],
    )
    (row,) = compute_claims(con, COMPUTED_AT, _specs(c3=0.2))
    assert (row["claim_id"], row["n"], row["value"]) == ("C3", 6, pytest.approx(2 / 6))


def test_c5_denominator_is_known_province_and_hong_kong_is_not_east(con: duckdb.DuckDBPyConnection) -> None:
    def loc(province: str | None, region: str | None) -> dict[str, Any]:
        return {"location": {"province": province, "region": region}}

    load(
        con,
        [
            posting(1, **loc("广东省", "east")),
            posting(2, **loc("浙江省", "east")),
            posting(3, **loc("四川省", "west")),
            posting(4, **loc("香港特别行政区", None)),
            posting(5, **loc(None, None)),
        ],
    )
    (row,) = compute_claims(con, COMPUTED_AT, _specs(c5=0.6))
    assert (row["n"], row["value"]) == (4, 0.5)


def _specs(c3: float | None = None, c5: float | None = None, c6: float | None = None, min_n: int = 1):
    chosen = []
    for cid, sql, metric, threshold in [
        ("C3", "c3_small_languages.sql", "share_small_language_required", c3),
        ("C5", "c5_east.sql", "share_east_region", c5),
        ("C6", "c6_small_micro.sql", "share_small_micro", c6),
    ]:
        if threshold is not None:
            chosen.append(ClaimSpec(cid, f"{cid} statement", metric, threshold, min_n, True, sql))
    return tuple(chosen)


def _c6_batch(
    n_small: int, n_ambiguous_below_100: int, n_large: int, n_other: int = 0
) -> list[dict[str, Any]]:
    rows = [size(1, 49, "small_or_micro")] * n_small
    rows += [size(50, 150, "ambiguous")] * n_ambiguous_below_100
    rows += [size(500, 999, "large")] * n_large
    rows += [
        size(150, 500, "ambiguous")
    ] * n_other  # ambiguous but never below 100: lower and upper exclude it
    rows += [size(None, None, "unknown")] * 7  # unknown size: outside the denominator
    return [posting(i, **fields) for i, fields in enumerate(rows)]


@pytest.mark.parametrize(
    ("batch", "min_n", "verdict", "value", "value_upper"),
    [
        ((80, 0, 20), 100, "supported", 0.80, 0.80),  # lower bound's CI low 0.711 >= 0.70
        ((40, 10, 50), 100, "not_supported", 0.40, 0.50),  # upper bound's CI high 0.596 < 0.70
        ((60, 20, 20), 100, "inconclusive", 0.60, 0.80),  # interval straddles 0.70
        ((50, 0, 0), 100, "inconclusive", 1.0, 1.0),  # n = 50 < min_n
        ((60, 0, 30, 10), 100, "not_supported", 0.60, 0.60),  # 150-500 is no small-firm band: CI high 0.69
    ],
)
def test_c6_bounds_and_verdict(
    con: duckdb.DuckDBPyConnection,
    batch: tuple[int, ...],
    min_n: int,
    verdict: str,
    value: float,
    value_upper: float,
) -> None:
    load(con, _c6_batch(*batch))
    (row,) = compute_claims(con, COMPUTED_AT, _specs(c6=0.7, min_n=min_n))
    assert row["verdict"] == verdict
    assert (row["value"], row["value_upper"]) == (pytest.approx(value), pytest.approx(value_upper))
    assert row["n"] == sum(batch)
    n = sum(batch)
    k_low, k_high = round(value * n), round(value_upper * n)
    assert row["ci_low"] == pytest.approx(_wilson(k_low, n)[0])
    assert row["ci_high"] == pytest.approx(_wilson(k_high, n)[1])


def _wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


@pytest.mark.parametrize(
    ("n_east", "n_west", "threshold", "verdict"),
    [(90, 10, 0.8, "supported"), (50, 50, 0.7, "not_supported"), (70, 30, 0.7, "inconclusive")],
)
def test_verdict_rule(
    con: duckdb.DuckDBPyConnection, n_east: int, n_west: int, threshold: float, verdict: str
) -> None:
    east = [posting(i, location={"province": "广东省", "region": "east"}) for i in range(n_east)]
    west = [posting(1000 + i, location={"province": "四川省", "region": "west"}) for i in range(n_west)]
    load(con, east + west)
    (row,) = compute_claims(con, COMPUTED_AT, _specs(c5=threshold, min_n=100))
    assert row["verdict"] == verdict


def test_rerun_same_day_replaces_claims_and_a_new_day_adds_history(con: duckdb.DuckDBPyConnection) -> None:
    load(con, _c6_batch(80, 0, 20))
    compute_claims(con, COMPUTED_AT)
    compute_claims(con, COMPUTED_AT.replace(minute=45))
    assert con.sql("select count(*) from claims").fetchall() == [(11,)]
    compute_claims(con, COMPUTED_AT.replace(day=5))
    assert con.sql("select count(*), count(distinct computed_on) from claim_history").fetchall() == [(22, 2)]
    assert con.sql("select distinct computed_at::date from claims").fetchall() == [(date(2026, 11, 5),)]
    assert business_date(COMPUTED_AT) == date(2026, 11, 3)


def test_indicators_long_form(con: duckdb.DuckDBPyConnection) -> None:
    guangdong = {"province": "广东省", "region": "east"}
    henan = {"province": "河南省", "region": "central"}
    october = [
        posting(1, languages=[lang("ja", True)], platforms=["amazon"], location=guangdong),
        posting(2, languages=[lang("en", True)], platforms=["amazon", "temu"], location=henan),
    ]
    november = [
        posting(
            3, platforms=["temu"], location={"province": "浙江省", "region": "east"}, **size(1, 9, "micro")
        )
    ]
    load(con, october, date(2026, 10, 5))
    load(con, november, date(2026, 11, 2))
    assert refresh_indicators(con, COMPUTED_AT) == refresh_indicators(con, COMPUTED_AT)
    rows = {
        (r[0], r[1], r[2]): (r[3], r[4])
        for r in con.sql("select indicator, period, dimension, value, n from indicators").fetchall()
    }
    assert rows[("share_small_language_required", "all", "all")] == (pytest.approx(1 / 3), 3)
    assert rows[("share_small_language_required", "2026-10", "region:east")] == (1.0, 1)
    assert rows[("share_small_language_required", "2026-10", "region:central")] == (0.0, 1)
    assert rows[("share_east_region", "all", "all")] == (pytest.approx(2 / 3), 3)
    assert rows[("share_small_micro_lower", "2026-11", "all")] == (1.0, 1)
    assert ("share_small_micro_lower", "2026-10", "all") not in rows  # no known size in October
    assert rows[("n_postings_by_platform", "all", "platform:temu")] == (2.0, 3)
    assert rows[("n_postings_by_platform", "2026-10", "platform:amazon")] == (2.0, 2)
    assert rows[("n_postings_by_language", "all", "language:ja")] == (1.0, 3)
    assert rows[("n_cross_border_postings", "2026-11", "all")] == (1.0, 1)
