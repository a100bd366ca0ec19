select
    sha256,
    source_path,
    nfc_normalize(file_name) as file_name,
    cast(first_seen_at as timestamp) as first_seen_at
from {{ source('raw', 'document_files') }}
