-- grain: core_distinct_postings, one row per cluster. The touched clusters' rows go, 40 writes them again.
delete from core_distinct_postings
where cluster_id in (select cluster_id from touched_clusters)
