"""Cross-references inside each synthesized spec: what points at what must exist and match.

Ingress edge: Ingress backend -> Service and port -> selected pods -> container port -> the
client actually serving that path and Host; BackendConfig health check -> a container port;
every route reachable through the NetworkPolicies from the Google load balancer ranges.

Gateway edge (check_gateway_edge): HTTPRoute -> its Gateway listener -> path match ->
rewrite -> Service (or the ServiceImport of that name) and port -> selected pods -> container
port -> what the container serves at the rewritten path -> HealthCheckPolicy (a real port of
those pods, the served health path) -> NetworkPolicy admitting the load balancer ranges.
test_a_broken_gateway_link_is_caught breaks each link in turn and sees the check fail.
"""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from ethercluster_constructs.catalog import CLIENTS
from ethercluster_constructs.gateway_edge import HEALTH_CHECK
from ethercluster_constructs.node_containers import FLEET_HEALTH_PORT
from ethercluster_constructs.rpc_gateway import CLIENT_IP_HEADER
from ethercluster_constructs.spec import load_spec
from tests.support import CLUSTER_SETS, MULTI_CLUSTER_SPECS, SPECS, cluster_set_id, pod_spec, synth_spec

GOOGLE_LB = {"130.211.0.0/22", "35.191.0.0/16"}
WORKLOAD_KINDS = {"StatefulSet", "Deployment", "DaemonSet"}


def selected(docs: list[dict], namespace: str, selector: dict) -> list[dict]:
    return [
        d
        for d in docs
        if d["kind"] in WORKLOAD_KINDS
        and d["metadata"].get("namespace") == namespace
        and selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()
    ]


def container_ports(workload: dict) -> dict:
    return {
        (p.get("name"), p["containerPort"]): c for c in pod_spec(workload)["containers"] for p in c.get("ports", [])
    }


def port_exists(workload: dict, target) -> bool:
    ports = container_ports(workload)
    return any((target == name) if isinstance(target, str) else (target == number) for name, number in ports)


def by_name(docs: list[dict], kind: str) -> dict[tuple[str, str], dict]:
    return {(d["metadata"].get("namespace"), d["metadata"]["name"]): d for d in docs if d["kind"] == kind}


@pytest.fixture(
    scope="module",
    params=SPECS + CLUSTER_SETS,
    ids=lambda s: cluster_set_id(s) if isinstance(s, tuple) else s.name,
)
def docs(request) -> list[dict]:
    return synth_spec(*(request.param if isinstance(request.param, tuple) else (request.param,)))


def test_every_service_selects_exactly_one_workload_and_its_target_ports_exist(docs):
    for service in (d for d in docs if d["kind"] == "Service"):
        namespace = service["metadata"]["namespace"]
        workloads = selected(docs, namespace, service["spec"]["selector"])
        assert len(workloads) == 1, f"Service {service['metadata']['name']} selects {len(workloads)} workloads"
        for port in service["spec"]["ports"]:
            assert port_exists(workloads[0], port.get("targetPort", port["port"])), (service["metadata"]["name"], port)


def test_every_ingress_backend_is_a_served_route(docs):
    services = by_name(docs, "Service")
    for ingress in (d for d in docs if d["kind"] == "Ingress"):
        namespace = ingress["metadata"]["namespace"]
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                service = services[(namespace, backend["name"])]
                (service_port,) = [p for p in service["spec"]["ports"] if p["port"] == backend["port"]["number"]]
                (workload,) = selected(docs, namespace, service["spec"]["selector"])
                node = pod_spec(workload)["containers"][0]
                if node["name"] == "erpc":
                    # The gateway serves `/<alias>` of each network it fronts, on any host.
                    assert service_port["targetPort"] == 4000
                    assert path["path"].lstrip("/") in {n["alias"] for n in gateway_config(docs)["networks"]}
                    continue
                if node["name"] not in CLIENTS:
                    # A web app (ethstats) on a host of its own: it must sit at '/'.
                    assert path["path"] == "/" and port_exists(workload, service_port["targetPort"])
                    continue
                port_name = next(
                    name for name, number in container_ports(workload) if number == service_port["targetPort"]
                )
                assert port_name in ("rpc", "ws")
                profile = CLIENTS[node["name"]]
                # The client serves RPC under the routed path (the load balancer cannot rewrite it)...
                assert profile.rpc_path_mode != "root-only", f"{node['name']} cannot serve {path['path']}"
                if profile.rpc_path_mode == "prefix-flag":
                    kind = "http" if port_name == "rpc" else "ws"
                    assert f"--{kind}.rpcprefix={path['path']}" in node["args"]
                # ...and accepts the public Host header, where the client checks it.
                vhosts = [a.split("=", 1)[1].split(",") for a in node["args"] if a.startswith("--http.vhosts=")]
                for accepted in vhosts:
                    assert rule["host"] in accepted


def test_backend_configs_exist_and_health_check_a_real_port(docs):
    backends = by_name(docs, "BackendConfig")
    for service in (d for d in docs if d["kind"] == "Service"):
        annotation = service["metadata"].get("annotations", {}).get("cloud.google.com/backend-config")
        if not annotation:
            continue
        namespace = service["metadata"]["namespace"]
        backend = backends[(namespace, json.loads(annotation)["default"])]
        (workload,) = selected(docs, namespace, service["spec"]["selector"])
        check = backend["spec"]["healthCheck"]
        assert port_exists(workload, check["port"])
        main = pod_spec(workload)["containers"][0]
        if main["name"] == "erpc":
            readiness = main["readinessProbe"]["httpGet"]
            assert (
                (check["port"], check["requestPath"])
                == (readiness["port"], readiness["path"])
                == (4000, "/healthcheck")
            )
            continue
        if main["name"] not in CLIENTS:
            assert main["readinessProbe"]["tcpSocket"]["port"] == check["port"]
            continue
        readiness = main["readinessProbe"]["httpGet"]
        # The load balancer asks the sidecar for the whole pod's verdict (/ready); each
        # container's readiness asks for its own part (/ready/execution, /ready/beacon).
        assert check["port"] == readiness["port"]
        assert (check["requestPath"], readiness["path"].rsplit("/", 1)[0]) == ("/ready", "/ready")


def test_load_balancer_traffic_is_allowed_to_every_routed_and_health_checked_port(docs):
    services = by_name(docs, "Service")
    backends = by_name(docs, "BackendConfig")
    for ingress in (d for d in docs if d["kind"] == "Ingress"):
        namespace = ingress["metadata"]["namespace"]
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                service = services[(namespace, path["backend"]["service"]["name"])]
                (workload,) = selected(docs, namespace, service["spec"]["selector"])
                pod_labels = workload["spec"]["template"]["metadata"]["labels"]
                target = next(
                    p["targetPort"]
                    for p in service["spec"]["ports"]
                    if p["port"] == path["backend"]["service"]["port"]["number"]
                )
                backend = backends[
                    (
                        namespace,
                        json.loads(service["metadata"]["annotations"]["cloud.google.com/backend-config"])["default"],
                    )
                ]
                for port in (target, backend["spec"]["healthCheck"]["port"]):
                    allowed = admitted_from_load_balancer(docs, pod_labels, port)
                    assert allowed >= GOOGLE_LB, (service["metadata"]["name"], port, allowed)


def admitted_from_load_balancer(docs: list[dict], pod_labels: dict, port: int) -> set[str]:
    """The CIDRs of ipBlocks that the NetworkPolicies selecting `pod_labels` admit on `port`."""
    allowed = set()
    for policy in (d for d in docs if d["kind"] == "NetworkPolicy"):
        if policy["spec"]["podSelector"].get("matchLabels", {}).items() <= pod_labels.items():
            for ingress_rule in policy["spec"].get("ingress", []):
                if any(p["port"] == port for p in ingress_rule.get("ports", [])):
                    allowed |= {peer["ipBlock"]["cidr"] for peer in ingress_rule["from"] if "ipBlock" in peer}
    return allowed


# -- the Gateway edge ----------------------------------------------------------------------

SERVICE_KINDS = {("", "Service"), ("net.gke.io", "ServiceImport")}


def backend_service(docs: list[dict], namespace: str, ref: dict) -> dict:
    """The Service a backendRef or policy targetRef means: the Service itself, or for a
    ServiceImport the Service of the same name that its ServiceExport publishes."""
    kind = (ref.get("group", ""), ref.get("kind", "Service"))
    assert kind in SERVICE_KINDS, f"backend {ref} is neither a Service nor a ServiceImport"
    (service,) = [
        d
        for d in docs
        if d["kind"] == "Service" and d["metadata"]["name"] == ref["name"] and d["metadata"]["namespace"] == namespace
    ]
    return service


def policies_for(docs: list[dict], kind: str, namespace: str, ref: dict) -> list[dict]:
    """The policies of `kind` whose targetRef is the same object as the backendRef `ref`."""
    target = (ref.get("group", ""), ref.get("kind", "Service"), ref["name"])
    return [
        d
        for d in docs
        if d["kind"] == kind
        and d["metadata"]["namespace"] == namespace
        and (d["spec"]["targetRef"]["group"], d["spec"]["targetRef"]["kind"], d["spec"]["targetRef"]["name"]) == target
    ]


def filters_of(rule: dict) -> dict[str, dict]:
    return {f["type"]: f for f in rule.get("filters", [])}


def check_gateway_edge(docs: list[dict]) -> int:
    """Every HTTPRoute link of the Gateway edge (see the module docstring); the rules checked."""
    gateways = by_name(docs, "Gateway")
    checked = 0
    for route in (d for d in docs if d["kind"] == "HTTPRoute"):
        namespace = route["metadata"]["namespace"]
        (parent,) = route["spec"]["parentRefs"]
        gateway = gateways[(namespace, parent["name"])]
        listener = next(
            (entry for entry in gateway["spec"]["listeners"] if entry["name"] == parent["sectionName"]), None
        )
        assert listener is not None, f"route {route['metadata']['name']}: no listener {parent['sectionName']!r}"
        if listener["protocol"] == "HTTP":
            # Plain HTTP only redirects: it reaches no backend.
            (rule,) = route["spec"]["rules"]
            assert "backendRefs" not in rule
            redirect = filters_of(rule)["RequestRedirect"]["requestRedirect"]
            assert (redirect["scheme"], redirect["statusCode"]) == ("https", 301)
            continue
        assert (listener["protocol"], listener["port"]) == ("HTTPS", 443)
        for rule in route["spec"]["rules"]:
            checked += 1
            (match,) = rule["matches"]
            assert match["path"]["type"] == "PathPrefix"
            path = match["path"]["value"]
            filters = filters_of(rule)
            hsts = filters.get("ResponseHeaderModifier", {}).get("responseHeaderModifier", {}).get("set", [])
            assert any(h["name"] == "Strict-Transport-Security" for h in hsts)
            rewrite = filters.get("URLRewrite", {}).get("urlRewrite", {}).get("path")
            served = "/" if rewrite else path
            if rewrite:
                assert rewrite == {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}
            (ref,) = rule["backendRefs"]
            service = backend_service(docs, namespace, ref)
            (service_port,) = [p for p in service["spec"]["ports"] if p["port"] == ref["port"]]
            (workload,) = selected(docs, namespace, service["spec"]["selector"])
            target = service_port["targetPort"]
            assert port_exists(workload, target), (route["metadata"]["name"], target)
            main = pod_spec(workload)["containers"][0]
            if main["name"] == "erpc":
                # The gateway serves `/<alias>` of each network it fronts: no rewrite; the load
                # balancer writes the client's address where eRPC reads it.
                assert target == 4000 and not rewrite
                assert path.lstrip("/") in {n["alias"] for n in gateway_config(docs)["networks"]}
                headers = filters.get("RequestHeaderModifier", {}).get("requestHeaderModifier", {}).get("set")
                assert headers == [{"name": CLIENT_IP_HEADER, "value": "{client_ip_address}"}]
            elif main["name"] in CLIENTS:
                port_name = next(name for name, number in container_ports(workload) if number == target)
                assert port_name in ("rpc", "ws")
                # Every node serves JSON-RPC at '/': the rewrite removes the public prefix, and
                # no prefix flag moves the node's own path.
                assert served == "/" and path != "/", (route["metadata"]["name"], path)
                assert not any("rpcprefix" in a for a in main.get("args", []))
                vhosts = [a.split("=", 1)[1].split(",") for a in main["args"] if a.startswith("--http.vhosts=")]
                for accepted in vhosts:
                    assert set(route["spec"]["hostnames"]) <= set(accepted)
            else:
                # A web app (ethstats) on a host of its own, at '/'.
                assert served == "/" and not rewrite
            check_health_policy(docs, namespace, ref, workload)
            for port in (target, health_port(docs, namespace, ref)):
                assert admitted_from_load_balancer(docs, workload["spec"]["template"]["metadata"]["labels"], port) >= (
                    GOOGLE_LB
                ), (route["metadata"]["name"], port)
    return checked


def health_port(docs: list[dict], namespace: str, ref: dict) -> int:
    (policy,) = policies_for(docs, "HealthCheckPolicy", namespace, ref)
    return policy["spec"]["default"]["config"]["httpHealthCheck"]["port"]


def check_health_policy(docs: list[dict], namespace: str, ref: dict, workload: dict) -> None:
    """One HealthCheckPolicy and one GCPBackendPolicy per backend; the probe asks a real port of
    the selected pods for what their own readiness asks."""
    (policy,) = policies_for(docs, "HealthCheckPolicy", namespace, ref)
    assert len(policies_for(docs, "GCPBackendPolicy", namespace, ref)) == 1, ref
    default = policy["spec"]["default"]
    assert (
        default["checkIntervalSec"],
        default["timeoutSec"],
        default["healthyThreshold"],
        default["unhealthyThreshold"],
    ) == (
        HEALTH_CHECK.interval_seconds,
        HEALTH_CHECK.timeout_seconds,
        HEALTH_CHECK.healthy_threshold,
        HEALTH_CHECK.unhealthy_threshold,
    )
    assert default["config"]["type"] == "HTTP"
    check = default["config"]["httpHealthCheck"]
    assert check["portSpecification"] == "USE_FIXED_PORT" and "portName" not in check
    assert port_exists(workload, check["port"]), (ref, check["port"])
    main = pod_spec(workload)["containers"][0]
    if main["name"] == "erpc" and check["port"] == FLEET_HEALTH_PORT:
        # Several clusters: a fleet's own Service at this cluster's gateway, probed on the
        # fleet-health sidecar, which asks the readiness of that fleet's nodes in this cluster.
        (sidecar,) = [c for c in pod_spec(workload)["containers"] if c["name"] == "fleet-health"]
        fleets = json.loads(next(e["value"] for e in sidecar["env"] if e["name"] == "FLEETS"))
        fleet = check["requestPath"].removeprefix("/fleets/")
        assert check["requestPath"] == f"/fleets/{fleet}" and fleets.get(fleet), (ref, check)
        assert all(url.endswith("/ready") for url in fleets[fleet])
    elif main["name"] == "erpc":
        readiness = main["readinessProbe"]["httpGet"]
        assert (check["port"], check["requestPath"]) == (readiness["port"], readiness["path"]) == (4000, "/healthcheck")
    elif main["name"] in CLIENTS:
        readiness = main["readinessProbe"]["httpGet"]
        assert check["port"] == readiness["port"]
        assert (check["requestPath"], readiness["path"].rsplit("/", 1)[0]) == ("/ready", "/ready")
    else:
        assert main["readinessProbe"]["tcpSocket"]["port"] == check["port"]


def test_every_http_route_is_served_health_checked_and_admitted(docs):
    checked = check_gateway_edge(docs)
    assert (checked > 0) == any(d["kind"] == "Gateway" for d in docs)


def edge_docs(spec_path):
    """The spec and the objects of the cluster that holds its edge (the config cluster's, with several)."""
    spec, _ = load_spec(spec_path)
    return spec, synth_spec(spec_path, spec.config_cluster.name if spec.is_multi_cluster else None)


@pytest.mark.parametrize("spec_path", SPECS + MULTI_CLUSTER_SPECS, ids=lambda p: p.name)
def test_the_gateway_uses_the_names_the_gke_stack_creates(spec_path):
    spec, docs = edge_docs(spec_path)
    gateways = [d for d in docs if d["kind"] == "Gateway"]
    if spec.edge is None or spec.edge.api != "gateway":
        assert gateways == []
        return
    (gateway,) = gateways
    suffix = "-mc" if spec.is_multi_cluster else ""
    assert gateway["spec"]["gatewayClassName"] == f"gke-l7-global-external-managed{suffix}"
    assert gateway["spec"]["addresses"] == [{"type": "NamedAddress", "value": spec.static_ip_name}]
    assert gateway["metadata"].get("annotations", {}).get("networking.gke.io/certmap") == spec.certificate_map_name
    (policy,) = [d for d in docs if d["kind"] == "GCPGatewayPolicy"]
    assert policy["spec"]["targetRef"] == {
        "group": "gateway.networking.k8s.io",
        "kind": "Gateway",
        "name": gateway["metadata"]["name"],
    }
    assert policy["spec"]["default"]["sslPolicy"] == spec.ssl_policy_name
    for backend in (d for d in docs if d["kind"] == "GCPBackendPolicy"):
        assert backend["spec"]["default"].get("securityPolicy") == spec.security_policy_name


def gateway_config(docs: list[dict]) -> dict:
    """The gateway's one eRPC project, read back from its ConfigMap."""
    (config_map,) = [d for d in docs if d["kind"] == "ConfigMap" and "erpc.yaml" in d.get("data", {})]
    (project,) = yaml.safe_load(config_map["data"]["erpc.yaml"])["projects"]
    return project


def test_every_config_map_volume_exists(docs):
    config_maps = by_name(docs, "ConfigMap")
    for workload in (d for d in docs if d["kind"] in WORKLOAD_KINDS):
        for volume in pod_spec(workload).get("volumes", []):
            if "configMap" in volume:
                assert (workload["metadata"]["namespace"], volume["configMap"]["name"]) in config_maps


GATEWAY_EXAMPLE = next(path for path in SPECS if path.name == "gateway-edge.yaml")


def _named(docs: list[dict], kind: str, name: str) -> dict:
    (doc,) = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    return doc


def _rule(docs: list[dict], route: str, path: str) -> dict:
    return next(
        r for r in _named(docs, "HTTPRoute", route)["spec"]["rules"] if r["matches"][0]["path"]["value"] == path
    )


def _drop_rewrite(docs):
    rule = _rule(docs, "sepolia", "/ws-sepolia")
    rule["filters"] = [f for f in rule["filters"] if f["type"] != "URLRewrite"]


def _prefix_the_node(docs):
    node = pod_spec(_named(docs, "StatefulSet", "classic"))["containers"][0]
    node["args"].append("--ws.rpcprefix=/ws-etc")


def _wrong_service_port(docs):
    _rule(docs, "sepolia", "/ws-sepolia")["backendRefs"][0]["port"] = 8599


def _service_selects_nothing(docs):
    _named(docs, "Service", "sepolia")["spec"]["selector"]["app.kubernetes.io/instance"] = "nobody"


def _gateway_path_unknown(docs):
    _rule(docs, "classic", "/etc")["matches"][0]["path"]["value"] = "/classic"


def _client_ip_header_dropped(docs):
    rule = _rule(docs, "classic", "/etc")
    rule["filters"] = [f for f in rule["filters"] if f["type"] != "RequestHeaderModifier"]


def _health_check_port_not_in_pod(docs):
    _named(docs, "HealthCheckPolicy", "sepolia")["spec"]["default"]["config"]["httpHealthCheck"]["port"] = 9999


def _health_check_path_not_readiness(docs):
    _named(docs, "HealthCheckPolicy", "classic")["spec"]["default"]["config"]["httpHealthCheck"]["requestPath"] = "/"


def _health_check_targets_another_service(docs):
    _named(docs, "HealthCheckPolicy", "sepolia")["spec"]["targetRef"]["name"] = "sepolia-headless"


def _no_backend_policy(docs):
    docs.remove(_named(docs, "GCPBackendPolicy", "rpc-gateway"))


def _load_balancer_not_admitted(docs):
    docs.remove(_named(docs, "NetworkPolicy", "sepolia-from-load-balancer"))


def _route_on_a_missing_listener(docs):
    _named(docs, "HTTPRoute", "sepolia")["spec"]["parentRefs"][0]["sectionName"] = "grpc"


def _redirect_reaches_a_backend(docs):
    _named(docs, "HTTPRoute", "edge-http-redirect")["spec"]["rules"][0]["backendRefs"] = [
        {"name": "classic", "port": 8545}
    ]


BREAKS = [
    _drop_rewrite,
    _prefix_the_node,
    _wrong_service_port,
    _service_selects_nothing,
    _gateway_path_unknown,
    _client_ip_header_dropped,
    _health_check_port_not_in_pod,
    _health_check_path_not_readiness,
    _health_check_targets_another_service,
    _no_backend_policy,
    _load_balancer_not_admitted,
    _route_on_a_missing_listener,
    _redirect_reaches_a_backend,
]


def test_the_gateway_example_passes_the_wiring_check():
    assert check_gateway_edge(synth_spec(GATEWAY_EXAMPLE)) >= 4


@pytest.mark.parametrize("breaks", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_gateway_link_is_caught(breaks):
    docs = copy.deepcopy(synth_spec(GATEWAY_EXAMPLE))
    breaks(docs)
    # A missing object shows as an empty lookup (ValueError when unpacking), a wrong one as an assertion.
    with pytest.raises((AssertionError, ValueError)):
        check_gateway_edge(docs)


@pytest.mark.parametrize("spec_path", SPECS + MULTI_CLUSTER_SPECS, ids=lambda p: p.name)
def test_the_edge_serves_exactly_the_hosts_the_spec_derives(spec_path):
    """ClusterSpec.edge_hostnames is what the GKE stack certifies (the Gateway edge's certificate
    map entries): it must be every host a route of the output answers, and no other."""
    spec, docs = edge_docs(spec_path)
    routed = {rule["host"] for d in docs if d["kind"] == "Ingress" for rule in d["spec"]["rules"]}
    routed |= {host for d in docs if d["kind"] == "HTTPRoute" for host in d["spec"].get("hostnames", [])}
    assert routed == set(spec.edge_hostnames)
    assert len(spec.edge_hostnames) == len(set(spec.edge_hostnames))


EDGE_KINDS = {"Gateway", "GCPGatewayPolicy", "HTTPRoute", "HealthCheckPolicy", "GCPBackendPolicy"}


def cluster_sets(spec_path) -> tuple[dict[str, list[dict]], str]:
    """Every cluster's objects of a multi-cluster spec, and the config cluster's name."""
    spec, _ = load_spec(spec_path)
    return {place.name: synth_spec(spec_path, place.name) for place in spec.clusters}, spec.config_cluster.name


def routed_in(sets: dict[str, list[dict]], config: str, cluster: str) -> tuple[list[dict], int]:
    """What the load balancer sees of `cluster`: the config cluster's Gateway, its routes narrowed
    to the ServiceImports `cluster` exports, and their policies, with `cluster`'s own objects.
    Also the number of route rules that reach it."""
    exported = {d["metadata"]["name"] for d in sets[cluster] if d["kind"] == "ServiceExport"}
    edge = []
    rules = 0
    for doc in sets[config]:
        if doc["kind"] == "HTTPRoute" and any("backendRefs" in rule for rule in doc["spec"]["rules"]):
            kept = [rule for rule in doc["spec"]["rules"] if rule["backendRefs"][0]["name"] in exported]
            rules += len(kept)
            if kept:
                edge.append({**doc, "spec": {**doc["spec"], "rules": kept}})
        elif doc["kind"] in EDGE_KINDS:
            edge.append(doc)
    own = [d for d in sets[cluster] if d["kind"] not in EDGE_KINDS]
    return edge + own, rules


@pytest.mark.parametrize("spec_path", MULTI_CLUSTER_SPECS, ids=lambda p: p.name)
def test_every_cluster_serves_what_the_multi_cluster_gateway_routes_to_it(spec_path):
    """For every public fleet in every cluster: route -> rewrite -> ServiceImport -> the exported
    Service -> pods -> port -> served path -> health check -> NetworkPolicy, as the load balancer
    follows it into each cluster that exports the backend."""
    sets, config = cluster_sets(spec_path)
    spec, _ = load_spec(spec_path)
    assert [name for name, docs in sets.items() if any(d["kind"] == "Gateway" for d in docs)] == [config]
    backends = {
        rule["backendRefs"][0]["name"]
        for d in sets[config]
        if d["kind"] == "HTTPRoute"
        for rule in d["spec"]["rules"]
        if "backendRefs" in rule
    }
    exporters = {
        name for docs in sets.values() for name in (d["metadata"]["name"] for d in docs if d["kind"] == "ServiceExport")
    }
    assert backends <= exporters, f"routed but exported by no cluster: {sorted(backends - exporters)}"
    for place in spec.clusters:
        docs, rules = routed_in(sets, config, place.name)
        public = [name for name, fleet in spec.fleets_in(place).items() if fleet.is_public]
        assert (rules > 0) == bool(public), place.name
        assert check_gateway_edge(docs) == rules, place.name


def test_a_cluster_that_stops_exporting_is_caught():
    spec_path = next(p for p in MULTI_CLUSTER_SPECS if p.name == "multi-region.yaml")
    sets, config = cluster_sets(spec_path)
    other = next(name for name in sets if name != config)
    # The cluster still runs its fleet, but its exported Service is gone: the route reaches nothing there.
    sets[other] = [d for d in copy.deepcopy(sets[other]) if d["kind"] != "Service" or d["metadata"]["name"] != "etc"]
    docs, _ = routed_in(sets, config, other)
    with pytest.raises((AssertionError, ValueError)):
        check_gateway_edge(docs)
