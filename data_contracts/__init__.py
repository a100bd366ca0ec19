"""Data contracts (Great Expectations suites) and DHIS2-style data-quality rules.

Import `data_contracts.runner` for the API; this package module stays empty so importing it
costs nothing (GX itself is imported on the first validation only).
"""
