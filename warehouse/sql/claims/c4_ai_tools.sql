-- C4 AI tools: grain one row. Share of cross-border postings requiring AI tools: a skill of category ai_tools
-- (ChatGPT, Midjourney, AIGC tools ...) or an AI mention whose context is use_tools. A vague mention ("AI
-- 时代") and building AI (an engineer's job, context build_ai) do not count. Every cross-border posting is in n
-- (a posting without the words does not ask for the tools). The claim's data-analysis half is an indicator,
-- not this metric: one metric per claim. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings
),

final as (
    select
        'share_ai_tools_required' as metric,
        count(*) as n,
        count(*) filter (where needs_ai_tools) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
