# Two entry points: `make run` (install, open the demo project) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO := .demo/demo-project.db

.PHONY: install preflight run demo test lint bench bench-peers fuzz clean base-model name-model event-model confidence translations

# Python 3.11+ and its venv support are checked (with the command that
# installs what is missing) before .venv is created.
$(STAMP): pyproject.toml
	@$(PYTHON) -m annotator.preflight python venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,spacy,hf]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(PY) -m annotator.cli demo --suggest $(DEMO)

# Before the window: Python, venv (until .venv exists), Qt's system libraries and a
# display; what is missing is named with the apt or dnf command that installs it.
preflight:
	@$(PYTHON) -m annotator.preflight python $(if $(wildcard $(STAMP)),,venv) qt display

run: preflight demo
	$(PY) main.py $(DEMO)

lint: install
	$(VENV)/bin/ruff check annotator tests main.py
	$(VENV)/bin/ruff format --check annotator tests main.py
	$(VENV)/bin/mypy annotator/core annotator/store annotator/formats annotator/nlp annotator/app
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The interface catalogues: list the message templates of the layers below the
# window (gui/message_catalogue/, a module per layer), collect the strings of the
# window into the .ts sources (translations already made are kept), then compile
# the .qm files the window loads. Both are committed, so a checkout runs without this step;
# tests/gui/test_i18n_catalogue.py says when it is due.
I18N := resources/i18n
translations: install
	$(PY) -m annotator.gui.message_scan
	$(VENV)/bin/ruff format --quiet annotator/gui/message_catalogue
	$(VENV)/bin/pyside6-lupdate -tr-function-alias tr+=_tr -no-obsolete -locations none \
	  $$(find annotator/gui -name '*.py' | sort) -ts $(I18N)/annotator_vi.ts $(I18N)/annotator_en.ts
	for ts in $(I18N)/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The base CRF shipped in resources/models, rebuilt from the committed gold
# (same inputs, same bytes; see resources/models/README.md).
base-model: install
	$(PY) -m annotator.cli base-model

# The name classifier shipped in resources/models/names.json, rebuilt from the
# committed gold (same inputs, same weights; see resources/models/README.md).
name-model: install
	$(PY) -m annotator.cli name-model

# The event classifier shipped in resources/models/events.json, rebuilt from the
# committed gold (same inputs, same weights; see resources/models/README.md).
event-model: install
	$(PY) -m annotator.cli event-model

# The rules' and stock NER's precision per label, which suggestions carry as
# their confidence: measured again after the rules or gazetteers change.
confidence: install
	$(PY) -m annotator.app.suggest.confidence_table --dev ../shared/gold/dev.jsonl

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

# The peers, each in its own virtual environment under $(PEERS), reinstalled
# only when its pins change. Not part of `make test` nor of `make bench`:
# see tests/benchmarks/peers/README.md.
PEERS := .peers
PEER_PINS := tests/benchmarks/peers/requirements

$(PEERS)/%/.stamp: $(PEER_PINS)-%.txt
	@echo "installing $* ($$(grep -v '^#' $< | tr '\n' ' ')) into $(PEERS)/$* ..."
	rm -rf $(PEERS)/$*
	$(PYTHON) -m venv $(PEERS)/$*
	$(PEERS)/$*/bin/python -m pip install --quiet --upgrade pip
	@$(PEERS)/$*/bin/python -m pip install --quiet -r $< 2>$(PEERS)/$*-install.log || \
	  { tail -20 $(PEERS)/$*-install.log; echo "error: installing $* failed (it needs the package registry; full log: $(PEERS)/$*-install.log)"; rm -rf $(PEERS)/$*; exit 1; }
	touch $@

# The peers' packages were byte-compiled by pip; ours are compiled too, so every
# command starts as it does for a user (even with PYTHONDONTWRITEBYTECODE set).
bench-peers: install $(PEERS)/doccano/.stamp $(PEERS)/label-studio/.stamp
	$(PY) -m compileall -q annotator
	$(PY) -m tests.benchmarks.peers --peers $(PEERS)

clean:
	rm -rf $(VENV) .demo .mypy_cache .ruff_cache
