select
    source_path,
    nfc_normalize(file_name) as file_name,
    sha256,
    reason,
    cast(quarantined_at as timestamp) as quarantined_at
from {{ source('raw', 'quarantine') }}
