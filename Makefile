# The interface between stages: `make run`, `make test`, `make dev`, `make bench`.
# Every set-up step is a file target with a stamp, so a second `make run` does (almost) nothing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The interpreter the venv is made from: Debian's python3.11 when the machine has it (built with
# profile-guided optimisation and LTO, libpython linked into the executable; the pyenv python3 of
# these machines loads a shared libpython and has neither): the extractor runs about 11% faster
# on it (README "Measured performance"). Any Python 3.11 works.
PYTHON_BOOT ?= $(firstword $(wildcard /usr/bin/python3.11) python3)
VENV        := .venv
BIN         := $(VENV)/bin
PY          := $(BIN)/python
STAMPS      := .make
PORT        ?= 8501
# Bytecode caching roughly halves the import time of Dagster, dbt and GX on every run.
unexport PYTHONDONTWRITEBYTECODE
export GX_ANALYTICS_ENABLED := false
export DAGSTER_DISABLE_TELEMETRY := 1

DBT_SOURCES := $(shell find dbt_project -path dbt_project/target -prune -o -path dbt_project/logs -prune -o \( -name '*.sql' -o -name '*.yml' -o -name '*.csv' \) -print 2>/dev/null)

.PHONY: help setup setup-test setup-bench run pipeline serve watch test dev bench lint clean

help:
	@echo "make run    set up, run the pipeline on the sample reports, serve the dashboard on :$(PORT)"
	@echo "make test   set up (incl. Debian chromium) and run the test suite"
	@echo "make watch  keep the pipeline warm: publish each report dropped in the inbox (serve in another shell)"
	@echo "make dev    Dagster UI on the same code location"
	@echo "make bench  speed and memory benchmarks"

# The venv, made again when PYTHON_BOOT names another interpreter (its stamp names the one used;
# after `make clean` a venv already made from that interpreter is kept).
VENV_STAMP := $(STAMPS)/venv-$(subst /,_,$(PYTHON_BOOT))
$(PY): $(VENV_STAMP)
$(VENV_STAMP):
	@mkdir -p $(STAMPS)
	@rm -f $(STAMPS)/venv-*
	@if [ -x $(PY) ] && [ -x $(BIN)/uv ] && [ "$$($(PY) -c 'import os, sys; print(os.path.realpath(sys._base_executable))')" = "$$(realpath "$$(command -v $(PYTHON_BOOT))")" ]; then \
	  echo "$(VENV) is made from $(PYTHON_BOOT) already"; \
	else \
	  echo "making $(VENV) from $(PYTHON_BOOT)"; rm -rf $(VENV) && \
	  { $(PYTHON_BOOT) -m venv $(VENV) || { echo "$(PYTHON_BOOT) cannot make a venv: using python3"; rm -rf $(VENV); python3 -m venv $(VENV); }; } && \
	  $(BIN)/pip install --quiet --disable-pip-version-check uv==0.13.8; \
	fi
	@touch $@

# Python packages: reinstalled only when pyproject.toml changes or the venv is made again.
$(STAMPS)/deps: pyproject.toml $(VENV_STAMP)
	@mkdir -p $(STAMPS)
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[test]'
	@touch $@

# dagster-dbt needs the manifest before Definitions load.
dbt_project/target/manifest.json: $(STAMPS)/deps $(DBT_SOURCES)
	cd dbt_project && WAREHOUSE_PATH=$${WAREHOUSE_PATH:-$(CURDIR)/data/warehouse.duckdb} ../$(BIN)/dbt parse --quiet --profiles-dir $(CURDIR)/dbt_project --project-dir $(CURDIR)/dbt_project
	@touch $@

setup: $(STAMPS)/deps dbt_project/target/manifest.json

# Debian's Chromium for the browser tests (nothing may download its own browser build).
$(STAMPS)/chromium:
	@mkdir -p $(STAMPS)
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "installing Debian chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	@touch $@

setup-test: setup $(STAMPS)/chromium

$(STAMPS)/bench-deps: pyproject.toml $(STAMPS)/deps
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[test,bench]'
	@touch $@

setup-bench: setup $(STAMPS)/bench-deps

pipeline: setup
	$(BIN)/dwh run

serve: setup
	$(BIN)/dwh serve --port $(PORT)

run: pipeline serve

watch: setup
	$(BIN)/dwh watch

test: setup-test
	$(BIN)/pytest -q

dev: setup
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/data/dagster_home} $(BIN)/python -c "import orchestration.settings as s; s.ensure_dagster_home()"
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/data/dagster_home} $(BIN)/dagster dev -m orchestration.definitions

bench: setup-bench
	$(PY) -m bench.run_all

lint: setup
	$(BIN)/ruff check orchestration dashboards data_contracts tests bench

clean:
	rm -rf $(STAMPS) dbt_project/target dbt_project/logs data/warehouse.duckdb* data/snapshots data/dagster_home
