{#- A crosswalk target must be fully allocated: its shares add up to 1 (within rounding), or a
    roll-up silently loses or invents part of a ward's value. -#}
{% test shares_sum_to_one(model, column_name, group_by, tolerance=0.001) %}
select {{ group_by }}, sum({{ column_name }}) as total_share
from {{ model }}
group by {{ group_by }}
having abs(sum({{ column_name }}) - 1) > {{ tolerance }}
{% endtest %}
