select
    sha256,
    nfc_normalize(doc_id) as doc_id,
    nfc_normalize(file_name) as file_name,
    source_path,
    cast(size_bytes as bigint) as size_bytes,
    nfc_normalize(text) as document_text,
    length(text) as text_chars,
    cast(ingested_at as timestamp) as ingested_at
from {{ source('raw', 'documents') }}
