-- 002_core: the posting lifecycle, its content history, and the computed indicators and claims.
--
-- core_postings        grain: one row per posting_id (identity and lifecycle: first/last business date seen).
-- posting_versions     grain: one row per posting_id and valid_from (the posting's content from valid_from until
--                      valid_to, exclusive; valid_to is null for the current version). A changed salary or title
--                      on a later day closes the current version and opens a new one, so nothing is lost.
-- indicator_values     grain: one row per indicator, period and dimension (rebuilt by refresh_indicators).
-- claim_results        grain: one row per claim_id and computed_on (Asia/Shanghai date); a rerun the same day
--                      replaces that day's rows.
-- stg_posting_changes  grain: one row per posting_id in stg_postings, classified new / changed / unchanged / stale
--                      against its current version (stale: a backfilled run older than the current version).
-- wilson_low/high      macros: 95% Wilson score interval bounds for k successes out of n (null when n = 0).

create table if not exists core_postings (
    posting_id      varchar primary key,
    source          varchar,
    source_id       varchar,
    sources         varchar[],
    first_seen_at   date not null,
    last_seen_at    date not null,
    first_run_id    varchar
);

create table if not exists posting_versions (
    posting_id              varchar not null,
    valid_from              date not null,
    valid_to                date,
    run_id                  varchar,
    scraped_at              timestamptz,
    url                     varchar,
    title                   varchar,
    company                 varchar,
    company_size_raw        varchar,
    company_type_raw        varchar,
    industry_raw            varchar,
    location_raw            varchar,
    address_raw             varchar,
    salary_raw              varchar,
    education_raw           varchar,
    experience_raw          varchar,
    employment_type_raw     varchar,
    language_raw            varchar,
    tags                    varchar[],
    description             varchar,
    posted_at_raw           varchar,
    is_cross_border         boolean,
    relevance_evidence      varchar[],
    salary_min_cny_month    double,
    salary_max_cny_month    double,
    salary_months_per_year  integer,
    salary_period           varchar,
    salary_currency         varchar,
    is_salary_negotiable    boolean,
    country                 varchar,
    province                varchar,
    city                    varchar,
    district                varchar,
    adcode                  varchar,
    region                  varchar,
    is_pilot_zone           boolean,
    industrial_belt         varchar,
    size_min_employees      bigint,
    size_max_employees      bigint,
    size_class              varchar,
    education               varchar,
    experience_min_years    double,
    experience_max_years    double,
    employment_types        varchar[],
    role_family             varchar,
    platforms               varchar[],
    languages               struct(code varchar, level varchar, required boolean)[],
    skills                  struct(id varchar, name_zh varchar, name_en varchar, category varchar)[],
    has_ai_mention          boolean,
    ai_context              varchar,
    certificates            varchar[],
    primary key (posting_id, valid_from)
);

create table if not exists indicator_values (
    indicator    varchar not null,
    period       varchar not null,
    dimension    varchar not null,
    value        double,
    n            bigint,
    ci_low       double,
    ci_high      double,
    computed_at  timestamptz,
    primary key (indicator, period, dimension)
);

create table if not exists claim_results (
    claim_id     varchar not null,
    computed_on  date not null,
    statement    varchar,
    metric       varchar,
    value        double,
    value_upper  double,
    ci_low       double,
    ci_high      double,
    n            bigint,
    threshold    double,
    min_n        bigint,
    verdict      varchar,
    computed_at  timestamptz,
    primary key (claim_id, computed_on)
);

-- 1.959963984540054 is the two-sided 95% normal quantile.
create or replace macro wilson_low(k, n) as
    case when n > 0 then
        ((k / n) + 1.959963984540054 ^ 2 / (2 * n)
         - 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
        / (1 + 1.959963984540054 ^ 2 / n)
    end;

create or replace macro wilson_high(k, n) as
    case when n > 0 then
        ((k / n) + 1.959963984540054 ^ 2 / (2 * n)
         + 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
        / (1 + 1.959963984540054 ^ 2 / n)
    end;

create or replace view stg_posting_changes as
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
                s.platforms, s.languages, s.skills, s.has_ai_mention, s.ai_context, s.certificates
            ) is distinct from (
                v.url, v.title, v.company, v.company_size_raw, v.company_type_raw, v.industry_raw,
                v.location_raw, v.address_raw, v.salary_raw, v.education_raw, v.experience_raw,
                v.employment_type_raw, v.language_raw, v.tags, v.description, v.posted_at_raw,
                v.is_cross_border, v.relevance_evidence, v.salary_min_cny_month, v.salary_max_cny_month,
                v.salary_months_per_year, v.salary_period, v.salary_currency, v.is_salary_negotiable,
                v.country, v.province, v.city, v.district, v.adcode, v.region, v.is_pilot_zone,
                v.industrial_belt, v.size_min_employees, v.size_max_employees, v.size_class, v.education,
                v.experience_min_years, v.experience_max_years, v.employment_types, v.role_family,
                v.platforms, v.languages, v.skills, v.has_ai_mention, v.ai_context, v.certificates
            ) then 'changed'
            else 'unchanged'
        end as change_kind
    from stg_postings as s
    left join core_postings as c on c.posting_id = s.posting_id
    left join current_versions as v on v.posting_id = s.posting_id
),

final as (
    select * from compared
)

select * from final;
