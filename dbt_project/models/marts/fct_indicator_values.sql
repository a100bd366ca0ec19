{#- One row per fact (unit, period, indicator, audience; plus the counted thing for 'other'; and
    component: the 1st, 2nd, ... distinct value one document gives for it, never summed),
    holding the value chosen by int_observations_deduplicated and comparable measures. -#}
{{ config(post_hook="{{ export_for_contract() }}") }}
with selected as (
    select *
    from {{ ref('int_observations_deduplicated') }}
    where is_selected
),

facts as (
    select
        fact_key,
        any_value(base_fact_key) as base_fact_key,
        any_value(component) as component,
        any_value(unit_key) as unit_key,
        any_value(unit_name) as unit_name,
        any_value(unit_code) as unit_code,
        any_value(unit_level) as unit_level,
        any_value(province_code) as province_code,
        any_value(province_name) as province_name,
        any_value(period_key) as period_key,
        any_value(period_start) as period_start,
        any_value(period_end) as period_end,
        any_value(period_type) as period_type,
        any_value(indicator) as indicator,
        any_value(unit_phrase_key) as unit_phrase_key,
        -- the phrase as first written in the winning document, for display
        arg_min(unit_phrase, char_start) as unit_phrase,
        any_value(audience) as audience,
        any_value(fact_value) as value,
        any_value(fact_qualifier) as qualifier,
        any_value(kind) as kind,
        any_value(doc_id) as selected_doc_id,
        any_value(sha256) as selected_sha256,
        any_value(doc_date) as selected_doc_date,
        any_value(n_documents) as n_documents,
        bool_or(has_disagreement) as has_disagreement,
        bool_or(has_within_document_conflict) as has_within_document_conflict,
        bool_or(override_action = 'correct') as has_corrected_value
    from selected
    group by fact_key
),

facts_with_components as (
    select
        *,
        count(*) over (partition by base_fact_key) > 1 as has_multiple_components
    from facts
),

evidence_counts as (
    select fact_key, count(*) as evidence_count
    from {{ ref('int_observations_deduplicated') }}
    where is_eligible
    group by fact_key
),

population as (
    select * from {{ ref('stg_seeds__population') }}
),

with_population as (
    -- nearest census or estimate year; the year used is published next to the ratio
    select
        f.*,
        p.population,
        p.population_year,
        p.population_source,
        row_number() over (
            partition by f.fact_key
            order by abs(p.population_year - year(f.period_end)), p.population_year desc
        ) as population_rank
    from facts_with_components as f
    left join population as p on f.unit_code = p.unit_code
),

measures as (
    select
        f.* exclude (population_rank),
        e.evidence_count,
        datediff('day', f.period_start, f.period_end) + 1 as period_days,
        case
            when f.kind <> 'flow' or f.period_type = 'instant' then null
            when f.period_type = 'year' then f.value
            else f.value * 365.0 / (datediff('day', f.period_start, f.period_end) + 1)
        end as annualized_value,
        -- a part-year flow scaled to a year assumes an even pace; a full year is as reported
        case
            when f.kind <> 'flow' or f.period_type = 'instant' then null
            else f.period_type <> 'year' or f.qualifier <> 'exact'
        end as is_estimate,
        case
            when f.kind = 'rate' or f.population is null or f.population = 0 then null
            else f.value * 10000.0 / f.population
        end as per_10k_residents
    from with_population as f
    left join evidence_counts as e on f.fact_key = e.fact_key
    where f.population_rank = 1
)

select
    m.*,
    prev.value as previous_year_value,
    m.value - prev.value as yoy_change,
    case when prev.value <> 0 then (m.value - prev.value) / prev.value * 100 end as yoy_change_pct
from measures as m
left join measures as prev
    on m.unit_key = prev.unit_key
    and m.indicator = prev.indicator
    and m.unit_phrase_key = prev.unit_phrase_key
    and m.audience = prev.audience
    and m.component = prev.component
    and prev.period_start = cast(m.period_start - interval 1 year as date)
    and prev.period_end = cast(m.period_end - interval 1 year as date)
