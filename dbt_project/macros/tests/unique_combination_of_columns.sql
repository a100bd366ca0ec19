{#- dbt_utils cannot be installed here (no package hub), so the few generic tests we need live in
    the project. Fails with one row per duplicated combination. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
select {{ combination_of_columns | join(', ') }}, count(*) as n_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1
{% endtest %}
