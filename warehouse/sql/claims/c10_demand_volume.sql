-- C10 talent gap: grain one row. Postings measure demand only; the gap (4 million short against under 1 million
-- trained) needs a supply source the warehouse does not have. n is the demand volume, the number of distinct
-- cross-border postings; k_low and k_high are null, so value and interval are null, and with a null threshold in
-- warehouse/data/claims.json the verdict stays inconclusive: `cbec validate` and the report print it as "not
-- testable from postings; demand volume N". Growth by month is the indicator n_cross_border_postings.
with flagged as (
    select * from mart_cross_border_postings
),

final as (
    select
        'n_cross_border_postings' as metric,
        count(*) as n,
        null::bigint as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
