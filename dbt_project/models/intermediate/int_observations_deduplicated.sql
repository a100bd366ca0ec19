{#- One row per source observation, each told whether it carries its fact's value.

    Fact grain: unit_key, period_key, indicator, unit_phrase_key (only for 'other'), audience,
    component. fact_key = base_fact_key for component 1, base_fact_key || '|c<n>' for n > 1.

    Rule, in two steps (docs: models/intermediate/int_observations_deduplicated.yml):
    1. Within one document, each distinct value of a fact is its own component, never summed
       and never dropped: "khen thưởng 8 tập thể ...; khen thưởng 6 tập thể" gives component 1
       = 8 and component 2 = 6 (a sum would be wrong for "164 lớp; trong đó 20 lớp ..."). The
       same number written twice is one restated fact (one component). Components are numbered
       by first mention; for stocks and rates a second value also sets
       has_within_document_conflict.
    2. Across documents, component by component (component 1 with component 1, ...), one
       document's value wins: the most specific period source
       (sentence > paragraph > section > article > unknown), then the latest document date,
       then the most reliable date source (text > sidecar > inferred), then the larger doc_id so
       that the choice never depends on load order. Differing values are flagged, none dropped.

    Rejected observations (overrides) and observations without unit period or value take part in
    neither step; they stay here with is_selected = false and a reason.

    Incremental: every step works within one base fact (the group of rows sharing base_fact_key;
    a row without one is its own group), so a build recomputes only the groups whose rows in
    int_observations_corrected changed since the last build: a row is changed when no stored
    row has its obs_id and source_row_hash (DuckDB's 64-bit hash of the whole corrected row),
    and a group is affected through its new rows and through its stored rows that are gone or
    changed. delete+insert on group_key replaces an affected group; the post-hook drops the rows
    of groups that no longer have any (a deleted or re-extracted document). An edited model is
    rebuilt whole (the pipeline's --full-refresh when the dbt files change). -#}
{{ config(
    materialized='incremental',
    unique_key='group_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    post_hook="delete from {{ this }} as t where not exists (
        select 1 from {{ ref('int_observations_corrected') }} as c
        where c.obs_id = t.obs_id and hash(c) = t.source_row_hash)",
) }}

with corrected as (
    select
        c.*,
        hash(c) as source_row_hash,
        -- rejected observations keep the key of the fact they would support, for tracing
        case when c.value is not null and c.period_key is not null and c.indicator is not null then
            c.unit_key || '|' || c.period_key || '|' || c.indicator
            || case when c.unit_phrase_key <> '' then '|' || c.unit_phrase_key else '' end
            || '|' || c.audience
        end as fact_key
    from {{ ref('int_observations_corrected') }} as c
),

grouped as (
    select *, coalesce(fact_key, 'obs:' || obs_id) as group_key
    from corrected
),
{%- if is_incremental() %}

changed_groups as (
    select g.group_key
    from grouped as g
    where not exists (
        select 1 from {{ this }} as t where t.obs_id = g.obs_id and t.source_row_hash = g.source_row_hash
    )
    union
    select t.group_key
    from {{ this }} as t
    where not exists (
        select 1 from grouped as g where g.obs_id = t.obs_id and g.source_row_hash = t.source_row_hash
    )
),
{%- endif %}

observations as (
    select
        * exclude (reference_digest, overrides_digest),
        not is_rejected
            and value is not null
            and period_key is not null
            and indicator is not null as is_eligible
    from grouped
    {%- if is_incremental() %}
    where group_key in (select group_key from changed_groups)
    {%- endif %}
),

keyed as (
    select
        *,
        case period_source
            when 'sentence' then 1
            when 'paragraph' then 2
            when 'section' then 3
            when 'article' then 4
            else 5
        end as period_source_rank,
        case doc_date_source when 'text' then 1 when 'sidecar' then 2 when 'inferred' then 3 else 4 end
            as doc_date_source_rank
    from observations
),

mentions as (
    -- one row per distinct value of a fact in a document; equal values are one restated fact
    select
        fact_key,
        sha256,
        value,
        any_value(kind) as kind,
        min(char_start) as first_char_start,
        list(distinct qualifier) as qualifiers
    from keyed
    where is_eligible
    group by fact_key, sha256, value
),

components as (
    -- each distinct value is its own component, numbered in order of first mention; never summed
    select
        *,
        row_number() over (
            partition by fact_key, sha256 order by first_char_start, value
        ) as component,
        count(*) over (partition by fact_key, sha256) as distinct_values_in_document
    from mentions
),

document_values_qualified as (
    select
        fact_key,
        fact_key || case when component > 1 then '|c' || component else '' end as component_fact_key,
        sha256,
        value,
        component,
        value as document_value,
        distinct_values_in_document,
        -- the same value restated with different qualifiers is only as exact as its least exact form
        case
            when len(qualifiers) = 1 then qualifiers[1]
            when list_contains(qualifiers, 'approx') then 'approx'
            when list_contains(qualifiers, 'at_least') and list_contains(qualifiers, 'at_most') then 'approx'
            when list_contains(qualifiers, 'at_least') then 'at_least'
            when list_contains(qualifiers, 'at_most') then 'at_most'
            else 'exact'
        end as document_qualifier
    from components
),

document_ranked as (
    -- documents are ranked per component: component n of the best document that has one wins
    select
        d.*,
        row_number() over (
            partition by d.component_fact_key
            order by
                k.period_source_rank,
                k.doc_date desc nulls last,
                k.doc_date_source_rank,
                k.doc_id desc,
                d.sha256
        ) as document_rank,
        count(*) over (partition by d.component_fact_key) as n_documents
    from document_values_qualified as d
    inner join (
        select
            fact_key,
            sha256,
            min(period_source_rank) as period_source_rank,
            max(doc_date) as doc_date,
            min(doc_date_source_rank) as doc_date_source_rank,
            max(doc_id) as doc_id
        from keyed
        where is_eligible
        group by fact_key, sha256
    ) as k on d.fact_key = k.fact_key and d.sha256 = k.sha256
),

facts as (
    select
        component_fact_key,
        max(document_value) filter (where document_rank = 1) as fact_value,
        max(document_qualifier) filter (where document_rank = 1) as fact_qualifier,
        max(sha256) filter (where document_rank = 1) as selected_sha256,
        max(n_documents) as n_documents,
        count(distinct round(document_value, 6)) as n_distinct_document_values
    from document_ranked
    group by component_fact_key
)

select
    k.* exclude (period_source_rank, doc_date_source_rank, fact_key),
    -- the fact this observation supports: its value's component (suffix '|c<n>' from the second on)
    coalesce(dr.component_fact_key, k.fact_key) as fact_key,
    k.fact_key as base_fact_key,
    dr.component,
    dr.document_value,
    dr.document_qualifier,
    dr.distinct_values_in_document,
    dr.document_rank,
    f.fact_value,
    f.fact_qualifier,
    f.n_documents,
    coalesce(f.n_distinct_document_values > 1, false) as has_disagreement,
    coalesce(dr.distinct_values_in_document > 1 and coalesce(k.kind, 'stock') <> 'flow', false)
        as has_within_document_conflict,
    coalesce(dr.document_rank = 1, false) as is_selected,
    case
        when k.is_rejected then 'rejected by override'
        when k.value is null then 'no value'
        when k.period_key is null then 'no period'
        when k.indicator is null then 'no indicator'
        when dr.document_rank = 1 then 'selected'
        else 'another document wins (period source, then document date)'
    end as selection_reason
from keyed as k
left join document_ranked as dr
    on k.is_eligible and k.fact_key = dr.fact_key and k.sha256 = dr.sha256 and k.value = dr.value
-- an observation that takes no part (rejected, ...) is traced to its fact's component 1
left join facts as f on coalesce(dr.component_fact_key, k.fact_key) = f.component_fact_key
