{#- Units side by side, ranked within their province, in two views (unit_view):
    - as_reported: each fact under the unit that existed at the time (district before
      2025-07-01, ward after);
    - pre2025_district: the same facts on the pre-2025 district map, so a series runs across the
      reform. District facts pass through; ward facts are allocated to districts by the
      crosswalk's share and summed. Rates are not additive and are left out of the roll-up.
    One row per fact: when a report gives several distinct values for one fact (components),
    component 1 is the headline value that is ranked and rolled up, and the others are listed
    in other_component_values (never added). -#}
with all_components as (
    select * from {{ ref('fct_indicator_values') }}
),

other_components as (
    select
        base_fact_key,
        list(value order by component) as other_component_values
    from all_components
    where component > 1
    group by base_fact_key
),

facts as (
    select f.*, o.other_component_values
    from all_components as f
    left join other_components as o on f.base_fact_key = o.base_fact_key
    where f.component = 1
),

units as (
    select * from {{ ref('dim_org_unit') }}
),

as_reported as (
    select
        'as_reported' as unit_view,
        fact_key,
        unit_key,
        unit_code,
        unit_name,
        unit_level,
        province_code,
        province_name,
        period_key,
        period_start,
        period_end,
        period_type,
        indicator,
        unit_phrase_key,
        unit_phrase,
        audience,
        kind,
        value,
        qualifier,
        annualized_value,
        per_10k_residents,
        evidence_count,
        component,
        has_multiple_components,
        other_component_values,
        false as is_rolled_up,
        cast(null as integer) as rollup_ward_count,
        cast(null as double) as rollup_coverage_share
    from facts
    where unit_level in ('district', 'ward')
),

districts_2025 as (
    -- the districts abolished on 2025-07-01 are the ones valid on its eve
    select * from units
    where unit_level = 'district' and valid_to = date '2025-06-30'
),

crosswalk as (
    select * from {{ ref('stg_seeds__org_unit_crosswalk') }}
),

district_share_total as (
    select from_unit_code, sum(share) as total_share
    from crosswalk
    group by from_unit_code
),

ward_allocations as (
    select
        d.unit_key,
        d.unit_code,
        d.unit_name,
        d.province_code,
        d.province_name,
        f.period_key,
        f.period_start,
        f.period_end,
        f.period_type,
        f.indicator,
        f.unit_phrase_key,
        f.unit_phrase,
        f.audience,
        f.kind,
        f.value * c.share as allocated_value,
        f.qualifier,
        c.share,
        c.relation,
        f.evidence_count,
        f.has_multiple_components
    from facts as f
    inner join crosswalk as c on f.unit_code = c.to_unit_code
    inner join districts_2025 as d on c.from_unit_code = d.unit_code
    where f.unit_level = 'ward'
      and f.kind in ('flow', 'stock')
),

rolled_up_sums as (
    select
        a.unit_key,
        a.unit_code,
        a.unit_name,
        a.province_code,
        a.province_name,
        a.period_key,
        a.period_start,
        a.period_end,
        a.period_type,
        a.indicator,
        a.unit_phrase_key,
        a.audience,
        a.kind,
        any_value(a.unit_phrase) as unit_phrase,
        sum(a.allocated_value) as value,
        -- a shared ward's split is a count-based estimate, and a sum is as exact as its parts
        case
            when bool_and(a.qualifier = 'exact') and bool_and(a.relation = 'whole') then 'exact'
            else 'approx'
        end as qualifier,
        sum(a.evidence_count) as evidence_count,
        bool_or(a.has_multiple_components) as has_multiple_components,
        cast(count(*) as integer) as rollup_ward_count,
        sum(a.share) / any_value(t.total_share) as rollup_coverage_share
    from ward_allocations as a
    inner join district_share_total as t on a.unit_code = t.from_unit_code
    group by
        a.unit_key, a.unit_code, a.unit_name, a.province_code, a.province_name, a.period_key,
        a.period_start, a.period_end, a.period_type, a.indicator, a.unit_phrase_key, a.audience, a.kind
),

rolled_up as (
    select
        'pre2025_district' as unit_view,
        unit_key || '|' || period_key || '|' || indicator
            || case when unit_phrase_key <> '' then '|' || unit_phrase_key else '' end
            || '|' || audience as fact_key,
        unit_key,
        unit_code,
        unit_name,
        'district' as unit_level,
        province_code,
        province_name,
        period_key,
        period_start,
        period_end,
        period_type,
        indicator,
        unit_phrase_key,
        unit_phrase,
        audience,
        kind,
        value,
        qualifier,
        case
            when kind <> 'flow' or period_type = 'instant' then null
            when period_type = 'year' then value
            else value * 365.0 / (datediff('day', period_start, period_end) + 1)
        end as annualized_value,
        cast(null as double) as per_10k_residents,
        evidence_count,
        1 as component,
        -- a ward's further components are not rolled up (they are not additive); see the ward rows
        has_multiple_components,
        cast(null as double[]) as other_component_values,
        true as is_rolled_up,
        rollup_ward_count,
        rollup_coverage_share
    from rolled_up_sums
),

district_passthrough as (
    select * replace ('pre2025_district' as unit_view)
    from as_reported
    where unit_level = 'district'
),

combined as (
    select * from as_reported
    union all by name
    select * from district_passthrough
    union all by name
    -- a district's own report for a period beats an estimate from its wards (2025 straddles both)
    select * from rolled_up
    where fact_key not in (select fact_key from district_passthrough)
)

select
    *,
    rank() over (
        partition by unit_view, province_code, unit_level, period_key, indicator, unit_phrase_key, audience
        order by value desc
    ) as rank_in_province,
    count(*) over (
        partition by unit_view, province_code, unit_level, period_key, indicator, unit_phrase_key, audience
    ) as units_ranked,
    case when per_10k_residents is not null then rank() over (
        partition by unit_view, province_code, unit_level, period_key, indicator, unit_phrase_key, audience,
            per_10k_residents is null
        order by per_10k_residents desc
    ) end as rank_per_10k_in_province
from combined
