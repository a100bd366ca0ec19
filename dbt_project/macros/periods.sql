{#- Period classification shared by dim_period and the facts, so one period_key always has one
    type. Order matters: a Jan-Mar period is both a quarter and year-to-date; calling it a quarter
    keeps it comparable with Q2-Q4. "9 tháng" (Jan-Sep) is ytd, not a type of its own. -#}
{% macro period_type(start_col, end_col) -%}
case
    when {{ start_col }} is null or {{ end_col }} is null then null
    when {{ start_col }} = {{ end_col }} then 'instant'
    when day({{ start_col }}) = 1
         and {{ end_col }} = last_day({{ start_col }}) then 'month'
    when month({{ start_col }}) = 1 and day({{ start_col }}) = 1
         and month({{ end_col }}) = 12 and day({{ end_col }}) = 31
         and year({{ start_col }}) = year({{ end_col }}) then 'year'
    when day({{ start_col }}) = 1 and month({{ start_col }}) in (1, 4, 7, 10)
         and {{ end_col }} = last_day({{ start_col }} + interval 2 month) then 'quarter'
    when day({{ start_col }}) = 1 and month({{ start_col }}) in (1, 7)
         and {{ end_col }} = last_day({{ start_col }} + interval 5 month) then 'half_year'
    when month({{ start_col }}) = 1 and day({{ start_col }}) = 1
         and year({{ start_col }}) = year({{ end_col }}) then 'ytd'
    else 'custom'
end
{%- endmacro %}

{% macro period_key(start_col, end_col) -%}
(strftime({{ start_col }}, '%Y-%m-%d') || '..' || strftime({{ end_col }}, '%Y-%m-%d'))
{%- endmacro %}

{#- Text keys compared without case or surrounding spaces. Staging models already NFC-normalise
    every name, so this does not call nfc_normalize again: it costs about a second per 100,000
    rows, and name matching runs on every observation. -#}
{% macro normalize_name(col) -%}
lower(trim({{ col }}))
{%- endmacro %}
