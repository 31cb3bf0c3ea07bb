"""Deduplication inside a load, in three counted steps (``dedup_stats``):

(a) ``source_id``: the same source's id is the same posting_id; re-sightings (lines of postings the warehouse or
    the batch already holds) are counted.
(b) ``company_title_city``: a new posting with the same normalised company, title and city as a posting of
    another source seen within ``dedup_window_days``.
(c) ``minhash``: a new posting whose description is a near-duplicate (estimated Jaccard ≥ threshold) of a
    posting of the same normalised company, in a compatible city (equal, or either unknown), seen within the
    window. Candidates come from LSH buckets persisted in ``posting_minhash``; only the new postings' buckets
    are looked up, so the step costs in proportion to the load, not to the warehouse.

A matched posting joins the other's cluster (``posting_clusters``); the cluster's representative in the views is
its earliest-seen member. Keys and signatures (``posting_dedup_keys``) are computed while the batch streams in,
for postings that have none yet, and again for changed postings whose identity fields changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from nlp.textnorm import normalize
from warehouse.companies import company_key, title_key
from warehouse.db import arrow_scan
from warehouse.minhash import MinHashParams, band_hashes, from_blobs, signatures, similarity, to_blob
from warehouse.settings import Lifecycle

STEP_SOURCE_ID = "source_id"
TITLE_SIMILARITY = 0.5  # least bigram Jaccard of two titles for a near-duplicate (see titles_compatible)
STEP_IDENTITY = "company_title_city"
STEP_MINHASH = "minhash"
STEPS = (STEP_SOURCE_ID, STEP_IDENTITY, STEP_MINHASH)
_SIG_SLICE = 1_000
_VERIFY_BATCH = 50_000  # candidate pairs fetched and verified at a time
_MAX_CANDIDATES = 50  # per new posting: a crowded bucket must not make one posting cost thousands of checks

_KEYS_SCHEMA = pa.schema(
    [
        ("record_ord", pa.int64()),
        ("posting_id", pa.string()),
        ("source", pa.string()),
        ("company_key", pa.string()),
        ("title_key", pa.string()),
        ("city_key", pa.string()),
        ("identity_hash", pa.int64()),
        ("signature", pa.binary()),
    ]
)
_BANDS_SCHEMA = pa.schema([("record_ord", pa.int64()), ("band", pa.int16()), ("hash", pa.int64())])


@dataclass(frozen=True)
class PostingText:
    """The fields deduplication reads from one incoming line."""

    record_ord: int
    posting_id: str
    source: str | None
    company: str | None
    title: str | None
    city: str | None
    description: str | None


def hash64(text: str) -> int:
    """A stable signed 64-bit hash (DuckDB BIGINT)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def city_key(city: str | None) -> str:
    """深圳市, 深圳 and ``广东省深圳`` style strings compared on the city name without its 市 suffix."""
    text = normalize(city or "").strip().lower()
    return text[:-1] if text.endswith("市") and len(text) > 2 else text


def identity(company: str | None, title: str | None, city: str | None) -> tuple[str, str, str, int | None]:
    """(company_key, title_key, city_key, identity_hash); the hash is None unless all three are known."""
    keys = (company_key(company), title_key(title), city_key(city))
    return (*keys, hash64("\x1f".join(keys)) if all(keys) else None)


def text_of(record_ord: int, pid: str, record: Mapping[str, Any]) -> PostingText:
    """A raw/extracted record's dedup fields (the extracted city, else the raw location)."""
    location = record.get("location")
    city = location.get("city") if isinstance(location, Mapping) else None

    def text(key: str) -> str | None:
        value = record.get(key)
        return None if value is None else str(value)

    return PostingText(
        record_ord, pid, text("source"), text("company"), text("title"), city or text("location_raw"),
        text("description"),
    )  # fmt: skip


def key_tables(items: Sequence[PostingText], params: MinHashParams) -> tuple[pa.Table, pa.Table]:
    """Keys and signatures (one row per item) and LSH band hashes (bands rows per comparable item)."""
    # Signatures in slices: the shingle arrays of 10,000 descriptions would cost hundreds of MB at once.
    parts = [
        signatures([i.description for i in items[k : k + _SIG_SLICE]], params)
        for k in range(0, len(items), _SIG_SLICE)
    ]
    sigs = np.concatenate([p[0] for p in parts]) if parts else np.zeros((0, params.num_bins), dtype=np.uint16)
    usable = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=bool)
    idents = [identity(i.company, i.title, i.city) for i in items]
    keys = pa.Table.from_pydict(
        {
            "record_ord": [i.record_ord for i in items],
            "posting_id": [i.posting_id for i in items],
            "source": [i.source for i in items],
            "company_key": [x[0] for x in idents],
            "title_key": [x[1] for x in idents],
            "city_key": [x[2] for x in idents],
            "identity_hash": [x[3] for x in idents],
            "signature": [to_blob(s) if ok else None for s, ok in zip(sigs, usable, strict=True)],
        },
        schema=_KEYS_SCHEMA,
    )
    rows = np.flatnonzero(usable)
    hashes = band_hashes(sigs[rows], [hash64(idents[int(r)][0]) for r in rows], params)
    ords = np.array([items[int(r)].record_ord for r in rows], dtype=np.int64)
    bands = pa.Table.from_pydict(
        {
            "record_ord": np.repeat(ords, params.bands),
            "band": np.tile(np.arange(params.bands, dtype=np.int16), len(rows)),
            "hash": hashes.reshape(-1),
        },
        schema=_BANDS_SCHEMA,
    )
    return keys, bands


def create_stage(con: duckdb.DuckDBPyConnection) -> None:
    """Staging tables for this load's keys and band hashes (by input line): tables of the warehouse file like
    ``stg_incoming`` (evictable under the memory limit), dropped before the load commits."""
    con.register("dd_empty_keys", _KEYS_SCHEMA.empty_table())
    con.register("dd_empty_bands", _BANDS_SCHEMA.empty_table())
    try:
        con.execute("create or replace table stg_keys as select * from dd_empty_keys")
        con.execute("create or replace table stg_bands as select * from dd_empty_bands")
    finally:
        con.unregister("dd_empty_keys")
        con.unregister("dd_empty_bands")


def _insert(con: duckdb.DuckDBPyConnection, keys: pa.Table, bands: pa.Table) -> None:
    with arrow_scan(con, "dd_keys", keys):
        con.execute("insert into stg_keys select * from dd_keys")
    with arrow_scan(con, "dd_bands", bands):
        con.execute("insert into stg_bands select * from dd_bands")


def stage_chunk(
    con: duckdb.DuckDBPyConnection,
    records: Sequence[Mapping[str, Any]],
    table: pa.Table,
    params: MinHashParams,
) -> int:
    """Compute keys for the chunk's postings that have none in the warehouse yet; return how many."""
    with arrow_scan(con, "dd_chunk", table.select(["posting_id", "record_ord"])):
        todo = con.execute(
            "select posting_id, record_ord from dd_chunk "
            "where posting_id not in (select posting_id from posting_dedup_keys)"
        ).fetchall()
    if not todo:
        return 0
    first = int(table.column("record_ord")[0].as_py())
    items = [text_of(ord_, pid, records[ord_ - first]) for pid, ord_ in todo]
    _insert(con, *key_tables(items, params))
    return len(items)


def stage_changed(con: duckdb.DuckDBPyConnection, params: MinHashParams) -> int:
    """Recompute keys of changed postings whose title, company, city or description changed."""
    rows = con.execute(
        "select s.record_ord, s.posting_id, s.source, s.company, s.title, coalesce(s.city, s.location_raw), "
        "s.description from stg_postings as s inner join load_changes as c on c.posting_id = s.posting_id "
        "where c.change_kind = 'changed' and c.identity_changed "
        "and s.record_ord not in (select record_ord from stg_keys)"
    ).fetchall()
    if rows:
        _insert(con, *key_tables([PostingText(*row) for row in rows], params))
    return len(rows)


def store_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Persist the winning lines' keys and signatures (their band hashes: :func:`store_buckets`)."""
    # id_rank orders the postings by posting_id, so the bucket steps group and compare integers: a grouping of
    # sixteen million bands keeping the smallest posting_id as a string ran out of memory at a million postings.
    con.execute(
        "create or replace table stg_keys_won as select *, row_number() over (order by posting_id) as id_rank "
        "from stg_keys where record_ord in (select record_ord from stg_winners)"
    )
    # Delete, then insert: the table has no primary key to replace on (migration 010).
    con.execute("delete from posting_dedup_keys where posting_id in (select posting_id from stg_keys_won)")
    con.execute(
        "insert into posting_dedup_keys "
        "select posting_id, source, company_key, title_key, city_key, identity_hash, signature from stg_keys_won"
    )


# The winning lines' band hashes (one row per line and band) and, per bucket, its first posting's id_rank.
_WON_BANDS = """
won as (
    select k.id_rank, b.band, b.hash
    from stg_bands as b inner join stg_keys_won as k on k.record_ord = b.record_ord
)
"""


def store_buckets(con: duckdb.DuckDBPyConnection) -> None:
    """Persist the LSH buckets the winning lines open (after :func:`candidate_edges`, which reads the buckets
    as they were before this load).

    A bucket keeps only its first member: a new posting meets at most one posting per band (at most `bands`
    candidates), however many identical texts one company has posted; near-duplicates of that member are in
    its cluster anyway. Superseded content's buckets stay (candidates are verified on current signatures).
    """
    con.execute(
        f"""
        insert into posting_minhash
        with {_WON_BANDS},
        firsts as (select band, hash, min(id_rank) as first_rank from won group by band, hash)
        select k.posting_id, f.band, f.hash
        from firsts as f
        inner join stg_keys_won as k on k.id_rank = f.first_rank
        anti join posting_minhash as m on m.band = f.band and m.hash = f.hash
        """
    )


# Buckets this load opens with more than one member: the members after the first meet the first (the member
# store_buckets will keep). A grouping of the load's bands, not a join of them with every stored bucket.
_SHARED_NEW_BUCKETS = f"""
create or replace temp table stg_shared_buckets as
with {_WON_BANDS},
shared as (
    select band, hash, min(id_rank) as first_rank from won group by band, hash having count(*) > 1
)
select s.band, s.hash, k.posting_id as first_id
from shared as s
inner join stg_keys_won as k on k.id_rank = s.first_rank
anti join posting_minhash as m on m.band = s.band and m.hash = s.hash
"""

_IDENTITY_PAIRS = """
with new_ids as (select posting_id from load_changes where change_kind = 'new'),
new_keys as (
    select posting_id, source, identity_hash from stg_keys_won
    where identity_hash is not null and posting_id in (select posting_id from new_ids)
)
select n.posting_id, o.posting_id, coalesce(pc.cluster_id, o.posting_id),
       o.posting_id in (select posting_id from new_ids)
from new_keys as n
inner join posting_dedup_keys as o
    on o.identity_hash = n.identity_hash and o.posting_id <> n.posting_id and o.source is distinct from n.source
inner join core_postings as p on p.posting_id = o.posting_id
left join posting_clusters as pc on pc.posting_id = o.posting_id
where p.last_seen_at >= $seen_on::date - $window and p.first_seen_at <= $seen_on::date + $window
"""

_MINHASH_PAIRS = """
with new_ids as (select posting_id from load_changes where change_kind = 'new'),
new_bands as (
    select k.posting_id, b.band, b.hash
    from stg_bands as b inner join stg_keys_won as k on k.record_ord = b.record_ord
    where k.posting_id in (select posting_id from new_ids)
),
-- Each band of a new posting meets its bucket's one member: the stored one, or the first of this load's (the
-- load's bands are read once: a CTE read twice would be materialised, sixteen million rows on a first load).
buckets as (
    select band, hash, posting_id as member_id from posting_minhash
    union all
    select band, hash, first_id from stg_shared_buckets
),
members as (
    select n.posting_id as new_id, b.member_id as other_id
    from new_bands as n
    inner join buckets as b on b.band = n.band and b.hash = n.hash
),
pairs as (
    select new_id, other_id, count(*) as shared from members where other_id <> new_id group by all
),
ranked as (
    select * from pairs qualify row_number() over (partition by new_id order by shared desc, other_id) <= $cap
)
select r.new_id, r.other_id, coalesce(pc.cluster_id, r.other_id), r.other_id in (select posting_id from new_ids),
       kn.signature, ko.signature, kn.city_key, ko.city_key, kn.title_key, ko.title_key
from ranked as r
inner join posting_dedup_keys as kn on kn.posting_id = r.new_id
inner join posting_dedup_keys as ko on ko.posting_id = r.other_id
inner join core_postings as p on p.posting_id = r.other_id
left join posting_clusters as pc on pc.posting_id = r.other_id
where kn.signature is not null and ko.signature is not null
  and p.last_seen_at >= $seen_on::date - $window and p.first_seen_at <= $seen_on::date + $window
"""


@dataclass(frozen=True)
class Edge:
    """A verified pair: a new posting and another posting (new in this load, or an existing cluster's member)."""

    step: str
    new_id: str
    other_id: str
    other_cluster: str
    other_is_new: bool
    similarity: float


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def titles_compatible(title_a: str | None, title_b: str | None) -> bool:
    """Two normalised titles that can name the same job: either unknown, or sharing at least half their character
    bigrams (亚马逊运营 / 亚马逊运营专员 do; 行政专员 / 人事专员 and 京东运营 / 天猫运营专员 do not). Templated
    descriptions of one company's different jobs are near-duplicates as text; the title tells them apart."""
    if not title_a or not title_b:
        return True
    a, b = _bigrams(title_a), _bigrams(title_b)
    return len(a & b) / len(a | b) >= TITLE_SIMILARITY


def near_duplicate(
    sim: float,
    city_a: str | None,
    city_b: str | None,
    threshold: float,
    title_a: str | None = None,
    title_b: str | None = None,
) -> bool:
    """The near-duplicate decision after an LSH candidate: similar enough, not in two different cities, and with
    titles that can name the same job."""
    return (
        sim >= threshold
        and (not city_a or not city_b or city_a == city_b)
        and titles_compatible(title_a, title_b)
    )


def candidate_edges(
    con: duckdb.DuckDBPyConnection, seen_on: date, settings: Lifecycle
) -> list[Edge]:
    """Verified pairs of steps (b) and (c) for the postings new in this load (LSH candidates: the buckets stored
    before this load, and the buckets several of its postings open)."""
    params = {"seen_on": seen_on, "window": settings.dedup_window_days}
    edges = [
        Edge(STEP_IDENTITY, a, b, cluster, bool(is_new), 1.0)
        for a, b, cluster, is_new in con.execute(_IDENTITY_PAIRS, params).fetchall()
    ]
    con.execute(_SHARED_NEW_BUCKETS)
    result = con.execute(_MINHASH_PAIRS, {**params, "cap": _MAX_CANDIDATES})
    bins = settings.near_duplicate.num_bins
    # Verified batch by batch: a first load of a million postings has millions of unverified candidates, each
    # with two signatures, and fetching them at once cost about 500 MB of Python objects.
    while rows := result.fetchmany(_VERIFY_BATCH):
        sims = similarity(from_blobs([r[4] for r in rows], bins), from_blobs([r[5] for r in rows], bins))
        edges += [
            Edge(STEP_MINHASH, r[0], r[1], r[2], bool(r[3]), float(sim))
            for r, sim in zip(rows, sims, strict=True)
            if near_duplicate(float(sim), r[6], r[7], settings.threshold, r[8], r[9])
        ]
    return edges


def assign_clusters(new_ids: Sequence[str], edges: Sequence[Edge]) -> dict[str, tuple[str, str, float | None]]:
    """posting_id → (cluster_id, matched_by, similarity) for every new posting.

    Edges are taken strongest first (step b before c, then similarity); a new posting joins at most one existing
    cluster, and new postings matched only to each other form a cluster named after the smallest posting_id
    (they were first seen the same day). An edge that would join two existing clusters is skipped: merging old
    clusters is never a side effect of a new posting.
    """
    parent = {pid: pid for pid in new_ids}
    anchor: dict[str, str] = {}
    first_edge: dict[str, tuple[str, float]] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(edges, key=lambda e: (STEPS.index(e.step), -e.similarity, e.new_id, e.other_id))
    for e in order:
        if e.new_id not in parent:
            continue
        ra = find(e.new_id)
        if e.other_is_new and e.other_id in parent:
            rb = find(e.other_id)
            if ra == rb or (ra in anchor and rb in anchor and anchor[ra] != anchor[rb]):
                continue
            root, child = (ra, rb) if ra < rb else (rb, ra)
            parent[child] = root
            if child in anchor:
                anchor.setdefault(root, anchor.pop(child))
            first_edge.setdefault(e.other_id, (e.step, e.similarity))
        else:
            if anchor.get(ra, e.other_cluster) != e.other_cluster:
                continue
            anchor[ra] = e.other_cluster
        first_edge.setdefault(e.new_id, (e.step, e.similarity))
    smallest: dict[str, str] = {}
    for pid in new_ids:
        root = find(pid)
        smallest[root] = min(smallest.get(root, pid), pid)
    result: dict[str, tuple[str, str, float | None]] = {}
    for pid in new_ids:
        root = find(pid)
        cluster = anchor.get(root, smallest[root])
        if cluster == pid:
            result[pid] = (pid, "self", None)
        else:
            step, sim = first_edge.get(pid, (STEP_IDENTITY, 1.0))
            result[pid] = (cluster, step, sim)
    return result


_CLUSTER_SCHEMA = pa.schema(
    [
        ("posting_id", pa.string()),
        ("cluster_id", pa.string()),
        ("matched_by", pa.string()),
        ("similarity", pa.float64()),
        ("run_id", pa.string()),
    ]
)


def cluster_load(
    con: duckdb.DuckDBPyConnection, run_id: str, seen_on: date, settings: Lifecycle
) -> dict[str, tuple[int, int]]:
    """Steps (a)–(c) for the load in progress (inside its transaction, after the core merge): persist keys,
    cluster the new postings, write ``dedup_stats``; returns {step: (n_pairs, n_merged)}."""
    store_keys(con)
    n_new = con.execute("select count(*) from load_changes where change_kind = 'new'").fetchall()[0][0]
    edges = candidate_edges(con, seen_on, settings) if n_new else []
    store_buckets(con)
    # Only postings with an edge go through Python; the rest (nearly all of a big first load) are their own
    # cluster, written in SQL, so a million new postings never become Python lists and dicts.
    involved = sorted({e.new_id for e in edges} | {e.other_id for e in edges if e.other_is_new})
    assigned = assign_clusters(involved, edges)
    table = pa.Table.from_pydict(
        {
            "posting_id": list(assigned),
            "cluster_id": [v[0] for v in assigned.values()],
            "matched_by": [v[1] for v in assigned.values()],
            "similarity": [v[2] for v in assigned.values()],
            "run_id": [run_id] * len(assigned),
        },
        schema=_CLUSTER_SCHEMA,
    )
    with arrow_scan(con, "dd_clusters", table):
        con.execute("create or replace temp table stg_clusters as select * from dd_clusters")
    con.execute(
        "insert into stg_clusters select posting_id, posting_id, 'self', null, $run_id from load_changes "
        "where change_kind = 'new' and posting_id not in (select posting_id from stg_clusters)",
        {"run_id": run_id},
    )
    # Delete, then insert: the table has no primary key to replace on (migration 010).
    con.execute("delete from posting_clusters where posting_id in (select posting_id from stg_clusters)")
    con.execute("insert into posting_clusters select * from stg_clusters")
    con.execute("drop table stg_clusters")

    resighted = con.execute(
        "select (select count(*) from stg_incoming) - (select count(*) from stg_winners) "
        "+ (select count(*) from load_changes where change_kind <> 'new')"
    ).fetchall()[0][0]
    pairs = {step: {frozenset((e.new_id, e.other_id)) for e in edges if e.step == step} for step in STEPS[1:]}
    merged = {step: sum(1 for v in assigned.values() if v[1] == step) for step in STEPS[1:]}
    stats = {STEP_SOURCE_ID: (int(resighted), int(resighted))}
    stats.update({step: (len(pairs[step]), merged[step]) for step in STEPS[1:]})
    for step, (n_pairs, n_merged) in stats.items():
        con.execute(
            "insert or replace into dedup_stats values ($1, $2, $3, $4)", [run_id, step, n_pairs, n_merged]
        )
    return stats


def drop_stage(con: duckdb.DuckDBPyConnection) -> None:
    """Drop this module's staging tables."""
    for name in ("stg_keys", "stg_bands", "stg_keys_won", "stg_shared_buckets"):
        con.execute(f"drop table if exists {name}")
