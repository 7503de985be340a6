"""DNS egress that every pod with a NetworkPolicy needs: one place for both resolver paths."""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from .network_policy import allow_to, ip_block, namespace_pods, tcp, udp

NODE_LOCAL_DNS = "169.254.20.10/32"
"""GKE NodeLocal DNSCache address, where pods send DNS when that add-on is on (the GKE stack turns it on)."""


def dns_egress() -> list[k8s.NetworkPolicyEgressRule]:
    """Egress rules that let a policy's pods resolve names through kube-dns (kube-system) and NodeLocal DNSCache."""
    ports = [udp(53), tcp(53)]
    return [allow_to(namespace_pods("kube-system"), ports), allow_to(ip_block(NODE_LOCAL_DNS), ports)]
