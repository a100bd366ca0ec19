select
    unit_code,
    nfc_normalize(unit_name) as unit_name,
    unit_level,
    province_code,
    nfc_normalize(province_name) as province_name,
    nullif(parent_code, '') as parent_code,
    -- the seed keeps aliases pipe-separated because the extractor reads the CSV directly
    list_filter(
        list_transform(string_split(coalesce(nfc_normalize(aliases), ''), '|'), lambda a: trim(a)),
        lambda a: a <> ''
    ) as aliases,
    cast(valid_from as date) as valid_from,
    cast(valid_to as date) as valid_to,
    source
from {{ ref('org_units') }}
