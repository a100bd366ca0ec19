{#- Every period that a fact or a derived year-to-date difference uses. -#}
{#- A view: a few hundred rows, read by mart_coverage and the tests right after the
    build; as a table it was a node of its own in the chain that ends with mart_coverage. The
    snapshot stores it as a table like every mart. -#}
{{ config(materialized='view') }}

with periods as (
    select distinct period_start, period_end
    from {{ ref('int_observations_deduplicated') }}
    where period_start is not null and period_end is not null
    union
    select distinct period_start, period_end
    from {{ ref('fct_ytd_differences') }}
),

typed as (
    select
        {{ period_key('period_start', 'period_end') }} as period_key,
        {{ period_type('period_start', 'period_end') }} as period_type,
        period_start,
        period_end,
        datediff('day', period_start, period_end) + 1 as days,
        case
            when day(period_start) = 1 and period_end = last_day(period_end)
                then datediff('month', period_start, period_end) + 1
        end as months,
        year(period_end) as year,
        strftime(period_start, '%d/%m/%Y') as start_vi,
        strftime(period_end, '%d/%m/%Y') as end_vi
    from periods
)

select
    period_key,
    period_type,
    period_start,
    period_end,
    days,
    months,
    year,
    case period_type
        when 'year' then 'Năm ' || year
        when 'half_year' then
            case when month(period_start) = 1 then '6 tháng đầu năm ' else '6 tháng cuối năm ' end || year
        when 'quarter' then
            'Quý ' || ['I', 'II', 'III', 'IV'][quarter(period_start)] || '/' || year
        when 'month' then 'Tháng ' || month(period_start) || '/' || year
        when 'ytd' then coalesce(months || ' tháng năm ' || year, 'Từ đầu năm ' || year || ' đến ' || end_vi)
        when 'instant' then 'Ngày ' || end_vi
        else 'Từ ' || start_vi || ' đến ' || end_vi
    end as label_vi,
    case period_type
        when 'year' then cast(year as varchar)
        when 'half_year' then case when month(period_start) = 1 then 'H1 ' else 'H2 ' end || year
        when 'quarter' then 'Q' || quarter(period_start) || ' ' || year
        when 'month' then strftime(period_start, '%B %Y')
        when 'ytd' then coalesce(months || ' months to ', 'Year to ') || strftime(period_end, '%-d %B %Y')
        when 'instant' then 'As at ' || strftime(period_end, '%-d %B %Y')
        else strftime(period_start, '%-d %B %Y') || ' to ' || strftime(period_end, '%-d %B %Y')
    end as label_en
from typed
