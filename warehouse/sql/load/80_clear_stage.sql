-- Drop the staging objects so nothing of this load outlives its transaction.
drop view if exists stg_postings;
