-- core_postings: a new posting starts its lifecycle; a seen one moves last_seen_at (DATE-granular, so a rerun of
-- the same business day matches nothing and writes nothing). Only the date columns are updated here: rewriting
-- the sources list of every seen posting would cost far more than the rare source change (65_).
merge into core_postings as c
using stg_postings as s
on c.posting_id = s.posting_id
when matched and (c.last_seen_at < s.seen_on or c.first_seen_at > s.seen_on) then update set
    first_seen_at = least(c.first_seen_at, s.seen_on),
    last_seen_at = greatest(c.last_seen_at, s.seen_on)
when not matched then insert (posting_id, source, source_id, sources, first_seen_at, last_seen_at, first_run_id)
    values (s.posting_id, s.source, s.source_id, s.sources, s.seen_on, s.seen_on, s.run_id)
