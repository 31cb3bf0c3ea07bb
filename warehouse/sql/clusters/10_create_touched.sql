-- The clusters a writer touched in this transaction; filled by 20_note_touched.sql.
create temp table if not exists touched_clusters (cluster_id varchar)
