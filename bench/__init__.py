"""Benchmarks for the warehouse: extraction speed vs Duckling, pipeline wall time, corpus scale.

`python -m bench.run_all` (what `make bench` runs) prints a table and writes
`data/bench/results.json`; each measurement carries the exact command that produced it.
"""
