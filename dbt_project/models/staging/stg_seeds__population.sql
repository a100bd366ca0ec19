select
    unit_code,
    cast(year as integer) as population_year,
    cast(population as bigint) as population,
    source as population_source
from {{ ref('population') }}
