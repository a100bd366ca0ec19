select
    from_unit_code,
    nfc_normalize(from_unit_name) as from_unit_name,
    to_unit_code,
    nfc_normalize(to_unit_name) as to_unit_name,
    cast(share as double) as share,
    relation,
    source
from {{ ref('org_unit_crosswalk') }}
