-- Content changed again on the day its current version started: overwrite that version (history is per day).
-- Parameters: $seen_on.
update posting_versions as v
set
    run_id = s.run_id, scraped_at = s.scraped_at, url = s.url, title = s.title, company = s.company,
    company_size_raw = s.company_size_raw, company_type_raw = s.company_type_raw, industry_raw = s.industry_raw,
    location_raw = s.location_raw, address_raw = s.address_raw, salary_raw = s.salary_raw,
    education_raw = s.education_raw, experience_raw = s.experience_raw,
    employment_type_raw = s.employment_type_raw, language_raw = s.language_raw, tags = s.tags,
    description = s.description, posted_at_raw = s.posted_at_raw, is_cross_border = s.is_cross_border,
    relevance_evidence = s.relevance_evidence, salary_min_cny_month = s.salary_min_cny_month,
    salary_max_cny_month = s.salary_max_cny_month, salary_months_per_year = s.salary_months_per_year,
    salary_period = s.salary_period, salary_currency = s.salary_currency,
    is_salary_negotiable = s.is_salary_negotiable, country = s.country, province = s.province, city = s.city,
    district = s.district, adcode = s.adcode, region = s.region, is_pilot_zone = s.is_pilot_zone,
    industrial_belt = s.industrial_belt, size_min_employees = s.size_min_employees,
    size_max_employees = s.size_max_employees, size_class = s.size_class, education = s.education,
    experience_min_years = s.experience_min_years, experience_max_years = s.experience_max_years,
    employment_types = s.employment_types, role_family = s.role_family, platforms = s.platforms,
    languages = s.languages, skills = s.skills, has_ai_mention = s.has_ai_mention, ai_context = s.ai_context,
    certificates = s.certificates, is_closed = s.is_closed, valid_through = s.valid_through
from stg_postings as s
inner join load_changes as c on c.posting_id = s.posting_id
where v.posting_id = s.posting_id
  and v.valid_from = $seen_on::date
  and c.change_kind = 'changed'
  and c.current_valid_from = $seen_on::date
