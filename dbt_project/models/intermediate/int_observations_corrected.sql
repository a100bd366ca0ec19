{#- Apply analysts' overrides (seeds/indicator_overrides.csv). An override names the document,
    indicator, audience and the value as extracted, because observation ids change when the
    extractor's offsets change; the extracted value is kept next to the corrected one, with who
    corrected it and why. When several overrides match, the latest correction wins. -#}
{#- Incremental like int_observations_resolved: a document's rows are recomputed when its
    resolved rows changed (extractor_version, reference_digest) or the overrides seed did
    (overrides_digest), else kept. -#}
{{ config(**per_document_incremental()) }}

with overrides as (
    select * from {{ ref('stg_seeds__indicator_overrides') }}
),

overrides_version as (
    select md5(coalesce(string_agg(cast(ov as varchar), '|' order by cast(ov as varchar)), '')) as overrides_digest
    from overrides as ov
),

observations as (
    select o.*
    from {{ ref('int_observations_resolved') }} as o
    {%- if is_incremental() %}
    where not exists (
        select 1
        from {{ this }} as done
        where done.sha256 = o.sha256
            and done.extractor_version = o.extractor_version
            and done.reference_digest = o.reference_digest
            and done.overrides_digest = (select overrides_digest from overrides_version)
    )
    {%- endif %}
),

matched as (
    select
        o.obs_id,
        ov.action,
        ov.corrected_value,
        ov.corrected_by,
        ov.reason,
        ov.corrected_at,
        row_number() over (
            partition by o.obs_id order by ov.corrected_at desc nulls last, ov.corrected_value
        ) as override_rank
    from observations as o
    inner join overrides as ov
        on o.doc_id = ov.doc_id
        and o.indicator = ov.indicator
        and o.audience = ov.audience
        -- values are read from text: compare with a relative tolerance, not bit for bit
        and abs(o.value - ov.original_value) <= 1e-6 * greatest(1, abs(ov.original_value))
)

select
    o.* exclude (value),
    o.value as extracted_value,
    case
        when m.action = 'correct' then m.corrected_value
        else o.value
    end as value,
    m.action as override_action,
    m.corrected_value,
    m.corrected_by,
    m.reason as override_reason,
    m.corrected_at,
    coalesce(m.action = 'reject', false) as is_rejected,
    (select overrides_digest from overrides_version) as overrides_digest
from observations as o
left join matched as m on o.obs_id = m.obs_id and m.override_rank = 1
