{#- Fails with the rows where any of `columns` is null: one not-null test per model, listing its
    columns, instead of one dbt test per column. Each dbt node costs ~90 ms of dbt's own work
    whatever its query, and the 57 per-column not_null tests were a third of a build's nodes. -#}
{% test not_null_columns(model, columns) %}
select *
from {{ model }}
where {% for column in columns %}{{ column }} is null{% if not loop.last %} or {% endif %}{% endfor %}
{% endtest %}
