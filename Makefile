# Two commands do all set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint bench bench-smoke screenshots translations dist dist-test clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(VENV)/bin/reciprocal

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check app tests benchmarks
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy benchmarks

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The whole of docs/design.md §7 (several minutes; the practices are cached per app version in
# ~/.cache/reciprocal-bench): a table, and benchmarks/results.json. See docs/performance.md.
bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

# The same code on a 4 x 5 practice, once each (seconds); `make test` runs it too
# (tests/test_bench_smoke.py), so the benchmark cannot rot.
bench-smoke: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run --smoke

# Collect every screen and handout text into the catalogues (app/data/translations) and compile
# them; tests/unit/test_ui_catalogues.py and test_handout_catalogues.py fail until this is run.
translations: $(STAMP_TEST)
	$(PY) -m tools.translations

screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

# The double-clickable one-folder app (build.spec, PyInstaller): dist/Reciprocal/ (and
# dist/Reciprocal.app on macOS). Not part of `make test`; see README.md "Building the app".
STAMP_DIST := $(VENV)/.installed-dist

$(STAMP_DIST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP_RUN)

dist: $(STAMP_DIST)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller build.spec

# The frozen binaries, as a therapist's machine would run them (packaging/dist-test.sh).
dist-test:
	packaging/dist-test.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
