"""Erigon 3 (erigontech/erigon), with an external consensus client (`--externalcl`)."""

from __future__ import annotations

from ._geth_family import geth_family_ethstats
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
        "--http",
        "--http.addr=0.0.0.0",
        f"--http.port={ports.rpc}",
        f"--http.api={','.join(rpc.apis)}",
        f"--http.vhosts={','.join(rpc.vhosts)}",
    ]
    if rpc.cors_origins:
        args.append(f"--http.corsdomain={','.join(rpc.cors_origins)}")
    if rpc.websocket:
        args += ["--ws", f"--ws.port={ports.ws}"]
    if node.jwt_path:
        args += [
            "--authrpc.addr=127.0.0.1",
            f"--authrpc.port={ports.engine}",
            "--authrpc.vhosts=localhost",
            f"--authrpc.jwtsecret={node.jwt_path}",
        ]
    args += ["--metrics", "--metrics.addr=0.0.0.0", f"--metrics.port={ports.metrics}"]
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
