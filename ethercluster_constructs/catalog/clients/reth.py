"""Reth (ghcr.io/paradigmxyz/reth). Arguments start with the `node` subcommand."""

from __future__ import annotations

from ._geth_family import authrpc_args, geth_family_ethstats, http_args, ws_args
from .profile import ETHEREUM_NETWORKS, ClientMetrics, ExecutionProfile, NodeSettings


def _args(node: NodeSettings) -> list[str]:
    ports = node.ports
    args = [
        "node",
        f"--chain={node.network.name}",
        f"--datadir={node.data_dir}",
        "--full",
        f"--port={ports.p2p}",
        f"--discovery.port={ports.p2p}",
        f"--max-outbound-peers={node.max_peers}",
        # Reth has no Host allowlist (no --http.vhosts).
        *http_args(node, vhosts=False),
        *ws_args(node),
        *authrpc_args(node, vhosts=False),
    ]
    args.append(f"--metrics=0.0.0.0:{ports.metrics}")
    if node.ethstats:
        args += geth_family_ethstats(node.ethstats)
    return args


PROFILE = ExecutionProfile(
    name="reth",
    image="ghcr.io/paradigmxyz/reth:v2.5.1",
    networks=ETHEREUM_NETWORKS,
    refused_networks={n: "Reth does not run Ethereum Classic; use core-geth" for n in ("classic", "mordor")},
    supports_private_networks=False,
    public_apis=frozenset({"eth", "net", "web3"}),
    internal_apis=frozenset({"admin", "debug", "txpool", "trace", "reth", "ots"}),
    metrics_path="/metrics",
    # No prefix flag; how other paths are answered is unverified, so no path routing.
    rpc_path_mode="root-only",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    metrics=ClientMetrics(
        rpc_requests="reth_rpc_server_calls_started_total",
        rpc_failures="reth_rpc_server_calls_failed_total",
        rpc_latency_p99='reth_rpc_server_calls_time_seconds{{quantile="0.99", {selector}}}',
    ),
    # Reth takes the geth-style `name:secret@ws://host:port` form.
    ethstats_args=geth_family_ethstats,
)
