-- C8 education: grain one row. Among cross-border postings that state an education requirement (学历不限,
-- none_required, is a statement and counts in n), the share asking for associate (大专) or bachelor (本科).
-- A posting with no education field or wording is unknown: outside n. Certificates (1+X and others) are the
-- claim's supplement, not this metric. k_high is null: a single estimate.
with flagged as (
    select * from mart_cross_border_postings where has_known_education
),

final as (
    select
        'share_associate_or_bachelor' as metric,
        count(*) as n,
        count(*) filter (where is_associate_or_bachelor) as k_low,
        null::bigint as k_high
    from flagged
)

select * from final
