-- 003_views: the public views analysts query. Changing a column here needs a new migration.
-- Every view is plain SQL the DuckDB 1.5 CLI binds (no lambdas, no 2.0-only functions), with unqualified
-- table names so the file works under any catalog name.
--
-- postings           grain: one row per distinct posting (current content + lifecycle).
-- posting_platforms  grain: one row per posting and platform slug.
-- posting_languages  grain: one row per posting and language code.
-- posting_skills     grain: one row per posting and skill.
-- indicators         grain: one row per indicator, period ('all' or 'YYYY-MM' of first_seen_at) and dimension.
-- claims             grain: one row per claim, latest computation only.
-- claim_history      grain: one row per claim and computation day.
-- source_health      grain: one row per run and source.
-- runs               grain: one row per run.

create or replace view postings as
with current_versions as (
    select * from posting_versions where valid_to is null
),

final as (
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
        c.first_seen_at,
        c.last_seen_at,
        c.sources,
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
        v.description
    from core_postings as c
    inner join current_versions as v on v.posting_id = c.posting_id
)

select * from final;

create or replace view posting_platforms as
with current_versions as (
    select posting_id, platforms from posting_versions where valid_to is null
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
    select posting_id, languages from posting_versions where valid_to is null
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
    select posting_id, skills from posting_versions where valid_to is null
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

create or replace view indicators as
with final as (
    select indicator, period, dimension, value, n, ci_low, ci_high
    from indicator_values
)

select * from final;

create or replace view claim_history as
with final as (
    select
        claim_id, statement, metric, value, value_upper, ci_low, ci_high, n, threshold, min_n, verdict,
        computed_at, computed_on
    from claim_results
)

select * from final;

create or replace view claims as
with latest as (
    select max(computed_on) as computed_on from claim_results
),

final as (
    select
        r.claim_id, r.statement, r.metric, r.value, r.value_upper, r.ci_low, r.ci_high, r.n, r.threshold,
        r.verdict, r.computed_at
    from claim_results as r
    inner join latest as l on l.computed_on = r.computed_on
)

select * from final;

create or replace view source_health as
with final as (
    select
        run_id, source, requests, responses_by_status, items, drops_by_reason, blocked, field_fill_rates,
        duration_s
    from raw_source_health
)

select * from final;

create or replace view runs as
with final as (
    select
        run_id, started_at, finished_at, status, seen_on, sources, n_landed, n_extracted, n_rejected,
        unknown_counts, errors, n_new, n_updated, n_unchanged, loaded_at
    from raw_runs
)

select * from final;
