{#- Attach each observation to one row of dim_org_unit and to its indicator's kind.
    A code match beats a name match; among candidates, the unit valid on the observation's
    reference date (period end, else document date) wins, then the one in the stated province.
    Observations no unit matches are kept with an 'unresolved:' key so they stay visible in the
    evidence and coverage views instead of disappearing. -#}
{#- Incremental, one document at a time: a row depends only on its observation, dim_org_unit
    and the indicator seed. A document is (re)resolved when this table has no rows for its
    sha256 with the same extractor_version and the same reference_digest (a digest of the
    dimension rows used here), so a new report costs its own rows only, while an edited
    org_units or indicators seed changes the digest and re-resolves everything. The config
    (macros/per_document_incremental.sql): delete+insert on
    sha256 replaces a re-extracted document's rows; the post-hook drops rows whose observation
    is gone (a document re-extracted to no observations). -#}
{{ config(**per_document_incremental()) }}

with reference as (
    select md5(
        (select coalesce(string_agg(cast(u as varchar), '|' order by u.unit_key), '') from {{ ref('dim_org_unit') }} as u)
        || '#'
        || (select coalesce(string_agg(cast(i as varchar), '|' order by i.indicator_code), '')
            from {{ ref('stg_seeds__indicators') }} as i)
    ) as reference_digest
),

{%- if is_incremental() %}
-- chosen on the raw table: the staging view normalizes text on every row it reads
documents_to_resolve as (
    select distinct o.sha256
    from {{ source('raw', 'observations') }} as o
    where not exists (
        select 1
        from {{ this }} as done
        where done.sha256 = o.sha256
            and done.extractor_version = o.extractor_version
            and done.reference_digest = (select reference_digest from reference)
    )
),
{%- endif %}

observations as (
    select o.*
    from {{ ref('stg_raw__observations') }} as o
    {%- if is_incremental() %}
    where o.sha256 in (select sha256 from documents_to_resolve)
    {%- endif %}
),

-- matching works on these few columns only: carrying the sentences through the joins and the
-- window made resolution ten times slower on a 10,000-document warehouse
observation_keys as (
    select
        obs_id,
        unit_code,
        {{ normalize_name('unit_name') }} as name_key,
        {{ normalize_name('province_name') }} as province_key,
        coalesce(period_end, doc_date) as reference_date
    from observations
),

units as (
    select * from {{ ref('dim_org_unit') }}
),

unit_names as (
    select unit_key, {{ normalize_name('unit_name') }} as name_key from units
    union
    select unit_key, {{ normalize_name('alias') }} as name_key
    from (select unit_key, unnest(aliases) as alias from units)
),

candidates as (
    select o.obs_id, u.unit_key, 1 as match_rank, 'code' as resolution_method
    from observation_keys as o
    inner join units as u on o.unit_code = u.unit_code
    union all
    select o.obs_id, n.unit_key, 2 as match_rank, 'name' as resolution_method
    from observation_keys as o
    inner join unit_names as n on o.name_key = n.name_key
),

scored as (
    select
        c.obs_id,
        c.unit_key,
        c.resolution_method,
        c.match_rank,
        coalesce(o.reference_date between u.valid_from and coalesce(u.valid_to, date '9999-12-31'), false)
            as unit_valid_at_reference_date,
        coalesce(o.province_key = {{ normalize_name('u.province_name') }}, false) as same_province,
        u.valid_from
    from candidates as c
    inner join observation_keys as o on c.obs_id = o.obs_id
    inner join units as u on c.unit_key = u.unit_key
),

best as (
    -- arg_min over an ordered key, not a window: same choice, a fraction of the time at scale
    select
        obs_id,
        arg_min(
            {'unit_key': unit_key, 'method': resolution_method, 'valid': unit_valid_at_reference_date},
            (match_rank, not unit_valid_at_reference_date, not same_province, -epoch(valid_from))
        ) as choice
    from scored
    group by obs_id
),

ranked as (
    select
        obs_id,
        choice.unit_key as unit_key,
        choice.method as resolution_method,
        choice.valid as unit_valid_at_reference_date
    from best
),

indicators as (
    select indicator_code, kind from {{ ref('stg_seeds__indicators') }}
)

select
    o.obs_id,
    o.sha256,
    o.doc_id,
    coalesce(u.unit_key, 'unresolved:' || coalesce(o.unit_name, '?')) as unit_key,
    -- null when unresolved: a code that matches no unit is not a unit code (extracted_unit_code keeps it)
    u.unit_code,
    coalesce(u.unit_name, o.unit_name) as unit_name,
    coalesce(u.unit_level, o.unit_level) as unit_level,
    u.province_code,
    coalesce(u.province_name, o.province_name) as province_name,
    o.unit_name as extracted_unit_name,
    o.unit_code as extracted_unit_code,
    coalesce(r.resolution_method, 'unresolved') as resolution_method,
    coalesce(r.unit_valid_at_reference_date, false) as unit_valid_at_reference_date,
    o.period_start,
    o.period_end,
    case when o.period_start is not null and o.period_end is not null
        then {{ period_key('o.period_start', 'o.period_end') }} end as period_key,
    {{ period_type('o.period_start', 'o.period_end') }} as period_type,
    o.extracted_period_type,
    o.period_label,
    o.period_source,
    o.indicator,
    i.kind,
    i.indicator_code is not null as is_known_indicator,
    o.value,
    o.qualifier,
    o.unit_phrase,
    -- 'other' counts different things ("tổ tự quản", "chốt vùng xanh"): the phrase is part of
    -- what is measured, so it joins the grain; taxonomy indicators already name the thing
    case when o.indicator = 'other' then coalesce({{ normalize_name('o.unit_phrase') }}, '') else '' end
        as unit_phrase_key,
    o.audience,
    o.char_start,
    o.char_end,
    o.sentence,
    o.doc_date,
    o.doc_date_source,
    o.extractor_version,
    (select reference_digest from reference) as reference_digest
from observations as o
left join ranked as r on o.obs_id = r.obs_id
left join units as u on r.unit_key = u.unit_key
left join indicators as i on o.indicator = i.indicator_code
