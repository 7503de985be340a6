"""Erigon 3 (erigontech/erigon), with an external consensus client (`--externalcl`)."""

from __future__ import annotations

from ._geth_family import authrpc_args, authrpc_binding, geth_family_ethstats, http_args
from .contract import DataDirContract, ImageContract, RuntimeContract, ServedApis, Source, SyncModes, WritePath
from .profile import ETHEREUM_NETWORKS, ExecutionProfile, NodeSettings

# The source mirror of this repository is over the size this machine may fetch; facts are
# read from the indexed snapshot of the default branch, not from the v3.5.5 tag itself.
_REPO, _TAG, _NOTE = "erigontech/erigon", "main@00769ff3", "indexed snapshot; pinned v3.5.5 not fetchable here"
_FLAGS = Source(_REPO, _TAG, "cmd/utils/flags.go (--prune.mode usage)", _NOTE)

MODES = SyncModes(
    args={
        # `blocks` keeps every block (erigon's `full` keeps "only necessary blocks").
        "full": ("--prune.mode=blocks",),
        "archive": ("--prune.mode=archive",),
    },
    keeps={
        "full": "every block and the latest state, no state history; receipts and logs beyond the recent "
        "history window are not verified to be served: use archive if old logs matter",
        "archive": "every block and the entire state history",
    },
    source=_FLAGS,
)


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    args = [
        f"--chain={node.network.name}",
        f"--datadir={node.data_dir}",
        *MODES.args[node.mode],
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
    contract=RuntimeContract(
        reviewed_for="erigontech/erigon:v3.5.5",
        image=ImageContract(
            entrypoint=("/usr/local/bin/erigon",),
            binary="/usr/local/bin/erigon",
            path=("/usr/local/bin",),
            user="erigon (UID 1000)",
            home=None,
            workdir="/home/erigon",
            source=Source(_REPO, _TAG, "Dockerfile", _NOTE),
        ),
        data_dir=DataDirContract(flag="--datadir", source=Source(_REPO, _TAG, "Dockerfile", _NOTE)),
        writes=(
            WritePath(
                "chaindata, snapshots, downloader state, nodekey, jwt.hex",
                "{xdg_data}/erigon",
                Source(_REPO, _TAG, "Dockerfile (prepares /home/erigon/.local/share/erigon)", _NOTE),
                flag="--datadir",
            ),
            WritePath(
                "log files",
                "{datadir}/logs",
                Source(_REPO, _TAG, "docs: --log.dir.path, --log.dir.disable", _NOTE),
                flag="--log.dir.path",
                off_with="--log.dir.disable",
            ),
        ),
        bindings=(authrpc_binding(_FLAGS),),
    ),
    apis=ServedApis(
        modules={api: api for api in ("eth", "net", "web3", "admin", "debug", "txpool", "trace", "erigon", "ots")},
        # WebSocket shares the HTTP server and its --http.api list.
        ws_flag="--http.api",
        source=_FLAGS,
        subscription_module="eth",
    ),
    modes=MODES,
    # Erigon's RPC metric names are unverified: no RPC alerts. Its --ethstats is geth-derived.
    ethstats_args=geth_family_ethstats,
)
