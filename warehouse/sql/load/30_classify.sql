-- load_changes: grain one row per staged posting_id with its change_kind against its current version, frozen
-- before any core table is written so later steps and the load counts see one consistent picture.
--   new        not in the warehouse yet
--   changed    content differs from the current version (any extracted or raw field; scraped_at ignored)
--   unchanged  same content
--   stale      a backfilled run older than the current version: lifecycle dates only, content untouched
-- identity_changed: title, company, city, location or description differ (dedup keys must be recomputed).
create or replace temp table load_changes as
with current_versions as (
    select * from posting_versions where valid_to is null
),

compared as (
    select
        s.posting_id,
        v.valid_from as current_valid_from,
        case
            when c.posting_id is null or v.posting_id is null then 'new'
            when s.seen_on < v.valid_from then 'stale'
            when (
                s.url, s.title, s.company, s.company_size_raw, s.company_type_raw, s.industry_raw,
                s.location_raw, s.address_raw, s.salary_raw, s.education_raw, s.experience_raw,
                s.employment_type_raw, s.language_raw, s.tags, s.description, s.posted_at_raw,
                s.is_cross_border, s.relevance_evidence, s.salary_min_cny_month, s.salary_max_cny_month,
                s.salary_months_per_year, s.salary_period, s.salary_currency, s.is_salary_negotiable,
                s.country, s.province, s.city, s.district, s.adcode, s.region, s.is_pilot_zone,
                s.industrial_belt, s.size_min_employees, s.size_max_employees, s.size_class, s.education,
                s.experience_min_years, s.experience_max_years, s.employment_types, s.role_family,
                s.platforms, s.languages, s.skills, s.has_ai_mention, s.ai_context, s.certificates,
                s.is_closed, s.valid_through
            ) is distinct from (
                v.url, v.title, v.company, v.company_size_raw, v.company_type_raw, v.industry_raw,
                v.location_raw, v.address_raw, v.salary_raw, v.education_raw, v.experience_raw,
                v.employment_type_raw, v.language_raw, v.tags, v.description, v.posted_at_raw,
                v.is_cross_border, v.relevance_evidence, v.salary_min_cny_month, v.salary_max_cny_month,
                v.salary_months_per_year, v.salary_period, v.salary_currency, v.is_salary_negotiable,
                v.country, v.province, v.city, v.district, v.adcode, v.region, v.is_pilot_zone,
                v.industrial_belt, v.size_min_employees, v.size_max_employees, v.size_class, v.education,
                v.experience_min_years, v.experience_max_years, v.employment_types, v.role_family,
                v.platforms, v.languages, v.skills, v.has_ai_mention, v.ai_context, v.certificates,
                v.is_closed, v.valid_through
            ) then 'changed'
            else 'unchanged'
        end as change_kind,
        (s.title, s.company, s.city, s.location_raw, s.description)
            is distinct from (v.title, v.company, v.city, v.location_raw, v.description) as identity_changed
    from stg_postings as s
    left join core_postings as c on c.posting_id = s.posting_id
    left join current_versions as v on v.posting_id = s.posting_id
),

final as (
    select * from compared
)

select posting_id, change_kind, current_valid_from, identity_changed from final
