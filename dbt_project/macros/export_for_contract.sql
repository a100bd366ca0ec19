{#- A Parquet copy of the model just built, beside the warehouse file
    (<warehouse>.contract.<schema>.<table>.parquet), for the tables the mart contract reads.
    `dwh run` validates that copy in its Great Expectations worker while dbt builds the models
    after it (DuckDB lets no other process read the file dbt is writing), and the contract check
    uses the result only when the copy still equals the table (orchestration/checks/prefetch.py).
    About 0.1 s for 16,000 rows. Nothing for an in-memory warehouse. -#}
{% macro export_for_contract() %}
    {%- set path = target.path -%}
    {%- if path and path != ':memory:' -%}
        copy (select * from {{ this }}) to '{{ path ~ ".contract." ~ this.schema ~ "." ~ this.identifier ~ ".parquet" }}' (format parquet)
    {%- endif -%}
{% endmacro %}
