-- 009_distinct_postings_table: the dedup clusters' summaries are stored, not grouped on every query.
-- Upgrades an 008 file in place: every existing posting keeps its row and cluster; the summaries are computed
-- once here, then maintained by each load (warehouse.clusters) for the clusters it touches.
--
-- posting_clusters         every posting now has a row: postings loaded before 006 get their own cluster
--                          ('self'), so a cluster's members are exactly the rows with its cluster_id.
-- core_distinct_postings   grain: one row per cluster (one per distinct posting). posting_id / source /
--                          source_id: the representative (earliest first_seen_at, then smallest posting_id);
--                          first_seen_at, last_seen_at, sources: over the whole cluster; n_duplicates = members - 1.
--                          is_cross_border … languages: the representative's current version, and
--                          needs_small_language computed from its languages, so the marts read one table.
--                          No primary key: an ART index of a million keys would live in memory; the loader
--                          replaces a cluster's row by delete + insert inside its transaction.
-- distinct_postings        (internal view) as in 007, now a projection of the table.
-- postings and the views over it: same names, columns and order as 007; the cluster summary comes from the
--                          table, so `postings` is one join of the representatives with their current versions.
-- mart_cross_border_postings  same columns and rows as 007, read from the table alone.

insert into posting_clusters (posting_id, cluster_id, matched_by, similarity, run_id)
select c.posting_id, c.posting_id, 'self', null, null
from core_postings as c
anti join posting_clusters as k on k.posting_id = c.posting_id;

create table if not exists core_distinct_postings (
    cluster_id            varchar not null,
    posting_id            varchar not null,
    source                varchar,
    source_id             varchar,
    first_seen_at         date not null,
    last_seen_at          date not null,
    sources               varchar[],
    n_duplicates          bigint not null,
    is_cross_border       boolean,
    province              varchar,
    region                varchar,
    size_class            varchar,
    size_min_employees    bigint,
    platforms             varchar[],
    languages             struct(code varchar, level varchar, required boolean)[],
    needs_small_language  boolean
);

-- The same statement as warehouse/clusters.py runs for the clusters a load touches (here: all of them).
insert into core_distinct_postings by name
with summary as (
    select
        k.cluster_id,
        arg_min(c.posting_id, struct_pack(f := c.first_seen_at, p := c.posting_id)) as posting_id,
        arg_min(c.source, struct_pack(f := c.first_seen_at, p := c.posting_id)) as source,
        arg_min(c.source_id, struct_pack(f := c.first_seen_at, p := c.posting_id)) as source_id,
        min(c.first_seen_at) as first_seen_at,
        max(c.last_seen_at) as last_seen_at,
        list_sort(list_distinct(flatten(list(c.sources)))) as sources,
        count(*) - 1 as n_duplicates
    from posting_clusters as k
    inner join core_postings as c on c.posting_id = k.posting_id
    group by k.cluster_id
),

current_versions as (
    select posting_id, is_cross_border, province, region, size_class, size_min_employees, platforms, languages
    from posting_versions
    where valid_to is null and posting_id in (select posting_id from summary)
),

small_language as (
    select distinct posting_id
    from (select posting_id, unnest(languages) as lang from current_versions)
    where lang.required and lang.code not in ('en', 'zh', 'yue')
)

select
    s.*,
    v.is_cross_border,
    v.province,
    v.region,
    v.size_class,
    v.size_min_employees,
    v.platforms,
    v.languages,
    l.posting_id is not null as needs_small_language
from summary as s
left join current_versions as v on v.posting_id = s.posting_id
left join small_language as l on l.posting_id = s.posting_id;

create or replace view posting_cluster_members as
select
    c.posting_id,
    k.cluster_id,
    c.first_seen_at,
    c.last_seen_at,
    c.sources
from core_postings as c
inner join posting_clusters as k on k.posting_id = c.posting_id;

create or replace view distinct_postings as
select
    cluster_id,
    posting_id as representative_id,
    first_seen_at,
    last_seen_at,
    sources,
    n_duplicates
from core_distinct_postings;

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
        d.posting_id,
        d.source,
        d.source_id,
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
    from core_distinct_postings as d
    inner join current_versions as v on v.posting_id = d.posting_id
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
    where valid_to is null and posting_id in (select posting_id from core_distinct_postings)
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
    where valid_to is null and posting_id in (select posting_id from core_distinct_postings)
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
    where valid_to is null and posting_id in (select posting_id from core_distinct_postings)
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

-- The mart reads the stored representatives' flags (007 grouped the clusters, joined `postings` back to
-- posting_versions and went through posting_languages on every query); same columns, same rows.
create or replace view mart_cross_border_postings as
with final as (
    select
        posting_id,
        first_seen_at,
        last_seen_at,
        strftime(first_seen_at, '%Y-%m') as first_seen_month,
        province,
        region,
        size_class,
        size_min_employees,
        platforms,
        languages,
        needs_small_language,
        province is not null as has_known_province,
        coalesce(region = 'east', false) as is_east,
        coalesce(size_class <> 'unknown', false) as has_known_size,
        coalesce(size_class in ('micro', 'small', 'small_or_micro'), false) as is_small_micro,
        coalesce(size_class = 'ambiguous' and size_min_employees < 100, false) as is_maybe_small_micro
    from core_distinct_postings
    where is_cross_border
)

select * from final;
