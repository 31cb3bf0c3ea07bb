-- Close the current version of postings whose content changed on a later business day (history is kept).
-- A change on the same day as the current version's valid_from is merged into that version instead (50_).
-- Parameters: $seen_on.
update posting_versions as v
set valid_to = $seen_on::date
from load_changes as c
where c.posting_id = v.posting_id
  and c.change_kind = 'changed'
  and v.valid_to is null
  and v.valid_from < $seen_on::date
