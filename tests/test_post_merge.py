"""Post-merge Ethereum: every supported (execution, consensus, network) combination, the
refusals, and the Engine API pairing with its JWT secret."""

from __future__ import annotations

import re
from functools import cache

import cdk8s
import kubernetes_validate
import pytest
import yaml

from ethercluster_constructs import EtherclusterError, EthereumNode, Network
from ethercluster_constructs.catalog import (
    CLIENTS,
    CONSENSUS_CLIENTS,
    NETWORKS,
    RETIRED_NETWORKS,
    clients_for,
    consensus_clients_for,
)
from tests.support import SPECS, container, find, find_all, pod_spec, synth, synth_spec_yaml

SUPPORTED = [
    (network, client, consensus)
    for network in sorted(NETWORKS)
    for client in clients_for(NETWORKS[network])
    for consensus in (consensus_clients_for(NETWORKS[network]) if NETWORKS[network].proof_of_stake else [None])
]
UNSUPPORTED_EXECUTION = [
    (network, client)
    for network in sorted(NETWORKS)
    for client in sorted(CLIENTS)
    if client not in clients_for(NETWORKS[network])
]


@cache
def all_combinations() -> dict[tuple, list[dict]]:
    """One synth for every supported combination (jsii start-up is paid once)."""
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "matrix", disable_resource_name_hashes=True)
    for index, (network, client, consensus) in enumerate(SUPPORTED):
        EthereumNode(chart, f"n{index}", namespace="matrix", network=network, client=client, consensus_client=consensus)
    docs = [d for d in yaml.safe_load_all(app.synth_yaml()) if d]
    return {
        combo: [d for d in docs if d["metadata"]["name"].split("-")[0] == f"n{index}"]
        for index, combo in enumerate(SUPPORTED)
    }


def test_the_matrix_covers_every_client():
    assert len(SUPPORTED) == 2 + 3 * 5 * 5  # core-geth on ETC; 5 x 5 pairs on each Ethereum network
    used = {c for _, c, _ in SUPPORTED} | {c for _, _, c in SUPPORTED if c}
    assert used == set(CLIENTS) | set(CONSENSUS_CLIENTS)


@pytest.mark.parametrize("version", ["1.27", kubernetes_validate.latest_version()])
def test_every_supported_combination_passes_strict_schema_validation(version):
    for combo, docs in all_combinations().items():
        assert find(docs, "StatefulSet"), combo
        for doc in docs:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.ValidationError as error:
                pytest.fail(f"{combo} {doc['kind']}: {error}")


@pytest.mark.parametrize(("network", "client", "consensus"), [c for c in SUPPORTED if c[2]], ids=str)
def test_every_pair_shares_one_jwt_and_talks_over_loopback(network, client, consensus):
    sts = find(all_combinations()[(network, client, consensus)], "StatefulSet")
    execution, beacon = container(sts, client), container(sts, consensus)
    jwt_volume = next(v for v in pod_spec(sts)["volumes"] if v["name"] == "jwt")
    assert jwt_volume["emptyDir"] == {"medium": "Memory", "sizeLimit": "1Mi"}
    for each in (execution, beacon):
        mount = next(m for m in each["volumeMounts"] if m["name"] == "jwt")
        assert mount == {"mountPath": "/jwt", "name": "jwt", "readOnly": True}
        assert any(a.endswith("/jwt/jwt.hex") for a in each["args"]), each["name"]
    assert any("http://127.0.0.1:8551" in a for a in beacon["args"]), "beacon must reach the Engine API"
    assert any(a.endswith(f"={NETWORKS[network].checkpoint_sync_url}") for a in _command_and_args(sts, consensus))
    # Beacon readiness is judged by the sidecar from the sync status, never by a 206.
    assert beacon["readinessProbe"]["httpGet"] == {"path": "/ready/beacon", "port": 8080, "scheme": "HTTP"}
    claims = {c["metadata"]["name"] for c in sts["spec"]["volumeClaimTemplates"]}
    assert claims == {"data", "consensus-data"}
    assert {m["mountPath"] for m in beacon["volumeMounts"]} >= {"/consensus", "/jwt", "/tmp"}


def _command_and_args(sts: dict, consensus: str) -> list[str]:
    """The consensus client's arguments, or its checkpoint-sync init step's (nimbus)."""
    spec = pod_spec(sts)
    words = []
    for each in spec["containers"] + spec.get("initContainers", []):
        if each["name"] in (consensus, "checkpoint-sync"):
            words += each.get("args", []) + [w for part in each.get("command", []) for w in part.split()]
    return words


@pytest.mark.parametrize("network", ["mainnet", "sepolia", "hoodi"])
def test_proof_of_stake_needs_a_consensus_client(network):
    with pytest.raises(
        EtherclusterError,
        match=rf"consensus_client is required on proof-of-stake network '{network}'; "
        r"use one of: lighthouse, lodestar, nimbus, prysm, teku",
    ):
        synth(lambda chart: EthereumNode(chart, "n", network=network, client="geth"))


def test_proof_of_work_refuses_a_consensus_client():
    with pytest.raises(EtherclusterError, match=r"network 'classic' is proof-of-work and has no consensus layer"):
        synth(lambda chart: EthereumNode(chart, "n", network="classic", consensus_client="lighthouse"))


@pytest.mark.parametrize(("network", "client"), UNSUPPORTED_EXECUTION, ids=str)
def test_every_unsupported_execution_combination_is_refused_with_a_reason(network, client):
    with pytest.raises(EtherclusterError, match=rf"EthereumNode.client='{client}' cannot run network '{network}': \w"):
        synth(lambda chart: EthereumNode(chart, "n", network=network, client=client, consensus_client="teku"))


def test_besu_on_ethereum_classic_names_the_2026_removal():
    with pytest.raises(EtherclusterError, match=r"Besu removed Ethereum Classic support in 2026.*use core-geth"):
        synth(lambda chart: EthereumNode(chart, "n", network="mordor", client="besu"))


@pytest.mark.parametrize(("retired", "replacement"), sorted(RETIRED_NETWORKS.items()))
def test_retired_networks_are_refused_with_their_replacement(retired, replacement):
    with pytest.raises(EtherclusterError, match=rf"'{retired}' is a retired network; use {replacement} instead"):
        synth(lambda chart: EthereumNode(chart, "n", network=retired, client="geth", consensus_client="teku"))


def test_unknown_consensus_client_lists_the_known_ones():
    with pytest.raises(
        EtherclusterError,
        match=r"consensus_client='grandine' is not a known client; use one of: "
        r"lighthouse, lodestar, nimbus, prysm, teku",
    ):
        synth(lambda chart: EthereumNode(chart, "n", network="mainnet", client="geth", consensus_client="grandine"))


def test_private_networks_are_only_for_clients_that_support_them():
    network = Network.private(name="p", genesis_json='{"config": {"chainId": 5}}', network_id=5)
    with pytest.raises(
        EtherclusterError, match=r"client='geth' does not support network 'p'; clients that do: core-geth"
    ):
        synth(lambda chart: EthereumNode(chart, "n", network=network, client="geth"))


def test_jwt_from_an_existing_secret_replaces_the_generator():
    docs = synth(
        lambda chart: EthereumNode(
            chart, "n", network="sepolia", client="nethermind", consensus_client="teku", jwt_secret_name="sepolia-jwt"
        )
    )
    sts = find(docs, "StatefulSet")
    jwt_volume = next(v for v in pod_spec(sts)["volumes"] if v["name"] == "jwt")
    assert jwt_volume["secret"]["secretName"] == "sepolia-jwt"
    assert "jwt-secret" not in [c["name"] for c in pod_spec(sts).get("initContainers", [])]
    assert not find_all(docs, "Secret"), "the Secret is referenced by name, never synthesized"


def test_generated_jwt_is_written_at_pod_start_into_memory():
    sts = find(
        synth(lambda chart: EthereumNode(chart, "n", network="hoodi", client="reth", consensus_client="lodestar")),
        "StatefulSet",
    )
    (generator,) = [c for c in pod_spec(sts)["initContainers"] if c["name"] == "jwt-secret"]
    assert "secrets.token_hex(32)" in generator["command"][-1]
    assert generator["volumeMounts"] == [{"mountPath": "/jwt", "name": "jwt"}]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_no_manifest_contains_a_jwt_or_other_secret_value(spec):
    text = synth_spec_yaml(spec)
    assert not re.search(r"\b(0x)?[0-9a-fA-F]{64}\b", text), "a 32-byte hex value (JWT secret) is in a manifest"
    assert "kind: Secret" not in text


def test_checkpoint_url_can_be_overridden_and_must_be_http():
    docs = synth(
        lambda chart: EthereumNode(
            chart,
            "n",
            network="mainnet",
            client="geth",
            consensus_client="teku",
            checkpoint_sync_url="https://beaconstate.info/",
        )
    )
    assert "--checkpoint-sync-url=https://beaconstate.info" in container(find(docs, "StatefulSet"), "teku")["args"]
    with pytest.raises(EtherclusterError, match=r"checkpoint_sync_url='ftp://x' must be an https:// URL"):
        synth(
            lambda chart: EthereumNode(
                chart, "n", network="mainnet", client="geth", consensus_client="teku", checkpoint_sync_url="ftp://x"
            )
        )


def test_clients_that_only_serve_root_refuse_path_routing():
    with pytest.raises(EtherclusterError, match=r"client 'besu' only serves JSON-RPC at '/'.*cannot rewrite paths"):
        synth(
            lambda chart: EthereumNode(
                chart,
                "n",
                network="mainnet",
                client="besu",
                consensus_client="teku",
                rpc_path="/eth",
                ws_path="/ws-eth",
            )
        )


def test_nethermind_serves_any_path_so_needs_no_prefix_flag():
    docs = synth(
        lambda chart: EthereumNode(
            chart,
            "n",
            network="sepolia",
            client="nethermind",
            consensus_client="teku",
            rpc_path="/sepolia",
            ws_path="/ws-sepolia",
        )
    )
    sts = find(docs, "StatefulSet")
    assert not any("prefix" in a.lower() for a in container(sts, "nethermind")["args"])
    env = {e["name"]: e["value"] for e in container(sts, "health")["env"]}
    assert env["RPC_URL"] == "http://127.0.0.1:8545/sepolia" and env["BEACON_URL"] == "http://127.0.0.1:5052"


def test_consensus_ports_are_open_to_peers_and_monitoring():
    docs = synth(
        lambda chart: EthereumNode(chart, "n", network="mainnet", client="geth", consensus_client="lighthouse")
    )
    policy = find(docs, "NetworkPolicy", "n")
    from_anywhere = next(r for r in policy["spec"]["ingress"] if r["from"] == [{"ipBlock": {"cidr": "0.0.0.0/0"}}])
    assert {(p["port"], p["protocol"]) for p in from_anywhere["ports"]} == {
        (30303, "TCP"),
        (30303, "UDP"),
        (9000, "TCP"),
        (9000, "UDP"),
        (9001, "UDP"),
    }
    monitoring = next(r for r in policy["spec"]["ingress"] if "namespaceSelector" in r["from"][0])
    assert {p["port"] for p in monitoring["ports"]} == {6060, 5054, 8080}
    # The Engine API never leaves the pod.
    assert all(p["port"] != 8551 for r in policy["spec"]["ingress"] for p in r["ports"])


def test_execution_and_consensus_ports_may_not_collide():
    from ethercluster_constructs import NodePorts

    with pytest.raises(EtherclusterError, match=r"port 9000 is given to both 'metrics' and 'consensus p2p'"):
        synth(
            lambda chart: EthereumNode(
                chart, "n", network="mainnet", client="geth", consensus_client="teku", ports=NodePorts(metrics=9000)
            )
        )
