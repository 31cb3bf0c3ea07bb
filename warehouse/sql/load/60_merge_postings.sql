-- core_postings: a new posting starts its lifecycle; a seen one moves last_seen_at (DATE-granular, so a rerun of
-- the same business day changes nothing) and gains any new source.
merge into core_postings as c
using stg_postings as s
on c.posting_id = s.posting_id
when matched then update set
    first_seen_at = least(c.first_seen_at, s.seen_on),
    last_seen_at = greatest(c.last_seen_at, s.seen_on),
    sources = list_sort(list_distinct(list_concat(c.sources, s.sources)))
when not matched then insert (posting_id, source, source_id, sources, first_seen_at, last_seen_at, first_run_id)
    values (s.posting_id, s.source, s.source_id, s.sources, s.seen_on, s.seen_on, s.run_id)
