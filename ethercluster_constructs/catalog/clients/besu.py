"""Besu (hyperledger/besu). Removed Ethereum Classic support in 26.2.0."""

from __future__ import annotations

from .contract import (
    Binding,
    DataDirContract,
    HeapContract,
    ImageContract,
    RuntimeContract,
    ServedApis,
    Source,
    SyncModes,
    WritePath,
)
from .profile import ETHEREUM_NETWORKS, EthstatsTarget, ExecutionProfile, NodeSettings

# The repository moved from hyperledger/besu to besu-eth/besu; the tag is the same.
_REPO, _TAG = "besu-eth/besu", "26.8.0"
_COMMAND = Source(_REPO, _TAG, "app/src/main/java/org/hyperledger/besu/cli/BesuCommand.java")
_DOCKERFILE = Source(_REPO, _TAG, "docker/Dockerfile")
BINARY = "/opt/besu/bin/besu"

MODES = SyncModes(
    args={
        "full": ("--sync-mode=SNAP", "--data-storage-format=BONSAI"),
        # FOREST keeps every trie; Bonsai's archive format is still experimental (X_BONSAI_ARCHIVE).
        "archive": ("--sync-mode=FULL", "--data-storage-format=FOREST"),
    },
    keeps={
        "full": "latest state (Bonsai), every post-merge block and receipt; SNAP stores only the headers of "
        "pre-merge blocks at this tag (SnapSyncConfiguration: save pre-merge headers only = TRUE), so "
        "pre-merge receipts and logs need archive",
        "archive": "every block, receipt and historical trie (full sync from genesis, FOREST)",
    },
    source=Source(
        _REPO,
        _TAG,
        "ethereum/eth/src/main/java/org/hyperledger/besu/ethereum/eth/sync/snapsync/SnapSyncConfiguration.java",
    ),
    archive_disk_factor=4,
)

APIS = ServedApis(
    modules={api: api.upper() for api in ("eth", "net", "web3", "admin", "debug", "txpool", "miner", "trace")},
    ws_flag="--rpc-ws-api",
    source=Source(
        _REPO,
        _TAG,
        "ethereum/api/src/main/java/org/hyperledger/besu/ethereum/api/jsonrpc/websocket/methods/"
        "WebSocketMethodsFactory.java",
    ),
    # eth_subscribe is added to every WebSocket method set, whatever --rpc-ws-api lists.
    subscription_module=None,
)


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    apis = ",".join(APIS.modules[api] for api in rpc.apis)
    args = [
        f"--network={node.network.name}",
        f"--data-path={node.data_dir}",
        *MODES.args[node.mode],
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
    # The image's entrypoint (besu-entry.sh) runs `bash -c "/opt/besu/bin/besu $@"` for a
    # non-root user: the arguments are re-parsed by a shell, so `*` globs and $(...) in a
    # value would be expanded. Run the binary itself.
    command=(BINARY,),
    contract=RuntimeContract(
        reviewed_for="hyperledger/besu:26.8.0",
        image=ImageContract(
            entrypoint=("besu-entry.sh",),
            binary=BINARY,
            path=("/opt/besu/bin",),
            user="root (besu-entry.sh drops to besu, UID 1000)",
            home=None,
            workdir="/opt/besu",
            source=_DOCKERFILE,
            entrypoint_passes_args=False,
        ),
        data_dir=DataDirContract(flag="--data-path", source=_COMMAND),
        writes=(
            WritePath("database, node key, caches", "{workdir}/data", _COMMAND, flag="--data-path"),
            # The image sets BESU_PID_PATH=/tmp/pid.
            WritePath("pid file", "/tmp/pid", _DOCKERFILE, flag="--pid-path"),
            WritePath("JVM perf data and flight-recorder repository", "{tmp}", Source(_REPO, _TAG, "build.gradle")),
        ),
        bindings=(
            # The Engine API server takes its host from --rpc-http-host: it cannot be loopback
            # while JSON-RPC is served to the Service. JWT and the Host allowlist guard it, and
            # no NetworkPolicy admits its port.
            Binding("engine", None, loopback=False, source=_COMMAND),
        ),
        heap=HeapContract(
            runtime="jvm",
            env="JAVA_OPTS",
            # No -Xmx in build.gradle's applicationDefaultJvmArgs: the JVM takes 25 % of the limit.
            source=Source(_REPO, _TAG, "build.gradle"),
            unset_default_percent=25,
        ),
    ),
    apis=APIS,
    modes=MODES,
    # RPC counters unverified (besu_rpc_errors_count_total suffix inferred): no RPC alerts.
    ethstats_args=_ethstats,
)
