"""geth (go-ethereum), image ethereum/client-go. Same flag family as core-geth."""

from __future__ import annotations

from ._geth_family import GETH_INTERNAL_APIS, GETH_METRICS, GETH_PUBLIC_APIS, geth_family_args, geth_family_ethstats
from .profile import ETHEREUM_NETWORKS, ExecutionProfile, NodeSettings


def _args(node: NodeSettings) -> list[str]:
    return geth_family_args(node, [f"--{node.network.name}"])


PROFILE = ExecutionProfile(
    name="geth",
    image="ethereum/client-go:v1.17.5",
    networks=ETHEREUM_NETWORKS,
    refused_networks={n: "geth dropped Ethereum Classic long ago; use core-geth" for n in ("classic", "mordor")},
    supports_private_networks=False,
    public_apis=GETH_PUBLIC_APIS,
    internal_apis=GETH_INTERNAL_APIS,
    metrics_path="/debug/metrics/prometheus",
    rpc_path_mode="prefix-flag",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    metrics=GETH_METRICS,
    ethstats_args=geth_family_ethstats,
)
