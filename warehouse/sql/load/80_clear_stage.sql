-- Empty the staging table so it holds nothing at rest.
delete from stg_postings
