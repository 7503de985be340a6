"""Library-level guarantees of issue 12 that the spec tests reach only through the app:
the exposure rule, owned namespaces, Pod Security labels, the edge's TLS and HSTS,
NodePort/LoadBalancer source ranges, and image pinning. See docs/security.md."""

from __future__ import annotations

import pytest

from ethercluster_constructs import EtherclusterError, EthereumNode
from ethercluster_constructs.catalog import CLIENTS, CONSENSUS_CLIENTS
from ethercluster_constructs.cluster_network import HSTS, KUBERNETES_VERSION, ClusterNetwork, PublicEdge
from ethercluster_constructs.ethstats import ETHSTATS_IMAGE
from ethercluster_constructs.node_containers import HEALTH_IMAGE
from ethercluster_constructs.validation import is_digest_pinned, is_release_pinned
from tests.support import CLUSTER_SETS, SPECS, cluster_set_id, find, find_all, pod_spec, synth, synth_spec
from tests.traffic import Address, Pod, allowed

EDGE = PublicEdge(static_ip_name="edge-ip", domains=("rpc.example.com",), ssl_policy="test-edge-tls")


def test_expose_refuses_a_node_that_serves_non_public_apis():
    def build(chart):
        cluster = ClusterNetwork(chart, "c", namespace="test", edge=EDGE)
        node = EthereumNode(
            chart,
            "classic",
            network="classic",
            internal_only=True,
            rpc_apis=("eth", "net", "web3", "admin", "debug"),
            rpc_path="/etc",
            ws_path="/ws-etc",
            rpc_hosts=("rpc.example.com",),
        )
        cluster.expose(node)

    with pytest.raises(EtherclusterError, match=r"expose\('classic'\): the node serves \['admin', 'debug'\]"):
        synth(build)


def test_an_internal_only_node_serving_only_public_apis_may_still_be_exposed():
    def build(chart):
        cluster = ClusterNetwork(chart, "c", namespace="test", edge=EDGE)
        node = EthereumNode(
            chart,
            "classic",
            network="classic",
            internal_only=True,
            rpc_path="/etc",
            ws_path="/ws-etc",
            rpc_hosts=("rpc.example.com",),
        )
        cluster.expose(node)

    assert find(synth(build), "Ingress", "edge")


@pytest.mark.parametrize("namespace", ["kube-system", "default", "gmp-system", "gke-managed-cim", "istio-system"])
def test_cluster_network_refuses_a_system_namespace(namespace):
    with pytest.raises(EtherclusterError, match=rf"ClusterNetwork.namespace: '{namespace}' is a system namespace"):
        synth(lambda chart: ClusterNetwork(chart, "c", namespace=namespace))


def test_namespace_enforces_warns_and_audits_restricted_at_the_target_version():
    labels = find(synth(lambda chart: ClusterNetwork(chart, "c", namespace="test")), "Namespace")["metadata"]["labels"]
    for mode in ("enforce", "warn", "audit"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
        assert labels[f"pod-security.kubernetes.io/{mode}-version"] == KUBERNETES_VERSION
    assert KUBERNETES_VERSION == "v1.27"  # cdk8s-plus-27's Kubernetes


def test_edge_refuses_tls_below_1_2_and_sends_hsts(default_docs):
    frontend = find(default_docs, "FrontendConfig", "edge")
    assert frontend["spec"]["sslPolicy"] == "ethercluster-edge-tls"
    assert frontend["spec"]["redirectToHttps"]["enabled"] is True
    backends = find_all(default_docs, "BackendConfig")
    assert backends and all(b["spec"]["customResponseHeaders"]["headers"] == [HSTS] for b in backends)
    assert HSTS.startswith("Strict-Transport-Security: max-age=31536000")


def test_http_disabled_keeps_the_tls_policy():
    edge = PublicEdge(static_ip_name="ip", domains=("rpc.example.com",), http="disabled", ssl_policy="tls")

    def build(chart):
        cluster = ClusterNetwork(chart, "c", namespace="test", edge=edge)
        cluster.expose(
            EthereumNode(
                chart, "classic", network="classic", rpc_path="/etc", ws_path="/ws-etc", rpc_hosts=edge.domains
            )
        )

    docs = synth(build)
    assert find(docs, "FrontendConfig")["spec"] == {"sslPolicy": "tls"}
    assert find(docs, "Ingress")["metadata"]["annotations"]["kubernetes.io/ingress.allow-http"] == "false"


def _external_node(service_type: str, ranges: tuple[str, ...]) -> list[dict]:
    def build(chart):
        ClusterNetwork(chart, "c", namespace="test")
        EthereumNode(chart, "classic", network="classic", service_type=service_type, load_balancer_source_ranges=ranges)

    return synth(build)


@pytest.mark.parametrize("service_type", ["LoadBalancer", "NodePort"])
def test_external_service_admits_exactly_its_source_ranges_on_the_rpc_ports(service_type):
    docs = _external_node(service_type, ("203.0.113.0/24",))
    service = find(docs, "Service", "classic")
    assert service["spec"]["type"] == service_type
    assert service["spec"]["externalTrafficPolicy"] == "Local"
    if service_type == "LoadBalancer":
        assert service["spec"]["loadBalancerSourceRanges"] == ["203.0.113.0/24"]
    node = Pod("test", find(docs, "StatefulSet")["spec"]["template"]["metadata"]["labels"])
    client, stranger = Address("203.0.113.9"), Address("198.51.100.9")
    assert allowed(docs, client, node, 8545) and allowed(docs, client, node, 8546)
    assert not allowed(docs, stranger, node, 8545)
    assert not allowed(docs, client, node, 6060) and not allowed(docs, client, node, 8080)


def test_everyone_is_allowed_only_when_written_out():
    docs = _external_node("LoadBalancer", ("0.0.0.0/0",))
    node = Pod("test", find(docs, "StatefulSet")["spec"]["template"]["metadata"]["labels"])
    assert allowed(docs, Address("198.51.100.9"), node, 8545)
    with pytest.raises(EtherclusterError, match=r"needs load_balancer_source_ranges"):
        _external_node("LoadBalancer", ())


def _images(docs: list[dict]) -> set[str]:
    images = set()
    for doc in docs:
        if doc["kind"] in ("StatefulSet", "Deployment", "Job", "CronJob"):
            spec = doc["spec"]["jobTemplate"]["spec"]["template"]["spec"] if doc["kind"] == "CronJob" else pod_spec(doc)
            images |= {c["image"] for c in spec["containers"] + spec.get("initContainers", [])}
    return images


def test_every_catalog_image_is_pinned_by_release_or_digest():
    catalog = {profile.image for profile in [*CLIENTS.values(), *CONSENSUS_CLIENTS.values()]} | {HEALTH_IMAGE}
    assert len(catalog) > 10
    for image in catalog:
        assert is_release_pinned(image) or is_digest_pinned(image), image


@pytest.mark.parametrize(
    "spec_path", SPECS + CLUSTER_SETS, ids=lambda s: cluster_set_id(s) if isinstance(s, tuple) else s.name
)
def test_every_image_in_the_output_is_pinned(spec_path):
    for image in _images(synth_spec(*(spec_path if isinstance(spec_path, tuple) else (spec_path,)))) - {ETHSTATS_IMAGE}:
        assert is_release_pinned(image) or is_digest_pinned(image), image


@pytest.mark.xfail(
    strict=True,
    reason="known gap: no digest of skylenet/ethstats-server could be verified from the build machines "
    "(no container registry reachable); pin one with stats.image (docs/security.md). Strict: this "
    "fails once the default is pinned, so the mark is removed then.",
)
def test_the_default_stats_image_is_pinned_by_digest():
    assert is_digest_pinned(ETHSTATS_IMAGE)


def test_pinning_rules():
    digest = "sha256:" + "0" * 64
    assert is_release_pinned("ghcr.io/ethereumclassic/core-geth:v1.13.0")
    assert is_release_pinned("statusim/nimbus-eth2:multiarch-v26.7.0")
    assert is_release_pinned("python:3.13.5-alpine3.22")
    for moving in ("x:latest", "x", "x:v1", "skylenet/ethstats-server:pow-latest", "x:1.2.3-latest"):
        assert not is_release_pinned(moving), moving
    assert is_digest_pinned(f"skylenet/ethstats-server@{digest}")
    assert not is_digest_pinned("skylenet/ethstats-server:pow-latest")


@pytest.mark.parametrize("service_type", ["LoadBalancer", "NodePort"])
def test_external_service_output_passes_strict_schema_validation(service_type):
    """The fields only NodePort/LoadBalancer fleets use (loadBalancerSourceRanges,
    externalTrafficPolicy, ipBlock rules) are valid at 1.27 and at the newest version."""
    import kubernetes_validate

    docs = _external_node(service_type, ("203.0.113.0/24", "198.51.100.0/24"))
    for version in ("1.27", kubernetes_validate.latest_version()):
        for kind in ("Service", "NetworkPolicy", "Namespace"):
            for doc in find_all(docs, kind):
                kubernetes_validate.validate(doc, version, strict=True)


def test_every_test_named_in_security_md_exists():
    """docs/security.md names the test holding each guarantee; a renamed test must update it."""
    import re

    from tests.support import ROOT

    text = (ROOT / "docs" / "security.md").read_text()
    references = set(re.findall(r"(tests/\w+\.py)(?:::(\w+))?", text))
    assert len(references) > 10
    for path, name in references:
        assert (ROOT / path).is_file(), path
        if name:
            assert re.search(rf"^def {name}\(", (ROOT / path).read_text(), re.MULTILINE), f"{path}::{name}"
