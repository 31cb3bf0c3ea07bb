-- stg_winners (TEMP): grain one row per posting_id of the batch: the input line that represents it. A posting
-- listed twice in one batch keeps its latest scrape, then the later line. Decided on narrow columns so the
-- wide rows are never sorted.
create or replace temp table stg_winners as
with incoming as (
    select posting_id, record_ord, try_cast(scraped_at as timestamptz) as scraped_at from stg_incoming
),

final as (
    select arg_max(
        record_ord,
        struct_pack(at := coalesce(scraped_at, '-infinity'::timestamptz), ord := record_ord)
    ) as record_ord
    from incoming
    group by posting_id
)

select * from final
