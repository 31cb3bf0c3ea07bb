-- New content: a first version, or (changed on a later day) the version following the one 40_ just closed.
-- Parameters: $seen_on.
insert into posting_versions (
    posting_id, valid_from, valid_to, run_id, scraped_at, url, title, company, company_size_raw,
    company_type_raw, industry_raw, location_raw, address_raw, salary_raw, education_raw, experience_raw,
    employment_type_raw, language_raw, tags, description, posted_at_raw, is_cross_border, relevance_evidence,
    salary_min_cny_month, salary_max_cny_month, salary_months_per_year, salary_period, salary_currency,
    is_salary_negotiable, country, province, city, district, adcode, region, is_pilot_zone, industrial_belt,
    size_min_employees, size_max_employees, size_class, education, experience_min_years, experience_max_years,
    employment_types, role_family, platforms, languages, skills, has_ai_mention, ai_context, certificates,
    is_closed, valid_through
)
select
    s.posting_id, $seen_on::date, null, s.run_id, s.scraped_at, s.url, s.title, s.company, s.company_size_raw,
    s.company_type_raw, s.industry_raw, s.location_raw, s.address_raw, s.salary_raw, s.education_raw,
    s.experience_raw, s.employment_type_raw, s.language_raw, s.tags, s.description, s.posted_at_raw,
    s.is_cross_border, s.relevance_evidence, s.salary_min_cny_month, s.salary_max_cny_month,
    s.salary_months_per_year, s.salary_period, s.salary_currency, s.is_salary_negotiable, s.country, s.province,
    s.city, s.district, s.adcode, s.region, s.is_pilot_zone, s.industrial_belt, s.size_min_employees,
    s.size_max_employees, s.size_class, s.education, s.experience_min_years, s.experience_max_years,
    s.employment_types, s.role_family, s.platforms, s.languages, s.skills, s.has_ai_mention, s.ai_context,
    s.certificates, s.is_closed, s.valid_through
from stg_postings as s
inner join load_changes as c on c.posting_id = s.posting_id
where c.change_kind = 'new' or (c.change_kind = 'changed' and c.current_valid_from < $seen_on::date)
