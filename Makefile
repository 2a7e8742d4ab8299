# labeler: `make demo` runs the demo, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The shipped plugins (plugins/*/, each its own package) install with the product.
PLUGINS := $(wildcard plugins/*/pyproject.toml)
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(PLUGINS) | cksum | cut -d' ' -f1)
PYTEST_ARGS ?=
QTFREE := .venv-qtfree
QTFREE_STAMP := $(QTFREE)/.installed-$(shell cat pyproject.toml $(PLUGINS) | cksum | cut -d' ' -f1)
BUNDLE_STAMP := $(VENV)/.bundle-$(shell cat pyproject.toml $(PLUGINS) | cksum | cut -d' ' -f1)

.PHONY: demo test lint unit qtfree server bench system-deps migration clean translations \
	bundle bundle-smoke

$(STAMP): pyproject.toml $(PLUGINS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "labeler needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version)."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || \
		{ echo "Cannot create a virtualenv: install python3-venv (apt-get install python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[server,gui,dev]'
	$(PY) -m pip install --quiet $(foreach p,$(PLUGINS),-e $(dir $(p)))
	@rm -f $(VENV)/.installed-* && touch $@

system-deps:
	@bash scripts/system-deps.sh

# The interface's translations, compiled from resources/translations/ (docs: labeler/ui/i18n.py).
QM := labeler/ui/translations/labeler_ur.qm
$(QM): $(wildcard resources/translations/*/*.ts) | $(STAMP)
	$(PY) scripts/translations.py release

translations: $(QM)

# `make demo AS=lead`: only AS given on the command line; make (the assembler, "as") and
# some toolchains (conda) set an AS of their own.
demo: system-deps $(STAMP) $(QM)
	$(VENV)/bin/labeler demo $(if $(filter command line,$(origin AS)),--user $(AS),)

lint: $(STAMP)
	$(PY) -m ruff check labeler tests benchmarks scripts plugins packaging
	$(PY) -m ruff format --check labeler tests benchmarks scripts plugins packaging
	$(PY) -m mypy labeler/core labeler/client $(dir $(wildcard plugins/*/labeler_*/__init__.py))

test: system-deps lint $(QM)
	timeout 3000 $(PY) -m pytest -q --durations=15 $(PYTEST_ARGS)
	timeout 900 $(MAKE) --no-print-directory qtfree

$(QTFREE_STAMP): pyproject.toml $(PLUGINS)
	@test -x $(QTFREE)/bin/python || $(PYTHON) -m venv $(QTFREE)
	$(QTFREE)/bin/python -m pip install --quiet --upgrade pip
	$(QTFREE)/bin/python -m pip install --quiet -e '.[server,dev]'
	$(QTFREE)/bin/python -m pip install --quiet $(foreach p,$(PLUGINS),-e $(dir $(p)))
	@rm -f $(QTFREE)/.installed-* && touch $@

# The Qt-free packages, tested where PySide6 is not installed at all (STYLE.md 1).
qtfree: $(QTFREE_STAMP)
	$(QTFREE)/bin/python -m pytest -q -p no:pytest-qt -m "not slow" tests/unit tests/client plugins

unit: $(STAMP)
	$(PY) -m pytest -q tests/unit

server: $(STAMP)
	$(PY) -m pytest -q tests/server

bench: $(STAMP)
	$(PY) benchmarks/server_load.py

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[server,gui,dev,bundle]'
	@rm -f $(VENV)/.bundle-* && touch $@

# The desktop bundle (packaging/README.md): dist/labeler/, and on Linux its .tar.gz and .deb.
bundle: system-deps $(BUNDLE_STAMP) $(QM)
	$(PY) packaging/build.py

# The bundle as a user meets it: unpacked where no Python is on PATH, labeling against a
# task server; the .deb unpacked into an empty root.
bundle-smoke: bundle
	LABELER_BUNDLE_SMOKE=1 timeout 900 $(PY) -m pytest -q tests/packaging/test_bundle_smoke.py

# Before the first release only: rewrite the initial migration from the models.
migration: $(STAMP)
	$(PY) scripts/regenerate_initial_migration.py

clean:
	rm -rf $(VENV) $(QTFREE) .venv-lsml $(QM) .pytest_cache .ruff_cache .mypy_cache .hypothesis build/bundle dist
