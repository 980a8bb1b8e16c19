# Two commands do all set-up: `make run` and `make test` (see README).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
HOST ?= 127.0.0.1
INDEX := $(or $(NIANBAO_INDEX),instance/index)
# make serve: gunicorn worker processes and threads in each (see README, "Production"). Each
# worker keeps its own caches of what searches compute, so a worker more than the cores costs a
# cold copy of them and gains no CPU: one per core (2 here), threads for concurrent requests.
WORKERS ?= 2
THREADS ?= 4

.PHONY: run test index rebuild serve clean

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

index: $(BIN)/.installed
	@if test -e "$(INDEX)/current" -o -L "$(INDEX)/current"; then $(BIN)/python -m indexer stale --index "$(INDEX)"; \
	else $(BIN)/python -m indexer build --index "$(INDEX)"; fi

# The folders the index was built from (its manifest's roots; samples/ for a new index): never the samples in place
# of an operator's own reports (docs/cli.md). A dangling or damaged `current` goes to `indexer stale`, which says so.
rebuild: $(BIN)/.installed
	$(BIN)/python -m indexer build --index "$(INDEX)"

run: index
	NIANBAO_INDEX="$(INDEX)" $(BIN)/flask --app app run --host $(HOST) --port $(PORT)

# --preload: the app (and jieba's dictionaries) load once in the master, before the workers fork.
# --limit-request-line 8190: a 500-character Chinese query is 4,500 bytes once percent-encoded.
serve: index
	NIANBAO_INDEX="$(INDEX)" $(BIN)/gunicorn --workers $(WORKERS) --threads $(THREADS) --bind $(HOST):$(PORT) \
		--preload --no-control-socket --limit-request-line 8190 --timeout 30 --graceful-timeout 10 \
		--max-requests 5000 --max-requests-jitter 500 --access-logfile - "app:create_app()"

test: $(BIN)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf instance/index .pytest_cache
