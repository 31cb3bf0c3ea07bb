-- C2 multi-skilled staff: grain one row. Share of cross-border postings asking for two or more of the white
-- paper's four groups: platform operations (a skill of category platform_operations), languages (a required
-- language other than Chinese, English included), data analysis (category data_analysis) and AI tools
-- (category ai_tools or an AI mention in the use_tools context). A posting naming none of them counts in n
-- with zero groups: absence of a skill is not an unknown field. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings
),

final as (
    select
        'share_two_or_more_skill_groups' as metric,
        count(*) as n,
        count(*) filter (where n_skill_groups >= 2) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
