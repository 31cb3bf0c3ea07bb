-- claim scores: grain one row per implemented claim, from the registered table `claim_inputs`
-- (claim_id, statement, metric, n, k_low, k_high, threshold, min_n) built from the claim SQL and claims.json.
-- value = k_low / n with a 95% Wilson interval (both null when n = 0: no postings give no share, not NaN).
-- When a claim has an upper bound (k_high, C6), value_upper =
-- k_high / n and the interval spans [Wilson low of the lower bound, Wilson high of the upper bound].
-- Verdict: inconclusive when the threshold is null (C10: postings measure demand only; n is the demand volume,
-- k_low is null so value and interval are null too; the table and the report say "not testable from postings")
-- or when n < min_n; supported when ci_low >= threshold; not_supported when ci_high < threshold; otherwise
-- inconclusive.
-- Parameters: $computed_at, $computed_on.
with inputs as (
    select * from claim_inputs
),

scored as (
    select
        claim_id,
        statement,
        metric,
        case when n > 0 then k_low / n end as value,
        case when n > 0 then k_high / n end as value_upper,
        wilson_low(k_low, n) as ci_low,
        wilson_high(coalesce(k_high, k_low), n) as ci_high,
        n,
        threshold,
        min_n
    from inputs
),

final as (
    select
        *,
        case
            when threshold is null then 'inconclusive'
            when n is null or n < min_n then 'inconclusive'
            when ci_low >= threshold then 'supported'
            when ci_high < threshold then 'not_supported'
            else 'inconclusive'
        end as verdict,
        $computed_at::timestamptz as computed_at,
        $computed_on::date as computed_on
    from scored
)

select * from final
