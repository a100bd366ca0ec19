"""pandas and numpy, imported when first used.

`dwh run` imports this package to declare its checks and to record their results, while the
validations themselves run in the GX worker (gx_worker.py). pandas costs about 0.6 s of CPU to
import, on the path before the dbt build; the modules here name it at module level but call it
only while validating. `from data_contracts.lazy import pandas as pd` gives an object whose
attributes are pandas' (`pd.DataFrame`, `pd.NaT`), importing pandas on the first one.
Type checkers see the real modules (each user imports them under TYPE_CHECKING).
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)  # later lookups skip this method
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"


pandas = LazyModule("pandas")
numpy = LazyModule("numpy")
