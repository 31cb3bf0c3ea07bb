-- The current clusters of the postings the subquery selects (a query with a posting_id column); a posting
-- without a cluster row yet counts as its own cluster. The subquery is SQL the warehouse writes, never user input.
insert into touched_clusters
select distinct coalesce(k.cluster_id, t.posting_id)
from ({source}) as t
left join posting_clusters as k on k.posting_id = t.posting_id
