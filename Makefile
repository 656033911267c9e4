# Two entry points: `make demo` (install, index the bundled digests, answer a question) and
# `make test` (install with test tools, then lint, type-check and run every test). Both work offline.
# `make test-fast` runs only the fast tier: no model, no server, no browser.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
QUESTION ?= which papers use MCTS?
# Two pytest-xdist workers: while one waits on a server, a browser or a subprocess, the other computes.
# Each test file stays on one worker (tests/conftest.py schedules them); PYTEST_WORKERS=0 runs serially.
PYTEST_WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(PYTEST_WORKERS)
# A checkout keeps its index and caches in .rag/ (an installed `rag` uses the platform's data folder).
export RAG_HOME ?= $(CURDIR)/.rag

.PHONY: demo test test-fast check install install-test browser lint bench clean

demo: install
	$(BIN)/rag ingest
	$(BIN)/rag ask "$(QUESTION)"

test: check browser
	$(PYTEST)

test-fast: check
	$(PYTEST) -m "not slow and not browser"

check: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# The default install has no torch (the encoder runs on onnxruntime); '.[torch]' adds it for
# RAG_EMBED_MODEL pointing at your own sentence-transformers model.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The UI tests drive Debian's Chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

bench: install
	$(BIN)/python bench/startup.py --venv $(VENV)
	$(BIN)/python bench/bench.py

clean:
	rm -rf .rag
