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

final as (
    select * from shares
    union all
    select * from counts
)

select * from final
