# Two entry points: `make demo` (install, index the bundled digests, answer a question) and
# `make test` (install with test tools, then lint and run every test). Both work offline.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
QUESTION ?= which papers use MCTS?

.PHONY: demo test install install-test browser lint bench clean

demo: install
	$(BIN)/rag ingest
	$(BIN)/rag ask "$(QUESTION)"

test: install-test browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

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
