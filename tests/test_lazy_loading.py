"""A synth loads only what its spec needs: each CRD binding in imports/ loads its jsii
assembly at import, so it is imported only when an object of its kind is built."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import ROOT, SPECS

BINDINGS = sorted(path.name for path in (ROOT / "imports").iterdir() if path.is_dir())
"""Module names under ethercluster_constructs.crds; each is its kind, lowercased."""

PROBE = """
import json, sys
import cdk8s, yaml
from ethercluster_constructs.app_builder import ClusterChart
from ethercluster_constructs.spec import load_spec

spec, spec_dir = load_spec(sys.argv[1])
app = cdk8s.App()
ClusterChart(app, spec=spec, spec_dir=spec_dir)
kinds = {doc["kind"] for doc in yaml.safe_load_all(app.synth_yaml()) if doc}
loaded = {m.split(".")[2] for m in sys.modules if m.startswith("ethercluster_constructs.crds.")}
print(json.dumps({"kinds": sorted(kinds), "loaded": sorted(loaded)}))
"""

PROMETHEUS_OPERATOR = """\
namespace: po
monitoring: {scraper: prometheus-operator}
fleets:
  mordor: {network: mordor, internal_only: true}
"""


def loaded_and_kinds(spec_path) -> tuple[set[str], set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(spec_path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    return set(found["loaded"]), {kind.lower() for kind in found["kinds"]}


def test_each_binding_is_named_after_its_kind():
    assert {"backendconfig", "managedcertificate", "podmonitoring", "volumesnapshotclass"} <= set(BINDINGS)


@pytest.mark.parametrize("spec_path", SPECS[:2], ids=lambda p: p.name)
def test_a_spec_loads_exactly_the_bindings_of_the_kinds_it_writes(spec_path):
    loaded, kinds = loaded_and_kinds(spec_path)
    assert loaded == kinds & set(BINDINGS)
    assert loaded, "the spec should use at least one CRD kind, or this test proves nothing"


GATEWAY_BINDINGS = {"gateway", "httproute", "healthcheckpolicy", "gcpbackendpolicy", "gcpgatewaypolicy"}
INGRESS_BINDINGS = {"backendconfig", "frontendconfig", "managedcertificate"}


def test_the_gateway_edge_loads_its_bindings_and_no_ingress_ones():
    (spec_path,) = [path for path in SPECS if path.name == "gateway-edge.yaml"]
    loaded, kinds = loaded_and_kinds(spec_path)
    assert loaded == kinds & set(BINDINGS)
    assert loaded >= GATEWAY_BINDINGS and not loaded & INGRESS_BINDINGS


def test_the_ingress_edge_loads_no_gateway_binding():
    loaded, _ = loaded_and_kinds(SPECS[0])
    assert INGRESS_BINDINGS & loaded and not loaded & GATEWAY_BINDINGS


def test_prometheus_operator_loads_its_bindings_and_no_gke_ones(tmp_path):
    spec = tmp_path / "po.yaml"
    spec.write_text(PROMETHEUS_OPERATOR)
    loaded, kinds = loaded_and_kinds(spec)
    assert loaded == kinds & set(BINDINGS) == {"servicemonitor", "prometheusrule"}


def test_importing_the_package_or_its_command_loads_no_jsii_assembly():
    """cli.run sets the process up (collector off) before the constructs load on first use."""
    probe = "import sys, ethercluster_constructs.cli; print(sorted({'jsii', 'cdk8s', 'pydantic'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_lazy_exports_are_the_names_type_checkers_see():
    import ast
    import importlib

    import ethercluster_constructs as package

    tree = ast.parse((ROOT / "ethercluster_constructs" / "__init__.py").read_text())
    (checking,) = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    seen = {(node.module, alias.name) for node in checking.body for alias in node.names}
    lazy = {(module, name) for module, names in package._EXPORTS.items() for name in names}
    assert seen == lazy
    for module, name in lazy:
        assert getattr(package, name) is getattr(importlib.import_module(f"ethercluster_constructs.{module}"), name)
    assert sorted(name for _, name in lazy) == package.__all__
