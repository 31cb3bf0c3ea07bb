-- C5 east: grain one row. Share of cross-border postings with a known province that lie in the NBS east region
-- (Hong Kong, Macao, Taiwan have a province but no region: they count in n, not in k).
with flagged as (
    select * from mart_cross_border_postings where has_known_province
),

final as (
    select
        'share_east_region' as metric,
        count(*) as n,
        count(*) filter (where is_east) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
