"""Cross-references inside each synthesized spec: what points at what must exist and match.

Ingress backend -> Service and port -> selected pods -> container port -> the client
actually serving that path and Host; BackendConfig health check -> a container port;
every route reachable through the NetworkPolicies from the Google load balancer ranges.
"""

from __future__ import annotations

import json

import pytest
import yaml

from ethercluster_constructs.catalog import CLIENTS
from tests.support import CLUSTER_SETS, SPECS, cluster_set_id, pod_spec, synth_spec

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
    policies = [d for d in docs if d["kind"] == "NetworkPolicy"]
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
                    allowed = set()
                    for policy in policies:
                        if policy["spec"]["podSelector"].get("matchLabels", {}).items() <= pod_labels.items():
                            for ingress_rule in policy["spec"].get("ingress", []):
                                if any(p["port"] == port for p in ingress_rule.get("ports", [])):
                                    allowed |= {
                                        peer["ipBlock"]["cidr"] for peer in ingress_rule["from"] if "ipBlock" in peer
                                    }
                    assert allowed >= GOOGLE_LB, (service["metadata"]["name"], port, allowed)


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
