-- 010_drop_large_indexes: the four tables with a row per posting lose their PRIMARY KEY.
-- DuckDB keeps a primary key's ART index in memory, outside what it can spill: at a million postings the four
-- indexes took about 300 MB of the process's 1 GB budget during every load (measured with duckdb_memory()).
-- The loader keeps the keys unique by construction (one staged line per posting_id; new versions only for new or
-- changed postings; delete-then-insert where it used INSERT OR REPLACE), and the data-quality checks count any
-- repeated posting_id or second current version after every load. Columns, order and NOT NULLs are kept; every
-- row is copied. DuckDB cannot drop a constraint in place, hence copy, drop, rename.

create table core_postings_010 as select * from core_postings;
drop table core_postings;
alter table core_postings_010 rename to core_postings;
alter table core_postings alter column posting_id set not null;
alter table core_postings alter column first_seen_at set not null;
alter table core_postings alter column last_seen_at set not null;

create table posting_versions_010 as select * from posting_versions;
drop table posting_versions;
alter table posting_versions_010 rename to posting_versions;
alter table posting_versions alter column posting_id set not null;
alter table posting_versions alter column valid_from set not null;

create table posting_dedup_keys_010 as select * from posting_dedup_keys;
drop table posting_dedup_keys;
alter table posting_dedup_keys_010 rename to posting_dedup_keys;
alter table posting_dedup_keys alter column posting_id set not null;

create table posting_clusters_010 as select * from posting_clusters;
drop table posting_clusters;
alter table posting_clusters_010 rename to posting_clusters;
alter table posting_clusters alter column posting_id set not null;
alter table posting_clusters alter column cluster_id set not null;
alter table posting_clusters alter column matched_by set not null;
