from __future__ import annotations

import pytest

from orchestration.extraction import Extractor


@pytest.fixture(scope="session")
def ex() -> Extractor:
    return Extractor.default()
