"""Whole-output guards: snapshots of every spec, determinism, and strict schema validation.

A snapshot change shows in the pull request as a manifest diff: review it like code.
Update with `.venv/bin/pytest --snapshot-update` only after reading the diff.
"""

from __future__ import annotations

import re

import kubernetes_validate
import pytest
import yaml

from tests.support import CLUSTER_SETS, ROOT, SPECS, cluster_set_id, synth_spec_yaml

# CRD kinds are not in kubernetes-validate's bundled schemas; they are checked by their own tests.
BUILT_IN_GROUPS = {
    "",
    "apps",
    "policy",
    "storage.k8s.io",
    "networking.k8s.io",
    "rbac.authorization.k8s.io",
    "batch",
    "autoscaling",
}
K8S_VERSIONS = ["1.27", kubernetes_validate.latest_version()]


def spec_id(path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_synthesized_manifests_match_the_reviewed_snapshot(spec, snapshot):
    assert synth_spec_yaml(spec) == snapshot


@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_output_is_machine_independent(spec):
    text = synth_spec_yaml(spec)
    assert str(ROOT) not in text, "no absolute path of this checkout may leak into a manifest"
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", text), "no timestamps"
    synth_spec_yaml.cache_clear()
    assert synth_spec_yaml(spec) == text, "two synths of one spec must be byte-identical"


@pytest.mark.parametrize("cluster_set", CLUSTER_SETS, ids=cluster_set_id)
def test_each_clusters_manifests_match_the_reviewed_snapshot(cluster_set, snapshot):
    assert synth_spec_yaml(*cluster_set) == snapshot


@pytest.mark.parametrize("cluster_set", CLUSTER_SETS, ids=cluster_set_id)
def test_each_clusters_output_is_machine_independent(cluster_set):
    text = synth_spec_yaml(*cluster_set)
    assert str(ROOT) not in text
    synth_spec_yaml.cache_clear()
    assert synth_spec_yaml(*cluster_set) == text, "two synths of one cluster must be byte-identical"


@pytest.mark.parametrize("version", K8S_VERSIONS)
@pytest.mark.parametrize(
    "spec", SPECS + CLUSTER_SETS, ids=lambda s: cluster_set_id(s) if isinstance(s, tuple) else spec_id(s)
)
def test_every_built_in_object_passes_strict_schema_validation(spec, version):
    docs = [d for d in yaml.safe_load_all(synth_spec_yaml(*(spec if isinstance(spec, tuple) else (spec,)))) if d]
    checked = 0
    for doc in docs:
        group = doc["apiVersion"].rpartition("/")[0]
        if group in BUILT_IN_GROUPS:
            kubernetes_validate.validate(doc, version, strict=True)
            checked += 1
    assert checked >= 10
