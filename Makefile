# The two commands a newcomer needs:
#   make run    install, build the SQLite database from the shipped catalog, serve on :5000
#   make test   install, make sure a browser is present, run the whole test suite
# Everything lives in ./.venv (and the Nu HTML checker in ./node_modules); nothing is installed
# system-wide except Debian's chromium, a JRE and npm (only when missing; .ci/install-browser).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
NPM_STAMP = node_modules/.installed-stamp
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

# vnu-jar (the Nu HTML checker) at the version package-lock.json pins. Its install script
# would fetch a JDK from the network when java is missing; `browser` installs Debian's instead.
$(NPM_STAMP): package.json package-lock.json | browser
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(NPM_STAMP)

test: $(STAMP) browser $(NPM_STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m 'not browser'

lint: $(STAMP)
	$(BIN)/ruff check catalog webapp scripts tests
	$(BIN)/bandit -q -r catalog webapp scripts -ll

clean:
	rm -rf $(VENV) instance .pytest_cache node_modules
