# Two commands do all the set-up: `make run` codes the bundled examples, `make test` tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint validate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/detente code examples/ --db detente.duckdb

test: lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

SHARED ?= ../shared/data
validate: $(STAMP)
	$(BIN)/detente validate $(SHARED)/validation/petrarch2/PETR.UnitTest.records.xml --dictionaries $(SHARED)/dictionaries/petr-validate
	$(BIN)/detente validate $(SHARED)/validation/universal-petrarch-2.02/PETR_Validate_records_2_02.xml --dictionaries $(SHARED)/validation/universal-petrarch-2.02/dictionaries

clean:
	rm -rf $(VENV) detente.duckdb .pytest_cache .mypy_cache .ruff_cache
