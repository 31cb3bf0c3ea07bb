-- raw_runs: the run row from the registered one-row Arrow table `incoming_run`; a reloaded run_id replaces it.
insert or replace into raw_runs by name
select * from incoming_run
