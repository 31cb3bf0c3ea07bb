"""Deduplication: company normalisation, MinHash against datasketch, the three counted steps in real loads,
incremental cost, and precision/recall of the near-duplicate step on the labelled pairs."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest

import warehouse.dedup as dedup_module
from crawlers.demo_board.generator import generate_postings, make_posting
from warehouse.companies import company_key
from warehouse.db import _attach, apply_migrations, open_warehouse
from warehouse.dedup import Edge, assign_clusters
from warehouse.dedup_eval import precision_recall, scores
from warehouse.load import RunInfo, load_run
from warehouse.minhash import MinHashParams, clean, signatures, similarity
from warehouse.settings import lifecycle

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
PAIRS = Path(__file__).resolve().parent / "dedup_pairs" / "pairs.jsonl"
DAY = date(2026, 11, 1)
DEMO = [p.raw for p in generate_postings(40, 42)]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("深圳市安克万象跨境电子商务有限公司", "安克万象"),
        ("安克万象跨境电子商务（深圳）有限公司", "安克万象"),
        ("安克万象", "安克万象"),
        ("观澜网络（杭州）有限公司", "观澜"),
        ("上海优刻得信息科技有限公司", "优刻得"),
        ("广东省深圳市华强贸易有限公司", "华强"),
        ("杭州市乐途佳品贸易有限公司", "乐途佳品"),
        ("虫极科技（北京）有限公司", "虫极"),
        ("阿里巴巴集团", "阿里巴巴"),
        ("Anker Innovations Co., Ltd.", "ankerinnovations"),
        ("深圳科技有限公司", "深圳"),  # the core never shrinks below two characters
        ("義烏市順達貿易有限公司", "顺达"),  # Traditional and Simplified meet
        ("", ""),
        (None, ""),
    ],
)
def test_company_key(name: str | None, key: str) -> None:
    assert company_key(name) == key


def _shingles(text: str, k: int = 3) -> set[str]:
    letters = clean(text)
    return {letters[i : i + k] for i in range(len(letters) - k + 1)}


def test_signatures_estimate_jaccard_like_datasketch() -> None:
    datasketch = pytest.importorskip("datasketch")
    params = MinHashParams()
    texts = [raw["description"] for raw in DEMO[:30]]
    sigs, usable = signatures(texts, params)
    assert usable.all()
    ours, theirs, exact = [], [], []
    for i in range(0, 30, 2):
        for j in range(1, 30, 3):
            a, b = _shingles(texts[i]), _shingles(texts[j])
            exact.append(len(a & b) / len(a | b))
            ours.append(float(similarity(sigs[i], sigs[j])))
            ma, mb = datasketch.MinHash(num_perm=params.num_bins), datasketch.MinHash(num_perm=params.num_bins)
            ma.update_batch([s.encode() for s in a])
            mb.update_batch([s.encode() for s in b])
            theirs.append(ma.jaccard(mb))
    assert np.mean(np.abs(np.array(ours) - exact)) < 0.06
    assert np.mean(np.abs(np.array(theirs) - exact)) < 0.06
    assert similarity(sigs[0], sigs[0]) == 1.0


def test_short_or_missing_descriptions_are_not_compared() -> None:
    _, usable = signatures(["负责亚马逊店铺运营。", None, "", DEMO[0]["description"]], MinHashParams())
    assert usable.tolist() == [False, False, False, True]


def posting(raw: dict[str, Any], source: str, source_id: str, **overrides: Any) -> dict[str, Any]:
    rec = {
        "source": source,
        "source_id": source_id,
        "title": raw["title"],
        "company": raw["company"],
        "location_raw": raw.get("location_raw"),
        "description": raw["description"],
        "location": {"city": None},
    }
    rec.update(overrides)
    return rec


def run(run_id: str, seen_on: date = DAY) -> RunInfo:
    return RunInfo(run_id, datetime(2026, 11, 1, tzinfo=UTC), None, "success", seen_on)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as connection:
        yield connection


def stats(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, tuple[int, int]]:
    rows = con.execute("select step, n_pairs, n_merged from dedup_stats where run_id = $r", {"r": run_id})
    return {step: (p, m) for step, p, m in rows.fetchall()}


def test_same_company_title_city_on_another_source_is_one_posting(con: duckdb.DuckDBPyConnection) -> None:
    a = posting(DEMO[0], "boss", "1", description="短描述", location={"city": "东莞市"})
    b = posting(
        DEMO[0], "zhilian", "x9", company=DEMO[0]["company"].replace("有限公司", "（苏州）有限公司"),
        description="另一段短描述",
        title=DEMO[0]["title"] + "（急招）", location={"city": "东莞市"},
    )  # fmt: skip
    load_run(con, run("r1"), [a])
    load_run(con, run("r2", DAY + timedelta(days=3)), [b])
    assert stats(con, "r2")["company_title_city"] == (1, 1)
    rows = con.sql("select source, sources, n_duplicates, first_seen_at, last_seen_at from postings").fetchall()
    assert rows == [("boss", ["boss", "zhilian"], 1, DAY, DAY + timedelta(days=3))]
    assert con.sql("select count(*) from posting_platforms").fetchall() == [(0,)]


def test_same_identity_outside_the_window_or_on_the_same_source_stays_apart(con: duckdb.DuckDBPyConnection) -> None:
    load_run(con, run("r1"), [posting(DEMO[0], "boss", "1", description=None)])
    late = DAY + timedelta(days=lifecycle().dedup_window_days + 1)
    load_run(con, run("r2", late), [posting(DEMO[0], "zhilian", "2", description=None)])
    load_run(con, run("r3", late), [posting(DEMO[0], "zhilian", "3", description=None)])  # same source as r2
    assert stats(con, "r2")["company_title_city"] == (0, 0)
    assert stats(con, "r3")["company_title_city"] == (0, 0)
    assert con.sql("select count(*), sum(n_duplicates) from postings").fetchall() == [(3, 0)]


def test_near_duplicate_description_joins_the_cluster(con: duckdb.DuckDBPyConnection) -> None:
    raw = DEMO[5]
    lines = raw["description"].split("\n")
    random.Random(1).shuffle(lines)
    load_run(con, run("r1"), [posting(raw, "boss", "1")])
    repost = posting(raw, "boss", "2", title="急聘" + raw["title"], description="\n".join(lines))
    load_run(con, run("r2", DAY + timedelta(days=1)), [repost])
    assert stats(con, "r2")["minhash"] == (1, 1)
    assert con.sql("select cluster_id, matched_by from posting_clusters order by matched_by").fetchall()[0][1] == (
        "minhash"
    )
    assert con.sql("select count(*), max(n_duplicates) from postings").fetchall() == [(1, 1)]


def test_same_company_different_role_is_not_merged(con: duckdb.DuckDBPyConnection) -> None:
    # The board gives postings i and i + 2000 of a 2000-company pool the same company (its blurb included).
    pairs = ((make_posting(i).raw, make_posting(i + 2000).raw) for i in range(400))
    a, b = next((x, y) for x, y in pairs if x["company"] == y["company"] and x["title"] != y["title"])
    load_run(con, run("r1"), [posting(a, "boss", "1"), posting(b, "boss", "2")])
    assert stats(con, "r1")["minhash"][1] == 0
    assert con.sql("select count(*) from postings").fetchall() == [(2,)]


def test_new_postings_matching_each_other_form_one_cluster(con: duckdb.DuckDBPyConnection) -> None:
    batch = [posting(DEMO[7], src, f"{src}-1") for src in ("boss", "zhilian", "liepin")]
    load_run(con, run("r1"), batch)
    assert con.sql("select count(*), max(n_duplicates), max(len(sources)) from postings").fetchall() == [(1, 2, 3)]
    assert stats(con, "r1")["company_title_city"][1] == 2


def test_resightings_are_counted_and_reloads_compute_no_signatures(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[int] = []
    real = dedup_module.signatures

    def counting(texts: Any, params: MinHashParams) -> Any:
        computed.append(len(texts))
        return real(texts, params)

    monkeypatch.setattr(dedup_module, "signatures", counting)
    batch = [posting(raw, "demo", raw["source_id"]) for raw in DEMO[:20]]
    load_run(con, run("r1"), batch)
    assert sum(computed) == 20
    computed.clear()
    load_run(con, run("r2", DAY + timedelta(days=1)), [*batch, batch[0]])
    assert sum(computed) == 0
    assert stats(con, "r2")["source_id"] == (21, 21)
    load_run(con, run("r3", DAY + timedelta(days=2)), [*batch, posting(DEMO[30], "demo", "new-1")])
    assert sum(computed) == 1


def test_assign_clusters_never_merges_two_existing_clusters() -> None:
    edges = [
        Edge("minhash", "n1", "old-a", "A", False, 0.9),
        Edge("minhash", "n1", "old-b", "B", False, 0.8),
        Edge("company_title_city", "n2", "n1", "n1", True, 1.0),
        Edge("minhash", "n3", "old-b", "B", False, 0.7),
        Edge("minhash", "n3", "n2", "n2", True, 0.95),
    ]
    got = assign_clusters(["n1", "n2", "n3", "n4"], edges)
    # Strongest first: n1-n2 (step b), n3-n2 (0.95), then n1 anchors the component to A; the edges to B would
    # join A and B through new postings, so they are skipped.
    assert got == {
        "n1": ("A", "company_title_city", 1.0),
        "n2": ("A", "company_title_city", 1.0),
        "n3": ("A", "minhash", 0.95),
        "n4": ("n4", "self", None),
    }
    alone = assign_clusters(["n5"], [Edge("minhash", "n5", "old-b", "B", False, 0.7)])
    assert alone == {"n5": ("B", "minhash", 0.7)}


def test_labelled_pairs_precision_and_recall_at_the_configured_threshold() -> None:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    labels = [p["label"] for p in pairs]
    assert labels.count("duplicate") >= 150 and labels.count("distinct") >= 150
    assert all("description" not in json.dumps(p) for p in pairs)  # references only, never text
    rows = scores(pairs, REALDATA if REALDATA.exists() else None)
    precision, recall, n_dup, n_dist = precision_recall(rows, lifecycle().threshold)
    assert n_dup >= 100 and n_dist >= 100
    assert precision >= 0.98 and recall >= 0.95
    # The threshold matters: far too low lets hard distinct pairs through, far too high loses reposts.
    assert precision_recall(rows, 0.9)[1] < recall


def test_a_005_file_is_upgraded_in_place_and_keeps_its_postings(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    raw = duckdb.connect(":memory:")
    _attach(raw, path, read_only=False)
    apply_migrations(raw, upto=5)
    raw.execute("insert into core_postings values ('p1', 'demo', '1', ['demo'], date '2026-10-01', "
                "date '2026-10-20', 'r0')")  # fmt: skip
    raw.execute("insert into posting_versions (posting_id, valid_from, title) values ('p1', date '2026-10-01', 'x')")
    raw.execute("insert into raw_runs (run_id, seen_on) values ('r0', date '2026-10-20')")
    raw.close()
    with open_warehouse(path) as con:
        rows = con.sql("select posting_id, title, sources, n_duplicates, is_active, closed_on from postings")
        assert rows.fetchall() == [("p1", "x", ["demo"], 0, True, None)]
        assert con.sql("select run_id, quality_passed from runs").fetchall() == [("r0", None)]
        load_run(con, run("r1", date(2026, 11, 20)), [{"source": "demo", "source_id": "2", "title": "y"}])
        # Not seen for 31 days (> 14): p1 left the active stock on its last sighting + 14 days.
        assert con.sql("select source_id, is_active, closed_on from postings order by 1").fetchall() == [
            ("1", False, date(2026, 11, 3)),
            ("2", True, None),
        ]


def test_near_duplicates_within_one_load_meet_in_a_new_bucket(con: duckdb.DuckDBPyConnection) -> None:
    raw = DEMO[5]
    lines = raw["description"].split("\n")
    random.Random(1).shuffle(lines)
    first = posting(raw, "boss", "1")
    repost = posting(raw, "boss", "2", title="急聘" + raw["title"], description="\n".join(lines))
    load_run(con, run("r1"), [first, repost])
    assert stats(con, "r1")["minhash"] == (1, 1)
    assert con.sql("select count(*), max(n_duplicates) from postings").fetchall() == [(1, 1)]
    # One stored member per bucket, as if the two had come one after the other.
    assert con.sql("select count(*) = count(distinct (band, hash)) from posting_minhash").fetchall() == [(True,)]
