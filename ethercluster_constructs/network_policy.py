"""NetworkPolicies as one typed L1 object each, with rules written as plain data.

cdk8s-plus builds a NetworkPolicy from a construct per peer and a call per rule, and each
is a jsii round trip to the Node.js kernel (about 0.3 ms here); a node's policy took about
twenty. Here the peers, ports and rules are jsii structs (Python data, no round trip) and
the policy is one `k8s.KubeNetworkPolicy`. The manifest is the one cdk8s-plus-27 wrote:
every rule lists its ports (`ports: []` means every port), and `policyTypes` lists
Ingress before Egress, each only when the policy has such rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _values

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""The label Kubernetes sets on every Namespace to its name: how a peer selects a namespace."""


def tcp(port: int) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=_values.number(port), protocol="TCP")


def udp(port: int) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=_values.number(port), protocol="UDP")


def pods(
    labels: Mapping[str, str] | None = None, *, excluding: Mapping[str, Sequence[str]] | None = None
) -> k8s.NetworkPolicyPeer:
    """The pods of the policy's namespace that carry all of `labels` (default: every pod),
    except those whose label in `excluding` has one of the values listed there."""
    expressions = [
        k8s.LabelSelectorRequirement(key=key, operator="NotIn", values=list(values))
        for key, values in (excluding or {}).items()
    ]
    return k8s.NetworkPolicyPeer(
        pod_selector=k8s.LabelSelector(
            match_labels=dict(labels) if labels else None, match_expressions=expressions or None
        )
    )


def namespace_pods(name: str) -> k8s.NetworkPolicyPeer:
    """Every pod of the namespace `name`."""
    return k8s.NetworkPolicyPeer(
        namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: name}),
        pod_selector=k8s.LabelSelector(),
    )


def ip_block(cidr: str, excluded: Sequence[str] = ()) -> k8s.NetworkPolicyPeer:
    """The addresses in `cidr` except those in `excluded` (IPv4 CIDRs)."""
    return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr, except_=list(excluded) or None))


def allow_from(
    peer: k8s.NetworkPolicyPeer, ports: Sequence[k8s.NetworkPolicyPort] = ()
) -> k8s.NetworkPolicyIngressRule:
    """Ingress from `peer` on `ports` (none: every port)."""
    return k8s.NetworkPolicyIngressRule(from_=[peer], ports=list(ports))


def allow_to(peer: k8s.NetworkPolicyPeer, ports: Sequence[k8s.NetworkPolicyPort] = ()) -> k8s.NetworkPolicyEgressRule:
    """Egress to `peer` on `ports` (none: every port)."""
    return k8s.NetworkPolicyEgressRule(to=[peer], ports=list(ports))


def network_policy(
    scope: Construct,
    id: str,
    *,
    metadata: cdk8s.ApiObjectMetadata,
    pod_labels: Mapping[str, str],
    ingress: Sequence[k8s.NetworkPolicyIngressRule] = (),
    egress: Sequence[k8s.NetworkPolicyEgressRule] = (),
) -> k8s.KubeNetworkPolicy:
    """A NetworkPolicy for the pods carrying all of `pod_labels`: only `ingress` may reach
    them if given, and they may reach only `egress` if given."""
    policy_types = (["Ingress"] if ingress else []) + (["Egress"] if egress else [])
    return k8s.KubeNetworkPolicy(
        scope,
        id,
        metadata=k8s.ObjectMeta(
            name=metadata.name, namespace=metadata.namespace, labels=metadata.labels, annotations=metadata.annotations
        ),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels)),
            ingress=list(ingress) or None,
            egress=list(egress) or None,
            policy_types=policy_types or None,
        ),
    )
