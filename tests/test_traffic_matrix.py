"""The traffic matrix: flows the system needs and flows it must never allow, evaluated against
the NetworkPolicies of every example's real output (tests/traffic.py is the evaluator).

| flow | allowed |
|---|---|
| every pod -> kube-dns (kube-system) and NodeLocal DNSCache, port 53 UDP/TCP | yes |
| internet -> node p2p ports, node -> internet peers | yes |
| Google LB proxies and health checkers -> exposed nodes' RPC/WS/health, published stats (Ingress or HTTPRoute backends) | yes |
| with the gateway: Google LB -> gateway HTTP; gateway -> fronted nodes' RPC; LB -> nodes' WS/health | yes |
| with the gateway: Google LB -> fronted nodes' RPC port | never |
| gateway -> the internet :443 (only with fallback upstreams) | never otherwise |
| monitoring namespace -> gateway metrics; other pods of the namespace -> gateway HTTP | yes |
| pods of other namespaces, stats pods -> gateway | never |
| monitoring namespace -> node metrics | yes |
| other pods of the namespace (with their own egress policy) -> node RPC | yes |
| node -> its network's stats dashboard | yes |
| API jobs -> control plane :443 (only its ranges when the spec builds the cluster) | yes |
| post-merge node -> internet :443 (checkpoint sync) | yes |
| anything -> Engine API (8551) of a node | never |
| other pods of the namespace -> beacon API | only with expose_beacon_api |
| any pod -> metadata server 169.254.169.254 | never |
| pods of other namespaces -> node RPC | never |
| stats pods -> node RPC | never |
| API jobs -> the internet (when the control plane ranges are known) | never |
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

import pytest

from ethercluster_constructs.catalog import NodePorts
from ethercluster_constructs.spec import ClusterSpec, PrivateNetworkSpec, load_spec
from tests.support import CLUSTER_SETS, SPECS, cluster_set_id, find, synth_spec
from tests.traffic import Address, Endpoint, Pod, allowed, workload_pods

INTERNET = Address("198.51.100.7")
GOOGLE_PROXIES = (Address("130.211.0.5"), Address("35.191.0.5"))
METADATA = Address("169.254.169.254")
NODE_LOCAL_DNS = Address("169.254.20.10")
PUBLIC_CONTROL_PLANE = Address("34.118.224.1")
KUBE_DNS = Pod("kube-system", {"k8s-app": "kube-dns"}, "kube-dns")
OTHER_NAMESPACE = Pod("other", {"app": "anything"}, "other")
NEIGHBOUR = "neighbour"  # an unrelated pod of the cluster's namespace


@dataclass(frozen=True)
class Flow:
    name: str
    source: Endpoint
    destination: Endpoint
    port: int
    protocol: str = "TCP"


def container_ports(docs: list[dict], statefulset: str) -> dict[str, int]:
    sts = find(docs, "StatefulSet", statefulset)
    return {
        p["name"]: p["containerPort"] for c in sts["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])
    }


def matrix(spec: ClusterSpec, docs: list[dict], cluster: str | None = None) -> tuple[list[Flow], list[Flow]]:
    """(flows that must be allowed, flows that must be denied) for one spec's output (of one
    `cluster` of a multi-cluster spec)."""
    place = next(p for p in spec.clusters if p.name == cluster) if cluster else spec.clusters[0]
    fleets = spec.fleets_in(place)
    pods = workload_pods(docs)
    namespace = spec.namespace
    neighbour = Pod(namespace, {"app": "wallet-backend"}, NEIGHBOUR, own_egress=False)
    scraper = Pod(spec.monitoring.scraper_namespace, {"app": "prometheus"}, "scraper")
    needed: list[Flow] = []
    never: list[Flow] = []
    for name, pod in pods.items():
        for protocol in ("UDP", "TCP"):
            needed.append(Flow(f"{name} -> kube-dns", pod, KUBE_DNS, 53, protocol))
            needed.append(Flow(f"{name} -> NodeLocal DNSCache", pod, NODE_LOCAL_DNS, 53, protocol))
        never.append(Flow(f"{name} -> metadata server", pod, METADATA, 80))

    stats_pods = {n: p for n, p in pods.items() if p.labels.get("app.kubernetes.io/component") == "ethstats"}
    gateway = next((p for p in pods.values() if p.labels.get("app.kubernetes.io/component") == "rpc-gateway"), None)
    fronted = spec.gateway.enabled and spec.edge is not None and any(f.is_public for f in fleets.values())
    assert (gateway is not None) == fronted, "the gateway exists exactly when it fronts public fleets"
    if gateway:
        for proxy in GOOGLE_PROXIES:
            needed.append(Flow(f"google {proxy.ip} -> gateway http", proxy, gateway, 4000))
            never.append(Flow(f"google {proxy.ip} -> gateway metrics", proxy, gateway, 4001))
        needed.append(Flow("monitoring -> gateway metrics", scraper, gateway, 4001))
        needed.append(Flow("neighbour -> gateway http", neighbour, gateway, 4000))
        never.append(Flow("other namespace -> gateway http", OTHER_NAMESPACE, gateway, 4000))
        never.append(Flow("internet -> gateway http", INTERNET, gateway, 4000))
        for stats_name, stats in stats_pods.items():
            never.append(Flow(f"{stats_name} -> gateway http", stats, gateway, 4000))
        # With several clusters, the load balancer health-checks each fleet at the gateway's sidecar.
        fleet_health = needed if spec.is_multi_cluster else never
        for proxy in GOOGLE_PROXIES:
            fleet_health.append(Flow(f"google {proxy.ip} -> gateway fleet health", proxy, gateway, 8081))
        never.append(Flow("internet -> gateway fleet health", INTERNET, gateway, 8081))
        (needed if spec.gateway.fallbacks else never).append(Flow("gateway -> internet :443", gateway, INTERNET, 443))
        never.append(Flow("gateway -> internet :8545", gateway, INTERNET, 8545))
    for fleet_name, fleet in fleets.items():
        node = pods[fleet_name]
        ports = container_ports(docs, fleet_name)
        for peer_port in [ports["p2p"]] + ([ports["cl-p2p"]] if "cl-p2p" in ports else []):
            needed.append(Flow(f"internet -> {fleet_name} p2p", INTERNET, node, peer_port))
            needed.append(Flow(f"internet -> {fleet_name} p2p udp", INTERNET, node, peer_port, "UDP"))
            needed.append(Flow(f"{fleet_name} -> internet peer", node, INTERNET, peer_port))
        needed.append(Flow(f"{fleet_name} -> internet peer on another port", node, INTERNET, 30311))
        needed.append(Flow(f"monitoring -> {fleet_name} metrics", scraper, node, ports["metrics"]))
        needed.append(Flow(f"neighbour -> {fleet_name} rpc", neighbour, node, ports["rpc"]))
        if fleet.is_public and spec.edge and gateway:
            needed.append(Flow(f"gateway -> {fleet_name} rpc", gateway, node, ports["rpc"]))
            never.append(Flow(f"gateway -> {fleet_name} engine API", gateway, node, NodePorts().engine))
            for proxy in GOOGLE_PROXIES:
                # HTTP JSON-RPC reaches the nodes only through the gateway; WebSocket directly.
                never.append(Flow(f"google {proxy.ip} -> gateway-fronted {fleet_name} rpc", proxy, node, ports["rpc"]))
                for port_name in ("ws", "health") if fleet.websocket else ():
                    needed.append(Flow(f"google {proxy.ip} -> {fleet_name} {port_name}", proxy, node, ports[port_name]))
        elif fleet.is_public and spec.edge:
            for proxy in GOOGLE_PROXIES:
                for port_name in ("rpc", "ws", "health") if fleet.websocket else ("rpc", "health"):
                    needed.append(Flow(f"google {proxy.ip} -> {fleet_name} {port_name}", proxy, node, ports[port_name]))
        else:
            for proxy in GOOGLE_PROXIES:
                never.append(Flow(f"google {proxy.ip} -> internal {fleet_name} rpc", proxy, node, ports["rpc"]))
        for source in (INTERNET, *GOOGLE_PROXIES, neighbour, OTHER_NAMESPACE, *stats_pods.values(), scraper):
            never.append(Flow(f"{source} -> {fleet_name} engine API", source, node, NodePorts().engine))
        # RPC from outside the cluster: only through a NodePort/LoadBalancer, from its source ranges.
        ranges = [ipaddress.IPv4Network(r) for r in fleet.load_balancer_source_ranges]
        for cidr in ranges:
            client = Address(str(cidr.network_address + (1 if cidr.num_addresses > 1 else 0)))
            needed.append(Flow(f"client {client.ip} -> {fleet_name} rpc", client, node, ports["rpc"]))
        internet_rpc = Flow(f"internet -> {fleet_name} rpc", INTERNET, node, ports["rpc"])
        reachable = any(ipaddress.IPv4Address(INTERNET.ip) in cidr for cidr in ranges)
        (needed if reachable else never).append(internet_rpc)
        never.append(Flow(f"other namespace -> {fleet_name} rpc", OTHER_NAMESPACE, node, ports["rpc"]))
        for stats_name, stats in stats_pods.items():
            never.append(Flow(f"{stats_name} -> {fleet_name} rpc", stats, node, ports["rpc"]))
            if "ws" in ports:
                never.append(Flow(f"{stats_name} -> {fleet_name} ws", stats, node, ports["ws"]))
        if "beacon" in ports:
            needed.append(Flow(f"{fleet_name} -> checkpoint sync server", node, INTERNET, 443))
            beacon = Flow(f"neighbour -> {fleet_name} beacon API", neighbour, node, ports["beacon"])
            (needed if fleet.expose_beacon_api else never).append(beacon)
            never.append(Flow(f"other namespace -> {fleet_name} beacon API", OTHER_NAMESPACE, node, ports["beacon"]))
        stats_instance = f"{node_network_slug(docs, fleet_name)}-stats"
        if stats_instance in stats_pods:
            needed.append(Flow(f"{fleet_name} -> {stats_instance}", node, stats_pods[stats_instance], 3000))

    # A dashboard is on the edge only when published there (a private network's stays internal):
    # routed by this cluster's edge, or, with several clusters, exported and not private.
    published = edge_backends(docs)
    if spec.is_multi_cluster:
        private = {
            f"{node_network_slug(docs, n)}-stats"
            for n, f in fleets.items()
            if isinstance(f.network, PrivateNetworkSpec)
        }
        exported = {d["metadata"]["name"] for d in docs if d["kind"] == "ServiceExport"}
        published = {
            name for name in stats_pods if name in exported and (spec.stats.publish_private or name not in private)
        }
    for stats_name, stats in stats_pods.items():
        for proxy in GOOGLE_PROXIES:
            flow = Flow(f"google {proxy.ip} -> {stats_name}", proxy, stats, 3000)
            (needed if spec.edge and stats_name in published else never).append(flow)

    jobs = {
        n: p
        for n, p in pods.items()
        if p.labels.get("app.kubernetes.io/name") in ("generated-secret", "chain-snapshots")
    }
    for job_name, job in jobs.items():
        if place.api_server_ranges:
            control_plane = Address(str(next(ipaddress.IPv4Network(place.api_server_ranges[0]).hosts())))
            never.append(Flow(f"{job_name} -> internet :443", job, INTERNET, 443))
        else:
            control_plane = PUBLIC_CONTROL_PLANE
        needed.append(Flow(f"{job_name} -> API server", job, control_plane, 443))
        for fleet_name in fleets:
            never.append(Flow(f"{job_name} -> {fleet_name} rpc", job, pods[fleet_name], 8545))
    return needed, never


def edge_backends(docs: list[dict]) -> set[str]:
    """The Services the edge routes to: Ingress backends and HTTPRoute backendRefs."""
    ingress = {
        path["backend"]["service"]["name"]
        for doc in docs
        if doc["kind"] == "Ingress"
        for rule in doc["spec"].get("rules", [])
        for path in rule["http"]["paths"]
    }
    routes = {
        ref["name"]
        for doc in docs
        if doc["kind"] == "HTTPRoute"
        for rule in doc["spec"]["rules"]
        for ref in rule.get("backendRefs", [])
    }
    return ingress | routes


def node_network_slug(docs: list[dict], fleet: str) -> str:
    """The stats dashboard a node reports to is named after its network's edge path."""
    args = [
        a for c in find(docs, "StatefulSet", fleet)["spec"]["template"]["spec"]["containers"] for a in c.get("args", [])
    ]
    target = next((a for a in args if "ethstats" in a and "@ws://" in a), "")
    return target.split("@ws://", 1)[1].split("-stats.", 1)[0] if target else ""


def check_matrix(spec: ClusterSpec, docs: list[dict], cluster: str | None = None) -> list[str]:
    """Every violated row, as text (empty when the output honours the matrix)."""
    needed, never = matrix(spec, docs, cluster)
    problems = [
        f"blocked but needed: {f.name} ({f.port}/{f.protocol})"
        for f in needed
        if not allowed(docs, f.source, f.destination, f.port, f.protocol)
    ]
    problems += [
        f"allowed but forbidden: {f.name} ({f.port}/{f.protocol})"
        for f in never
        if allowed(docs, f.source, f.destination, f.port, f.protocol)
    ]
    return problems


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.name)
def test_every_example_honours_the_traffic_matrix(spec_path: Path):
    spec, _ = load_spec(spec_path)
    docs = synth_spec(spec_path)
    needed, never = matrix(spec, docs)
    assert len(needed) > 20 and len(never) > 10
    assert check_matrix(spec, docs) == []


@pytest.mark.parametrize("cluster_set", CLUSTER_SETS, ids=cluster_set_id)
def test_every_cluster_of_a_multi_cluster_spec_honours_the_traffic_matrix(cluster_set):
    spec_path, cluster = cluster_set
    spec, _ = load_spec(spec_path)
    docs = synth_spec(spec_path, cluster)
    needed, never = matrix(spec, docs, cluster)
    assert len(needed) > 20 and len(never) > 10
    assert check_matrix(spec, docs, cluster) == []


def test_the_matrix_catches_a_policy_that_lets_everything_in():
    """The evaluator is not vacuous: an allow-all ingress policy breaks the 'never' rows."""
    spec, _ = load_spec(SPECS[0])
    docs = synth_spec(SPECS[0])
    open_door = {
        "kind": "NetworkPolicy",
        "metadata": {"name": "open", "namespace": spec.namespace},
        "spec": {"podSelector": {}, "policyTypes": ["Ingress"], "ingress": [{}]},
    }
    problems = check_matrix(spec, [*docs, open_door])
    assert any("engine API" in p for p in problems) and any("other namespace" in p for p in problems)
    no_dns = [d for d in docs if d["kind"] != "NetworkPolicy" or d["metadata"]["name"] == "default-deny"]
    assert any(p.startswith("blocked but needed") and "kube-dns" in p for p in check_matrix(spec, no_dns))


def test_the_matrix_catches_a_gateway_edge_without_its_load_balancer_policy():
    """On the Gateway edge too: without a fleet's load-balancer policy its WebSocket and health
    ports are cut off from the Google ranges, and the matrix says so."""
    (spec_path,) = [path for path in SPECS if path.name == "gateway-edge.yaml"]
    spec, _ = load_spec(spec_path)
    docs = [d for d in synth_spec(spec_path) if d["metadata"]["name"] != "sepolia-from-load-balancer"]
    problems = check_matrix(spec, docs)
    assert problems and all(p.startswith("blocked but needed: google") and "sepolia" in p for p in problems)
    assert {p.split(" -> ", 1)[1].split(" (")[0] for p in problems} == {"sepolia ws", "sepolia health"}
