# The two commands a newcomer needs:
#   make run    install, build the SQLite database from the shipped catalog, serve on :5000
#   make test   install, make sure a browser is present, run the whole test suite
# Everything lives in ./.venv; nothing is installed system-wide except Debian's chromium
# (and only when it is missing; see .ci/install-browser).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: run serve test test-fast browser lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/flask --app webapp init-db
	$(BIN)/flask --app webapp run --host $(HOST) --port $(PORT)

serve: $(STAMP)
	$(BIN)/flask --app webapp init-db
	$(BIN)/gunicorn --workers 2 --bind $(HOST):$(PORT) 'webapp:create_app()'

browser:
	@.ci/install-browser

test: $(STAMP) browser
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m 'not browser'

lint: $(STAMP)
	$(BIN)/ruff check catalog webapp scripts tests
	$(BIN)/bandit -q -r catalog webapp scripts -ll

clean:
	rm -rf $(VENV) instance .pytest_cache
