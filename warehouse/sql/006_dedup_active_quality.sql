-- 006_dedup_active_quality: tables for deduplication, posting closure, settings and data-quality results.
-- Upgrades a 005 file in place: columns are added (null for existing rows), tables created empty. Postings
-- loaded before this version have no cluster row and count as their own cluster (views coalesce).
--
-- posting_versions.is_closed / valid_through  the page's own closure signals (raw/extracted `is_closed`,
--                      `valid_through` as a date), part of the versioned content.
-- raw_runs.quality_passed  true when every data-quality check of the run passed (null: not checked).
-- warehouse_settings   grain: one row per key. Mirrors warehouse/data/lifecycle.json at each load, so the
--                      views (active stock) read the same settings the loader used.
-- posting_dedup_keys   grain: one row per posting_id. Normalised identity (company, title, city), its hash, and
--                      the MinHash signature of the description (64 uint16 values little-endian, null when the
--                      description is too short to compare).
-- posting_minhash      grain: one row per band and band hash (an LSH bucket) naming the bucket's first posting.
--                      The company key is mixed into the hash, so a bucket holds one company's texts. Buckets of
--                      superseded content may stay: candidates are always verified against current signatures.
-- posting_clusters     grain: one row per posting_id clustered since 006. cluster_id is the posting_id of the
--                      cluster's first member; matched_by: self, company_title_city or minhash.
-- dedup_stats          grain: one row per run_id and step (source_id, company_title_city, minhash).
-- quality_results      grain: one row per run_id and check.

alter table posting_versions add column is_closed boolean;
alter table posting_versions add column valid_through date;
alter table raw_runs add column quality_passed boolean;

create table if not exists warehouse_settings (
    key    varchar primary key,
    value  varchar not null
);

create table if not exists posting_dedup_keys (
    posting_id     varchar primary key,
    source         varchar,
    company_key    varchar,
    title_key      varchar,
    city_key       varchar,
    identity_hash  bigint,
    signature      blob
);

create table if not exists posting_minhash (
    posting_id  varchar not null,
    band        smallint not null,
    hash        bigint not null
);

create table if not exists posting_clusters (
    posting_id  varchar primary key,
    cluster_id  varchar not null,
    matched_by  varchar not null,
    similarity  double,
    run_id      varchar
);

create table if not exists dedup_stats (
    run_id    varchar not null,
    step      varchar not null,
    n_pairs   bigint not null,
    n_merged  bigint not null,
    primary key (run_id, step)
);

create table if not exists quality_results (
    run_id      varchar not null,
    check_name  varchar not null,
    passed      boolean not null,
    observed    double,
    expected    varchar,
    detail      varchar,
    checked_at  timestamptz,
    primary key (run_id, check_name)
);
