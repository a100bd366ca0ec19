{#- Which units reported which indicator for which period: the full matrix, so a gap shows as a
    row with is_reported = false rather than as nothing. Periods are the calendar periods facts
    use (month to year); a stock counts as reported for a period when it was read at an instant
    inside it. Units are those that existed during the period, in provinces with any fact then.
    A fact reported as several components counts once (reported if any component is). -#}
with facts as (
    select * from {{ ref('fct_indicator_values') }}
    -- every fact has a component 1; further components of the same fact are not more coverage
    where component = 1
),

periods as (
    select * from {{ ref('dim_period') }}
    where period_type in ('month', 'quarter', 'half_year', 'ytd', 'year')
),

active_provinces as (
    select distinct p.period_key, f.province_code
    from periods as p
    inner join facts as f
        on f.period_start >= p.period_start and f.period_end <= p.period_end
),

units as (
    select * from {{ ref('dim_org_unit') }}
    where unit_level in ('district', 'ward')
),

grid as (
    select
        u.unit_key,
        u.unit_code,
        u.unit_name,
        u.unit_level,
        u.province_code,
        u.province_name,
        p.period_key,
        p.period_type,
        p.period_start,
        p.period_end,
        i.indicator,
        i.kind
    from periods as p
    inner join active_provinces as ap on p.period_key = ap.period_key
    inner join units as u
        on u.province_code = ap.province_code
        and u.valid_from <= p.period_end
        and coalesce(u.valid_to, date '9999-12-31') >= p.period_start
    cross join {{ ref('dim_indicator') }} as i
),

matches as (
    select
        g.unit_key,
        g.period_key,
        g.indicator,
        count(f.fact_key) as facts_reported,
        sum(f.evidence_count) as evidence_count
    from grid as g
    inner join facts as f
        on f.unit_key = g.unit_key
        and f.indicator = g.indicator
        and (
            f.period_key = g.period_key
            or (g.kind = 'stock' and f.period_type = 'instant'
                and f.period_end between g.period_start and g.period_end)
        )
    group by all
)

select
    g.*,
    coalesce(m.facts_reported, 0) > 0 as is_reported,
    coalesce(m.facts_reported, 0) as facts_reported,
    coalesce(m.evidence_count, 0) as evidence_count
from grid as g
left join matches as m
    on g.unit_key = m.unit_key and g.period_key = m.period_key and g.indicator = m.indicator
