"""DNS egress that every pod with a NetworkPolicy needs: one place for both resolver paths."""

from __future__ import annotations

import cdk8s_plus_27 as kplus
from constructs import Construct

from . import _values

NODE_LOCAL_DNS = "169.254.20.10/32"
"""GKE NodeLocal DNSCache address, where pods send DNS when that add-on is on (the GKE stack turns it on)."""


def allow_dns(scope: Construct, policy: kplus.NetworkPolicy) -> None:
    """Let `policy`'s pods resolve names through kube-dns (kube-system) and NodeLocal DNSCache."""
    ports = [_values.udp(53), _values.tcp(53)]
    policy.add_egress_rule(kplus.Namespaces.select(scope, "KubeSystem", names=["kube-system"]), ports)
    policy.add_egress_rule(kplus.NetworkPolicyIpBlock.ipv4(scope, "NodeLocalDns", NODE_LOCAL_DNS), ports)
