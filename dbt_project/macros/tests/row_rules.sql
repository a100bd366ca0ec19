{#- One dbt test for a model's row-level rules, in place of one test per rule: fails with the rows
    that break any of them, each with `failed_rules` naming what it broke. Each dbt node costs
    ~0.1 s of dbt's own work whatever its query (the query of such a rule takes milliseconds),
    and one test per rule made tests two thirds of the nodes of a pipeline build.

    not_null:        [column, ...]   the column is never null
    unique:          [column | [column, ...], ...]   no two rows share the key (a single column
                     ignores nulls, as dbt's `unique`; a combination counts them, as
                     dbt_utils' `unique_combination_of_columns`); every duplicate row fails
    accepted_values: {column: [values]}   the column's value is one of these (null passes)
    accepted_range:  {column: {min_value, max_value, inclusive (default true)}}   (null passes)
    expressions:     [{expression, where (optional), name (optional)}]   true (null fails) on the
                     rows where `where` holds
    references:      [{column, to: ref('model'), field, where (optional)}]   the column's value is
                     one of `to`'s `field` (null passes), as dbt's `relationships`, on the rows
                     where `where` holds. The test then runs after `to` as well; keep a reference
                     to a model built from this one (dim_period) a `relationships` test of its own,
                     which dbt lets the models between them run before.
-#}
{% test row_rules(model, not_null=[], unique=[], accepted_values={}, accepted_range={}, expressions=[], references=[]) %}
{%- set rules = [] -%}
{%- for column in not_null -%}
    {%- do rules.append((column ~ " not null", column ~ " is null")) -%}
{%- endfor -%}
{%- set duplicates = [] -%}
{%- for key in unique -%}
    {%- set columns = [key] if key is string else key -%}
    {%- set flag = "__duplicate_" ~ loop.index -%}
    {%- do duplicates.append((flag,
        ((columns[0] ~ " is not null and ") if columns | length == 1 else "")
        ~ "count(*) over (partition by " ~ (columns | join(", ")) ~ ") > 1")) -%}
    {%- do rules.append(("unique (" ~ (columns | join(", ")) ~ ")", flag)) -%}
{%- endfor -%}
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
{%- for reference in references -%}
    {%- set column, field = reference["column"], reference["field"] -%}
    {%- set parent = reference["to"].identifier if reference["to"].identifier is defined else reference["to"] -%}
    {%- do rules.append((column ~ " in " ~ parent ~ "." ~ field,
        ("(" ~ reference["where"] ~ ") and " if reference.get("where") else "")
        ~ column ~ " is not null and " ~ column ~ " not in (select " ~ field ~ " from " ~ reference["to"]
        ~ " where " ~ field ~ " is not null)")) -%}
{%- endfor -%}
select
    concat_ws('; ', {% for name, failing in rules %}case when {{ failing }} then '{{ name | replace("'", "''") | trim }}' end{% if not loop.last %}, {% endif %}{% endfor %}) as failed_rules,
    *{% if duplicates %} exclude ({% for flag, _ in duplicates %}{{ flag }}{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}
from {% if duplicates %}(
    select *, {% for flag, expression in duplicates %}{{ expression }} as {{ flag }}{% if not loop.last %}, {% endif %}{% endfor %}
    from {{ model }}
){% else %}{{ model }}{% endif %}
where {% for name, failing in rules %}({{ failing }}){% if not loop.last %}
   or {% endif %}{% endfor %}
{% endtest %}
