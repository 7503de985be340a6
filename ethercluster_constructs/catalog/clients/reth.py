"""Reth (ghcr.io/paradigmxyz/reth). Arguments start with the `node` subcommand."""

from __future__ import annotations

from ._geth_family import authrpc_args, authrpc_binding, geth_family_ethstats, http_args, ws_args
from .contract import DataDirContract, ImageContract, RuntimeContract, ServedApis, Source, SyncModes, WritePath
from .profile import ETHEREUM_NETWORKS, ClientMetrics, ExecutionProfile, NodeSettings

_REPO, _TAG = "paradigmxyz/reth", "v2.5.1"
_PRUNING = Source(_REPO, _TAG, "crates/node/core/src/args/pruning.rs")
_UNWIND_SAFE_DISTANCE = 10_064
"""MINIMUM_UNWIND_SAFE_DISTANCE, crates/prune/types/src/target.rs: the history `--full` keeps."""

MODES = SyncModes(
    args={
        # Not `--full`: it keeps receipts for only the last 10,064 blocks and drops pre-merge
        # bodies. These are `--full`'s state-history limits with every block and receipt kept.
        "full": (
            "--prune.sender-recovery.full",
            f"--prune.account-history.distance={_UNWIND_SAFE_DISTANCE}",
            f"--prune.storage-history.distance={_UNWIND_SAFE_DISTANCE}",
        ),
        # Reth without prune flags is an archive node.
        "archive": (),
    },
    keeps={
        "full": "latest state plus 10,064 blocks of account/storage history; every block, receipt, log "
        "and the transaction index (sender recovery is recomputed on demand)",
        "archive": "everything (reth's default without prune flags)",
    },
    source=_PRUNING,
)


def _args(node: NodeSettings) -> list[str]:
    ports = node.ports
    args = [
        "node",
        f"--chain={node.network.name}",
        f"--datadir={node.data_dir}",
        *MODES.args[node.mode],
        # `node` writes rotating log files under $XDG_CACHE_HOME/reth/logs by default; the
        # root filesystem is read-only and the kubelet collects stdout, so no log files.
        "--log.file.max-files=0",
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
    contract=RuntimeContract(
        reviewed_for="ghcr.io/paradigmxyz/reth:v2.5.1",
        image=ImageContract(
            # docker-bake.hcl builds the published image from Dockerfile.depot.
            entrypoint=("/usr/local/bin/reth-binary",),
            binary="/usr/local/bin/reth-binary",
            path=("/usr/local/bin",),
            user="root",
            home=None,
            workdir="/app",
            source=Source(_REPO, _TAG, "Dockerfile.depot"),
            subcommand="node",
        ),
        data_dir=DataDirContract(flag="--datadir", source=Source(_REPO, _TAG, "crates/node/core/src/dirs.rs")),
        writes=(
            WritePath(
                "database, static files, node key, reth.toml",
                "{xdg_data}/reth",
                Source(_REPO, _TAG, "crates/node/core/src/dirs.rs"),
                flag="--datadir",
            ),
            WritePath(
                "rotating log files (5 by default for `node`)",
                "{cache}/reth/logs",
                Source(_REPO, _TAG, "crates/node/core/src/args/log.rs"),
                flag="--log.file.directory",
                off_with="--log.file.max-files=0",
            ),
            WritePath(
                "IPC socket",
                "/tmp/reth.ipc",
                Source(_REPO, _TAG, "crates/rpc/rpc-server-types/src/constants.rs"),
                flag="--ipcpath",
                off_with="--ipcdisable",
            ),
        ),
        bindings=(authrpc_binding(Source(_REPO, _TAG, "crates/node/core/src/args/rpc_server.rs")),),
    ),
    apis=ServedApis(
        modules={api: api for api in ("eth", "net", "web3", "admin", "debug", "txpool", "trace", "reth", "ots")},
        ws_flag="--ws.api",
        # The eth module merges eth_subscribe (EthPubSub) into itself.
        source=Source(_REPO, _TAG, "crates/rpc/rpc-builder/src/lib.rs"),
        subscription_module="eth",
    ),
    modes=MODES,
    metrics=ClientMetrics(
        rpc_requests="reth_rpc_server_calls_started_total",
        rpc_failures="reth_rpc_server_calls_failed_total",
        rpc_latency_p99='reth_rpc_server_calls_time_seconds{{quantile="0.99", {selector}}}',
    ),
    # Reth takes the geth-style `name:secret@ws://host:port` form.
    ethstats_args=geth_family_ethstats,
)
