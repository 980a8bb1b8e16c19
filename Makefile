# Two commands do all set-up: `make run` and `make test` (see README).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
HOST ?= 127.0.0.1
INDEX := $(or $(NIANBAO_INDEX),instance/index)

.PHONY: run test index rebuild serve clean

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

index: $(BIN)/.installed
	@test -e "$(INDEX)/current" || $(BIN)/python -m indexer build --index "$(INDEX)"

rebuild: $(BIN)/.installed
	$(BIN)/python -m indexer build --index "$(INDEX)"

run: index
	NIANBAO_INDEX="$(INDEX)" $(BIN)/flask --app app run --host $(HOST) --port $(PORT)

serve: index
	NIANBAO_INDEX="$(INDEX)" $(BIN)/gunicorn --workers $(or $(WORKERS),2) --bind $(HOST):$(PORT) --preload "app:create_app()"

test: $(BIN)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf instance/index .pytest_cache
