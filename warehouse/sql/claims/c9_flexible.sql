-- C9 flexible work: grain one row. Among cross-border postings with a known employment type, the share that is
-- part_time, remote or freelance (freelance covers 自由职业 and project-based 项目制 in nlp/data/
-- employment_terms.json). Internships and campus hiring are training routes into full-time work, not flexible
-- jobs: not counted. The extractor always gives a type (full_time by default); an empty list is unknown and
-- outside n. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings where has_known_employment_type
),

final as (
    select
        'share_flexible_employment' as metric,
        count(*) as n,
        count(*) filter (where is_flexible_employment) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
