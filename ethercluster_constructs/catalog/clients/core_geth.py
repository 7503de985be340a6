"""core-geth: the maintained Ethereum Classic client (github.com/ethereumclassic/core-geth).

Flags checked against cmd/utils/flags.go. Notes that shape the args:
- v1.13 treats "no network flag" as ETC mainnet (v1.12 meant Ethereum), so built-in
  networks always pass `--classic` / `--mordor` explicitly, and never `--networkid`
  (core-geth derives it from the chain config).
- The metrics server only starts when `--metrics.addr` is set.
- Newer images rename the binary (geth -> core-geth), so only arguments are passed and the
  image's entrypoint runs.
"""

from __future__ import annotations

from .profile import ClientProfile, NodeSettings

_NETWORK_FLAGS = {"classic": "--classic", "mordor": "--mordor"}


def _args(node: NodeSettings) -> list[str]:
    rpc, ports, network = node.rpc, node.ports, node.network
    if network.is_private:
        args = [f"--networkid={network.network_id}"]
        if network.bootnodes:
            args.append(f"--bootnodes={','.join(network.bootnodes)}")
    else:
        args = [_NETWORK_FLAGS[network.name]]
    args += [
        f"--datadir={node.data_dir}",
        "--syncmode=snap",
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
    if rpc.http_path != "/":
        args.append(f"--http.rpcprefix={rpc.http_path}")
    if rpc.websocket:
        args += [
            "--ws",
            "--ws.addr=0.0.0.0",
            f"--ws.port={ports.ws}",
            f"--ws.api={','.join(rpc.apis)}",
        ]
        if rpc.cors_origins:
            args.append(f"--ws.origins={','.join(rpc.cors_origins)}")
        if rpc.ws_path != "/":
            args.append(f"--ws.rpcprefix={rpc.ws_path}")
    args += ["--metrics", "--metrics.addr=0.0.0.0", f"--metrics.port={ports.metrics}"]
    return args


def _genesis_init_args(node: NodeSettings) -> list[str]:
    # `init` writes the genesis into an empty data dir. On later starts it finds the same
    # genesis already stored and writes nothing; a different genesis makes it fail, which
    # stops the pod instead of silently forking the node onto another chain.
    assert node.genesis_path is not None
    return ["init", f"--datadir={node.data_dir}", node.genesis_path]


PROFILE = ClientProfile(
    name="core-geth",
    image="ghcr.io/ethereumclassic/core-geth:v1.13.0",
    uid=10001,
    networks=frozenset(_NETWORK_FLAGS),
    supports_private_networks=True,
    public_apis=frozenset({"eth", "net", "web3"}),
    internal_apis=frozenset({"admin", "debug", "personal", "miner", "txpool"}),
    metrics_path="/debug/metrics/prometheus",
    supports_rpc_path=True,
    # A synced node closes in seconds; mid-sync closes were measured at 81 s by upstream,
    # whose Docker guide uses a 300 s stop timeout.
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    genesis_init_args=_genesis_init_args,
)
