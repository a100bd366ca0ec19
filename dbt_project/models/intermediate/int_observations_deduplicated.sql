{#- One row per source observation, each told whether it carries its fact's value.

    Fact grain: unit_key, period_key, indicator, unit_phrase_key (only for 'other'), audience.

    Rule, in two steps (docs: models/intermediate/int_observations_deduplicated.yml):
    1. Within one document, mentions of the same fact are combined. Flows are summed over their
       distinct values: "khen thưởng 8 tập thể ...; khen thưởng 6 tập thể" are two commendations
       (14), while the same number written twice is one restated fact. Stocks and rates are not
       additive: the first mention in the text stands, and a different later value is flagged.
    2. Across documents, one document's value wins: the most specific period source
       (sentence > paragraph > section > article > unknown), then the latest document date,
       then the most reliable date source (text > sidecar > inferred), then the larger doc_id so
       that the choice never depends on load order. Differing values are flagged, none dropped.

    Rejected observations (overrides) and observations without unit period or value take part in
    neither step; they stay here with is_selected = false and a reason. -#}
with observations as (
    select
        *,
        not is_rejected
            and value is not null
            and period_key is not null
            and indicator is not null as is_eligible
    from {{ ref('int_observations_corrected') }}
),

keyed as (
    select
        *,
        -- rejected observations keep the key of the fact they would support, for tracing
        case when value is not null and period_key is not null and indicator is not null then
            unit_key || '|' || period_key || '|' || indicator
            || case when unit_phrase_key <> '' then '|' || unit_phrase_key else '' end
            || '|' || audience
        end as fact_key,
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

document_values as (
    select
        fact_key,
        sha256,
        case
            when coalesce(any_value(kind), 'stock') = 'flow' then sum(value)
            else arg_min(value, first_char_start)
        end as document_value,
        count(*) as distinct_values_in_document,
        flatten(list(qualifiers)) as qualifiers
    from mentions
    group by fact_key, sha256
),

document_values_qualified as (
    select
        fact_key,
        sha256,
        document_value,
        distinct_values_in_document,
        -- a sum is only as exact as its least exact part
        case
            when len(list_distinct(qualifiers)) = 1 then qualifiers[1]
            when list_contains(qualifiers, 'approx') then 'approx'
            when list_contains(qualifiers, 'at_least') and list_contains(qualifiers, 'at_most') then 'approx'
            when list_contains(qualifiers, 'at_least') then 'at_least'
            when list_contains(qualifiers, 'at_most') then 'at_most'
            else 'exact'
        end as document_qualifier
    from document_values
),

document_ranked as (
    select
        d.*,
        row_number() over (
            partition by d.fact_key
            order by
                k.period_source_rank,
                k.doc_date desc nulls last,
                k.doc_date_source_rank,
                k.doc_id desc,
                d.sha256
        ) as document_rank,
        count(*) over (partition by d.fact_key) as n_documents
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
        fact_key,
        max(document_value) filter (where document_rank = 1) as fact_value,
        max(document_qualifier) filter (where document_rank = 1) as fact_qualifier,
        max(sha256) filter (where document_rank = 1) as selected_sha256,
        max(n_documents) as n_documents,
        count(distinct round(document_value, 6)) as n_distinct_document_values
    from document_ranked
    group by fact_key
)

select
    k.* exclude (period_source_rank, doc_date_source_rank),
    d.document_value,
    d.document_qualifier,
    d.distinct_values_in_document,
    dr.document_rank,
    f.fact_value,
    f.fact_qualifier,
    f.n_documents,
    coalesce(f.n_distinct_document_values > 1, false) as has_disagreement,
    coalesce(d.distinct_values_in_document > 1 and coalesce(k.kind, 'stock') <> 'flow', false)
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
left join document_values_qualified as d on k.fact_key = d.fact_key and k.sha256 = d.sha256
left join document_ranked as dr on k.fact_key = dr.fact_key and k.sha256 = dr.sha256
left join facts as f on k.fact_key = f.fact_key
