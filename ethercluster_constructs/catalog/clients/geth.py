"""geth (go-ethereum), image ethereum/client-go. Same flag family as core-geth."""

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
from .contract import DataDirContract, RuntimeContract, Source, SyncModes
from .profile import ETHEREUM_NETWORKS, ExecutionProfile, NodeSettings

_REPO, _TAG = "ethereum/go-ethereum", "v1.17.5"
_FLAGS = Source(_REPO, _TAG, "cmd/utils/flags.go")

# Every history flag set to 0 ("entire chain"): a public RPC answers transaction, receipt
# and log lookups for any block, not only the last year (the defaults).
_ALL_HISTORY = ("--history.chain=all", "--history.transactions=0", "--history.logs=0")
MODES = SyncModes(
    args={
        "full": ("--syncmode=snap", "--gcmode=full", *_ALL_HISTORY),
        # Path-scheme archive: full sync keeping state history for every block.
        "archive": ("--syncmode=full", "--gcmode=archive", "--history.state=0", *_ALL_HISTORY),
    },
    keeps={
        "full": "latest state (plus 90,000 blocks of state history), every block, receipt and log; "
        "transaction and log indexes for the whole chain",
        "archive": "state history for every block (path scheme); historical eth_getProof is not served",
    },
    source=_FLAGS,
)


def _args(node: NodeSettings) -> list[str]:
    return geth_family_args(node, [f"--{node.network.name}"], MODES.args[node.mode])


PROFILE = ExecutionProfile(
    name="geth",
    image="ethereum/client-go:v1.17.5",
    networks=ETHEREUM_NETWORKS,
    refused_networks={n: "geth dropped Ethereum Classic long ago; use core-geth" for n in ("classic", "mordor")},
    supports_private_networks=False,
    public_apis=GETH_PUBLIC_APIS,
    internal_apis=GETH_INTERNAL_APIS,
    metrics_path="/debug/metrics/prometheus",
    rpc_path_mode="prefix-flag",
    shutdown_seconds=300,
    startup_budget_seconds=1800,
    args=_args,
    contract=RuntimeContract(
        reviewed_for="ethereum/client-go:v1.17.5",
        image=geth_family_image(Source(_REPO, _TAG, "Dockerfile")),
        data_dir=DataDirContract(flag="--datadir", source=Source(_REPO, _TAG, "node/defaults.go")),
        writes=geth_family_writes(Source(_REPO, _TAG, "node/defaults.go")),
        bindings=(authrpc_binding(_FLAGS),),
    ),
    apis=geth_family_apis(Source(_REPO, _TAG, "cmd/utils/flags.go (RegisterFilterAPI: namespace eth)")),
    modes=MODES,
    metrics=GETH_METRICS,
    ethstats_args=geth_family_ethstats,
)
