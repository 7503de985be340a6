"""Besu (hyperledger/besu). Removed Ethereum Classic support in 26.2.0."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, EthstatsTarget, ExecutionProfile, NodeSettings


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    apis = ",".join(api.upper() for api in rpc.apis)
    args = [
        f"--network={node.network.name}",
        f"--data-path={node.data_dir}",
        "--sync-mode=SNAP",
        f"--p2p-port={ports.p2p}",
        f"--max-peers={node.max_peers}",
        "--rpc-http-enabled=true",
        "--rpc-http-host=0.0.0.0",
        f"--rpc-http-port={ports.rpc}",
        f"--rpc-http-api={apis}",
        # Besu applies this list to RPC *and* metrics, and has no exemption for IP-address
        # Host headers: Prometheus scraping a pod IP would get 403 with a name list.
        "--host-allowlist=*",
    ]
    if rpc.cors_origins:
        args.append(f"--rpc-http-cors-origins={','.join(rpc.cors_origins)}")
    if rpc.websocket:
        args += ["--rpc-ws-enabled=true", "--rpc-ws-host=0.0.0.0", f"--rpc-ws-port={ports.ws}", f"--rpc-ws-api={apis}"]
    if node.jwt_path:
        args += [
            f"--engine-rpc-port={ports.engine}",
            f"--engine-jwt-secret={node.jwt_path}",
            "--engine-host-allowlist=localhost,127.0.0.1",
        ]
    args += ["--metrics-enabled=true", "--metrics-host=0.0.0.0", f"--metrics-port={ports.metrics}"]
    if node.ethstats:
        args += _ethstats(node.ethstats)
    return args


def _ethstats(target: EthstatsTarget) -> list[str]:
    # Besu takes the scheme in front; without one it tries TLS first.
    return [f"--ethstats=ws://{target.name_ref}:{target.secret_ref}@{target.host}:{target.port}"]


PROFILE = ExecutionProfile(
    name="besu",
    image="hyperledger/besu:26.8.0",
    networks=ETHEREUM_NETWORKS,
    refused_networks={
        n: "Besu removed Ethereum Classic support in 2026 (release 26.2.0); use core-geth"
        for n in ("classic", "mordor")
    },
    supports_private_networks=False,
    public_apis=frozenset({"eth", "net", "web3"}),
    internal_apis=frozenset({"admin", "debug", "txpool", "miner", "trace"}),
    metrics_path="/metrics",
    # Besu answers JSON-RPC only on POST /.
    rpc_path_mode="root-only",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    # RPC counters unverified (besu_rpc_errors_count_total suffix inferred): no RPC alerts.
    ethstats_args=_ethstats,
)
