"""Stored cluster summaries (core_distinct_postings): after any sequence of loads, backfills and seen-lists they
equal a fresh grouping of the clusters' members, so `postings` can read them instead of grouping per query."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from crawlers.demo_board.generator import generate_postings
from warehouse.db import _attach, apply_migrations, open_warehouse
from warehouse.load import RunInfo, load_run
from warehouse.seen import mark_seen

DAY = date(2026, 11, 3)
DEMO = [p.raw for p in generate_postings(12, 5)]

# The 007 definition: group every posting's cluster members on the fly.
FRESH = """
select
    coalesce(k.cluster_id, c.posting_id) as cluster_id,
    arg_min(c.posting_id, struct_pack(f := c.first_seen_at, p := c.posting_id)) as posting_id,
    min(c.first_seen_at) as first_seen_at,
    max(c.last_seen_at) as last_seen_at,
    list_sort(list_distinct(flatten(list(c.sources)))) as sources,
    count(*) - 1 as n_duplicates
from core_postings as c
left join posting_clusters as k on k.posting_id = c.posting_id
group by all
order by cluster_id
"""
# The 007 mart: the postings view joined back to the current versions, small languages via posting_languages.
FRESH_MART = """
with current_postings as (
    select p.posting_id, p.first_seen_at, p.last_seen_at, p.province, p.region, p.size_class,
           p.size_min_employees, p.platforms, v.languages
    from postings as p
    inner join posting_versions as v on v.posting_id = p.posting_id and v.valid_to is null
    where p.is_cross_border
),
small as (
    select distinct posting_id from posting_languages
    where is_required and language_code not in ('en', 'zh', 'yue')
)
select p.*, s.posting_id is not null as needs_small_language
from current_postings as p left join small as s on s.posting_id = p.posting_id
order by p.posting_id
"""
MART = """
select posting_id, first_seen_at, last_seen_at, province, region, size_class, size_min_employees, platforms,
       languages, needs_small_language
from mart_cross_border_postings order by posting_id
"""
STORED = """
select cluster_id, posting_id, first_seen_at, last_seen_at, sources, n_duplicates
from core_distinct_postings order by cluster_id
"""


def record(raw: dict[str, Any], source: str, source_id: str, **content: Any) -> dict[str, Any]:
    n = int(source_id[1:])
    return {
        "source": source,
        "source_id": source_id,
        "title": raw["title"],
        "company": raw["company"],
        "location_raw": raw.get("location_raw"),
        "description": raw["description"],
        "location": {"city": None, "province": ["广东省", "浙江省", None][n % 3], "region": "east"},
        "is_cross_border": n % 4 != 3,
        "platforms": ["amazon"] if n % 2 else [],
        "languages": [{"code": ["en", "ja", "ru"][n % 3], "level": None, "required": n % 5 != 0}],
        "company_size": {"min_employees": 20 * n, "max_employees": None, "size_class": "small"},
        **content,
    }


def run(run_id: str, seen_on: date) -> RunInfo:
    return RunInfo(run_id, datetime(2026, 11, 1, tzinfo=UTC), None, "success", seen_on)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


def assert_in_step(con: duckdb.DuckDBPyConnection) -> None:
    stored = con.sql(STORED).fetchall()
    assert stored == con.sql(FRESH).fetchall()
    assert len(stored) == con.sql("select count(*) from postings").fetchall()[0][0]
    mart = con.sql(MART).fetchall()
    assert mart == con.sql(FRESH_MART).fetchall()
    assert 0 < len(mart) < len(stored)


def test_summaries_follow_merges_backfills_and_seen_lists(con: duckdb.DuckDBPyConnection) -> None:
    boss = [record(raw, "boss", f"b{i}") for i, raw in enumerate(DEMO)]
    load_run(con, run("r1", DAY), boss[:8])
    assert_in_step(con)
    # The same postings on another board a day later join the boss clusters (same company, title, city).
    load_run(con, run("r2", DAY + timedelta(days=1)), [record(raw, "zhilian", f"z{i}") for i, raw in enumerate(DEMO)])
    assert_in_step(con)
    assert con.sql("select count(*) from postings where n_duplicates = 1").fetchall()[0][0] >= 8
    # A backfilled run from before either board: the zhilian copy is now the earliest member and represents it.
    load_run(con, run("r0", DAY - timedelta(days=2)), [record(DEMO[0], "zhilian", "z0")])
    assert_in_step(con)
    assert con.sql(
        "select source, source_id, first_seen_at, sources from postings where source_id in ('b0', 'z0')"
    ).fetchall() == [("zhilian", "z0", DAY - timedelta(days=2), ["boss", "zhilian"])]
    # Seen again without content: the cluster's last sighting moves.
    assert mark_seen(con, DAY + timedelta(days=9), [{"source": "boss", "source_id": "b3"}]) == 1
    assert_in_step(con)
    assert con.sql("select max(last_seen_at) from postings").fetchall() == [(DAY + timedelta(days=9),)]
    # The rest of the boss postings, and an identical reload of them, change nothing else.
    load_run(con, run("r3", DAY + timedelta(days=9)), boss)
    load_run(con, run("r3", DAY + timedelta(days=9)), boss)
    assert_in_step(con)
    # New content for a representative: a new province and language, then no longer cross-border (same day).
    changed = record(DEMO[4], "boss", "b4", location={"province": "四川省", "region": "west"},
                     languages=[{"code": "de", "level": None, "required": True}])  # fmt: skip
    load_run(con, run("r4", DAY + timedelta(days=10)), [changed])
    assert_in_step(con)
    assert con.sql("select region, needs_small_language from mart_cross_border_postings "
                   "where posting_id = (select posting_id from postings where source_id = 'b4')").fetchall() == [
        ("west", True)
    ]  # fmt: skip
    load_run(con, run("r4", DAY + timedelta(days=10)), [{**changed, "is_cross_border": False}])
    assert_in_step(con)
    assert con.sql("select count(*) from postings where source_id = 'b4' and not is_cross_border").fetchall() == [
        (1,)
    ]


def test_an_008_file_gets_its_summaries_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    raw = duckdb.connect(":memory:")
    _attach(raw, path, read_only=False)
    apply_migrations(raw, upto=8)
    raw.execute(
        "insert into core_postings values "
        "('p1', 'boss', '1', ['boss'], date '2026-10-02', date '2026-10-05', 'r0'), "
        "('p2', 'zhilian', '2', ['zhilian'], date '2026-10-01', date '2026-10-03', 'r0'), "
        "('p3', 'boss', '3', ['boss'], date '2026-10-04', date '2026-10-04', 'r0')"
    )
    raw.execute(
        "insert into posting_versions (posting_id, valid_from, title, is_cross_border, region) values "
        "('p1', date '2026-10-02', 'a', true, 'east'), ('p2', date '2026-10-01', 'b', true, 'west'), "
        "('p3', date '2026-10-04', 'c', false, 'east')"
    )
    # p3 predates 006 (no cluster row); p2 joined p1's cluster.
    raw.execute("insert into posting_clusters values ('p1', 'p1', 'self', null, 'r0'), "
                "('p2', 'p1', 'company_title_city', 1.0, 'r0')")  # fmt: skip
    raw.close()
    with open_warehouse(path) as con:
        assert con.sql(
            "select posting_id, title, first_seen_at, last_seen_at, sources, n_duplicates, cluster_id "
            "from postings order by 1"
        ).fetchall() == [
            ("p2", "b", date(2026, 10, 1), date(2026, 10, 5), ["boss", "zhilian"], 1, "p1"),
            ("p3", "c", date(2026, 10, 4), date(2026, 10, 4), ["boss"], 0, "p3"),
        ]
        assert_in_step(con)
        assert con.sql("select posting_id, region from mart_cross_border_postings").fetchall() == [("p2", "west")]
        assert con.sql("select count(*) from core_postings").fetchall() == [(3,)]
