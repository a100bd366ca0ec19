{#- Use the folder's schema name as is (staging, intermediate, marts, seeds): other parts of the
    project address tables as marts.fct_indicator_values, so dbt's default <target>_<custom>
    prefixing would break them. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
