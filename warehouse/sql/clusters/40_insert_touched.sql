-- grain: core_distinct_postings, one row per cluster: the statement migration 009 ran over every cluster,
-- restricted to the touched ones.
insert into core_distinct_postings by name
with summary as (
    select
        k.cluster_id,
        arg_min(c.posting_id, struct_pack(f := c.first_seen_at, p := c.posting_id)) as posting_id,
        arg_min(c.source, struct_pack(f := c.first_seen_at, p := c.posting_id)) as source,
        arg_min(c.source_id, struct_pack(f := c.first_seen_at, p := c.posting_id)) as source_id,
        min(c.first_seen_at) as first_seen_at,
        max(c.last_seen_at) as last_seen_at,
        list_sort(list_distinct(flatten(list(c.sources)))) as sources,
        count(*) - 1 as n_duplicates
    from posting_clusters as k
    inner join core_postings as c on c.posting_id = k.posting_id
    where k.cluster_id in (select distinct cluster_id from touched_clusters)
    group by k.cluster_id
),

current_versions as (
    select posting_id, is_cross_border, province, region, size_class, size_min_employees, platforms, languages
    from posting_versions
    where valid_to is null and posting_id in (select posting_id from summary)
),

small_language as (
    select distinct posting_id
    from (select posting_id, unnest(languages) as lang from current_versions)
    where lang.required and lang.code not in ('en', 'zh', 'yue')
)

select
    s.*,
    v.is_cross_border,
    v.province,
    v.region,
    v.size_class,
    v.size_min_employees,
    v.platforms,
    v.languages,
    l.posting_id is not null as needs_small_language
from summary as s
left join current_versions as v on v.posting_id = s.posting_id
left join small_language as l on l.posting_id = s.posting_id
