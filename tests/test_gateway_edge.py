"""Behaviour of the Gateway API edge (gateway_edge.py, ClusterNetwork with api='gateway').

The whole-output links (route -> Service -> pods -> port -> health check -> NetworkPolicy)
are followed in tests/test_wiring.py; here each prop's effect, the refusals, the clients that
only serve at '/', and the multi-cluster flavour.
"""

from __future__ import annotations

import pytest

from ethercluster_constructs import (
    ClusterNetwork,
    EtherclusterError,
    EthereumNode,
    GatewayBackend,
    GatewayEdge,
    GatewayRule,
    PublicEdge,
)
from ethercluster_constructs.gateway_edge import HEALTH_CHECK, MULTI_CLUSTER_GATEWAY_CLASS
from tests.support import find, find_all, synth, synth_app, synth_spec
from tests.test_crd_objects import validate_custom_resources
from tests.test_wiring import check_gateway_edge

HOST = "rpc.example.com"
EDGE = PublicEdge(static_ip_name="edge-ip", domains=(HOST,), api="gateway", certificate_map="test-edge-certs")


def gateway_docs(edge: PublicEdge = EDGE, *, network: str = "classic", client: str = "core-geth", **expose) -> list:
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=edge)
        node = EthereumNode(chart, "node", network=network, client=client, rpc_hosts=(HOST,))
        cluster.expose(node, **expose)

    return synth(build)


def test_one_gateway_on_the_named_address_with_the_certificate_map_and_a_redirect():
    docs = gateway_docs()
    gateway = find(docs, "Gateway", "edge")
    assert gateway["spec"]["gatewayClassName"] == "gke-l7-global-external-managed"
    assert gateway["spec"]["addresses"] == [{"type": "NamedAddress", "value": "edge-ip"}]
    assert gateway["metadata"]["annotations"] == {"networking.gke.io/certmap": "test-edge-certs"}
    listeners = {entry["name"]: entry for entry in gateway["spec"]["listeners"]}
    assert (listeners["https"]["protocol"], listeners["https"]["port"]) == ("HTTPS", 443)
    assert "tls" not in listeners["https"]  # the certificate map serves the certificates
    assert (listeners["http"]["protocol"], listeners["http"]["port"]) == ("HTTP", 80)
    assert all(entry["allowedRoutes"] == {"namespaces": {"from": "Same"}} for entry in listeners.values())
    redirect = find(docs, "HTTPRoute", "edge-http-redirect")
    assert redirect["spec"]["parentRefs"] == [{"name": "edge", "sectionName": "http"}]
    assert not find_all(docs, "GCPGatewayPolicy"), "no ssl_policy given, so no policy"
    assert not find_all(docs, "Ingress") and not find_all(docs, "BackendConfig")


def test_the_route_rewrites_the_network_paths_to_the_nodes_root():
    docs = gateway_docs()
    route = find(docs, "HTTPRoute", "node")
    assert route["spec"]["hostnames"] == [HOST]
    assert route["spec"]["parentRefs"] == [{"name": "edge", "sectionName": "https"}]
    by_path = {rule["matches"][0]["path"]["value"]: rule for rule in route["spec"]["rules"]}
    assert by_path.keys() == {"/etc", "/ws-etc"}
    for path, port in (("/etc", 8545), ("/ws-etc", 8546)):
        rule = by_path[path]
        assert rule["backendRefs"] == [{"name": "node", "port": port}]
        rewrite = next(f for f in rule["filters"] if f["type"] == "URLRewrite")
        assert rewrite["urlRewrite"] == {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}}
    node = find(docs, "StatefulSet", "node")["spec"]["template"]["spec"]["containers"][0]
    assert not any("rpcprefix" in arg for arg in node["args"])
    assert check_gateway_edge(docs) == 2


def test_explicit_public_paths_are_routed():
    route = find(gateway_docs(path="/classic", ws_path="/classic-ws"), "HTTPRoute", "node")
    assert [rule["matches"][0]["path"]["value"] for rule in route["spec"]["rules"]] == ["/classic", "/classic-ws"]


def test_health_check_and_backend_policy_carry_the_edge_settings():
    edge = PublicEdge(
        static_ip_name="edge-ip",
        domains=(HOST,),
        api="gateway",
        tls_secret="rpc-tls",
        http="disabled",
        security_policy="rpc-armor",
        ssl_policy="edge-tls",
        client_ip_affinity=True,
        backend_timeout_seconds=600,
        draining_seconds=30,
    )
    docs = gateway_docs(edge)
    gateway = find(docs, "Gateway", "edge")
    (https,) = gateway["spec"]["listeners"]
    assert https["tls"] == {"mode": "Terminate", "certificateRefs": [{"kind": "Secret", "name": "rpc-tls"}]}
    assert "annotations" not in gateway["metadata"]
    assert not [r for r in find_all(docs, "HTTPRoute") if r["metadata"]["name"] == "edge-http-redirect"]
    assert find(docs, "GCPGatewayPolicy", "edge")["spec"]["default"] == {"sslPolicy": "edge-tls"}
    backend = find(docs, "GCPBackendPolicy", "node")["spec"]
    assert backend["targetRef"] == {"group": "", "kind": "Service", "name": "node"}
    assert backend["default"] == {
        "timeoutSec": 600,
        "connectionDraining": {"drainingTimeoutSec": 30},
        "sessionAffinity": {"type": "CLIENT_IP"},
        "securityPolicy": "rpc-armor",
    }
    health = find(docs, "HealthCheckPolicy", "node")["spec"]
    assert health["default"]["checkIntervalSec"] == HEALTH_CHECK.interval_seconds == 5
    assert health["default"]["unhealthyThreshold"] == HEALTH_CHECK.unhealthy_threshold == 2
    assert health["default"]["config"]["httpHealthCheck"]["requestPath"] == "/ready"
    assert validate_custom_resources(docs) == 5


@pytest.mark.parametrize(
    ("edge", "message"),
    [
        (
            PublicEdge(static_ip_name="ip", domains=("a.b",), api="gateway"),
            r"PublicEdge.certificate_map is missing",
        ),
        (
            PublicEdge(static_ip_name="ip", domains=("a.b",), api="gateway", tls_secret="t", certificate_map="m"),
            r"either the tls_secret or a certificate map",
        ),
        (
            PublicEdge(static_ip_name="ip", domains=("a.b",), certificate_map="m"),
            r"PublicEdge.certificate_map='m' needs api='gateway'",
        ),
        (
            PublicEdge(static_ip_name="ip", domains=("a.b",), tls_secret="t", multi_cluster=True),
            r"PublicEdge.multi_cluster=True needs api='gateway'",
        ),
        (PublicEdge(static_ip_name="ip", domains=("a.b",), api="gce"), r"PublicEdge.api='gce' is not supported"),
        (
            PublicEdge(static_ip_name="ip", domains=("a.b",), api="gateway", certificate_map="Bad Map"),
            r"PublicEdge.certificate_map='Bad Map' is not a DNS-1123",
        ),
    ],
)
def test_bad_gateway_edges_are_refused(edge, message):
    with pytest.raises(EtherclusterError, match=message):
        synth(lambda chart: ClusterNetwork(chart, "cluster", namespace="test", edge=edge))


@pytest.mark.parametrize(
    ("node_props", "expose", "message"),
    [
        ({"rpc_path": "/etc"}, {}, r"on the Gateway edge nodes serve at '/'"),
        ({}, {"path": "/"}, r"public path '/' would take every path"),
        ({}, {"path": "/a b"}, r"path='/a b' must be a URL path"),
        ({}, {"path": "/../admin"}, r"must be a URL path"),
    ],
)
def test_expose_on_the_gateway_refuses_what_would_not_serve(node_props, expose, message):
    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=EDGE)
        node = EthereumNode(chart, "node", network="classic", rpc_hosts=(HOST,), **node_props)
        cluster.expose(node, **expose)

    with pytest.raises(EtherclusterError, match=message):
        synth(build)


# -- clients that serve JSON-RPC only at '/' -------------------------------------------------

ROOT_ONLY_FLEET = """\
namespace: root-only
edge:
  api: {api}
  domains: [rpc.example.com]
fleets:
  {client}:
    network: {network}
    client: {client}
    consensus_client: lighthouse
"""


@pytest.mark.parametrize(("client", "network"), [("besu", "sepolia"), ("erigon", "hoodi"), ("reth", "mainnet")])
def test_root_only_clients_are_public_on_the_gateway_edge_and_refused_on_the_ingress(tmp_path, client, network):
    spec = tmp_path / "spec.yaml"
    spec.write_text(ROOT_ONLY_FLEET.format(api="gateway", client=client, network=network))
    docs = synth_spec(spec)
    route = find(docs, "HTTPRoute", client)
    paths = {rule["matches"][0]["path"]["value"]: rule["backendRefs"][0]["name"] for rule in route["spec"]["rules"]}
    slug = "eth" if network == "mainnet" else network
    # HTTP through the eRPC gateway, WebSocket straight to the node, rewritten to its '/'.
    assert paths == {f"/{slug}": "rpc-gateway", f"/ws-{slug}": client}
    assert check_gateway_edge(docs) == 3
    assert validate_custom_resources(docs) > 0

    spec.write_text(ROOT_ONLY_FLEET.format(api="ingress", client=client, network=network))
    code, _, err = synth_app(spec, tmp_path / "out")
    assert code != 0 and f"client {client!r} only serves JSON-RPC at '/'" in err
    assert "edge.api: gateway" in err and not (tmp_path / "out").exists()


# -- the multi-cluster flavour ---------------------------------------------------------------


def test_the_multi_cluster_gateway_routes_to_service_imports():
    """In the config cluster: class -mc, every backendRef and policy on the ServiceImport that
    the fleet's clusters export under the Service's name."""
    edge = PublicEdge(
        static_ip_name="edge-ip",
        domains=(HOST,),
        api="gateway",
        certificate_map="test-edge-certs",
        multi_cluster=True,
        security_policy="rpc-armor",
        ssl_policy="edge-tls",
    )

    def build(chart):
        cluster = ClusterNetwork(chart, "cluster", namespace="test", edge=edge)
        cluster.expose(EthereumNode(chart, "classic", network="classic", rpc_hosts=(HOST,)))
        cluster.expose(EthereumNode(chart, "mordor", network="mordor", rpc_hosts=(HOST,)))

    docs = synth(build)
    assert find(docs, "Gateway", "edge")["spec"]["gatewayClassName"] == MULTI_CLUSTER_GATEWAY_CLASS
    refs = [
        ref
        for route in find_all(docs, "HTTPRoute")
        for rule in route["spec"]["rules"]
        for ref in rule.get("backendRefs", [])
    ]
    assert len(refs) == 4
    assert all((ref["group"], ref["kind"]) == ("net.gke.io", "ServiceImport") for ref in refs)
    for kind in ("HealthCheckPolicy", "GCPBackendPolicy"):
        targets = {
            (d["spec"]["targetRef"]["group"], d["spec"]["targetRef"]["kind"], d["spec"]["targetRef"]["name"])
            for d in find_all(docs, kind)
        }
        assert targets == {("net.gke.io", "ServiceImport", "classic"), ("net.gke.io", "ServiceImport", "mordor")}
    # The Services of those names (exported from each cluster) serve what the routes need.
    assert check_gateway_edge(docs) == 4
    assert validate_custom_resources(docs) == 1 + 1 + 1 + 2 + 2 * 2


def test_the_gateway_edge_construct_stands_alone():
    """GatewayEdge without ClusterNetwork, as a per-cluster chart builds it from service names."""

    def build(chart):
        edge = GatewayEdge(chart, "Edge", namespace="test", edge=EDGE.validated())
        edge.add_backend(GatewayBackend("rpc", health_port=8080, health_path="/ready"))
        edge.add_backend(GatewayBackend("rpc", health_port=8080, health_path="/ready"))  # once per Service
        edge.add_route("rpc", hosts=(HOST,), rules=[GatewayRule("/etc", "rpc", 8545)])
        with pytest.raises(EtherclusterError, match=r"backend 'other' has no health check; add_backend first"):
            edge.add_route("other", hosts=(HOST,), rules=[GatewayRule("/x", "other", 1)])
        with pytest.raises(EtherclusterError, match=r"already added with a different health check"):
            edge.add_backend(GatewayBackend("rpc", health_port=8081, health_path="/ready"))

    docs = synth(build)
    assert len(find_all(docs, "HealthCheckPolicy")) == len(find_all(docs, "GCPBackendPolicy")) == 1
    assert validate_custom_resources(docs) == 5


def test_the_docs_give_the_health_check_numbers_of_the_code():
    from tests.support import ROOT

    text = (ROOT / "docs" / "edge.md").read_text()
    for field, value in (
        ("checkIntervalSec", HEALTH_CHECK.interval_seconds),
        ("timeoutSec", HEALTH_CHECK.timeout_seconds),
        ("unhealthyThreshold", HEALTH_CHECK.unhealthy_threshold),
        ("healthyThreshold", HEALTH_CHECK.healthy_threshold),
    ):
        assert f"| `{field}` | {value} |" in text
    assert f"{HEALTH_CHECK.unhealthy_threshold} × {HEALTH_CHECK.interval_seconds} s" in text


def test_explain_lists_the_gateway_routes_and_their_dns_records():
    from ethercluster_constructs.explain import explain
    from ethercluster_constructs.synthesis import check_spec
    from tests.test_wiring import GATEWAY_EXAMPLE

    checked = check_spec(GATEWAY_EXAMPLE)
    report = explain(checked)
    docs = synth_spec(GATEWAY_EXAMPLE)
    routed = {
        f"{host}{rule['matches'][0]['path']['value']}"
        for route in find_all(docs, "HTTPRoute")
        for host in route["spec"].get("hostnames", [])
        for rule in route["spec"]["rules"]
    }
    assert {u["url"].split("://", 1)[1] for u in report["urls"]} == routed
    assert {u["url"] for u in report["urls"] if u["kind"] == "websocket"} == {
        "wss://rpc.example.com/ws-etc",
        "wss://rpc.example.com/ws-sepolia",
    }
    assert [r["name"] for r in report["dns_records"]] == sorted(checked.spec.edge_hostnames)
    assert all("'gateway-edge-edge-ip'" in r["value"] for r in report["dns_records"])


def test_edge_hostnames_include_a_private_dashboard_only_when_published(tmp_path):
    import cdk8s
    import yaml

    from ethercluster_constructs.app_builder import ClusterChart
    from ethercluster_constructs.spec import load_spec
    from tests.support import ROOT

    spec_path = tmp_path / "private.yaml"
    spec_path.write_text((ROOT / "examples" / "private-clique.yaml").read_text() + "\nstats: {publish_private: true}\n")
    spec, _ = load_spec(spec_path)
    app = cdk8s.App()
    ClusterChart(app, spec=spec, spec_dir=ROOT / "examples")
    docs = [d for d in yaml.safe_load_all(app.synth_yaml()) if d]
    routed = {rule["host"] for d in docs if d["kind"] == "Ingress" for rule in d["spec"]["rules"]}
    assert routed == set(spec.edge_hostnames)
    assert any(host.startswith("nazgul-stats.") for host in spec.edge_hostnames)


MULTI_REGION = """\
namespace: ethercluster
edge:
  api: gateway
  domains: [rpc.example.org]
fleets:
  etc: {network: classic, replicas: 2}
  mordor: {network: mordor, replicas: 1, regions: [us-central1]}
gke:
  project: example-project
  region: us-central1
  regions:
    - {region: us-east4, cluster_name: ethercluster-use4}
  master_authorized_networks:
    - {name: office, cidr: 203.0.113.0/24}
"""


def test_a_multi_region_spec_builds_the_multi_cluster_gateway(tmp_path):
    """Until the per-cluster charts exist, one chart: its edge is the config cluster's."""
    spec_path = tmp_path / "multi.yaml"
    spec_path.write_text(MULTI_REGION)
    docs = synth_spec(spec_path)
    assert find(docs, "Gateway", "edge")["spec"]["gatewayClassName"] == MULTI_CLUSTER_GATEWAY_CLASS
    refs = {
        (ref["group"], ref["kind"])
        for route in find_all(docs, "HTTPRoute")
        for rule in route["spec"]["rules"]
        for ref in rule.get("backendRefs", [])
    }
    assert refs == {("net.gke.io", "ServiceImport")}
    assert check_gateway_edge(docs) == 2 + 2 + 2  # /etc, /ws-etc, /mordor, /ws-mordor, two dashboards
    assert validate_custom_resources(docs) > 0


@pytest.mark.parametrize(
    ("add", "message"),
    [
        (lambda e: e.add_backend(GatewayBackend("Bad Name", 8080, "/ready")), r"GatewayBackend.name='Bad Name'"),
        (lambda e: e.add_route("r", hosts=(), rules=[GatewayRule("etc", "rpc", 8545)]), r"must be a URL path"),
        (lambda e: e.add_route("r/x", hosts=(), rules=[]), r"GatewayEdge.add_route.name='r/x'"),
    ],
)
def test_the_standalone_construct_refuses_bad_props(add, message):
    def build(chart):
        edge = GatewayEdge(chart, "Edge", namespace="test", edge=EDGE)
        edge.add_backend(GatewayBackend("rpc", health_port=8080, health_path="/ready"))
        add(edge)

    with pytest.raises(EtherclusterError, match=message):
        synth(build)
