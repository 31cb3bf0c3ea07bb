-- core_postings.sources gains the sources a dedup stage reported for a posting that it did not list before.
update core_postings as c
set sources = list_sort(list_distinct(list_concat(c.sources, s.sources)))
from stg_postings as s
where c.posting_id = s.posting_id
  and not list_has_all(c.sources, s.sources)
