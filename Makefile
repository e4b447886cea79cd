PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= .vanban

.PHONY: demo test bench clean install dev wheel-check

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

# The wheel as users install it (pip, pipx, uv): built, installed in a fresh venv (offline, the
# dependencies borrowed from .venv) and run from another folder. Part of `make test` as well.
wheel-check: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_packaging.py

bench: $(VENV)/.dev-installed
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
