{#- One dbt test for a model's row-level rules, in place of one test per rule: fails with the rows
    that break any of them, each with `failed_rules` naming what it broke. Each dbt node costs
    ~0.1 s of dbt's own work whatever its query (the query of such a rule takes milliseconds),
    and these tests were a third of the nodes of a pipeline build (like not_null_columns).

    accepted_values: {column: [values]}   the column's value is one of these (null passes)
    accepted_range:  {column: {min_value, max_value, inclusive (default true)}}   (null passes)
    expressions:     [{expression, where (optional), name (optional)}]   true (null fails) on the
                     rows where `where` holds
-#}
{% test row_rules(model, accepted_values={}, accepted_range={}, expressions=[]) %}
{%- set rules = [] -%}
{%- for column, values in accepted_values.items() -%}
    {%- set listed = [] -%}
    {%- for value in values -%}
        {%- do listed.append(value if value is number else "'" ~ (value | replace("'", "''")) ~ "'") -%}
    {%- endfor -%}
    {%- do rules.append((column ~ " accepted values",
        column ~ " is not null and " ~ column ~ " not in (" ~ (listed | join(", ")) ~ ")")) -%}
{%- endfor -%}
{%- for column, bounds in accepted_range.items() -%}
    {%- set inclusive = bounds.get("inclusive", true) -%}
    {%- set outside = [] -%}
    {%- if bounds.get("min_value") is not none -%}
        {%- do outside.append(column ~ (" < " if inclusive else " <= ") ~ bounds["min_value"]) -%}
    {%- endif -%}
    {%- if bounds.get("max_value") is not none -%}
        {%- do outside.append(column ~ (" > " if inclusive else " >= ") ~ bounds["max_value"]) -%}
    {%- endif -%}
    {%- do rules.append((column ~ " in range",
        column ~ " is not null and (" ~ (outside | join(" or ")) ~ ")")) -%}
{%- endfor -%}
{%- for rule in expressions -%}
    {%- set broken = "not coalesce((" ~ rule["expression"] ~ "), false)" -%}
    {%- do rules.append((rule.get("name") or rule["expression"],
        ("(" ~ rule["where"] ~ ") and " if rule.get("where") else "") ~ broken)) -%}
{%- endfor -%}
select
    concat_ws('; ', {% for name, failing in rules %}case when {{ failing }} then '{{ name | replace("'", "''") | trim }}' end{% if not loop.last %}, {% endif %}{% endfor %}) as failed_rules,
    *
from {{ model }}
where {% for name, failing in rules %}({{ failing }}){% if not loop.last %}
   or {% endif %}{% endfor %}
{% endtest %}
