-- 011_mart_claim_flags: the per-posting flags behind claims C1, C2, C4, C7, C8 and C9 are stored beside
-- needs_small_language in core_distinct_postings (the representative's current version, computed by each load
-- in clusters/40_insert_touched.sql with the same expressions as the backfill below), so the mart still reads
-- one table: joining posting_versions and unnesting skills in the view made every mart query (C5's share
-- included) about 100 times slower at 100,000 postings. Plain SQL (no lambdas) so the view binds in the DuckDB
-- 1.5 CLI like the public views.
--
-- core_distinct_postings gains (at the end; the loader inserts by name):
--   role_family                 as extracted (nlp/data/role_families.jsonl): operations, procurement, marketing,
--                               sales, customer_service, logistics, design_content, data_analytics, engineering,
--                               management, other; null when unknown.
--   needs_platform_operations   a skill of category platform_operations (C2 group 1).
--   needs_foreign_language      a required (required = true) language other than Chinese (zh, yue): English
--                               counts here, unlike C3 (C2 group 2).
--   needs_data_analysis         a skill of category data_analysis (C2 group 3).
--   needs_ai_tools              a skill of category ai_tools, or the AI mention's context is use_tools (C2 group
--                               4, C4). A vague AI mention or building AI (engineering) does not count.
--   salary_midpoint_cny_month   the midpoint of the monthly CNY range (one bound alone when the other is missing);
--                               null for another currency (not converted), a negotiable salary or no figures (C7).
--   education                   as extracted (none_required … doctorate), null when unknown (C8).
--   has_known_employment_type   a non-empty employment type list (the extractor always gives one, full_time by
--                               default; only records from elsewhere lack it): the C9 denominator.
--   is_flexible_employment      part_time, remote or freelance (freelance includes project-based 项目制);
--                               internship and campus hiring are training routes, not flexible work (C9).
--
-- mart_cross_border_postings  grain: one row per distinct cross-border posting; the 009 columns first, then
--   the stored flags above and these derived ones:
--   has_known_role_family       role_family is not null (the C1 denominator).
--   is_core_role_family         operations, procurement (incl. product selection) or marketing (C1).
--   n_skill_groups              how many of the four C2 groups the posting asks for, 0-4.
--   has_known_education         education is not null (the C8 denominator; 学历不限 = none_required counts).
--   is_associate_or_bachelor    associate (大专) or bachelor (C8).

alter table core_distinct_postings add column role_family varchar;
alter table core_distinct_postings add column needs_platform_operations boolean;
alter table core_distinct_postings add column needs_foreign_language boolean;
alter table core_distinct_postings add column needs_data_analysis boolean;
alter table core_distinct_postings add column needs_ai_tools boolean;
alter table core_distinct_postings add column salary_midpoint_cny_month double;
alter table core_distinct_postings add column education varchar;
alter table core_distinct_postings add column has_known_employment_type boolean;
alter table core_distinct_postings add column is_flexible_employment boolean;

update core_distinct_postings as d
set
    role_family = f.role_family,
    needs_platform_operations = f.needs_platform_operations,
    needs_foreign_language = f.needs_foreign_language,
    needs_data_analysis = f.needs_data_analysis,
    needs_ai_tools = f.needs_ai_tools,
    salary_midpoint_cny_month = f.salary_midpoint_cny_month,
    education = f.education,
    has_known_employment_type = f.has_known_employment_type,
    is_flexible_employment = f.is_flexible_employment
from (
    with current_versions as (
        select
            posting_id, languages, role_family, skills, ai_context, salary_currency, salary_min_cny_month,
            salary_max_cny_month, education, employment_types
        from posting_versions
        where valid_to is null and posting_id in (select posting_id from core_distinct_postings)
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
        v.posting_id,
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
        coalesce(ef.is_flexible, false) as is_flexible_employment
    from current_versions as v
    left join foreign_language as fl on fl.posting_id = v.posting_id
    left join skill_flags as sf on sf.posting_id = v.posting_id
    left join employment_flags as ef on ef.posting_id = v.posting_id
) as f
where f.posting_id = d.posting_id;

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
        coalesce(size_class = 'ambiguous' and size_min_employees < 100, false) as is_maybe_small_micro,
        role_family,
        role_family is not null as has_known_role_family,
        coalesce(role_family in ('operations', 'procurement', 'marketing'), false) as is_core_role_family,
        coalesce(needs_platform_operations, false) as needs_platform_operations,
        coalesce(needs_foreign_language, false) as needs_foreign_language,
        coalesce(needs_data_analysis, false) as needs_data_analysis,
        coalesce(needs_ai_tools, false) as needs_ai_tools,
        coalesce(needs_platform_operations::integer, 0) + coalesce(needs_foreign_language::integer, 0)
            + coalesce(needs_data_analysis::integer, 0) + coalesce(needs_ai_tools::integer, 0) as n_skill_groups,
        salary_midpoint_cny_month,
        education,
        education is not null as has_known_education,
        coalesce(education in ('associate', 'bachelor'), false) as is_associate_or_bachelor,
        coalesce(has_known_employment_type, false) as has_known_employment_type,
        coalesce(is_flexible_employment, false) as is_flexible_employment
    from core_distinct_postings
    where is_cross_border
)

select * from final;
