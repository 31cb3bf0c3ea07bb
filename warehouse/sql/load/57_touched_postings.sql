-- load_touched (TEMP): grain one row per posting_id whose core_postings row or current content this load creates
-- or changes (new or changed content, lifecycle dates moved by 60_, sources grown by 65_): the clusters whose
-- stored summaries the load recomputes (warehouse.clusters). Frozen before 60_ writes. An identical same-day
-- reload touches nothing.
create or replace temp table load_touched as
select s.posting_id
from stg_postings as s
inner join load_changes as l on l.posting_id = s.posting_id
left join core_postings as c on c.posting_id = s.posting_id
where l.change_kind in ('new', 'changed')
   or c.posting_id is null
   or c.last_seen_at < s.seen_on
   or c.first_seen_at > s.seen_on
   or not list_has_all(c.sources, s.sources)
