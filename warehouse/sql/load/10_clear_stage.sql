-- Start from an empty staging table (a previous load that died before its rollback leaves none, but be sure).
delete from stg_postings
