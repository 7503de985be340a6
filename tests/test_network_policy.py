"""network_policy: one typed L1 NetworkPolicy writes what cdk8s-plus-27's construct wrote."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus

from ethercluster_constructs.network_policy import (
    allow_from,
    allow_to,
    ip_block,
    namespace_pods,
    network_policy,
    pods,
    tcp,
    udp,
)

META = cdk8s.ApiObjectMetadata(name="node", namespace="ns", labels={"app": "node"})
SELECTED = {"app": "node"}


def synth(build) -> list[dict]:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "test")
    build(chart)
    return cdk8s.Testing.synth(chart)


def with_cdk8s_plus(chart: cdk8s.Chart) -> None:
    policy = kplus.NetworkPolicy(
        chart, "Policy", metadata=META, selector=kplus.Pods.select(chart, "Selected", labels=SELECTED)
    )
    clients = kplus.Pods.select(
        chart, "Clients", expressions=[kplus.LabelExpression.not_in("component", ["dashboard"])]
    )
    policy.add_ingress_rule(kplus.NetworkPolicyIpBlock.any_ipv4(chart, "Anyone"), [kplus.NetworkPolicyPort.udp(30303)])
    policy.add_ingress_rule(clients, [kplus.NetworkPolicyPort.tcp(8545), kplus.NetworkPolicyPort.tcp(8546)])
    policy.add_ingress_rule(kplus.Namespaces.select(chart, "Monitoring", names=["gmp-system"]))
    policy.add_egress_rule(kplus.NetworkPolicyIpBlock.ipv4(chart, "Internet", "0.0.0.0/0", ["10.0.0.0/8"]))
    policy.add_egress_rule(kplus.Pods.all(chart, "Everyone"), [kplus.NetworkPolicyPort.tcp(3000)])
    policy.add_egress_rule(kplus.Pods.select(chart, "Peers", labels={"component": "node"}))


def with_l1(chart: cdk8s.Chart) -> None:
    network_policy(
        chart,
        "Policy",
        metadata=META,
        pod_labels=SELECTED,
        ingress=[
            allow_from(ip_block("0.0.0.0/0"), [udp(30303)]),
            allow_from(pods(excluding={"component": ["dashboard"]}), [tcp(8545), tcp(8546)]),
            allow_from(namespace_pods("gmp-system")),
        ],
        egress=[
            allow_to(ip_block("0.0.0.0/0", excluded=["10.0.0.0/8"])),
            allow_to(pods(), [tcp(3000)]),
            allow_to(pods({"component": "node"})),
        ],
    )


def test_every_peer_kind_is_written_as_cdk8s_plus_wrote_it():
    assert synth(with_l1) == synth(with_cdk8s_plus)


def test_a_rule_without_ports_admits_every_port():
    [policy] = synth(
        lambda chart: network_policy(chart, "P", metadata=META, pod_labels=SELECTED, egress=[allow_to(pods())])
    )
    assert policy["spec"]["egress"] == [{"ports": [], "to": [{"podSelector": {}}]}]


def test_policy_types_name_only_the_directions_given():
    [egress_only] = synth(
        lambda chart: network_policy(chart, "P", metadata=META, pod_labels=SELECTED, egress=[allow_to(pods())])
    )
    [ingress_only] = synth(
        lambda chart: network_policy(chart, "P", metadata=META, pod_labels=SELECTED, ingress=[allow_from(pods())])
    )
    assert egress_only["spec"]["policyTypes"] == ["Egress"] and "ingress" not in egress_only["spec"]
    assert ingress_only["spec"]["policyTypes"] == ["Ingress"] and "egress" not in ingress_only["spec"]


def test_a_namespace_peer_selects_by_the_name_label_kubernetes_sets():
    [policy] = synth(
        lambda chart: network_policy(
            chart, "P", metadata=META, pod_labels=SELECTED, ingress=[allow_from(namespace_pods("kube-system"))]
        )
    )
    assert policy["spec"]["ingress"][0]["from"] == [
        {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}}, "podSelector": {}}
    ]
