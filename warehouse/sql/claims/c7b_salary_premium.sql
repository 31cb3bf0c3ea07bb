-- C7b skill premium (the premium half of C7): grain one row. Among skilled cross-border postings (a required
-- small language, AI tools or data analysis: is_premium_skilled, migration 012) with a monthly CNY salary
-- midpoint, the share paid ABOVE the median midpoint of otherwise similar non-skilled postings: the same role
-- family and experience band, in the same city, else province, else NBS region, whichever is the finest with at
-- least $min_other_postings of them (salary_premium_comparisons, migration 012; the parameter is bound from the
-- claim's params in warehouse/data/claims.json).
-- n: skilled postings that have such a comparison group. Outside n: postings without a CNY figure (negotiable,
-- foreign currency, none), with an unknown role family, or whose group is thinner than $min_other_postings at
-- every level (so a thin warehouse stays inconclusive under min_n instead of comparing with one or two peers).
-- k: midpoint strictly above the group median. A tie is not above: conservative, since pay is quoted in round
-- figures and ties are common. Without a premium a skilled posting is above the median about half the time
-- (less with ties), so a Wilson low >= 0.5 means the data show one; the premium's size (median of midpoint /
-- group median - 1) is the indicator salary_premium_skilled, not this verdict. The Wilson interval takes the
-- group medians as known: with groups of a few postings it is somewhat narrower than the truth. k_high is null:
-- a single estimate.
with compared as (
    select * from salary_premium_comparisons($min_other_postings)
),

final as (
    select
        'share_skilled_above_similar_median' as metric,
        count(*) as n,
        count(*) filter (where midpoint > base_median) as k_low,
        null::bigint as k_high
    from compared
)

select * from final
