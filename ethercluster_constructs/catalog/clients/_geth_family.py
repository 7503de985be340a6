"""Arguments shared by geth and core-geth (same flag set; core-geth is a geth fork), and the
geth-derived flags erigon and reth also use."""

from __future__ import annotations

from .contract import Binding, ImageContract, ServedApis, Source, WritePath
from .profile import ClientMetrics, EthstatsTarget, NodeSettings


def geth_family_args(node: NodeSettings, network_flag: list[str], mode_args: tuple[str, ...]) -> list[str]:
    rpc, ports = node.rpc, node.ports
    args = [
        *network_flag,
        f"--datadir={node.data_dir}",
        *mode_args,
        f"--port={ports.p2p}",
        f"--maxpeers={node.max_peers}",
        *http_args(node),
    ]
    if rpc.http_path != "/":
        args.append(f"--http.rpcprefix={rpc.http_path}")
    args += ws_args(node)
    if rpc.websocket and rpc.ws_path != "/":
        args.append(f"--ws.rpcprefix={rpc.ws_path}")
    # The metrics server only starts when --metrics.addr is set.
    args += [*authrpc_args(node), "--metrics", "--metrics.addr=0.0.0.0", f"--metrics.port={ports.metrics}"]
    if node.ethstats:
        args += geth_family_ethstats(node.ethstats)
    return args


def http_args(node: NodeSettings, *, vhosts: bool = True) -> list[str]:
    """`--http*` flags: all interfaces, the chosen APIs, Host names and CORS origins."""
    rpc = node.rpc
    args = [
        "--http",
        f"--http.addr={rpc.bind_address}",
        f"--http.port={node.ports.rpc}",
        f"--http.api={','.join(rpc.apis)}",
    ]
    if vhosts:
        args.append(f"--http.vhosts={','.join(rpc.vhosts)}")
    if rpc.cors_origins:
        args.append(f"--http.corsdomain={','.join(rpc.cors_origins)}")
    return args


def ws_args(node: NodeSettings) -> list[str]:
    """`--ws*` flags (none when WebSocket is off); origins are the CORS origins."""
    rpc = node.rpc
    if not rpc.websocket:
        return []
    args = ["--ws", f"--ws.addr={rpc.bind_address}", f"--ws.port={node.ports.ws}", f"--ws.api={','.join(rpc.apis)}"]
    if rpc.cors_origins:
        args.append(f"--ws.origins={','.join(rpc.cors_origins)}")
    return args


def authrpc_args(node: NodeSettings, *, vhosts: bool = True) -> list[str]:
    """The Engine API on loopback (the consensus client shares the pod); none without one."""
    if not node.jwt_path:
        return []
    args = ["--authrpc.addr=127.0.0.1", f"--authrpc.port={node.ports.engine}"]
    if vhosts:
        args.append("--authrpc.vhosts=localhost")
    return [*args, f"--authrpc.jwtsecret={node.jwt_path}"]


def geth_family_ethstats(target: EthstatsTarget) -> list[str]:
    # The scheme after '@' forces plain ws:// inside the cluster (without it, wss:// is tried first).
    return [f"--ethstats={target.name_ref}:{target.secret_ref}@ws://{target.host}:{target.port}"]


# Exposed as gauges without a _total suffix; latency is a summary in nanoseconds.
GETH_METRICS = ClientMetrics(
    rpc_requests="rpc_requests",
    rpc_failures="rpc_failure",
    rpc_latency_p99='rpc_duration_all{{quantile="0.99", {selector}}} / 1e9',
)


GETH_PUBLIC_APIS = frozenset({"eth", "net", "web3"})
GETH_INTERNAL_APIS = frozenset({"admin", "debug", "personal", "miner", "txpool"})


def geth_family_image(source: Source) -> ImageContract:
    """The geth and core-geth images: `geth` as entrypoint, run as root, no HOME set (Dockerfile)."""
    return ImageContract(
        entrypoint=("geth",),
        binary="/usr/local/bin/geth",
        path=("/usr/local/bin",),
        user="root",
        home=None,
        workdir="/",
        source=source,
    )


def geth_family_writes(source: Source) -> tuple[WritePath, ...]:
    """geth and core-geth keep everything under --datadir: chaindata, ancients, nodekey, the
    IPC socket (`geth.ipc`, a relative --ipcpath) and the keystore."""
    return (
        WritePath("chain database, ancients, nodekey, keystore", "{home}/.ethereum", source, flag="--datadir"),
        WritePath("IPC socket geth.ipc", "{datadir}/geth.ipc", source, flag="--ipcpath", off_with="--ipcdisable"),
    )


def geth_family_apis(source: Source) -> ServedApis:
    """Namespaces are module names; the filter API (eth_subscribe) is part of `eth`."""
    return ServedApis(
        modules={api: api for api in GETH_PUBLIC_APIS | GETH_INTERNAL_APIS},
        ws_flag="--ws.api",
        source=source,
        subscription_module="eth",
    )


def authrpc_binding(source: Source) -> Binding:
    return Binding("engine", "--authrpc.addr", loopback=True, source=source)
