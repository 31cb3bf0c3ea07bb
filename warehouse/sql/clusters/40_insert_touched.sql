-- grain: core_distinct_postings, one row per cluster: the statement migration 009 ran over every cluster,
-- restricted to the touched ones, with the claim flags migration 011 added (the same expressions as its backfill)
-- and the city and experience_min_years migration 012 added (C7b's comparison groups).
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
    where k.cluster_id in (select distinct cluster_id from touched_clusters)
    group by k.cluster_id
),

current_versions as (
    select
        posting_id, is_cross_border, province, region, size_class, size_min_employees, platforms, languages,
        role_family, skills, ai_context, salary_currency, salary_min_cny_month, salary_max_cny_month, education,
        employment_types, city, experience_min_years
    from posting_versions
    where valid_to is null and posting_id in (select posting_id from summary)
),

small_language as (
    select distinct posting_id
    from (select posting_id, unnest(languages) as lang from current_versions)
    where lang.required and lang.code not in ('en', 'zh', 'yue')
),

foreign_language as (
    select distinct posting_id
    from (select posting_id, unnest(languages) as lang from current_versions)
    where lang.required and lang.code not in ('zh', 'yue')
),

skill_flags as (
    select
        posting_id,
        bool_or(skill.category = 'platform_operations') as has_platform_operations,
        bool_or(skill.category = 'data_analysis') as has_data_analysis,
        bool_or(skill.category = 'ai_tools') as has_ai_tools
    from (select posting_id, unnest(skills) as skill from current_versions)
    group by posting_id
),

employment_flags as (
    select posting_id, bool_or(kind in ('part_time', 'remote', 'freelance')) as is_flexible
    from (select posting_id, unnest(employment_types) as kind from current_versions)
    group by posting_id
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
    l.posting_id is not null as needs_small_language,
    v.role_family,
    coalesce(sf.has_platform_operations, false) as needs_platform_operations,
    fl.posting_id is not null as needs_foreign_language,
    coalesce(sf.has_data_analysis, false) as needs_data_analysis,
    coalesce(sf.has_ai_tools, false) or coalesce(v.ai_context = 'use_tools', false) as needs_ai_tools,
    case
        when v.salary_currency = 'CNY'
            then (coalesce(v.salary_min_cny_month, v.salary_max_cny_month)
                + coalesce(v.salary_max_cny_month, v.salary_min_cny_month)) / 2
    end as salary_midpoint_cny_month,
    v.education,
    coalesce(len(v.employment_types) > 0, false) as has_known_employment_type,
    coalesce(ef.is_flexible, false) as is_flexible_employment,
    v.city,
    v.experience_min_years
from summary as s
left join current_versions as v on v.posting_id = s.posting_id
left join small_language as l on l.posting_id = s.posting_id
left join foreign_language as fl on fl.posting_id = s.posting_id
left join skill_flags as sf on sf.posting_id = s.posting_id
left join employment_flags as ef on ef.posting_id = s.posting_id
