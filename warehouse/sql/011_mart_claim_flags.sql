-- 011_mart_claim_flags: the cross-border postings mart gains the per-posting flags behind claims C1, C2, C4, C7,
-- C8 and C9 (C3, C5, C6 keep theirs, same columns in the same order first). Plain SQL (no lambdas) so it binds in
-- the DuckDB 1.5 CLI like the public views. The new columns come from the representative's current version
-- (posting_versions, valid_to null), the same row `postings` shows; skills and languages are unnested once.
--
-- mart_cross_border_postings  grain: one row per distinct cross-border posting (current content).
--   role_family                 as extracted (nlp/data/role_families.jsonl): operations, procurement, marketing,
--                               sales, customer_service, logistics, design_content, data_analytics, engineering,
--                               management, other; null when unknown.
--   has_known_role_family       role_family is not null (the C1 denominator).
--   is_core_role_family         operations, procurement (incl. product selection) or marketing (C1).
--   needs_platform_operations   a skill of category platform_operations (C2 group 1).
--   needs_foreign_language      a required (required = true) language other than Chinese (zh, yue): English
--                               counts here, unlike C3 (C2 group 2).
--   needs_data_analysis         a skill of category data_analysis (C2 group 3).
--   needs_ai_tools              a skill of category ai_tools, or the AI mention's context is use_tools (C2 group
--                               4, C4). A vague AI mention or building AI (engineering) does not count.
--   n_skill_groups              how many of those four groups the posting asks for, 0-4 (C2).
--   salary_currency             as extracted; salary_midpoint_cny_month: the midpoint of the monthly CNY range
--                               (one bound alone when the other is missing), null for another currency, a
--                               negotiable salary or no figures (C7).
--   education                   as extracted; has_known_education: not null (the C8 denominator, 学历不限 =
--                               none_required included); is_associate_or_bachelor: associate (大专) or bachelor.
--   employment_types            as extracted; has_known_employment_type: a non-empty list (the extractor always
--                               gives one, full_time by default; only records from elsewhere lack it).
--   is_flexible_employment      part_time, remote or freelance (freelance includes project-based 项目制);
--                               internship and campus hiring are training routes, not flexible work (C9).

create or replace view mart_cross_border_postings as
with distinct_cross_border as (
    select * from core_distinct_postings where is_cross_border
),

current_versions as (
    select
        v.posting_id,
        v.role_family,
        v.skills,
        v.languages,
        v.ai_context,
        v.salary_currency,
        v.salary_min_cny_month,
        v.salary_max_cny_month,
        v.education,
        v.employment_types
    from posting_versions as v
    inner join distinct_cross_border as d on d.posting_id = v.posting_id
    where v.valid_to is null
),

skill_flags as (
    select
        posting_id,
        bool_or(skill.category = 'platform_operations') as has_platform_operations,
        bool_or(skill.category = 'data_analysis') as has_data_analysis,
        bool_or(skill.category = 'ai_tools') as has_ai_tools_skill
    from (select posting_id, unnest(skills) as skill from current_versions)
    group by posting_id
),

language_flags as (
    select distinct posting_id
    from (select posting_id, unnest(languages) as lang from current_versions)
    where lang.required and lang.code not in ('zh', 'yue')
),

employment_flags as (
    select
        posting_id,
        bool_or(kind in ('part_time', 'remote', 'freelance')) as is_flexible
    from (select posting_id, unnest(employment_types) as kind from current_versions)
    group by posting_id
),

flags as (
    select
        v.posting_id,
        v.role_family,
        v.salary_currency,
        v.education,
        v.employment_types,
        coalesce(s.has_platform_operations, false) as needs_platform_operations,
        l.posting_id is not null as needs_foreign_language,
        coalesce(s.has_data_analysis, false) as needs_data_analysis,
        coalesce(s.has_ai_tools_skill, false) or coalesce(v.ai_context = 'use_tools', false) as needs_ai_tools,
        case
            when v.salary_currency = 'CNY'
                then (coalesce(v.salary_min_cny_month, v.salary_max_cny_month)
                    + coalesce(v.salary_max_cny_month, v.salary_min_cny_month)) / 2
        end as salary_midpoint_cny_month,
        coalesce(e.is_flexible, false) as is_flexible_employment
    from current_versions as v
    left join skill_flags as s on s.posting_id = v.posting_id
    left join language_flags as l on l.posting_id = v.posting_id
    left join employment_flags as e on e.posting_id = v.posting_id
),

final as (
    select
        d.posting_id,
        d.first_seen_at,
        d.last_seen_at,
        strftime(d.first_seen_at, '%Y-%m') as first_seen_month,
        d.province,
        d.region,
        d.size_class,
        d.size_min_employees,
        d.platforms,
        d.languages,
        d.needs_small_language,
        d.province is not null as has_known_province,
        coalesce(d.region = 'east', false) as is_east,
        coalesce(d.size_class <> 'unknown', false) as has_known_size,
        coalesce(d.size_class in ('micro', 'small', 'small_or_micro'), false) as is_small_micro,
        coalesce(d.size_class = 'ambiguous' and d.size_min_employees < 100, false) as is_maybe_small_micro,
        f.role_family,
        f.role_family is not null as has_known_role_family,
        coalesce(f.role_family in ('operations', 'procurement', 'marketing'), false) as is_core_role_family,
        coalesce(f.needs_platform_operations, false) as needs_platform_operations,
        coalesce(f.needs_foreign_language, false) as needs_foreign_language,
        coalesce(f.needs_data_analysis, false) as needs_data_analysis,
        coalesce(f.needs_ai_tools, false) as needs_ai_tools,
        coalesce(f.needs_platform_operations::integer, 0) + coalesce(f.needs_foreign_language::integer, 0)
            + coalesce(f.needs_data_analysis::integer, 0) + coalesce(f.needs_ai_tools::integer, 0)
            as n_skill_groups,
        f.salary_currency,
        f.salary_midpoint_cny_month,
        f.education,
        f.education is not null as has_known_education,
        coalesce(f.education in ('associate', 'bachelor'), false) as is_associate_or_bachelor,
        f.employment_types,
        coalesce(len(f.employment_types) > 0, false) as has_known_employment_type,
        coalesce(f.is_flexible_employment, false) as is_flexible_employment
    from distinct_cross_border as d
    left join flags as f on f.posting_id = d.posting_id
)

select * from final;
