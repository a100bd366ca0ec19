{#- The config of the models rebuilt one document at a time (int_observations_resolved,
    int_observations_corrected): delete+insert on sha256 replaces a re-extracted document's
    rows, and the post-hook drops rows whose observation is gone (a document re-extracted to
    no observations). The hook stays a string here: dbt renders it when the model runs. -#}
{% macro per_document_incremental() %}
    {{ return({
        'materialized': 'incremental',
        'unique_key': 'sha256',
        'incremental_strategy': 'delete+insert',
        'on_schema_change': 'fail',
        'post_hook': "delete from {{ this }} where obs_id not in (select obs_id from {{ source('raw', 'observations') }})",
    }) }}
{% endmacro %}
