select
    nfc_normalize(doc_id) as doc_id,
    indicator,
    coalesce(nullif(audience, ''), 'all') as audience,
    cast(original_value as double) as original_value,
    cast(corrected_value as double) as corrected_value,
    -- a row without an action but with a corrected value is a correction
    coalesce(nullif(lower(action), ''), case when corrected_value is not null then 'correct' end) as action,
    corrected_by,
    reason,
    cast(corrected_at as date) as corrected_at
from {{ ref('indicator_overrides') }}
