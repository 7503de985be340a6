"""Nethermind (nethermind/nethermind). Options are `--Section.Option=value`."""

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
from .profile import ETHEREUM_NETWORKS, ClientMetrics, EthstatsTarget, ExecutionProfile, NodeSettings

# The source mirror of this repository is over the size this machine may fetch; facts are
# read from the indexed snapshots of its files, not from the 1.39.3 tag itself.
_REPO, _TAG, _NOTE = "NethermindEth/nethermind", "master (indexed)", "pinned 1.39.3 not fetchable here"
_RUNNER = "src/Nethermind/Nethermind.Runner"
# SetFinalDataDirectory puts BaseDbPath, the keystore and LogDirectory under --data-dir.
_DATA_DIR = Source(_REPO, _TAG, f"{_RUNNER}/Program.cs (SetFinalDataDirectory)", _NOTE)
_CONFIGS = Source(_REPO, _TAG, f"{_RUNNER}/configs/{{mainnet,sepolia,hoodi}}[_archive].json", _NOTE)

APIS = ServedApis(
    modules={"eth": "Eth", "net": "Net", "web3": "Web3", "admin": "Admin", "debug": "Debug", "txpool": "TxPool"},
    ws_flag="--JsonRpc.EnabledModules",
    # The upstream configs list `subscribe` beside eth for the Engine port (mainnet.json
    # JsonRpc.AdditionalRpcUrls): eth_subscribe lives in its own module.
    source=_CONFIGS,
    subscription_module="Subscribe",
)
_CONFIG_SUFFIX = {"full": "", "archive": "_archive"}
MODES = SyncModes(
    args={
        # The network configs set Sync.Ancient{Bodies,Receipts}Barrier to the merge block
        # (mainnet 15537394): a full node would drop pre-merge bodies and receipts.
        "full": ("--Sync.AncientBodiesBarrier=0", "--Sync.AncientReceiptsBarrier=0"),
        # Archive is the upstream `<network>_archive` config, chosen by --config.
        "archive": (),
    },
    keeps={
        "full": "latest state (pruned), every block and receipt (both ancient barriers at 0)",
        "archive": "every block, receipt and historical state (`<network>_archive` config, full sync)",
    },
    source=_CONFIGS,
    archive_disk_factor=4,
)


def _args(node: NodeSettings) -> list[str]:
    rpc, ports = node.rpc, node.ports
    modules = [APIS.modules[api] for api in rpc.apis]
    if rpc.websocket and APIS.subscription_module not in modules:
        modules.append(APIS.subscription_module)
    args = [
        f"--config={node.network.name}{_CONFIG_SUFFIX[node.mode]}",
        f"--data-dir={node.data_dir}",
        *MODES.args[node.mode],
        f"--Network.P2PPort={ports.p2p}",
        f"--Network.DiscoveryPort={ports.p2p}",
        f"--Network.MaxActivePeers={node.max_peers}",
        "--JsonRpc.Enabled=true",
        "--JsonRpc.Host=0.0.0.0",
        f"--JsonRpc.Port={ports.rpc}",
        f"--JsonRpc.EnabledModules=[{','.join(modules)}]",
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
    contract=RuntimeContract(
        reviewed_for="nethermind/nethermind:1.39.3",
        image=ImageContract(
            entrypoint=("./nethermind",),
            binary="/nethermind/nethermind",
            user="root",
            home=None,
            workdir="/nethermind",
            source=Source(_REPO, _TAG, "Dockerfile", _NOTE),
        ),
        data_dir=DataDirContract(flag="--data-dir", source=_DATA_DIR),
        writes=(
            # The image declares VOLUMEs for these under /nethermind; Kubernetes ignores VOLUME,
            # so --data-dir must move them onto the claim.
            WritePath(
                "databases (Init.BaseDbPath nethermind_db/<network>), keystore and node key",
                "{workdir}",
                Source(_REPO, _TAG, "Dockerfile (VOLUME /nethermind/nethermind_db, /nethermind/keystore)", _NOTE),
                flag="--data-dir",
            ),
            WritePath(
                "log files (Init.LogDirectory `logs`, under the data dir)",
                "{datadir}/logs",
                _DATA_DIR,
            ),
            WritePath(
                ".NET diagnostics IPC socket (dotnet-diagnostic-*)",
                "{tmp}",
                Source("dotnet/docs", "main", "docs/core/diagnostics/diagnostic-port.md"),
            ),
        ),
        bindings=(Binding("engine", "--JsonRpc.EngineHost", loopback=True, source=_CONFIGS),),
        heap=HeapContract(
            runtime="dotnet",
            env="DOTNET_GCHeapHardLimitPercent",
            # With a container memory limit and no setting, the GC caps the heap at 75 % of it.
            source=Source("dotnet/docs", "main", "docs/core/runtime-config/garbage-collector.md"),
            unset_default_percent=75,
        ),
    ),
    apis=APIS,
    modes=MODES,
    # Gauges without a _total suffix.
    metrics=ClientMetrics(rpc_requests="nethermind_json_rpc_requests", rpc_failures="nethermind_json_rpc_errors"),
    ethstats_args=_ethstats,
)
