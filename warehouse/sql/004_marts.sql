-- 004_marts: per-posting flags the indicators and claims count, defined once.
-- Plain SQL (no lambdas) so it binds in the DuckDB 1.5 CLI like the public views.
--
-- mart_cross_border_postings  grain: one row per distinct cross-border posting (current content), with the
--                             boolean flags behind claims C3, C5 and C6.
--   needs_small_language   requires (required = true) a foreign language other than English; zh/yue never count.
--   has_known_province     province is known (the C5 denominator); is_east: in the NBS east region.
--   has_known_size         size_class known (not null, not 'unknown'): the C6 denominator.
--   is_small_micro         size_class micro, small or small_or_micro (the C6 lower bound).
--   is_maybe_small_micro   an ambiguous band that includes a size below 100 employees (e.g. 50-150): counted in
--                          the C6 upper bound only.

create or replace view mart_cross_border_postings as
with current_postings as (
    select
        c.posting_id,
        c.first_seen_at,
        c.last_seen_at,
        v.province,
        v.region,
        v.size_class,
        v.size_min_employees,
        v.platforms,
        v.languages
    from core_postings as c
    inner join posting_versions as v on v.posting_id = c.posting_id and v.valid_to is null
    where v.is_cross_border
),

small_language_postings as (
    select distinct posting_id
    from posting_languages
    where is_required and language_code not in ('en', 'zh', 'yue')
),

final as (
    select
        p.posting_id,
        p.first_seen_at,
        p.last_seen_at,
        strftime(p.first_seen_at, '%Y-%m') as first_seen_month,
        p.province,
        p.region,
        p.size_class,
        p.size_min_employees,
        p.platforms,
        p.languages,
        s.posting_id is not null as needs_small_language,
        p.province is not null as has_known_province,
        coalesce(p.region = 'east', false) as is_east,
        coalesce(p.size_class <> 'unknown', false) as has_known_size,
        coalesce(p.size_class in ('micro', 'small', 'small_or_micro'), false) as is_small_micro,
        coalesce(p.size_class = 'ambiguous' and p.size_min_employees < 100, false) as is_maybe_small_micro
    from current_postings as p
    left join small_language_postings as s on s.posting_id = p.posting_id
)

select * from final;
