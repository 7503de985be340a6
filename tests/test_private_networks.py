"""Private networks: signer keys and genesis from `ethercluster clique`, and the synthesized wiring
of examples/private-clique.yaml (peering, sealing, readiness, stats). Keys are made at test time
in temporary folders; none is stored in the repository."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

from ethercluster_constructs import cli
from ethercluster_constructs.app_builder import private_min_peers
from ethercluster_constructs.catalog.clique import extra_data, signers_from_extra_data
from ethercluster_constructs.clique_keys import address_of, keys_in_secret
from ethercluster_constructs.private_chain import PEERING_PORT
from ethercluster_constructs.spec import SpecError, load_spec
from tests.support import ROOT, container, find, find_all, pod_spec, synth_spec

EXAMPLE = ROOT / "examples" / "private-clique.yaml"


def run(*args: object) -> int:
    return cli.main([str(a) for a in args])


def clique_init(tmp_path: Path, *extra: object, signers: int = 2) -> tuple[Path, Path]:
    genesis, secret = tmp_path / "chain" / "genesis.json", tmp_path / "secrets" / "signers.yaml"
    code = run(
        "clique", "init", "--genesis", genesis, "--secret-file", secret, "--secret-name", "signers",
        "--chain-id", 4242, "--signers", signers, "--period", 3, *extra,
    )  # fmt: skip
    assert code == 0
    return genesis, secret


# -- keys and genesis -------------------------------------------------------------------------------


def test_an_address_is_the_keccak_of_the_public_key():
    # Private key 1 is secp256k1's generator; its address is a published, widely checked value.
    assert address_of((1).to_bytes(32, "big")) == "0x7e5f4552091a69125d5dfcb7b8c2659029395bdf"


def test_the_genesis_extra_data_holds_exactly_the_signer_addresses_of_the_secret(tmp_path):
    genesis_path, secret_path = clique_init(tmp_path, signers=3)
    genesis = json.loads(genesis_path.read_text())
    keys = keys_in_secret(yaml.safe_load(secret_path.read_text()))
    assert len(keys) == 3
    assert signers_from_extra_data(genesis["extraData"]) == sorted(address_of(k.private_key) for k in keys)
    assert genesis["config"]["clique"] == {"period": 3, "epoch": 30000}
    assert genesis["config"]["chainId"] == 4242
    # 32 vanity bytes + 3 addresses + 65 seal bytes
    assert len(bytes.fromhex(genesis["extraData"][2:])) == 32 + 3 * 20 + 65
    assert "key" not in genesis_path.read_text()


def test_the_key_file_is_private_and_the_secret_applies_to_the_namespace(tmp_path):
    _, secret_path = clique_init(tmp_path, "--namespace", "chain-ns")
    assert stat.S_IMODE(secret_path.stat().st_mode) == 0o600
    manifest = yaml.safe_load(secret_path.read_text())
    assert (manifest["kind"], manifest["metadata"]["namespace"], manifest["metadata"]["name"]) == (
        "Secret",
        "chain-ns",
        "signers",
    )
    assert sorted(manifest["stringData"]) == ["signer-0.address", "signer-0.key", "signer-1.address", "signer-1.key"]


def test_keys_are_never_written_inside_a_git_work_tree_nor_over_existing_keys(tmp_path, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    code = run(
        "clique", "init", "--genesis", tmp_path / "g.json", "--secret-file", tmp_path / "repo" / "deep" / "s.yaml",
        "--secret-name", "s", "--chain-id", 7,
    )  # fmt: skip
    assert code == 2
    assert "inside the git work tree" in capsys.readouterr().err
    assert not (tmp_path / "g.json").exists() and not (tmp_path / "repo" / "deep").exists()

    genesis, secret = clique_init(tmp_path)
    before = secret.read_text()
    code = run(
        "clique", "init", "--genesis", tmp_path / "other.json", "--secret-file", secret, "--secret-name", "s",
        "--chain-id", 7,
    )  # fmt: skip
    assert code == 2 and "never overwritten" in capsys.readouterr().err
    assert secret.read_text() == before and not (tmp_path / "other.json").exists()


def test_add_signer_appends_a_key_and_keeps_the_others(tmp_path, capsys):
    _, secret = clique_init(tmp_path)
    before = keys_in_secret(yaml.safe_load(secret.read_text()))
    assert run("clique", "add-signer", secret) == 0
    after = keys_in_secret(yaml.safe_load(secret.read_text()))
    assert after[:2] == before and len(after) == 3
    assert f'clique.propose("{after[2].address}", true)' in capsys.readouterr().out
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("0x00", "is not a clique genesis extraData"),
        ("0x" + "00" * 32 + "11" * 19 + "00" * 65, "is not a clique genesis extraData"),
        ("zz", "is not a 0x-prefixed hex string"),
    ],
)
def test_malformed_extra_data_is_refused(extra, message):
    with pytest.raises(ValueError, match=message):
        signers_from_extra_data(extra)


def test_extra_data_round_trips_sorted():
    addresses = ["0x" + "bb" * 20, "0x" + "aa" * 20]
    assert signers_from_extra_data(extra_data(addresses)) == sorted(addresses)


# -- the example's wiring ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return synth_spec(EXAMPLE)


def _env(c: dict) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in c.get("env", [])}


def _pods(docs: list[dict]) -> dict[str, dict]:
    """Every replica of every node StatefulSet: pod name -> its StatefulSet."""
    return {
        f"{s['metadata']['name']}-{i}": s for s in find_all(docs, "StatefulSet") for i in range(s["spec"]["replicas"])
    }


def test_every_replica_peers_with_every_other_replica_of_the_network(docs):
    pods = _pods(docs)
    assert sorted(pods) == ["rpc-0", "signers-0", "signers-1"]
    for pod, statefulset in pods.items():
        peers = _env(container(statefulset, "peering"))["PEERS"].split(",")
        others = [p for p in peers if p.split(".")[0] != pod]
        assert sorted(p.split(".")[0] for p in others) == sorted(set(pods) - {pod})
        for host in others:
            # <pod>.<headless service>.<namespace>.svc: the Service must exist, select that pod's
            # StatefulSet, publish not-ready pods (peers come before readiness) and carry the port.
            name, service_name, namespace, svc = host.split(".")
            assert (namespace, svc) == ("private-clique", "svc")
            service = find(docs, "Service", service_name)
            target = pods[name]
            assert target["spec"]["serviceName"] == service_name
            assert service["spec"]["clusterIP"] == "None" and service["spec"]["publishNotReadyAddresses"] is True
            assert all(
                service["spec"]["selector"][k] == v for k, v in target["spec"]["selector"]["matchLabels"].items()
            )
            assert {"name": "peering", "port": PEERING_PORT, "targetPort": PEERING_PORT} in service["spec"]["ports"]


def test_the_peering_sidecar_reaches_the_nodes_ipc_socket_and_peers_may_reach_it(docs):
    for statefulset in find_all(docs, "StatefulSet"):
        node, peering = container(statefulset, "core-geth"), container(statefulset, "peering")
        ipc = _env(peering)["IPC_PATH"]
        assert f"--ipcpath={ipc}" in node["args"]
        node_mounts = {m["mountPath"]: m["name"] for m in node["volumeMounts"]}
        peering_mounts = {m["mountPath"]: m["name"] for m in peering["volumeMounts"]}
        folder = str(Path(ipc).parent)
        assert node_mounts[folder] == peering_mounts[folder]
        assert "--nodiscover" in node["args"]  # no bootnodes given: never ETC mainnet's
        policy = find(docs, "NetworkPolicy", statefulset["metadata"]["name"])
        peering_rules = [
            r for r in policy["spec"]["ingress"] if {"port": PEERING_PORT, "protocol": "TCP"} in r.get("ports", [])
        ]
        assert peering_rules, "the other replicas' sidecars may ask this one for its enode"
        for rule in peering_rules:  # pods of this namespace only, never an address block
            assert rule["from"] and all(set(peer) == {"podSelector"} for peer in rule["from"])


def test_the_signer_keys_reach_only_the_signer_setup_step(docs):
    holders = []
    for doc in docs:
        for volume in pod_spec(doc).get("volumes", []) if doc["kind"] in ("StatefulSet", "Deployment", "Job") else []:
            if volume.get("secret", {}).get("secretName") == "private-clique-signers":
                holders.append((doc["metadata"]["name"], volume["name"]))
    assert holders == [("signers", "signer-keys")]
    statefulset = find(docs, "StatefulSet", "signers")
    spec = pod_spec(statefulset)
    mounting = [
        c["name"]
        for c in spec["containers"] + spec["initContainers"]
        for m in c["volumeMounts"]
        if m["name"] == "signer-keys"
    ]
    assert mounting == ["signer-setup"]
    staging = [
        c["name"]
        for c in spec["containers"] + spec["initContainers"]
        for m in c["volumeMounts"]
        if m["name"] == "signer-staging"
    ]
    assert staging == ["signer-setup", "signer-import"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes["signer-staging"]["emptyDir"]["medium"] == "Memory"
    assert volumes["signer"]["emptyDir"]["medium"] == "Memory"
    # The import step runs before the node, and writes the keystore the node unlocks.
    order = [c["name"] for c in spec["initContainers"]]
    assert order.index("signer-setup") < order.index("signer-import")
    node = container(statefulset, "core-geth")
    assert {"--mine", "--unlock=0", "--keystore=/signer/keystore", "--password=/signer/password"} <= set(node["args"])
    assert "--keystore=/signer/keystore" in container(statefulset, "signer-import")["args"]
    assert not any("signer" in a for a in container(find(docs, "StatefulSet", "rpc"), "core-geth")["args"])


def test_signers_serve_rpc_only_inside_their_pod_and_are_never_public(docs):
    node = container(find(docs, "StatefulSet", "signers"), "core-geth")
    assert "--http.addr=127.0.0.1" in node["args"] and not any(a.startswith("--ws") for a in node["args"])
    apis = next(a for a in node["args"] if a.startswith("--http.api="))
    assert "admin" not in apis and "personal" not in apis
    # The kubelet cannot reach loopback: its TCP probes use the p2p port.
    assert node["livenessProbe"]["tcpSocket"]["port"] == 30303
    assert [
        s["metadata"]["name"] for s in find_all(docs, "Service") if s["metadata"]["name"].startswith("signers")
    ] == ["signers-headless"]  # no RPC Service: it would route to a port nobody outside the pod can reach
    backends = json.dumps(find(docs, "Ingress")["spec"])
    assert '"signers"' not in backends and '"rpc"' in backends
    assert "--http.addr=0.0.0.0" in container(find(docs, "StatefulSet", "rpc"), "core-geth")["args"]


def test_readiness_waits_for_half_the_other_nodes_and_a_head_moving_at_the_clique_period(docs):
    genesis = json.loads((ROOT / "examples" / "genesis" / "private-clique.json").read_text())
    period = genesis["config"]["clique"]["period"]
    assert (
        len(signers_from_extra_data(genesis["extraData"])) == find(docs, "StatefulSet", "signers")["spec"]["replicas"]
    )
    for statefulset in find_all(docs, "StatefulSet"):
        env = _env(container(statefulset, "health"))
        assert env["MIN_PEERS"] == "1"  # 3 nodes: each needs 1 of the 2 others
        assert env["MAX_HEAD_AGE_SECONDS"] == str(max(5 * period, 30))
    assert [private_min_peers(n) for n in (1, 2, 3, 4, 5)] == [0, 1, 1, 2, 2]


def test_private_stats_are_internal_unless_published(docs, tmp_path):
    assert find(docs, "Deployment", "nazgul-stats")
    for statefulset in find_all(docs, "StatefulSet"):
        assert any(
            a.startswith("--ethstats=") and "@ws://nazgul-stats." in a
            for a in container(statefulset, "core-geth")["args"]
        )
    assert "nazgul-stats" not in json.dumps(find(docs, "Ingress")["spec"])
    published = _spec_variant(tmp_path, {"stats": {"publish_private": True}})
    rules = find(synth_spec(published), "Ingress")["spec"]["rules"]
    assert any(r["host"] == "nazgul-stats.clique-rpc.example.com" for r in rules)


def _spec_variant(tmp_path: Path, changes: dict, fleet_changes: dict | None = None) -> Path:
    spec = yaml.safe_load(EXAMPLE.read_text())
    spec.update(changes)
    for fleet, values in (fleet_changes or {}).items():
        spec["fleets"][fleet].update(values)
    (tmp_path / "genesis").mkdir(exist_ok=True)
    for name in ("private-clique.json", "nazgul.json"):
        (tmp_path / "genesis" / name).write_text((ROOT / "examples" / "genesis" / name).read_text())
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def test_a_single_node_dev_chain_needs_no_peers_and_seals_alone(tmp_path):
    path = _spec_variant(tmp_path, {}, {"signers": {"replicas": 1}})
    spec = yaml.safe_load(path.read_text())
    del spec["fleets"]["rpc"]
    spec.pop("edge")
    path.write_text(yaml.safe_dump(spec))
    single = synth_spec(path)
    statefulset = find(single, "StatefulSet", "signers")
    assert _env(container(statefulset, "health"))["MIN_PEERS"] == "0"
    (group,) = find(single, "Rules", "ethereum-fleets")["spec"]["groups"]
    assert "EthereumNodeFewPeers" not in [r["alert"] for r in group["rules"]]  # no peer is possible
    assert _env(container(statefulset, "peering"))["PEERS"] == "signers-0.signers-headless.private-clique.svc"


# -- refused specs: one line each --------------------------------------------------------------------


def _refusal(tmp_path: Path, fleet_changes: dict, changes: dict | None = None) -> str:
    path = _spec_variant(tmp_path, changes or {}, fleet_changes)
    with pytest.raises(SpecError) as error:
        from tests.support import synth_spec_yaml

        load_spec(path)
        synth_spec_yaml(path)
    message = str(error.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("fleet_changes", "expected"),
    [
        ({"signers": {"sealing": {}}}, "fleets.signers.sealing: sealing needs signer keys: set signer_secret"),
        (
            {"signers": {"network": "mainnet", "consensus_client": "lighthouse", "client": "geth"}},
            "fleets.signers.sealing.signer_secret: 'private-clique-signers': network 'mainnet' is proof-of-stake",
        ),
        ({"signers": {"network": "classic"}}, "network 'classic' is not a clique chain (it is a public chain)"),
        (
            {"signers": {"network": {"name": "pow", "genesis_file": "genesis/nazgul.json", "network_id": 9}}},
            "network 'pow' is not a clique chain (its genesis has no config.clique section)",
        ),
        ({"signers": {"public": True}}, "fleets.signers: public: true with sealing: a signer fleet is never public"),
        (
            {"signers": {"rpc_apis": ["eth", "net", "web3", "admin"], "internal_only": True}},
            "fleets.signers.sealing.signer_secret: 'private-clique-signers': a signer's RPC never serves admin",
        ),
        (
            {"signers": {"service_type": "LoadBalancer", "load_balancer_source_ranges": ["10.0.0.0/8"]}},
            "a signer fleet is never exposed; service_type must be ClusterIP",
        ),
        (
            {"rpc": {"network": {"name": "nazgul", "genesis_file": "genesis/nazgul.json", "network_id": 1}}},
            "network differs from fleets.",
        ),
        (
            {
                "signers": {
                    "network": {
                        "name": "nazgul",
                        "genesis_file": "genesis/private-clique.json",
                        "network_id": 990099,
                        "block_time_seconds": 15,
                    },
                    "sealing": None,
                }
            },
            "network.block_time_seconds: 15 differs from the genesis clique.period 5",
        ),
    ],
)
def test_a_spec_that_cannot_seal_gets_one_clear_line(tmp_path, fleet_changes, expected):
    if "rpc" not in fleet_changes and "network" in fleet_changes.get("signers", {}):
        fleet_changes = {**fleet_changes, "rpc": {"network": fleet_changes["signers"]["network"]}}
        if isinstance(fleet_changes["rpc"]["network"], str) and fleet_changes["rpc"]["network"] == "mainnet":
            fleet_changes["rpc"] |= {"client": "geth", "consensus_client": "lighthouse"}
    message = _refusal(tmp_path, fleet_changes)
    assert expected in message
    if "differs from fleets." in expected:
        assert "but both are named 'nazgul'" in message


def test_the_few_peers_warning_never_asks_a_private_node_for_more_peers_than_the_network_has(docs):
    rules = find(docs, "Rules", "ethereum-fleets")["spec"]["groups"]
    few = {
        group["name"]: [r["expr"] for r in group["rules"] if r["alert"] == "EthereumNodeFewPeers"]
        for group in rules
        if group["name"].startswith("fleet-")
    }
    # 3 nodes: at most 2 peers each, below the default threshold of 5.
    assert few == {
        "fleet-signers": ['ethercluster_execution_peers{namespace="private-clique", fleet="signers"} < 2'],
        "fleet-rpc": ['ethercluster_execution_peers{namespace="private-clique", fleet="rpc"} < 2'],
    }


def test_spec_bootnodes_still_reach_the_node_and_keep_discovery_on():
    from ethercluster_constructs.catalog import Network, NodePorts, NodeSettings, RpcExposure, get_client

    genesis = (ROOT / "examples" / "genesis" / "private-clique.json").read_text()
    enode = "enode://" + "ab" * 64 + "@203.0.113.7:30303"
    for bootnodes, expected, absent in (((enode,), f"--bootnodes={enode}", "--nodiscover"), ((), "--nodiscover", None)):
        network = Network.private(name="chain", genesis_json=genesis, network_id=5, bootnodes=bootnodes)
        settings = NodeSettings(
            network=network,
            ports=NodePorts(),
            rpc=RpcExposure(apis=("eth", "net"), vhosts=("localhost",), cors_origins=(), websocket=False),
            data_dir="/data",
            max_peers=50,
        )
        args = get_client("client", "core-geth", network).args(settings)
        assert expected in args and (absent is None or absent not in args)


@pytest.mark.parametrize("action", ["init", "add-signer"])
def test_the_clique_actions_have_help(action, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["clique", action, "--help"])
    assert exit_.value.code == 0
    assert f"usage: ethercluster clique {action}" in capsys.readouterr().out


def test_a_malformed_allocation_is_refused_before_any_key_is_made(tmp_path, capsys):
    code = run(
        "clique", "init", "--genesis", tmp_path / "g.json", "--secret-file", tmp_path / "s.yaml",
        "--secret-name", "s", "--chain-id", 7, "--alloc", "0x12=5",
    )  # fmt: skip
    assert code == 2 and "--alloc '0x12=5': expected ADDRESS=WEI" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
