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
# Set when mypyc fails on a machine that has a C compiler: the code holds something mypyc rejects. `make refresh`
# still runs (as Python); `make test` fails, so such a change never lands unnoticed.
COMPILE_FAILED = $(VENV)/.compile_failed
$(COMPILED): $(STAMP) setup.py $(wildcard nlp/*.py)
	@echo "compiling the extractors with mypyc (log: $(VENV)/compile.log)"
	@rm -f $(COMPILE_FAILED)
	@CBEC_COMPILE=1 $(BIN)/python setup.py --quiet build_ext --inplace --parallel 2 >$(VENV)/compile.log 2>&1 \
		|| { $(MAKE) --no-print-directory pure; echo "warning: compiling failed (see $(VENV)/compile.log); running as Python"; \
		     if command -v cc >/dev/null || command -v gcc >/dev/null; then touch $(COMPILE_FAILED); fi; }
	@touch $(COMPILED)

compiled: $(COMPILED)

pure:
	rm -f nlp/*.so nlp/compiled_sources.json $(COMPILED)

refresh: $(COMPILED)
	$(BIN)/cbec refresh

test: $(COMPILED)
	@if [ -f $(COMPILE_FAILED) ]; then echo "error: the extractors no longer compile with mypyc (see $(VENV)/compile.log)"; exit 1; fi
	$(BIN)/ruff check crawlers pipeline nlp warehouse flows tests setup.py
	$(BIN)/mypy
	$(BIN)/pytest -n 2

bench: $(COMPILED)
	$(BIN)/python -m flows.bench

clean:
	rm -rf $(VENV) data build .pytest_cache .mypy_cache .ruff_cache nlp/*.so nlp/compiled_sources.json
