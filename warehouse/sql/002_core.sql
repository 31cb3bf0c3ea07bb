-- 002_core: the posting lifecycle, its content history, and the computed indicators and claims.
--
-- core_postings        grain: one row per posting_id (identity and lifecycle: first/last business date seen).
-- posting_versions     grain: one row per posting_id and valid_from (the posting's content from valid_from until
--                      valid_to, exclusive; valid_to is null for the current version). A changed salary or title
--                      on a later day closes the current version and opens a new one, so nothing is lost.
-- indicator_values     grain: one row per indicator, period and dimension (rebuilt by refresh_indicators).
-- claim_results        grain: one row per claim_id and computed_on (Asia/Shanghai date); a rerun the same day
--                      replaces that day's rows.
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
