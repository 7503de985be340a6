"""A small NetworkPolicy evaluator over synthesized manifests (networking.k8s.io/v1 semantics).

A flow from a source to a destination on a port is allowed when the source's egress and the
destination's ingress both allow it. A side is allowed when no policy of its namespace selects
the pod for that direction, or when a rule of one selecting policy matches the peer and port.
Pods are matched by pod/namespace selectors, addresses outside the cluster by ipBlocks (with
`except`). Named ports are not used by this project's policies and are refused here.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

WORKLOAD_KINDS = ("StatefulSet", "Deployment", "Job", "CronJob")


@dataclass(frozen=True)
class Pod:
    """`own_egress=False`: a pod the output does not govern (a user's, with its own egress
    policy), so only the destination's ingress decides."""

    namespace: str
    labels: dict = field(hash=False)
    name: str = ""
    own_egress: bool = True


@dataclass(frozen=True)
class Address:
    ip: str


Endpoint = Pod | Address


def workload_pods(docs: list[dict]) -> dict[str, Pod]:
    """One Pod per workload in the output, with its template's labels, by workload name."""
    pods = {}
    for doc in docs:
        if doc["kind"] not in WORKLOAD_KINDS:
            continue
        template = (
            doc["spec"]["jobTemplate"]["spec"]["template"] if doc["kind"] == "CronJob" else doc["spec"]["template"]
        )
        name = doc["metadata"]["name"]
        pods[name] = Pod(doc["metadata"]["namespace"], template["metadata"]["labels"], name)
    return pods


def _labels_match(selector: dict, labels: dict) -> bool:
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True


def _namespace_labels(name: str) -> dict:
    return {"kubernetes.io/metadata.name": name}


def _peer_matches(peer: dict, policy_namespace: str, endpoint: Endpoint) -> bool:
    if "ipBlock" in peer:
        if not isinstance(endpoint, Address):
            return False
        ip = ipaddress.ip_address(endpoint.ip)
        block = peer["ipBlock"]
        if ip not in ipaddress.ip_network(block["cidr"]):
            return False
        return not any(ip in ipaddress.ip_network(cidr) for cidr in block.get("except", []))
    if not isinstance(endpoint, Pod):
        return False
    if "namespaceSelector" in peer:
        if not _labels_match(peer["namespaceSelector"], _namespace_labels(endpoint.namespace)):
            return False
    elif endpoint.namespace != policy_namespace:
        return False
    return _labels_match(peer.get("podSelector") or {}, endpoint.labels)


def _port_matches(ports: list[dict] | None, port: int, protocol: str) -> bool:
    if not ports:
        return True
    for entry in ports:
        number = entry.get("port")
        assert number is None or isinstance(number, int), f"named port {number!r}: not supported by the evaluator"
        if entry.get("protocol", "TCP") != protocol:
            continue
        end = entry.get("endPort", number)
        if number is None or number <= port <= end:
            return True
    return False


def _side_allows(policies, pod: Pod, direction: str, peer: Endpoint, port: int, protocol: str) -> bool:
    key, peers_key = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    selecting = [
        p
        for p in policies
        if p["metadata"]["namespace"] == pod.namespace
        and direction in p["spec"].get("policyTypes", ["Ingress"] + (["Egress"] if "egress" in p["spec"] else []))
        and _labels_match(p["spec"].get("podSelector") or {}, pod.labels)
    ]
    if not selecting:
        return True
    for policy in selecting:
        for rule in policy["spec"].get(key) or []:
            peers = rule.get(peers_key)
            peer_ok = not peers or any(_peer_matches(x, pod.namespace, peer) for x in peers)
            if peer_ok and _port_matches(rule.get("ports"), port, protocol):
                return True
    return False


def allowed(docs: list[dict], source: Endpoint, destination: Endpoint, port: int, protocol: str = "TCP") -> bool:
    policies = [d for d in docs if d["kind"] == "NetworkPolicy"]
    egress_ok = not (isinstance(source, Pod) and source.own_egress) or _side_allows(
        policies, source, "Egress", destination, port, protocol
    )
    ingress_ok = not isinstance(destination, Pod) or _side_allows(
        policies, destination, "Ingress", source, port, protocol
    )
    return egress_ok and ingress_ok
