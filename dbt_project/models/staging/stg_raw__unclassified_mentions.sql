select
    mention_id,
    sha256,
    nfc_normalize(doc_id) as doc_id,
    cast(value as double) as value,
    nfc_normalize(mention_text) as mention_text,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    nfc_normalize(sentence) as sentence,
    reason
from {{ source('raw', 'unclassified_mentions') }}
