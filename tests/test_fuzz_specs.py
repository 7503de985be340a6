"""Property-based fuzzing of the spec (hypothesis, fixed seed, bounded examples).

Any accepted spec yields output that honours the traffic matrix and the exposure rule (only
public APIs reach an Ingress or a NodePort/LoadBalancer Service); any refused spec fails
cleanly: exit 2, one line on stderr, no traceback, nothing written.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ethercluster_constructs.catalog import CLIENTS
from ethercluster_constructs.spec import load_spec
from tests.support import synth_app
from tests.test_traffic_matrix import check_matrix

EXECUTION = {"classic": "core-geth", "mordor": "core-geth", "mainnet": "geth", "sepolia": "nethermind"}
CONSENSUS = {"mainnet": "lighthouse", "sepolia": "teku"}


def mostly(valid: list, hostile: list) -> st.SearchStrategy:
    """Mostly a valid value (about nine times in ten), so that most specs get through and their
    output is checked, and several hostile values per spec stay rare."""
    return st.integers(0, 99).flatmap(lambda n: st.sampled_from(hostile if n < 8 else valid))


OPTIONAL_FLEET_FIELDS = {
    "replicas": mostly([1, 2, 3], [0, 150]),
    "internal_only": st.booleans(),
    "public": st.booleans(),
    "rpc_apis": mostly([["eth", "net"], ["eth", "net", "web3", "txpool"]], [["eth", "net", "admin", "debug"]]),
    "service_type": mostly(["ClusterIP", "NodePort", "LoadBalancer"], ["ExternalName"]),
    "load_balancer_source_ranges": mostly([["0.0.0.0/0"], ["203.0.113.0/24", "198.51.100.0/24"]], [["nope"]]),
    "cors_origins": mostly([["*"], ["https://wallet.example.org"]], [["null"], ["http://*"]]),
    "disk_size": mostly(["100Gi", "3Ti"], ["100Ti"]),
    "expose_beacon_api": st.booleans(),
    "snapshots": mostly([{}, {"keep": 3}], [{"replica": 5}, {"keep": 0}]),
    "autoscaling": mostly([{"min_replicas": 2, "max_replicas": 4}], [{"min_replicas": 1, "max_replicas": 900}]),
    "checkpoint_sync_url": mostly(["https://checkpoint.example.org"], ["http://checkpoint.example.org"]),
    "image": mostly(["ghcr.io/ethereumclassic/core-geth:v1.13.0"], ["ethereum/client-go:latest"]),
}


@st.composite
def fleets(draw) -> dict:
    network = draw(mostly(["classic", "mordor", "mainnet", "sepolia"], ["kotti"]))
    fleet: dict = {"network": network}
    if network in CONSENSUS:
        fleet |= {"client": EXECUTION[network], "consensus_client": CONSENSUS[network]}
    for key in draw(st.lists(st.sampled_from(sorted(OPTIONAL_FLEET_FIELDS)), max_size=3, unique=True)):
        fleet[key] = draw(OPTIONAL_FLEET_FIELDS[key])
    if "autoscaling" in fleet:
        fleet.pop("replicas", None)
    if fleet.get("service_type", "ClusterIP") != "ClusterIP" and draw(mostly([True], [False])):
        fleet.setdefault("load_balancer_source_ranges", ["203.0.113.0/24"])
    return fleet


@st.composite
def specs(draw) -> dict:
    spec: dict = {
        "namespace": draw(mostly(["ethercluster", "rpc"], ["kube-system", "default", "gmp-public", "Bad_NS"])),
        "fleets": draw(
            st.dictionaries(st.sampled_from(["classic", "eth", "archive"]), fleets(), min_size=1, max_size=2)
        ),
    }
    if draw(st.booleans()):
        spec["edge"] = {"domains": [draw(mostly(["rpc.example.com"], ["203.0.113.7"]))]}
    if draw(st.booleans()):
        spec["stats"] = {"enabled": draw(st.booleans())}
    if draw(st.booleans()):
        spec["gke"] = {
            "project": "my-gcp-project",
            "region": "us-central1",
            "node_pools": [{"name": "rpc", "machine_type": "e2-standard-16", "min_nodes": 3, "max_nodes": 12}],
            "master_authorized_networks": [{"name": "n", "cidr": draw(mostly(["198.51.100.0/24"], ["0.0.0.0/1"]))}],
            "workload_identity": {"app": [draw(mostly(["roles/storage.objectViewer"], ["roles/owner"]))]},
        }
    return spec


def exposure_violations(spec, docs: list[dict]) -> list[str]:
    """Services reachable from outside the cluster whose fleet serves a non-public API."""
    exposed = {
        path["backend"]["service"]["name"]
        for ingress in (d for d in docs if d["kind"] == "Ingress")
        for rule in ingress["spec"].get("rules", [])
        for path in rule["http"]["paths"]
    }
    exposed |= {
        d["metadata"]["name"]
        for d in docs
        if d["kind"] == "Service" and d["spec"].get("type") in ("NodePort", "LoadBalancer")
    }
    problems = []
    for name, fleet in spec.fleets.items():
        private = set(fleet.rpc_apis) - CLIENTS[fleet.client].public_apis
        if name in exposed and private:
            problems.append(f"{name} serves {sorted(private)} and is reachable from outside")
    return problems


@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(specs())
def test_any_spec_is_either_safe_output_or_one_clean_error(raw):
    with tempfile.TemporaryDirectory() as folder:
        spec_path = Path(folder) / "spec.yaml"
        spec_path.write_text(yaml.safe_dump(raw, sort_keys=False))
        outdir = Path(folder) / "out"
        code, stdout, stderr = synth_app(spec_path, outdir)
        if code == 0:
            spec, _ = load_spec(spec_path)
            docs = [d for d in yaml.safe_load_all((outdir / f"{spec.namespace}.k8s.yaml").read_text()) if d]
            assert check_matrix(spec, docs) == []
            assert exposure_violations(spec, docs) == []
        else:
            assert code == 2, stderr
            lines = stderr.splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"error: {spec_path}"), stderr
            assert "Traceback" not in stderr
            assert not outdir.exists()
