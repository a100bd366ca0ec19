{#- One row per unit and validity interval. A GSO code can be reused over time (769 was Quận 2
    until 2020, then TP Thủ Đức), so the key adds the start year when a code repeats. -#}
{{ config(post_hook="{{ export_for_contract() }}") }}
with units as (
    select
        *,
        count(*) over (partition by unit_code) as code_uses
    from {{ ref('stg_seeds__org_units') }}
)

select
    case
        when code_uses > 1 then unit_code || '@' || strftime(valid_from, '%Y')
        else unit_code
    end as unit_key,
    unit_code,
    unit_name,
    unit_level,
    province_code,
    province_name,
    parent_code,
    aliases,
    array_to_string(aliases, '|') as aliases_text,
    valid_from,
    valid_to,
    valid_to is null as is_current,
    source
from units
