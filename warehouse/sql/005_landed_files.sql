-- 005_landed_files: which landing-zone files have reached the warehouse.
--
-- raw_landed_files  grain: one row per landing file (path relative to the landing root, e.g.
--                   "mydump/import-20261125T101500123456Z.jsonl.gz"). A refresh loads this run's crawl files and
--                   every imported file not listed here, then lists them. Loads are idempotent, so a crash between
--                   the load and this record only means the file is loaded again, to the same result.

create table if not exists raw_landed_files (
    landing_path  varchar primary key,
    run_id        varchar not null,
    loaded_at     timestamptz not null
);
