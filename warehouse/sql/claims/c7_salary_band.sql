-- C7 middle-band salaries: grain one row. Among cross-border postings with a monthly CNY salary figure (the
-- midpoint of min and max, or the one bound given), the share whose midpoint lies in the middle band
-- [$band_low_cny_month, $band_high_cny_month), bound from the claim's params in warehouse/data/claims.json.
-- Negotiable salaries without figures and foreign currencies (not converted) are unknown: outside n.
-- The premium half of the claim (skilled vs otherwise similar postings) is a difference of salaries, not a
-- share with a Wilson interval, so it is not this metric. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings where salary_midpoint_cny_month is not null
),

final as (
    select
        'share_salary_middle_band' as metric,
        count(*) as n,
        count(*) filter (
            where salary_midpoint_cny_month >= $band_low_cny_month
            and salary_midpoint_cny_month < $band_high_cny_month
        ) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
