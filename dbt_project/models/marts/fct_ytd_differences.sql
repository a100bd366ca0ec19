{#- Reports give running totals ("6 tháng đầu năm", "9 tháng"): the flow of the months between
    two totals of the same year is their difference (9 months minus 6 months = Q3). Each total is
    paired with the next shorter one only, so every derived period is a contiguous slice. -#}
{#- A view: two thousand rows from a self-join of the headline flows, cheaper to
    compute where it is read (dim_period, the tests, the snapshot) than to write as a table in
    the build's chain between fct_indicator_values and mart_coverage. -#}
{{ config(materialized='view') }}

with running_totals as (
    select *
    from {{ ref('fct_indicator_values') }}
    where kind = 'flow'
      -- headline values only: further components of a fact are not running totals of each other
      and component = 1
      and month(period_start) = 1 and day(period_start) = 1
      and period_type in ('month', 'quarter', 'half_year', 'ytd', 'year')
),

pairs as (
    select
        longer.fact_key as minuend_fact_key,
        shorter.fact_key as subtrahend_fact_key,
        longer.unit_key,
        longer.unit_code,
        longer.unit_name,
        longer.unit_level,
        longer.province_code,
        longer.province_name,
        longer.indicator,
        longer.unit_phrase_key,
        longer.unit_phrase,
        longer.audience,
        longer.kind,
        longer.period_key as minuend_period_key,
        shorter.period_key as subtrahend_period_key,
        longer.value as minuend_value,
        shorter.value as subtrahend_value,
        longer.qualifier as minuend_qualifier,
        shorter.qualifier as subtrahend_qualifier,
        cast(shorter.period_end + interval 1 day as date) as period_start,
        longer.period_end,
        row_number() over (
            partition by longer.fact_key order by shorter.period_end desc
        ) as nearest
    from running_totals as longer
    inner join running_totals as shorter
        on longer.unit_key = shorter.unit_key
        and longer.indicator = shorter.indicator
        and longer.unit_phrase_key = shorter.unit_phrase_key
        and longer.audience = shorter.audience
        and longer.period_start = shorter.period_start
        and shorter.period_end < longer.period_end
)

select
    unit_key || '|' || {{ period_key('period_start', 'period_end') }} || '|' || indicator
        || case when unit_phrase_key <> '' then '|' || unit_phrase_key else '' end
        || '|' || audience as fact_key,
    unit_key,
    unit_code,
    unit_name,
    unit_level,
    province_code,
    province_name,
    {{ period_key('period_start', 'period_end') }} as period_key,
    period_start,
    period_end,
    {{ period_type('period_start', 'period_end') }} as period_type,
    indicator,
    unit_phrase_key,
    unit_phrase,
    audience,
    kind,
    minuend_value - subtrahend_value as value,
    -- a difference of two exact totals is exact; anything else is only indicative
    case when minuend_qualifier = 'exact' and subtrahend_qualifier = 'exact' then 'exact' else 'approx' end
        as qualifier,
    minuend_fact_key,
    subtrahend_fact_key,
    minuend_period_key,
    subtrahend_period_key,
    minuend_value,
    subtrahend_value,
    -- a running total that shrinks means one of the two reports is wrong
    minuend_value < subtrahend_value as is_negative
from pairs
where nearest = 1
