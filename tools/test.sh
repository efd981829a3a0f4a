#!/usr/bin/env bash
# Every check the project has: lint, layer contracts, types, translations, the test suite on SQLite
# and on PostgreSQL, and the core tests once more without PySide6 installed.
# PostgreSQL URL: BANKSUITE_TEST_PG (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
# Under CI=true a missing PostgreSQL is a failure; elsewhere that run is skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
PY=.venv/bin/python

echo "== lint, layers, types, translations"
$PY -m ruff check .
$PY -m ruff format --check .
.venv/bin/lint-imports --no-cache
$PY -m mypy
$PY tools/i18n.py check

echo "== tests on SQLite"
env -u BANKSUITE_TEST_PG $PY -m pytest -p no:cacheprovider

PG_URL="${BANKSUITE_TEST_PG:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
if $PY -c "import sys, sqlalchemy as sa; sa.create_engine(sys.argv[1], connect_args={'connect_timeout': 3}).connect().close()" "$PG_URL" 2>/dev/null; then
  echo "== tests on PostgreSQL"
  BANKSUITE_TEST_PG="$PG_URL" $PY -m pytest -p no:cacheprovider
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL at $PG_URL is not reachable, and CI requires it" >&2
  exit 1
else
  echo "== PostgreSQL not reachable at $PG_URL: skipped the PostgreSQL run"
fi

echo "== core tests without PySide6"
if [ ! -x .venv-core/bin/python ]; then
  python3 -m venv .venv-core
fi
# The project's own dependencies (pyproject.toml) less PySide6, and the test runner.
.venv-core/bin/python -c "import tomllib; print('\n'.join(d for d in tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'] if not d.startswith('PySide6')))" > .venv-core/requirements.txt
.venv-core/bin/pip install -q -r .venv-core/requirements.txt pytest pytest-timeout hypothesis
.venv-core/bin/pip install -q --no-deps -e .
.venv-core/bin/python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PySide6') is not None)"
# pytest-qt is absent here, so its ini key is unknown: keep --strict-markers, drop --strict-config.
env -u BANKSUITE_TEST_PG .venv-core/bin/python -m pytest -p no:cacheprovider -o addopts="-ra --strict-markers" \
  -W "ignore::pytest.PytestConfigWarning" tests/core
