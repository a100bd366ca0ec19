-- columns selected by name: the extraction engineer owns this seed and adds columns to it
select
    code as indicator_code,
    nfc_normalize(name_vi) as name_vi,
    name_en,
    kind,
    nfc_normalize(unit_vi) as unit_vi,
    unit_en
from {{ ref('indicators') }}
