"""Behaviour of ClusterNetwork: namespace, default-deny, the GCE edge and its routes."""

from __future__ import annotations

import json

import pytest

from ethercluster_constructs import ClusterNetwork, EtherclusterError, EthereumNode, PublicEdge
from tests.support import find, find_all, synth

EDGE = PublicEdge(static_ip_name="edge-ip", domains=("rpc.example.com",))


def edge_docs(edge: PublicEdge | None = EDGE, **node_props) -> list[dict]:
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=edge)
        props = {"rpc_path": "/etc", "ws_path": "/ws-etc", "rpc_hosts": ("rpc.example.com",), **node_props}
        node = EthereumNode(chart, "classic", network="classic", **props)
        if edge:
            cluster.expose(node)

    return synth(build)


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return edge_docs()


def test_namespace_enforces_restricted_pod_security_and_comes_first(docs):
    namespace = docs[0]
    assert namespace["kind"] == "Namespace" and namespace["metadata"]["name"] == "test"
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


@pytest.mark.parametrize("adopted", ["chart", "node", None])
def test_adopted_objects_come_after_the_namespace_whatever_order_they_are_made_in(adopted):
    def build(chart):
        node = EthereumNode(chart, "classic", network="classic")  # made before the network
        cluster = ClusterNetwork(chart, "cluster", namespace="test")
        if adopted:
            cluster.adopt({"chart": chart, "node": node}[adopted])

    kinds = [doc["kind"] for doc in synth(build)]
    if adopted:
        assert kinds[0] == "Namespace" and kinds.count("Namespace") == 1
    else:  # what adopting changes: tree order puts the fleet's objects first
        assert kinds.index("StatefulSet") < kinds.index("Namespace")


def test_default_deny_covers_every_pod_both_ways(docs):
    policy = find(docs, "NetworkPolicy", "default-deny")
    assert policy["spec"]["podSelector"] == {}
    assert sorted(policy["spec"]["policyTypes"]) == ["Egress", "Ingress"]
    assert "ingress" not in policy["spec"] and "egress" not in policy["spec"]


def test_ingress_is_gce_on_the_global_static_ip_with_managed_tls_and_https_redirect(docs):
    ingress = find(docs, "Ingress", "edge")
    annotations = ingress["metadata"]["annotations"]
    assert annotations["kubernetes.io/ingress.class"] == "gce"
    assert annotations["kubernetes.io/ingress.global-static-ip-name"] == "edge-ip"
    certificate = find(docs, "ManagedCertificate", annotations["networking.gke.io/managed-certificates"])
    assert certificate["spec"]["domains"] == ["rpc.example.com"]
    frontend = find(docs, "FrontendConfig", annotations["networking.gke.io/v1beta1.FrontendConfig"])
    assert frontend["spec"]["redirectToHttps"]["enabled"] is True
    assert "kubernetes.io/ingress.allow-http" not in annotations


def test_routes_send_http_and_websocket_paths_to_their_service_ports(docs):
    (rule,) = find(docs, "Ingress", "edge")["spec"]["rules"]
    assert rule["host"] == "rpc.example.com"
    routes = {
        p["path"]: (p["backend"]["service"]["name"], p["backend"]["service"]["port"]["number"])
        for p in rule["http"]["paths"]
    }
    assert routes == {"/etc": ("classic", 8545), "/ws-etc": ("classic", 8546)}


def test_backend_config_health_checks_the_sync_aware_endpoint(docs):
    service = find(docs, "Service", "classic")
    annotations = service["metadata"]["annotations"]
    assert json.loads(annotations["cloud.google.com/neg"]) == {"ingress": True}
    backend = find(docs, "BackendConfig", json.loads(annotations["cloud.google.com/backend-config"])["default"])
    check = backend["spec"]["healthCheck"]
    assert (check["type"], check["port"], check["requestPath"]) == ("HTTP", 8080, "/ready")
    assert backend["spec"]["timeoutSec"] >= 3600  # WebSocket sessions
    assert backend["spec"]["connectionDraining"]["drainingTimeoutSec"] == 60
    assert "securityPolicy" not in backend["spec"] and "sessionAffinity" not in backend["spec"]


def test_load_balancer_ranges_may_reach_rpc_ws_and_health_only(docs):
    policy = find(docs, "NetworkPolicy", "classic-from-load-balancer")
    sources = {rule["from"][0]["ipBlock"]["cidr"] for rule in policy["spec"]["ingress"]}
    assert sources == {"130.211.0.0/22", "35.191.0.0/16"}
    for rule in policy["spec"]["ingress"]:
        assert {p["port"] for p in rule["ports"]} == {8545, 8546, 8080}


def test_node_policy_allows_p2p_from_anywhere_and_metrics_from_monitoring_only(docs):
    policy = find(docs, "NetworkPolicy", "classic")
    rules = {tuple(sorted(p["port"] for p in r["ports"])): r["from"][0] for r in policy["spec"]["ingress"]}
    assert rules[(30303, 30303)] == {"ipBlock": {"cidr": "0.0.0.0/0"}}
    assert rules[(6060, 8080)]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "gmp-system"}
    # RPC from the namespace's pods, except the stats dashboards (reachable from browsers).
    not_stats = {"key": "app.kubernetes.io/component", "operator": "NotIn", "values": ["ethstats"]}
    assert rules[(8080, 8545, 8546)] == {"podSelector": {"matchExpressions": [not_stats]}}
    egress = policy["spec"]["egress"]
    internet = next(r for r in egress if "ipBlock" in r["to"][0] and r["to"][0]["ipBlock"]["cidr"] == "0.0.0.0/0")
    assert "169.254.0.0/16" in internet["to"][0]["ipBlock"]["except"]  # no metadata server
    assert any(p["port"] == 53 for r in egress for p in r.get("ports") or [])


def test_options_security_policy_affinity_http_off_and_tls_secret():
    edge = PublicEdge(
        static_ip_name="edge-ip",
        domains=("rpc.example.com",),
        tls_secret="rpc-tls",
        http="disabled",
        security_policy="rpc-armor",
        client_ip_affinity=True,
        backend_timeout_seconds=600,
    )
    docs = edge_docs(edge)
    ingress = find(docs, "Ingress", "edge")
    assert ingress["metadata"]["annotations"]["kubernetes.io/ingress.allow-http"] == "false"
    assert ingress["spec"]["tls"] == [{"hosts": ["rpc.example.com"], "secretName": "rpc-tls"}]
    assert not find_all(docs, "ManagedCertificate") and not find_all(docs, "FrontendConfig")
    backend = find(docs, "BackendConfig", "classic")
    assert backend["spec"]["securityPolicy"] == {"name": "rpc-armor"}
    assert backend["spec"]["sessionAffinity"] == {"affinityType": "CLIENT_IP"}
    assert backend["spec"]["timeoutSec"] == 600


def test_without_an_edge_there_is_no_ingress():
    docs = edge_docs(None)
    assert not find_all(docs, "Ingress") and find(docs, "NetworkPolicy", "default-deny")


@pytest.mark.parametrize(
    ("edge", "message"),
    [
        (PublicEdge(static_ip_name="ip"), r"PublicEdge.domains is empty"),
        (PublicEdge(static_ip_name="ip", domains=("localhost",)), r"'localhost' is not a fully qualified"),
        (PublicEdge(static_ip_name="ip", domains=("RPC.example.com",)), r"'RPC.example.com' is not a fully qualified"),
        (PublicEdge(static_ip_name="ip", domains=("a.b",), http="allow"), r"PublicEdge.http='allow' is not supported"),
        (
            PublicEdge(static_ip_name="Bad IP", domains=("a.b",)),
            r"PublicEdge.static_ip_name='Bad IP' is not a DNS-1123",
        ),
        (PublicEdge(static_ip_name="ip", domains=("a.b",), backend_timeout_seconds=0), r"backend_timeout_seconds=0"),
    ],
)
def test_bad_edges_are_refused(edge, message):
    with pytest.raises(EtherclusterError, match=message):
        synth(lambda chart: ClusterNetwork(chart, "cluster", namespace="test", edge=edge))


@pytest.mark.parametrize(
    ("node_props", "expose", "message"),
    [
        (
            {},
            {"path": "/eth"},
            r"path '/eth' differs from the node's rpc_path='/etc'; create the node with rpc_path='/eth'",
        ),
        ({"rpc_path": "/"}, {}, r"the node serves RPC at '/'"),
        ({"rpc_hosts": ()}, {}, r"does not accept Host \['rpc.example.com'\]; add them to its rpc_hosts"),
    ],
)
def test_expose_refuses_a_node_that_would_not_serve_the_route(node_props, expose, message):
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=EDGE)
        props = {"rpc_path": "/etc", "ws_path": "/ws-etc", "rpc_hosts": ("rpc.example.com",), **node_props}
        cluster.expose(EthereumNode(chart, "classic", network="classic", **props), **expose)

    with pytest.raises(EtherclusterError, match=message):
        synth(build)


def test_two_fleets_cannot_claim_one_path():
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=EDGE)
        common = {"network": "classic", "ws_path": "/ws-x", "rpc_hosts": ("rpc.example.com",)}
        cluster.expose(EthereumNode(chart, "a", rpc_path="/etc", **common))
        cluster.expose(EthereumNode(chart, "b", rpc_path="/etc", **{**common, "ws_path": "/ws-y"}))

    with pytest.raises(EtherclusterError, match=r"path '/etc' is already routed to 'a'"):
        synth(build)


def test_expose_without_an_edge_explains_what_is_missing():
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test")
        cluster.expose(EthereumNode(chart, "classic", network="classic", rpc_path="/etc", ws_path="/ws-etc"))

    with pytest.raises(EtherclusterError, match=r"has no edge; create it with edge=PublicEdge"):
        synth(build)
