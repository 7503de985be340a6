"""Custom resources are checked against the upstream CRD schemas in crds/ (vendored, see crds/SOURCES.md).

kubernetes-validate only knows built-in kinds. Here each CRD object is validated with
jsonschema against its CRD's openAPIV3Schema, made strict: an object schema that lists
properties rejects unknown fields (the API server would silently prune them).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re

import jsonschema
import pytest
import yaml

from tests.support import CLUSTER_SETS, ROOT, SPECS, cluster_set_id, synth_spec

CRD_DIR = ROOT / "crds"


def strict(schema: dict) -> dict:
    schema = copy.deepcopy(schema)

    def walk(node, structural=True):
        if isinstance(node, dict):
            # Go (RE2) allows flags after '^'; Python needs them first.
            if isinstance(node.get("pattern"), str) and "(?i)" in node["pattern"]:
                node["pattern"] = "(?i)" + node["pattern"].replace("(?i)", "")
            if (
                structural
                and "properties" in node
                and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")
            ):
                node["additionalProperties"] = False
            for key, value in node.items():
                # A oneOf/anyOf/allOf/not branch only constrains fields the structural schema
                # declares (Gateway's addresses: `type` per branch, `value` beside it).
                walk(value, structural=key not in ("oneOf", "anyOf", "allOf", "not"))
        elif isinstance(node, list):
            for value in node:
                walk(value, structural)

    walk(schema)
    return schema


@pytest.fixture(scope="module")
def crd_schemas() -> dict[tuple[str, str], dict]:
    return load_crd_schemas()


def validate_custom_resources(docs: list[dict]) -> int:
    """Validate every custom resource of `docs` against its vendored CRD; the number checked."""
    schemas = load_crd_schemas()
    checked = 0
    for doc in docs:
        if doc["apiVersion"].startswith(BUILT_IN):
            continue
        key = (doc["apiVersion"], doc["kind"])
        assert key in schemas, f"no CRD for {key}"
        jsonschema.validate(doc, schemas[key])
        checked += 1
    return checked


@functools.cache
def load_crd_schemas() -> dict[tuple[str, str], dict]:
    if not CRD_DIR.is_dir():
        pytest.fail(f"{CRD_DIR} is missing: the vendored CRD files belong to the repository")
    schemas = {}
    for path in CRD_DIR.glob("*.yaml"):
        crd = yaml.safe_load(path.read_text())
        for version in crd["spec"]["versions"]:
            api_version = f"{crd['spec']['group']}/{version['name']}"
            schema = strict(version["schema"]["openAPIV3Schema"])
            # Some CRDs leave out the envelope fields; every object has them.
            schema["properties"].update(
                apiVersion={"const": api_version},
                kind={"const": crd["spec"]["names"]["kind"]},
                metadata={"type": "object"},
            )
            schemas[(api_version, crd["spec"]["names"]["kind"])] = schema
    # GMP's Rules CRD is not in the pinned set. Its spec is a subset of PrometheusRule's
    # (groups of name/interval/rules with alert/expr/for/labels/annotations), so that schema
    # checks the shape and catches misspelt fields.
    rules = copy.deepcopy(schemas[("monitoring.coreos.com/v1", "PrometheusRule")])
    rules["properties"].update(apiVersion={"const": "monitoring.googleapis.com/v1"}, kind={"const": "Rules"})
    schemas[("monitoring.googleapis.com/v1", "Rules")] = rules
    return schemas


BUILT_IN = ("v1", "apps/", "policy/", "storage.k8s.io/", "networking.k8s.io/", "rbac.", "batch/", "autoscaling/")


@pytest.mark.parametrize(
    "spec", SPECS + CLUSTER_SETS, ids=lambda s: cluster_set_id(s) if isinstance(s, tuple) else s.name
)
def test_every_custom_resource_matches_its_crd_schema(spec):
    assert validate_custom_resources(synth_spec(*(spec if isinstance(spec, tuple) else (spec,)))) > 0


def test_every_cluster_of_a_multi_cluster_spec_exports_and_each_export_is_checked(crd_schemas):
    exports = [d for cluster_set in CLUSTER_SETS for d in synth_spec(*cluster_set) if d["kind"] == "ServiceExport"]
    assert exports and {d["apiVersion"] for d in exports} == {"net.gke.io/v1"}
    schema = crd_schemas[("net.gke.io/v1", "ServiceExport")]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**exports[0], "spec": {"exportedLabels": {}}}, schema)  # GKE's export has no spec


def test_the_strict_schema_rejects_a_misspelt_field(crd_schemas):
    schema = crd_schemas[("cloud.google.com/v1", "BackendConfig")]
    good = {"apiVersion": "cloud.google.com/v1", "kind": "BackendConfig", "metadata": {}, "spec": {"timeoutSec": 30}}
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "spec": {"timeoutSeconds": 30}}, schema)


def test_every_vendored_crd_is_listed_in_sources_with_its_sha256():
    sources = (CRD_DIR / "SOURCES.md").read_text()
    listed = dict(re.findall(r"^\| `([\w.-]+\.yaml)` \|.*\| `([0-9a-f]{64})` \|$", sources, re.MULTILINE))
    files = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in CRD_DIR.glob("*.yaml")}
    assert files and listed == files, "crds/SOURCES.md must list every file with its current sha256"


def test_cdk8s_yaml_imports_every_crd_from_the_repository():
    imports = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    paths = {entry.split(":=", 1)[1] for entry in imports}
    assert paths == {f"crds/{path.name}" for path in CRD_DIR.glob("*.yaml")}
    assert all((ROOT / path).is_file() for path in paths)
