-- 001_raw: tables as the pipeline hands data over, before any business logic.
--
-- raw_runs           grain: one row per run_id (the run as the flow reported it, plus the load's counts).
-- raw_source_health  grain: one row per run_id and source (crawler stats for that source in that run).
-- The staging model (stg_postings: one row per posting_id of the load in progress) is a TEMP table built by
-- sql/load/20_stage.sql inside load_run's transaction: staging rows never reach the file or its WAL.

create table if not exists raw_runs (
    run_id          varchar primary key,
    started_at      timestamptz,
    finished_at     timestamptz,
    status          varchar,
    seen_on         date not null,
    sources         varchar[],
    n_landed        bigint,
    n_extracted     bigint,
    n_rejected      bigint,
    unknown_counts  map(varchar, bigint),
    errors          varchar[],
    n_new           bigint,
    n_updated       bigint,
    n_unchanged     bigint,
    loaded_at       timestamptz
);

create table if not exists raw_source_health (
    run_id              varchar not null,
    source              varchar not null,
    requests            bigint,
    responses_by_status map(varchar, bigint),
    items               bigint,
    drops_by_reason     map(varchar, bigint),
    blocked             bigint,
    field_fill_rates    map(varchar, double),
    duration_s          double,
    recorded_at         timestamptz,
    primary key (run_id, source)
);
