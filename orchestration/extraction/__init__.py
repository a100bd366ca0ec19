"""Pure extraction library: Vietnamese tuyên giáo reports -> observations with evidence.

No Dagster, DuckDB or dbt imports here (tests/extraction/test_purity.py checks it): the
Dagster asset and the `dwh extract` / `dwh eval` commands share this code.
"""

from orchestration.extraction.extractor import EXTRACTOR_VERSION, Extractor
from orchestration.extraction.models import DocumentResult, Observation, UnclassifiedMention

__all__ = ["EXTRACTOR_VERSION", "DocumentResult", "Extractor", "Observation", "UnclassifiedMention"]
