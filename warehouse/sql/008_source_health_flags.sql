-- 008_source_health_flags: a silently broken spider shows up the next morning.
--
-- source_health_flags  grain: one row per run, source and measure ('items', or 'fill_rate:<raw field>'), with the
--                      measure's median over the same source's previous 7 runs (by start time). A measure is
--                      flagged when at least 3 previous runs exist and it fell below half its trailing median
--                      (a fill rate also when it fell 0.3 or more below it). Runs without crawl statistics
--                      (imports) have no rows here.

create or replace view source_health_flags as
with health as (
    select h.run_id, h.source, h.items, h.field_fill_rates, r.started_at
    from raw_source_health as h
    inner join raw_runs as r on r.run_id = h.run_id
),

measures as (
    select run_id, source, started_at, 'items' as measure, cast(items as double) as value
    from health
    union all
    select run_id, source, started_at, 'fill_rate:' || entry.key as measure, entry.value as value
    from (select run_id, source, started_at, unnest(map_entries(field_fill_rates)) as entry from health)
),

with_trailing as (
    select
        run_id,
        source,
        measure,
        value,
        started_at,
        median(value) over previous_runs as trailing_median,
        count(value) over previous_runs as n_previous
    from measures
    window previous_runs as (
        partition by source, measure order by started_at rows between 7 preceding and 1 preceding
    )
),

final as (
    select
        run_id,
        source,
        measure,
        value,
        trailing_median,
        n_previous,
        coalesce(
            n_previous >= 3 and (
                value < 0.5 * trailing_median
                or (measure like 'fill_rate:%' and value <= trailing_median - 0.3)
            ),
            false
        ) as is_flagged
    from with_trailing
)

select * from final;
