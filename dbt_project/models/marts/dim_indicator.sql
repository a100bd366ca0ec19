{{ config(post_hook="{{ export_for_contract() }}") }}

select
    indicator_code as indicator,
    name_vi,
    name_en,
    kind,
    unit_vi,
    unit_en,
    -- only flows accumulate over time; stocks and rates are read at a point or as a share
    kind = 'flow' as is_annualizable
from {{ ref('stg_seeds__indicators') }}
