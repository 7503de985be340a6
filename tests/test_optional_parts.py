"""Optional parts never block RPC: a node pod holds no required reference to an object that
an optional part (stats dashboard and its generated secret, monitoring, snapshot job) creates.

A required reference is one the kubelet waits for before the pod starts: a non-optional
secretKeyRef / configMapKeyRef / envFrom, a non-optional Secret or ConfigMap volume (also
inside a projected volume). Each must name an object the fleet itself creates (labelled with
its instance) or a Secret the spec names (jwt_secret_name).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from ethercluster_constructs.spec import load_spec
from tests.support import SPECS, find_all, pod_spec, synth_spec


def required_references(pod: dict) -> set[tuple[str, str]]:
    """(kind, name) of every object the pod cannot start without."""
    refs: set[tuple[str, str]] = set()
    for container in pod["containers"] + pod.get("initContainers", []):
        for env in container.get("env", []):
            source = env.get("valueFrom", {})
            for key, kind in (("secretKeyRef", "Secret"), ("configMapKeyRef", "ConfigMap")):
                if key in source and not source[key].get("optional"):
                    refs.add((kind, source[key]["name"]))
        for env_from in container.get("envFrom", []):
            for key, kind in (("secretRef", "Secret"), ("configMapRef", "ConfigMap")):
                if key in env_from and not env_from[key].get("optional"):
                    refs.add((kind, env_from[key]["name"]))
    for volume in pod.get("volumes", []):
        sources = [volume] + volume.get("projected", {}).get("sources", [])
        for source in sources:
            if "secret" in source and not source["secret"].get("optional"):
                refs.add(("Secret", source["secret"].get("secretName") or source["secret"].get("name")))
            if "configMap" in source and not source["configMap"].get("optional"):
                refs.add(("ConfigMap", source["configMap"]["name"]))
    return refs


def blocking_references(docs: list[dict], user_secrets: set[str]) -> list[str]:
    """Required references of node pods that are neither the fleet's own objects nor user Secrets."""
    problems = []
    for sts in find_all(docs, "StatefulSet"):
        fleet = sts["metadata"]["name"]
        own = {
            (d["kind"], d["metadata"]["name"])
            for d in docs
            if d["metadata"].get("labels", {}).get("app.kubernetes.io/instance") == fleet
        }
        for kind, name in sorted(required_references(pod_spec(sts))):
            if (kind, name) not in own and not (kind == "Secret" and name in user_secrets):
                problems.append(f"{fleet} needs {kind}/{name}")
    return problems


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.name)
def test_node_pods_need_nothing_an_optional_part_creates(spec_path: Path):
    spec, _ = load_spec(spec_path)
    # Secrets the user creates and names in the spec: required inputs, not optional parts.
    user_secrets = {f.jwt_secret_name for f in spec.fleets.values() if f.jwt_secret_name}
    user_secrets |= {f.sealing.signer_secret for f in spec.fleets.values() if f.sealing}
    docs = synth_spec(spec_path)
    assert find_all(docs, "StatefulSet")
    assert blocking_references(docs, user_secrets) == []


def test_the_check_catches_a_required_stats_secret(default_docs):
    """Not vacuous: the stats secret made required again is reported."""
    docs = copy.deepcopy(default_docs)
    for sts in find_all(docs, "StatefulSet"):
        for container in pod_spec(sts)["containers"]:
            for env in container.get("env", []):
                env.get("valueFrom", {}).get("secretKeyRef", {}).pop("optional", None)
    assert "classic needs Secret/etc-stats-secret" in blocking_references(docs, set())
