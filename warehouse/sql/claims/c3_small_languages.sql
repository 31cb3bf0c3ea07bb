-- C3 small languages: grain one row. Share of cross-border postings requiring (required = true) a foreign
-- language other than English; Chinese (zh, yue) never counts. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings
),

final as (
    select
        'share_small_language_required' as metric,
        count(*) as n,
        count(*) filter (where needs_small_language) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
