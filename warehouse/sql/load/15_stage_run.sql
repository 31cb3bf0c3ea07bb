-- stg_load_run (TEMP): grain one row: the run being loaded. Parameters: $run_id, $seen_on.
create or replace temp table stg_load_run as
select $run_id::varchar as run_id, $seen_on::date as seen_on
