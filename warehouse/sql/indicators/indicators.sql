-- indicators: grain one row per indicator, period and dimension, over cross-border postings
-- (mart_cross_border_postings). period: 'all', or the month (YYYY-MM) of first_seen_at.
-- Shares carry n (their denominator) and a 95% Wilson interval; counts carry the period's number of
-- cross-border postings as n and no interval.
--   share_small_language_required  dimension 'all' and 'region:<region>'          (claim C3)
--   share_east_region              among postings with a known province          (claim C5)
--   share_small_micro_lower/upper  among postings with a known size class        (claim C6)
--   n_cross_border_postings        dimension 'all'
--   n_postings_by_platform         dimension 'platform:<slug>'
--   n_postings_by_language         dimension 'language:<code>' (required or preferred)
--   salary_premium_skilled         period 'all' only (monthly comparison groups would be too thin); the size of
--                                  claim C7b's premium: the median over skilled postings of (salary midpoint /
--                                  their comparison group's median - 1), 0.25 = paid 25% more, with n the
--                                  skilled postings compared (C7b's n) and a distribution-free 95% interval for
--                                  that median (the order statistics of ranks floor(n/2 - 0.98 sqrt(n)) and
--                                  ceil(n/2 + 0.98 sqrt(n)) + 1, 1-based, clamped to 1..n).
--                                  Dimension 'all' and 'skill:small_language' / 'skill:ai_tools' /
--                                  'skill:data_analysis' (a posting with two of them is in both). The groups
--                                  come from salary_premium_comparisons($min_other_postings) (migration 012),
--                                  the parameter bound from C7b's params in warehouse/data/claims.json.
with flagged as (
    select * from mart_cross_border_postings
),

by_period as (
    select 'all' as period, * from flagged
    union all
    select first_seen_month as period, * from flagged
),

share_counts as (
    select
        'share_small_language_required' as indicator, period, 'all' as dimension,
        count(*) filter (where needs_small_language) as k, count(*) as n
    from by_period
    group by period
    union all
    select
        'share_small_language_required', period, 'region:' || region,
        count(*) filter (where needs_small_language), count(*)
    from by_period
    where region is not null
    group by period, region
    union all
    select 'share_east_region', period, 'all', count(*) filter (where is_east), count(*)
    from by_period
    where has_known_province
    group by period
    union all
    select 'share_small_micro_lower', period, 'all', count(*) filter (where is_small_micro), count(*)
    from by_period
    where has_known_size
    group by period
    union all
    select
        'share_small_micro_upper', period, 'all',
        count(*) filter (where is_small_micro or is_maybe_small_micro), count(*)
    from by_period
    where has_known_size
    group by period
),

shares as (
    select
        indicator, period, dimension,
        k / n as value,
        n,
        wilson_low(k, n) as ci_low,
        wilson_high(k, n) as ci_high
    from share_counts
),

period_totals as (
    select period, count(*) as n from by_period group by period
),

platform_mentions as (
    select period, posting_id, unnest(list_distinct(platforms)) as platform from by_period
),

language_mentions as (
    select period, posting_id, unnest(languages).code as language_code from by_period
),

mention_counts as (
    select
        'n_postings_by_platform' as indicator, period, 'platform:' || platform as dimension,
        count(distinct posting_id) as k
    from platform_mentions
    where platform is not null
    group by period, platform
    union all
    select 'n_postings_by_language', period, 'language:' || language_code, count(distinct posting_id)
    from language_mentions
    where language_code is not null
    group by period, language_code
    union all
    select 'n_cross_border_postings', period, 'all', count(*)
    from by_period
    group by period
),

counts as (
    select
        m.indicator, m.period, m.dimension,
        m.k::double as value,
        t.n,
        null::double as ci_low,
        null::double as ci_high
    from mention_counts as m
    inner join period_totals as t on t.period = m.period
),

premium_ratios as (
    select 'all' as dimension, midpoint / base_median - 1 as ratio
    from salary_premium_comparisons($min_other_postings)
    union all
    select 'skill:small_language', midpoint / base_median - 1
    from salary_premium_comparisons($min_other_postings)
    where needs_small_language
    union all
    select 'skill:ai_tools', midpoint / base_median - 1
    from salary_premium_comparisons($min_other_postings)
    where needs_ai_tools
    union all
    select 'skill:data_analysis', midpoint / base_median - 1
    from salary_premium_comparisons($min_other_postings)
    where needs_data_analysis
),

premium_ranked as (
    select
        dimension,
        ratio,
        row_number() over (partition by dimension order by ratio) as rank,
        count(*) over (partition by dimension) as n
    from premium_ratios
),

premiums as (
    select
        'salary_premium_skilled' as indicator,
        'all' as period,
        dimension,
        median(ratio) as value,
        any_value(n) as n,
        min(ratio) filter (where rank >= greatest(1, floor(n / 2 - 0.98 * sqrt(n)))) as ci_low,
        max(ratio) filter (where rank <= least(n, ceil(n / 2 + 0.98 * sqrt(n)) + 1)) as ci_high
    from premium_ranked
    group by dimension
),

final as (
    select * from shares
    union all
    select * from counts
    union all
    select * from premiums
)

select * from final
