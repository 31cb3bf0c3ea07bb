-- load_changes: grain one row per staged posting_id with its change_kind (new / changed / unchanged / stale),
-- frozen before any core table is written, so later steps and the load counts see one consistent picture.
create or replace temp table load_changes as
select posting_id, change_kind, current_valid_from from stg_posting_changes
