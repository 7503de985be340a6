"""Nethermind (nethermind/nethermind). Options are `--Section.Option=value`."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, ClientMetrics, EthstatsTarget, ExecutionProfile, NodeSettings

_MODULE_NAMES = {"eth": "Eth", "net": "Net", "web3": "Web3", "admin": "Admin", "debug": "Debug", "txpool": "TxPool"}


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    modules = ",".join(_MODULE_NAMES[api] for api in rpc.apis)
    args = [
        f"--config={node.network.name}",
        f"--data-dir={node.data_dir}",
        f"--Network.P2PPort={ports.p2p}",
        f"--Network.DiscoveryPort={ports.p2p}",
        f"--Network.MaxActivePeers={node.max_peers}",
        "--JsonRpc.Enabled=true",
        "--JsonRpc.Host=0.0.0.0",
        f"--JsonRpc.Port={ports.rpc}",
        f"--JsonRpc.EnabledModules=[{modules}]",
        # Nethermind's default is "*": always say which origins may call from a browser.
        f"--JsonRpc.CorsOrigins=[{','.join(rpc.cors_origins)}]",
        f"--Init.WebSocketsEnabled={'true' if rpc.websocket else 'false'}",
        f"--JsonRpc.WebSocketsPort={ports.ws}",
    ]
    if node.jwt_path:
        # EngineHost needs EnginePort set too; loopback since the consensus client shares the pod.
        args += [
            "--JsonRpc.EngineHost=127.0.0.1",
            f"--JsonRpc.EnginePort={ports.engine}",
            f"--JsonRpc.JwtSecretFile={node.jwt_path}",
        ]
    args += ["--Metrics.Enabled=true", f"--Metrics.ExposePort={ports.metrics}"]
    if node.ethstats:
        args += _ethstats(node.ethstats)
    return args


def _ethstats(target: EthstatsTarget) -> list[str]:
    return [
        "--EthStats.Enabled=true",
        f"--EthStats.Server=ws://{target.host}:{target.port}/api",
        f"--EthStats.Name={target.name_ref}",
        f"--EthStats.Secret={target.secret_ref}",
    ]


PROFILE = ExecutionProfile(
    name="nethermind",
    image="nethermind/nethermind:1.39.3",
    networks=ETHEREUM_NETWORKS,
    refused_networks={
        n: "Nethermind has no Ethereum Classic configuration; use core-geth" for n in ("classic", "mordor")
    },
    supports_private_networks=False,
    public_apis=frozenset({"eth", "net", "web3"}),
    internal_apis=frozenset({"admin", "debug", "txpool"}),
    metrics_path="/metrics",
    # Requests are dispatched by listening port, so any path reaches JSON-RPC.
    rpc_path_mode="any-path",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    # Gauges without a _total suffix.
    metrics=ClientMetrics(rpc_requests="nethermind_json_rpc_requests", rpc_failures="nethermind_json_rpc_errors"),
    ethstats_args=_ethstats,
)
