-- 007_views_dedup_active: the public views after deduplication (one row per distinct posting), active stock and
-- data-quality results. Existing columns keep their names and order; new ones are appended.
-- Plain SQL the DuckDB 1.5 CLI binds (no lambdas), unqualified table names.
--
-- posting_cluster_members  (internal) grain: one row per posting_id with its cluster (own id when unclustered).
-- distinct_postings        (internal) grain: one row per cluster: its representative (earliest first_seen_at,
--                          then smallest posting_id), first/last seen over the cluster, every source that
--                          carried it, n_duplicates = members - 1.
-- postings                 grain: one row per distinct posting (cluster representative's current content).
--   first_seen_at / last_seen_at / sources: over the whole cluster.
--   closed_on  the day the posting left the active stock: not seen for inactive_after_days
--              (warehouse_settings, from lifecycle.json), or its page said closed (is_closed: the day that
--              version started; valid_through: the day after), whichever is first; null while active.
--   is_active  closed_on is null, as of the reference day (the latest run's seen_on).
-- posting_platforms / _languages / _skills  as before, for distinct postings only.
-- active_postings_daily    grain: one row per day from the first first_seen_at to the reference day.
-- runs                     as before, plus quality_passed.
-- quality_checks           grain: one row per run and check.

create or replace view posting_cluster_members as
select
    c.posting_id,
    coalesce(k.cluster_id, c.posting_id) as cluster_id,
    c.first_seen_at,
    c.last_seen_at,
    c.sources
from core_postings as c
left join posting_clusters as k on k.posting_id = c.posting_id;

create or replace view distinct_postings as
with grouped as (
    select
        cluster_id,
        arg_min(posting_id, struct_pack(f := first_seen_at, p := posting_id)) as representative_id,
        min(first_seen_at) as first_seen_at,
        max(last_seen_at) as last_seen_at,
        list_sort(list_distinct(flatten(list(sources)))) as sources,
        count(*) - 1 as n_duplicates
    from posting_cluster_members
    group by cluster_id
)

select * from grouped;

create or replace view postings as
with settings as (
    select
        coalesce(
            (select try_cast(value as integer) from warehouse_settings where key = 'inactive_after_days'), 14
        ) as inactive_after_days,
        coalesce((select max(seen_on) from raw_runs), (select max(last_seen_at) from core_postings))
            as reference_day
),

current_versions as (
    select * from posting_versions where valid_to is null
),

joined as (
    select
        c.posting_id,
        c.source,
        c.source_id,
        v.url,
        v.title,
        v.company,
        v.is_cross_border,
        v.relevance_evidence,
        v.salary_min_cny_month,
        v.salary_max_cny_month,
        v.salary_months_per_year,
        v.salary_period,
        v.salary_currency,
        v.is_salary_negotiable,
        v.country,
        v.province,
        v.city,
        v.district,
        v.adcode,
        v.region,
        v.is_pilot_zone,
        v.industrial_belt,
        v.size_min_employees,
        v.size_max_employees,
        v.size_class,
        v.education,
        v.experience_min_years,
        v.experience_max_years,
        v.employment_types,
        v.role_family,
        v.platforms,
        v.has_ai_mention,
        v.ai_context,
        v.certificates,
        d.first_seen_at,
        d.last_seen_at,
        d.sources,
        v.valid_from as content_valid_from,
        v.company_size_raw,
        v.company_type_raw,
        v.industry_raw,
        v.location_raw,
        v.address_raw,
        v.salary_raw,
        v.education_raw,
        v.experience_raw,
        v.employment_type_raw,
        v.language_raw,
        v.tags,
        v.posted_at_raw,
        v.description,
        greatest(
            d.first_seen_at,
            least(
                d.last_seen_at + s.inactive_after_days,
                case when v.is_closed then v.valid_from end,
                v.valid_through + 1
            )
        ) as closes_on,
        s.reference_day,
        d.n_duplicates,
        d.cluster_id
    from distinct_postings as d
    inner join core_postings as c on c.posting_id = d.representative_id
    inner join current_versions as v on v.posting_id = c.posting_id
    cross join settings as s
),

final as (
    select
        * exclude (closes_on, reference_day, n_duplicates, cluster_id),
        closes_on > reference_day as is_active,
        case when closes_on <= reference_day then closes_on end as closed_on,
        n_duplicates,
        cluster_id
    from joined
)

select * from final;

create or replace view posting_platforms as
with current_versions as (
    select posting_id, platforms from posting_versions
    where valid_to is null and posting_id in (select representative_id from distinct_postings)
),

unnested as (
    select posting_id, unnest(platforms) as platform from current_versions
),

final as (
    select distinct posting_id, platform from unnested where platform is not null
)

select * from final;

create or replace view posting_languages as
with current_versions as (
    select posting_id, languages from posting_versions
    where valid_to is null and posting_id in (select representative_id from distinct_postings)
),

unnested as (
    select posting_id, unnest(languages) as lang from current_versions
),

final as (
    select
        posting_id,
        lang.code as language_code,
        lang.level as level,
        lang.required as is_required
    from unnested
    where lang.code is not null
)

select * from final;

create or replace view posting_skills as
with current_versions as (
    select posting_id, skills from posting_versions
    where valid_to is null and posting_id in (select representative_id from distinct_postings)
),

unnested as (
    select posting_id, unnest(skills) as skill from current_versions
),

final as (
    select
        posting_id,
        skill.id as skill_id,
        skill.name_zh as name_zh,
        skill.name_en as name_en,
        skill.category as category
    from unnested
    where skill.id is not null
)

select * from final;

-- The mart (004) now counts distinct postings only, with the cluster's first_seen_at.
create or replace view mart_cross_border_postings as
with current_postings as (
    select
        p.posting_id,
        p.first_seen_at,
        p.last_seen_at,
        p.province,
        p.region,
        p.size_class,
        p.size_min_employees,
        p.platforms,
        v.languages
    from postings as p
    inner join posting_versions as v on v.posting_id = p.posting_id and v.valid_to is null
    where p.is_cross_border
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

create or replace view active_postings_daily as
with lifecycle as (
    select first_seen_at, closed_on, reference_day from (
        select
            p.first_seen_at,
            p.closed_on,
            coalesce((select max(seen_on) from raw_runs), (select max(last_seen_at) from core_postings))
                as reference_day
        from postings as p
    )
),

bounds as (
    select min(first_seen_at) as first_day, max(reference_day) as last_day from lifecycle
),

days as (
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as day
    from bounds
    where first_day is not null
),

new_counts as (
    select first_seen_at as day, count(*) as n_new from lifecycle group by first_seen_at
),

closed_counts as (
    select closed_on as day, count(*) as n_closed from lifecycle where closed_on is not null group by closed_on
),

daily as (
    select
        d.day,
        coalesce(n.n_new, 0) as n_new,
        coalesce(c.n_closed, 0) as n_closed
    from days as d
    left join new_counts as n on n.day = d.day
    left join closed_counts as c on c.day = d.day
),

final as (
    select
        day,
        cast(sum(n_new - n_closed) over (order by day rows between unbounded preceding and current row)
            as bigint) as n_active,
        n_new,
        n_closed
    from daily
)

select * from final;

create or replace view runs as
with final as (
    select
        run_id, started_at, finished_at, status, seen_on, sources, n_landed, n_extracted, n_rejected,
        unknown_counts, errors, n_new, n_updated, n_unchanged, loaded_at, quality_passed
    from raw_runs
)

select * from final;

create or replace view quality_checks as
with final as (
    select run_id, check_name as "check", passed, observed, expected, detail
    from quality_results
)

select * from final;
