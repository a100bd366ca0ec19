{#- period_source (sentence | paragraph | section | article) is an optional extension of the
    contract: the dedup rule prefers the most specific one when the extractor provides it, so the
    column is read only if the pipeline wrote it. -#}
{%- set has_period_source = false -%}
{%- if execute -%}
    {%- set cols = adapter.get_columns_in_relation(source('raw', 'observations')) | map(attribute='name') | map('lower') | list -%}
    {%- set has_period_source = 'period_source' in cols -%}
{%- endif -%}
select
    obs_id,
    sha256,
    nfc_normalize(doc_id) as doc_id,
    nfc_normalize(unit_name) as unit_name,
    lower(unit_level) as unit_level,
    nfc_normalize(province_name) as province_name,
    nullif(trim(unit_code), '') as unit_code,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    nfc_normalize(period_label) as period_label,
    period_type as extracted_period_type,
    indicator,
    cast(value as double) as value,
    coalesce(qualifier, 'exact') as qualifier,
    nullif(trim(nfc_normalize(unit_phrase)), '') as unit_phrase,
    coalesce(audience, 'all') as audience,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    nfc_normalize(sentence) as sentence,
    cast(doc_date as date) as doc_date,
    doc_date_source,
    {% if has_period_source -%}
    period_source,
    {%- else -%}
    cast(null as varchar) as period_source,
    {%- endif %}
    extractor_version
from {{ source('raw', 'observations') }}
