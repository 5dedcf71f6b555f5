# JAD Register: the two commands the README starts with, and their helpers.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint check-migrations demo clean docs-screenshots translations backup restore loadtest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

## Set up, migrate the embedded SQLite database, load the demo data and serve the site, with a
## worker for background imports and data package builds beside it (stopped with the server).
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_demo_superuser
	$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Run the whole test suite (on SQLite, or on the database DATABASE_URL names), on every core.
test: install
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

## The screenshots of docs/spreadsheets.md's walk-through, taken in Debian's Chromium by the browser test.
docs-screenshots: install
	DOCS_SCREENSHOTS=docs/images $(BIN)/pytest -p no:xdist -q tests/browser/test_imports.py

## The catalogues: new strings into Serbian (Latin), Macedonian and Albanian (to translate by hand),
## Serbian in Cyrillic written from the Latin (transliterated, never typed), all compiled.
MESSAGE_IGNORES := --ignore='tests/*' --ignore='bench/*' --ignore='static/*' --ignore='.venv/*'
translations: install
	$(BIN)/python manage.py makemessages -l sr_Latn -l mk -l sq --no-obsolete $(MESSAGE_IGNORES)
	$(BIN)/python manage.py transliterate_messages
	for language in sr_Latn mk sq; do \
		msgfmt --check -o locale/$$language/LC_MESSAGES/django.mo locale/$$language/LC_MESSAGES/django.po || exit 1; \
	done

## A backup of the database DATABASE_URL names into BACKUP_DIR (backups/), and restoring one
## (asks first; docs/deployment.md has the drill). Neither installs anything: they run on servers too.
backup:
	$(BIN)/python manage.py backup_register

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/jadregister-....sqlite3"; exit 2; }
	$(BIN)/python manage.py restore_register "$(FILE)"

## The load test (bench/loadtest.py): 20 visitors and an editor against gunicorn in production mode on
## PostgreSQL and Redis, DURATION seconds (a fresh database jad_loadtest). FAULTS=1 also kills a worker,
## stops Redis and restarts PostgreSQL during the run: only where stopping them is allowed.
DURATION ?= 60
loadtest: install
	$(BIN)/python bench/loadtest.py --duration $(DURATION) $(if $(FAULTS),--faults)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-migrations: install
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
