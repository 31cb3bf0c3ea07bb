-- C1 core roles: grain one row. Share of cross-border postings with a known role family whose family is
-- operations, procurement (product procurement incl. product selection: 选品, 产品开发) or marketing (market
-- promotion), in the role-family vocabulary of nlp/data/role_families.jsonl (the others: sales,
-- customer_service, logistics, design_content, data_analytics, engineering, management, other). A posting
-- without a role family is unknown: outside n. Whether the three are also the three largest families is not a
-- share: the report's role-family chart shows the ranking. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings where has_known_role_family
),

final as (
    select
        'share_top3_role_families' as metric,
        count(*) as n,
        count(*) filter (where is_core_role_family) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
