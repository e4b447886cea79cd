PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= .vanban

.PHONY: demo test bench clean install dev

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev,st]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

demo: $(VENV)/.installed
	$(BIN)/vanban demo corpora --store $(STORE)

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -q

bench: $(VENV)/.dev-installed
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
