-- stg_postings (TEMP VIEW over the TEMP table `stg_incoming`: the streamed Arrow chunks, one row per record).
-- grain: one row per posting_id. Rename, cast and flatten only; no business rules. A view, not a table: the
-- batch (descriptions included) is not copied again; stg_load (10_) holds the run and the winning lines.
create or replace temp view stg_postings as
with incoming as (
    select * from stg_incoming
),

load_run as (
    select run_id, seen_on from stg_load_run
),

renamed as (
    select
        posting_id,
        record_ord,
        load_run.run_id,
        load_run.seen_on,
        source,
        source_id,
        list_sort(list_distinct(coalesce(list_concat(sources, [source]), [source]))) as sources,
        try_cast(scraped_at as timestamptz) as scraped_at,
        url,
        title,
        company,
        company_size_raw,
        company_type_raw,
        industry_raw,
        location_raw,
        address_raw,
        salary_raw,
        education_raw,
        experience_raw,
        employment_type_raw,
        language_raw,
        tags,
        description,
        posted_at_raw,
        is_cross_border,
        relevance_evidence,
        salary.min_monthly as salary_min_cny_month,
        salary.max_monthly as salary_max_cny_month,
        salary.months_per_year as salary_months_per_year,
        salary.period as salary_period,
        salary.currency as salary_currency,
        salary.negotiable as is_salary_negotiable,
        location.country as country,
        location.province as province,
        location.city as city,
        location.district as district,
        location.adcode as adcode,
        location.region as region,
        location.is_pilot_zone as is_pilot_zone,
        location.industrial_belt as industrial_belt,
        company_size.min_employees as size_min_employees,
        company_size.max_employees as size_max_employees,
        company_size.size_class as size_class,
        education,
        experience.min_years as experience_min_years,
        experience.max_years as experience_max_years,
        employment_type as employment_types,
        role_family,
        platforms,
        languages,
        skills,
        ai_mention.present as has_ai_mention,
        ai_mention.context as ai_context,
        certificates,
        is_closed,
        try_cast(valid_through as date) as valid_through
    from incoming
    cross join load_run
    where incoming.record_ord in (select record_ord from stg_winners)
),

final as (
    select * from renamed
)

select * from final
