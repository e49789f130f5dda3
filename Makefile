# Two entry points: `make run` (install, open the demo project) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO := .demo/demo-project.db

.PHONY: install run demo test lint bench fuzz clean base-model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,spacy,hf]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(PY) -m annotator.cli demo --suggest $(DEMO)

run: demo
	$(PY) main.py $(DEMO)

lint: install
	$(VENV)/bin/ruff check annotator tests main.py
	$(VENV)/bin/ruff format --check annotator tests main.py
	$(VENV)/bin/mypy annotator/core annotator/store annotator/formats annotator/nlp annotator/app
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The base CRF shipped in resources/models, rebuilt from the committed gold
# (same inputs, same bytes; see resources/models/README.md).
base-model: install
	$(PY) -m annotator.cli base-model

# One process per benchmark file: each memory figure is its own, not what an
# earlier benchmark of the same run left behind.
bench: install
	@status=0; for f in tests/benchmarks/test_*.py; do \
	  echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:randomly $$f || status=1; \
	done; exit $$status

# 100,000 fuzz inputs over every reader and the text pipeline (not part of `make test`);
# INPUTS=... and SEED=... change the run. Crashes, hangs and offset violations must be 0.
fuzz: install
	$(PY) -m tests.fuzz.harness --inputs $(or $(INPUTS),100000) --seed $(or $(SEED),1)

clean:
	rm -rf $(VENV) .demo .mypy_cache .ruff_cache
