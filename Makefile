# Faultlines: `make demo` and `make test` are all a new user needs (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt constraints.txt pyproject.toml | sha1sum | cut -c1-12)
DEMO_DB ?= demo.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test test-fast lint bench clean

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/faultlines ingest examples/reports --db $(DEMO_DB) || test $$? -eq 3
	$(BIN)/faultlines events --db $(DEMO_DB) --modality asserted
	$(BIN)/faultlines export --db $(DEMO_DB) --format acled-csv -o demo-acled.csv
	echo demo-pass-123 | $(BIN)/faultlines users add demo --db $(DEMO_DB) --password-stdin
	@echo "Stored in $(DEMO_DB); ACLED-style CSV in demo-acled.csv."
	@echo "Workbench: http://$(HOST):$(PORT)/  (reviewer login: demo / demo-pass-123; Ctrl-C to stop)"
	$(BIN)/faultlines serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser and not distributed and not gate"

lint: install
	$(BIN)/ruff check faultlines tests bench
	$(BIN)/ruff format --check faultlines tests bench

bench: install
	$(BIN)/python bench/bench_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info $(DEMO_DB) demo-acled.csv
