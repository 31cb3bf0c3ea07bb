# The two quickstart commands: `make refresh` and `make test`. Both build the virtual environment first.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: setup compiled pure refresh test lint bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The extractors compiled with mypyc (setup.py; about a third faster). Rebuilt when a source changes; a stale
# build is never loaded (nlp/compiled.py). Without a C compiler everything runs as Python. `make pure` removes it.
COMPILED = $(VENV)/.compiled
$(COMPILED): $(STAMP) setup.py $(wildcard nlp/*.py)
	@echo "compiling the extractors with mypyc (log: $(VENV)/compile.log)"
	@CBEC_COMPILE=1 $(BIN)/python setup.py --quiet build_ext --inplace --parallel 2 >$(VENV)/compile.log 2>&1 \
		|| { $(MAKE) --no-print-directory pure; echo "warning: compiling failed (see $(VENV)/compile.log); running as Python"; }
	@touch $(COMPILED)

compiled: $(COMPILED)

pure:
	rm -f nlp/*.so nlp/compiled_sources.json $(COMPILED)

refresh: $(COMPILED)
	$(BIN)/cbec refresh

test: $(COMPILED)
	$(BIN)/ruff check crawlers pipeline nlp warehouse flows tests setup.py
	$(BIN)/mypy
	$(BIN)/pytest -n 2

bench: $(COMPILED)
	$(BIN)/python -m flows.bench

clean:
	rm -rf $(VENV) data build .pytest_cache .mypy_cache .ruff_cache nlp/*.so nlp/compiled_sources.json
