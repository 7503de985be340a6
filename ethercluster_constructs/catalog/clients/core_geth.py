"""core-geth: the maintained Ethereum Classic client (github.com/ethereumclassic/core-geth).

Flags checked against cmd/utils/flags.go. Notes that shape the args:
- v1.13 treats "no network flag" as ETC mainnet (v1.12 meant Ethereum), so built-in
  networks always pass `--classic` / `--mordor` explicitly, and never `--networkid`
  (core-geth derives it from the chain config).
- Newer images rename the binary (geth -> core-geth), so only arguments are passed and the
  image's entrypoint runs.
"""

from __future__ import annotations

from ._geth_family import (
    GETH_INTERNAL_APIS,
    GETH_METRICS,
    GETH_PUBLIC_APIS,
    authrpc_binding,
    geth_family_apis,
    geth_family_args,
    geth_family_ethstats,
    geth_family_image,
    geth_family_writes,
)
from .contract import DataDirContract, RuntimeContract, Source, SyncModes, WritePath
from .profile import ExecutionProfile, NodeSettings

_NETWORK_FLAGS = {"classic": "--classic", "mordor": "--mordor"}
# The pinned v1.13.0 is not in the source mirror available here; facts are read at v1.12.20.
_REPO, _TAG, _NOTE = "ethereumclassic/core-geth", "v1.12.20", "newest tag readable here; pinned v1.13.0"
_FLAGS = Source(_REPO, _TAG, "cmd/utils/flags.go", _NOTE)

MODES = SyncModes(
    args={
        # The transaction index over the whole chain (default: about one year of blocks).
        "full": ("--syncmode=snap", "--history.transactions=0"),
        # Archive needs the hash scheme at this geth base (path-scheme archive came later).
        "archive": ("--syncmode=full", "--gcmode=archive", "--state.scheme=hash", "--history.transactions=0"),
    },
    keeps={
        "full": "latest state (128 recent tries), every block, receipt and log; transaction index for the whole chain",
        "archive": "every historical trie (hash scheme): state at any block, including historical eth_getProof",
    },
    source=_FLAGS,
)


def _args(node: NodeSettings) -> list[str]:
    network = node.network
    if network.is_private:
        selector = [f"--networkid={network.network_id}"]
        # Without bootnodes, discovery would only find ETC mainnet's default bootnodes:
        # fleet peers come from the peering sidecar over IPC (admin_addPeer) instead.
        selector.append(f"--bootnodes={','.join(network.bootnodes)}" if network.bootnodes else "--nodiscover")
    else:
        selector = [_NETWORK_FLAGS[network.name]]
    args = geth_family_args(node, selector, MODES.args[node.mode])
    if node.ipc_path:
        args.append(f"--ipcpath={node.ipc_path}")
    if node.signer:
        args += _signer_args(node)
    return args


def _signer_args(node: NodeSettings) -> list[str]:
    # The etherbase differs per pod, so it comes from a config file the setup step writes
    # (flags override the file, and none sets it). --unlock=0: the keystore holds only this
    # pod's key. Unlocking with HTTP on at all needs --allow-insecure-unlock (cmd/geth/main.go
    # unlockAccounts); RPC listens on loopback only, so nothing outside the pod can use the key.
    signer = node.signer
    assert signer is not None and node.rpc.bind_address == "127.0.0.1" and not node.rpc.websocket
    return [
        f"--config={signer.config_file}",
        f"--keystore={signer.keystore_dir}",
        "--unlock=0",
        f"--password={signer.password_file}",
        "--allow-insecure-unlock",
        "--mine",
    ]


def _signer_import_args(node: NodeSettings) -> list[str]:
    signer = node.signer
    assert signer is not None
    return [
        "account",
        "import",
        f"--datadir={node.data_dir}",
        f"--keystore={signer.keystore_dir}",
        f"--password={signer.password_file}",
        signer.import_key_file,
    ]


def _genesis_init_args(node: NodeSettings) -> list[str]:
    # `init` writes the genesis into an empty data dir. On later starts it finds the same
    # genesis already stored and writes nothing; a different genesis makes it fail, which
    # stops the pod instead of silently forking the node onto another chain.
    assert node.genesis_path is not None
    return ["init", f"--datadir={node.data_dir}", node.genesis_path]


PROFILE = ExecutionProfile(
    name="core-geth",
    image="ghcr.io/ethereumclassic/core-geth:v1.13.0",
    networks=frozenset(_NETWORK_FLAGS),
    refused_networks={
        name: "core-geth v1.13 runs only Ethereum Classic networks (it refuses --sepolia and others at start)"
        for name in ("mainnet", "sepolia", "hoodi")
    },
    supports_private_networks=True,
    public_apis=GETH_PUBLIC_APIS,
    internal_apis=GETH_INTERNAL_APIS,
    metrics_path="/debug/metrics/prometheus",
    rpc_path_mode="prefix-flag",
    # A synced node closes in seconds; mid-sync closes were measured at 81 s by upstream,
    # whose Docker guide uses a 300 s stop timeout.
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    contract=RuntimeContract(
        reviewed_for="ghcr.io/ethereumclassic/core-geth:v1.13.0",
        # Newer images may name the binary core-geth: the catalog passes only arguments.
        image=geth_family_image(Source(_REPO, _TAG, "Dockerfile", _NOTE)),
        data_dir=DataDirContract(flag="--datadir", source=Source(_REPO, _TAG, "node/defaults.go", _NOTE)),
        writes=(
            *geth_family_writes(Source(_REPO, _TAG, "node/defaults.go", _NOTE)),
            # On classic and mordor (ECIP-1099) the proof-of-work files move to etchash paths.
            WritePath("etchash verification caches", "{datadir}/geth/etchash", _FLAGS, flag="--ethash.cachedir"),
            # Full DAGs (gigabytes) are made only when mining, which the catalog never enables.
            WritePath("etchash DAGs (mining only)", "{home}/.etchash", _FLAGS, flag="--ethash.dagdir"),
        ),
        bindings=(authrpc_binding(_FLAGS),),
    ),
    apis=geth_family_apis(_FLAGS),
    modes=MODES,
    metrics=GETH_METRICS,
    ethstats_args=geth_family_ethstats,
    genesis_init_args=_genesis_init_args,
    signer_import_args=_signer_import_args,
)
