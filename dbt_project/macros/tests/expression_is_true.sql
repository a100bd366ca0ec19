{#- Row-level invariant: fails with the rows where the expression is false or null. -#}
{% test expression_is_true(model, expression, where_clause=none) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), false)
{% if where_clause %} and ({{ where_clause }}) {% endif %}
{% endtest %}
