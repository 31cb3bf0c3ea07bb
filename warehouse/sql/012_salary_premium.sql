-- 012_salary_premium: what claim C7b (the premium half of C7) and its size indicator compare. A skilled posting's
-- salary is compared with otherwise similar postings: the same role family, experience band and place. The
-- place needs the city and the experience needs the minimum years, so both are stored beside 011's flags in
-- core_distinct_postings (the representative's current version, computed by each load in
-- clusters/40_insert_touched.sql with the same expressions as the backfill below): the mart still reads one table.
-- Plain SQL (no lambdas) so the view binds in the DuckDB 1.5 CLI like the public views.
--
-- core_distinct_postings gains (at the end; the loader inserts by name):
--   city                   as extracted (official full name, 深圳市), null when unknown.
--   experience_min_years   as extracted ("经验不限" and "应届" give 0), null when the posting states none.
--
-- mart_cross_border_postings  grain: one row per distinct cross-border posting; the 011 columns, then:
--   city, experience_min_years  as stored.
--   experience_band        none (under 1 year, 经验不限 included), 1-3 (from 1, under 3), 3-5, 5+, or unstated
--                          (null): the bands of the salary breakdown for cross-border operations roles that
--                          WHITEPAPER.md cites (none 4-6k, 1-3 years about 7k, 3-5 about 10k, 5+ 15k+). A posting
--                          that states no experience is compared with others that state none.
--   is_premium_skilled     requires a small language (needs_small_language: a required language other than zh,
--                          yue and en), AI tools (needs_ai_tools, as C4) or data analysis (needs_data_analysis,
--                          as C2's group 3): the white paper's "small-language / AI / data skills". English alone
--                          and platform operations are not: most cross-border postings ask for them (C2).
--
-- salary_premium_comparisons(min_other_postings)  table macro, grain: one row per skilled cross-border posting
--   with a monthly CNY salary midpoint that has a comparison group: the non-skilled postings with a midpoint and
--   the same known role family and experience band, at the finest place level where at least
--   min_other_postings of them exist: the same city (and province), else the same province, else the same NBS
--   region; a posting without one at any level (or with an unknown role family) has no row. Columns:
--   posting_id, midpoint (its salary midpoint), needs_small_language, needs_ai_tools, needs_data_analysis,
--   place_level ('city', 'province', 'region'), n_base (non-skilled postings compared with), base_median (their
--   median midpoint). Why the fallback: at city grain most strata hold a handful of postings (the 2,000-posting
--   demo board: 23 of 1,303 skilled postings had 5 non-skilled peers in their city, 142 in their region), so a
--   city-only comparison leaves almost nothing to count, while a region-only one compares a Shenzhen salary with a
--   Shantou one where the data could do better. The parameter is claims.json's C7b min_other_postings: the claim
--   (claims/c7b_salary_premium.sql) and the premium-size indicator (indicators/indicators.sql) use the same groups.

alter table core_distinct_postings add column city varchar;
alter table core_distinct_postings add column experience_min_years double;

update core_distinct_postings as d
set
    city = v.city,
    experience_min_years = v.experience_min_years
from posting_versions as v
where v.posting_id = d.posting_id and v.valid_to is null;

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
        coalesce(is_flexible_employment, false) as is_flexible_employment,
        city,
        experience_min_years,
        case
            when experience_min_years is null then 'unstated'
            when experience_min_years < 1 then 'none'
            when experience_min_years < 3 then '1-3'
            when experience_min_years < 5 then '3-5'
            else '5+'
        end as experience_band,
        coalesce(needs_small_language, false) or coalesce(needs_ai_tools, false)
            or coalesce(needs_data_analysis, false) as is_premium_skilled
    from core_distinct_postings
    where is_cross_border
)

select * from final;

create or replace macro salary_premium_comparisons(min_other_postings) as table
with priced as (
    select
        posting_id, role_family, experience_band, city, province, region, is_premium_skilled,
        needs_small_language, needs_ai_tools, needs_data_analysis, salary_midpoint_cny_month as midpoint
    from mart_cross_border_postings
    where salary_midpoint_cny_month is not null and role_family is not null
),

city_base as (
    select role_family, experience_band, province, city, count(*) as n_base, median(midpoint) as base_median
    from priced
    where not is_premium_skilled and city is not null
    group by role_family, experience_band, province, city
),

province_base as (
    select role_family, experience_band, province, count(*) as n_base, median(midpoint) as base_median
    from priced
    where not is_premium_skilled and province is not null
    group by role_family, experience_band, province
),

region_base as (
    select role_family, experience_band, region, count(*) as n_base, median(midpoint) as base_median
    from priced
    where not is_premium_skilled and region is not null
    group by role_family, experience_band, region
),

compared as (
    select
        s.posting_id,
        s.midpoint,
        s.needs_small_language,
        s.needs_ai_tools,
        s.needs_data_analysis,
        case
            when c.n_base >= min_other_postings then 'city'
            when p.n_base >= min_other_postings then 'province'
            when r.n_base >= min_other_postings then 'region'
        end as place_level,
        case
            when c.n_base >= min_other_postings then c.n_base
            when p.n_base >= min_other_postings then p.n_base
            when r.n_base >= min_other_postings then r.n_base
        end as n_base,
        case
            when c.n_base >= min_other_postings then c.base_median
            when p.n_base >= min_other_postings then p.base_median
            when r.n_base >= min_other_postings then r.base_median
        end as base_median
    from priced as s
    left join city_base as c
        on c.role_family = s.role_family and c.experience_band = s.experience_band
        and c.province is not distinct from s.province and c.city = s.city
    left join province_base as p
        on p.role_family = s.role_family and p.experience_band = s.experience_band and p.province = s.province
    left join region_base as r
        on r.role_family = s.role_family and r.experience_band = s.experience_band and r.region = s.region
    where s.is_premium_skilled
)

select * from compared
where place_level is not null;
