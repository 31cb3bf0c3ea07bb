# The two quickstart commands: `make refresh` and `make test`. Both build the virtual environment first.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: setup refresh test lint bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

refresh: $(STAMP)
	$(BIN)/cbec refresh

test: $(STAMP)
	$(BIN)/ruff check crawlers pipeline nlp warehouse flows tests
	$(BIN)/mypy
	$(BIN)/pytest -n 2

bench: $(STAMP)
	$(BIN)/python -m flows.bench

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
