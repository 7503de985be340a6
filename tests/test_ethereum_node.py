"""Behaviour of EthereumNode: each prop and what it produces in the manifests."""

from __future__ import annotations

import json

import pytest

from ethercluster_constructs import ChainStorage, EtherclusterError, EthereumNode, Network, NodePorts
from tests.support import container, find, find_all, pod_spec, synth

GENESIS = json.dumps({"config": {"chainId": 990088, "ethash": {}}, "difficulty": "0x1", "gasLimit": "0x1", "alloc": {}})


def node_docs(**props) -> list[dict]:
    props.setdefault("network", "classic")
    return synth(lambda chart: EthereumNode(chart, "classic", **props))


@pytest.fixture(scope="module")
def classic() -> list[dict]:
    return node_docs(replicas=3)


def test_statefulset_has_one_retained_ssd_claim_per_replica(classic):
    sts = find(classic, "StatefulSet", "classic")
    assert sts["spec"]["replicas"] == 3
    (claim,) = sts["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["resources"]["requests"]["storage"] == "250Gi"
    assert claim["spec"]["storageClassName"] == "test-classic-pd-ssd"
    assert sts["spec"]["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}
    mounts = {m["mountPath"]: m["name"] for m in container(sts, "core-geth")["volumeMounts"]}
    assert mounts["/data"] == claim["metadata"]["name"]


def test_storage_class_uses_the_pd_csi_driver_and_never_deletes_disks(classic):
    storage = find(classic, "StorageClass", "test-classic-pd-ssd")
    assert storage["provisioner"] == "pd.csi.storage.gke.io"
    assert storage["parameters"]["type"] == "pd-ssd"
    assert storage["reclaimPolicy"] == "Retain"
    assert storage["volumeBindingMode"] == "WaitForFirstConsumer"
    assert storage["allowVolumeExpansion"] is True
    assert "namespace" not in storage["metadata"]  # cluster-scoped


def test_rolling_update_spread_and_graceful_shutdown(classic):
    sts = find(classic, "StatefulSet", "classic")
    assert sts["spec"]["updateStrategy"]["type"] == "RollingUpdate"
    spread = {c["topologyKey"]: c for c in pod_spec(sts)["topologySpreadConstraints"]}
    assert spread["kubernetes.io/hostname"]["whenUnsatisfiable"] == "DoNotSchedule"
    assert (
        spread["topology.kubernetes.io/zone"]["labelSelector"]["matchLabels"] == sts["spec"]["selector"]["matchLabels"]
    )
    assert pod_spec(sts)["terminationGracePeriodSeconds"] >= 300


def test_pods_meet_the_restricted_pod_security_standard(classic):
    spec = pod_spec(find(classic, "StatefulSet", "classic"))
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["runAsUser"] != 0
    assert spec["securityContext"]["fsGroup"] == spec["securityContext"]["runAsUser"]
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert spec["automountServiceAccountToken"] is False
    for each in spec["containers"] + spec.get("initContainers", []):
        context = each["securityContext"]
        assert context["allowPrivilegeEscalation"] is False
        assert context["capabilities"] == {"drop": ["ALL"]}
        assert context["readOnlyRootFilesystem"] is True
        assert context["runAsNonRoot"] is True


def test_data_and_scratch_are_the_writable_mounts(classic):
    sts = find(classic, "StatefulSet", "classic")
    mounts = {m["mountPath"]: m for m in container(sts, "core-geth")["volumeMounts"]}
    assert set(mounts) == {"/data", "/tmp"}
    assert not any(m.get("readOnly") for m in mounts.values())
    volumes = {v["name"]: v for v in pod_spec(sts)["volumes"]}
    assert "emptyDir" in volumes[mounts["/tmp"]["name"]]


def test_readiness_asks_the_sync_aware_sidecar_and_liveness_never_does(classic):
    sts = find(classic, "StatefulSet", "classic")
    node = container(sts, "core-geth")
    health = container(sts, "health")
    assert node["readinessProbe"]["httpGet"]["path"] == "/ready/execution"
    assert node["readinessProbe"]["httpGet"]["port"] in [p["containerPort"] for p in health["ports"]]
    # Liveness and startup only check that RPC accepts connections: a syncing node passes.
    assert node["livenessProbe"]["tcpSocket"]["port"] == 8545
    assert node["startupProbe"]["tcpSocket"]["port"] == 8545
    startup = node["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 1800
    env = {e["name"]: e["value"] for e in health["env"]}
    assert env["RPC_URL"] == "http://127.0.0.1:8545/"
    assert env["MIN_PEERS"] == "1"
    assert int(env["MAX_HEAD_AGE_SECONDS"]) > 0
    script = find(classic, "ConfigMap", "classic-health")
    mount = health["volumeMounts"][0]
    assert health["command"][-1] == f"{mount['mountPath']}/rpc_health.py"
    assert "def check_ready" in script["data"]["rpc_health.py"]


def test_default_ports_and_services(classic):
    sts = find(classic, "StatefulSet", "classic")
    ports = {(p["name"], p["containerPort"], p.get("protocol", "TCP")) for p in container(sts, "core-geth")["ports"]}
    assert ports == {
        ("rpc", 8545, "TCP"),
        ("ws", 8546, "TCP"),
        ("p2p", 30303, "TCP"),
        ("p2p-udp", 30303, "UDP"),
        ("metrics", 6060, "TCP"),
    }
    rpc = find(classic, "Service", "classic")
    assert rpc["spec"]["type"] == "ClusterIP"
    assert {p["port"] for p in rpc["spec"]["ports"]} == {8545, 8546}
    assert "sessionAffinity" not in rpc["spec"]
    headless = find(classic, "Service", "classic-headless")
    assert headless["spec"]["clusterIP"] == "None"
    assert sts["spec"]["serviceName"] == "classic-headless"
    pod_labels = sts["spec"]["template"]["metadata"]["labels"]
    for service in (rpc, headless):
        assert service["spec"]["selector"].items() <= pod_labels.items()


def test_rpc_defaults_are_safe_for_the_internet(classic):
    args = container(find(classic, "StatefulSet", "classic"), "core-geth")["args"]
    assert "--http.api=eth,net,web3" in args
    vhosts = next(a for a in args if a.startswith("--http.vhosts="))
    assert "*" not in vhosts and "classic.test.svc.cluster.local" in vhosts
    assert not any(a.startswith(("--http.corsdomain", "--ws.origins")) for a in args)


def test_resources_and_disruption_budget(classic):
    sts = find(classic, "StatefulSet", "classic")
    resources = container(sts, "core-geth")["resources"]
    assert resources["requests"] == {"cpu": "1.5", "memory": "4096Mi"}
    assert resources["limits"] == {"cpu": "4", "memory": "8192Mi"}
    budget = find(classic, "PodDisruptionBudget", "classic")
    assert budget["spec"]["maxUnavailable"] == 1
    assert budget["spec"]["selector"]["matchLabels"] == sts["spec"]["selector"]["matchLabels"]


def test_mordor_gets_its_own_defaults():
    docs = node_docs(network="mordor")
    sts = find(docs, "StatefulSet", "classic")
    assert sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "50Gi"
    assert container(sts, "core-geth")["args"][0] == "--mordor"
    assert container(sts, "core-geth")["resources"]["requests"]["memory"] == "2048Mi"


def test_overrides_reach_the_manifest():
    docs = node_docs(
        name="etc",
        replicas=2,
        image="ghcr.io/ethereumclassic/core-geth:v1.13.1",
        disk_size="1Ti",
        disk_type="pd-balanced",
        service_type="LoadBalancer",
        load_balancer_source_ranges=("203.0.113.0/24",),
        session_affinity=True,
        ports=NodePorts(rpc=9545, ws=9546, p2p=31303, metrics=7060),
        rpc_hosts=("rpc.example.org",),
        cors_origins=("https://wallet.example.org",),
        max_peers=100,
        min_peers=3,
    )
    sts = find(docs, "StatefulSet", "etc")
    node = container(sts, "core-geth")
    assert node["image"] == "ghcr.io/ethereumclassic/core-geth:v1.13.1"
    assert sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "1Ti"
    assert find(docs, "StorageClass")["parameters"]["type"] == "pd-balanced"
    rpc = find(docs, "Service", "etc")
    assert rpc["spec"]["type"] == "LoadBalancer"
    assert rpc["spec"]["loadBalancerSourceRanges"] == ["203.0.113.0/24"]
    assert rpc["spec"]["externalTrafficPolicy"] == "Local"  # client addresses reach the NetworkPolicy
    assert rpc["spec"]["sessionAffinity"] == "ClientIP"
    assert {p["port"] for p in rpc["spec"]["ports"]} == {9545, 9546}
    assert {p["containerPort"] for p in node["ports"]} == {9545, 9546, 31303, 7060}
    assert {"--http.port=9545", "--ws.port=9546", "--port=31303", "--metrics.port=7060", "--maxpeers=100"} <= set(
        node["args"]
    )
    assert "--http.corsdomain=https://wallet.example.org" in node["args"]
    assert any(a.startswith("--http.vhosts=") and a.endswith(",rpc.example.org") for a in node["args"])
    assert node["livenessProbe"]["tcpSocket"]["port"] == 9545
    env = {e["name"]: e["value"] for e in container(sts, "health")["env"]}
    assert env["RPC_URL"] == "http://127.0.0.1:9545/" and env["MIN_PEERS"] == "3"


def test_shared_storage_class_is_not_duplicated():
    def build(chart):
        storage = ChainStorage(chart, "ssd", name="chain-ssd")
        EthereumNode(chart, "classic", network="classic", storage=storage)
        EthereumNode(chart, "mordor", network="mordor", storage=storage)

    docs = synth(build)
    assert [s["metadata"]["name"] for s in find_all(docs, "StorageClass")] == ["chain-ssd"]
    assert {
        s["spec"]["volumeClaimTemplates"][0]["spec"]["storageClassName"] for s in find_all(docs, "StatefulSet")
    } == {"chain-ssd"}


def test_websocket_can_be_switched_off():
    docs = node_docs(websocket=False)
    node = container(find(docs, "StatefulSet", "classic"), "core-geth")
    assert "ws" not in {p["name"] for p in node["ports"]}
    assert not any(a.startswith("--ws") for a in node["args"])
    assert [p["name"] for p in find(docs, "Service", "classic")["spec"]["ports"]] == ["rpc"]


def test_rpc_path_prefix_reaches_client_and_health_check():
    docs = node_docs(rpc_path="/etc", ws_path="/ws-etc/")
    sts = find(docs, "StatefulSet", "classic")
    assert {"--http.rpcprefix=/etc", "--ws.rpcprefix=/ws-etc"} <= set(container(sts, "core-geth")["args"])
    env = {e["name"]: e["value"] for e in container(sts, "health")["env"]}
    assert env["RPC_URL"] == "http://127.0.0.1:8545/etc"


def test_internal_only_nodes_may_serve_admin_apis():
    docs = node_docs(rpc_apis=["eth", "net", "web3", "debug", "txpool"], internal_only=True)
    assert (
        "--http.api=eth,net,web3,debug,txpool" in container(find(docs, "StatefulSet", "classic"), "core-geth")["args"]
    )


def test_private_network_initializes_from_a_genesis_config_map():
    network = Network.private(name="nazgul", genesis_json=GENESIS, network_id=88)
    docs = synth(lambda chart: EthereumNode(chart, "nazgul", network=network))
    sts = find(docs, "StatefulSet", "nazgul")
    init = container(sts, "init-genesis")
    assert init["args"] == ["init", "--datadir=/data", "/genesis/genesis.json"]
    mounts = {m["mountPath"]: m for m in init["volumeMounts"]}
    assert mounts["/data"]["name"] == sts["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]
    assert mounts["/genesis"]["readOnly"] is True
    volumes = {v["name"]: v for v in pod_spec(sts)["volumes"]}
    config_map = find(docs, "ConfigMap", volumes[mounts["/genesis"]["name"]]["configMap"]["name"])
    assert json.loads(config_map["data"]["genesis.json"])["config"]["chainId"] == 990088
    assert container(sts, "core-geth")["args"][0] == "--networkid=88"


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"network": "atlantis"},
            r"EthereumNode.network='atlantis' is not a known network; use one of: classic, hoodi",
        ),
        ({"network": "kotti"}, r"EthereumNode.network='kotti' is a retired network; use mordor"),
        ({"client": "parity"}, r"EthereumNode.client='parity' is not a known client; use one of: besu, core-geth"),
        ({"replicas": -1}, r"EthereumNode.replicas=-1 must be a whole number >= 0"),
        ({"disk_size": "50GB"}, r"EthereumNode.disk_size='50GB' is not a storage size"),
        ({"name": "Classic_1"}, r"EthereumNode.name='Classic_1' is not a DNS-1123 label"),
        ({"ports": NodePorts(ws=8545)}, r"EthereumNode.ports: port 8545 is given to both 'rpc' and 'ws'"),
        ({"ports": NodePorts(metrics=8080)}, r"port 8080 is given to both 'metrics' and 'health'"),
        ({"ports": NodePorts(rpc=70000)}, r"EthereumNode.ports.rpc=70000 must be a port number from 1 to 65535"),
        ({"rpc_apis": ["eth", "admin"]}, r"'admin' must not be served publicly; allowed: eth, net, web3"),
        ({"rpc_apis": ["eth", "parity"]}, r"'parity' is not a core-geth API"),
        ({"rpc_apis": []}, r"EthereumNode.rpc_apis is empty"),
        (
            {"cors_origins": ["*"], "internal_only": True, "rpc_apis": ["eth", "net", "admin"]},
            r"'\*' lets any web page",
        ),
        ({"rpc_hosts": ["*"]}, r"EthereumNode.rpc_hosts: '\*' is not allowed"),
        ({"service_type": "ExternalName"}, r"service_type='ExternalName' is not supported; use one of"),
        ({"disk_type": "pd-standard"}, r"ChainStorage.disk_type='pd-standard' is not supported; use one of"),
        ({"rpc_path": "etc"}, r"EthereumNode.rpc_path='etc' must be a URL path starting with '/'"),
    ],
)
def test_bad_props_fail_while_building_with_prop_value_and_allowed(props, message):
    with pytest.raises(EtherclusterError, match=message):
        node_docs(**props)
