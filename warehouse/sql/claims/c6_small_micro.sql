-- C6 small and micro firms: grain one row. Among cross-border postings with a known size class:
-- k_low counts micro / small / small_or_micro (the lower bound); k_high adds ambiguous bands that include a size
-- below 100 employees, e.g. 50-150 (the upper bound, since such a firm may be small or may not).
with flagged as (
    select * from mart_cross_border_postings where has_known_size
),

final as (
    select
        'share_small_micro' as metric,
        count(*) as n,
        count(*) filter (where is_small_micro) as k_low,
        count(*) filter (where is_small_micro or is_maybe_small_micro) as k_high
    from flagged
)

select * from final
