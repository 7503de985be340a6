"""Erigon 3 (erigontech/erigon), with an external consensus client (`--externalcl`)."""

from __future__ import annotations

from ._geth_family import authrpc_args, geth_family_ethstats, http_args
from .profile import ETHEREUM_NETWORKS, ExecutionProfile, NodeSettings


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    args = [
        f"--chain={node.network.name}",
        f"--datadir={node.data_dir}",
        # Explicit: release notes and docs have disagreed on the default.
        "--prune.mode=full",
        # Without it Erigon runs its embedded consensus client (Caplin).
        "--externalcl",
        f"--port={ports.p2p}",
        f"--maxpeers={node.max_peers}",
        *http_args(node),
    ]
    if rpc.websocket:
        args += ["--ws", f"--ws.port={ports.ws}"]
    args += [*authrpc_args(node), "--metrics", "--metrics.addr=0.0.0.0", f"--metrics.port={ports.metrics}"]
    if node.ethstats:
        args += geth_family_ethstats(node.ethstats)
    return args


PROFILE = ExecutionProfile(
    name="erigon",
    image="erigontech/erigon:v3.5.5",
    networks=ETHEREUM_NETWORKS,
    refused_networks={n: "Erigon 3 does not run Ethereum Classic; use core-geth" for n in ("classic", "mordor")},
    supports_private_networks=False,
    public_apis=frozenset({"eth", "net", "web3"}),
    internal_apis=frozenset({"admin", "debug", "txpool", "trace", "erigon", "ots"}),
    metrics_path="/debug/metrics/prometheus",
    # No prefix flag; how other paths are answered is unverified, so no path routing.
    rpc_path_mode="root-only",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    # Erigon's RPC metric names are unverified: no RPC alerts. Its --ethstats is geth-derived.
    ethstats_args=geth_family_ethstats,
)
