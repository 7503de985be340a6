"""Lodestar (chainsafe/lodestar). Arguments start with the `beacon` subcommand."""

from __future__ import annotations

from .contract import Binding, DataDirContract, HeapContract, ImageContract, RuntimeContract, Source, WritePath
from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

_REPO, _TAG, _NOTE = "ChainSafe/lodestar", "v1.22.0", "newest tag readable here; pinned v1.48.0"
_DOCKERFILE = Source(_REPO, _TAG, "Dockerfile", _NOTE)


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "beacon",
        f"--network={node.network.name}",
        f"--dataDir={node.data_dir}",
        "--rest",
        f"--rest.address={node.beacon_address}",
        f"--rest.port={ports.beacon}",
        f"--execution.urls={node.execution_endpoint}",
        f"--jwt-secret={node.jwt_path}",
        f"--checkpointSyncUrl={node.checkpoint_sync_url}",
        f"--port={ports.p2p}",
        "--metrics",
        "--metrics.address=0.0.0.0",
        f"--metrics.port={ports.metrics}",
    ]


PROFILE = ConsensusProfile(
    name="lodestar",
    image="chainsafe/lodestar:v1.48.0",
    networks=ETHEREUM_NETWORKS,
    metrics_path="/metrics",
    shutdown_seconds=120,
    startup_budget_seconds=1800,
    args=_args,
    quic=False,
    contract=RuntimeContract(
        reviewed_for="chainsafe/lodestar:v1.48.0",
        image=ImageContract(
            entrypoint=("node", "./packages/cli/bin/lodestar"),
            binary="/usr/app/packages/cli/bin/lodestar",
            user="root",
            home=None,
            workdir="/usr/app",
            source=_DOCKERFILE,
            subcommand="beacon",
        ),
        data_dir=DataDirContract(
            flag="--dataDir", source=Source(_REPO, _TAG, "packages/cli/src/paths/rootDir.ts", _NOTE)
        ),
        writes=(
            WritePath(
                "beacon database (chain-db), peer id, ENR, peerstore",
                "{xdg_data}/lodestar",
                Source(_REPO, _TAG, "packages/cli/src/paths/rootDir.ts", _NOTE),
                flag="--dataDir",
            ),
        ),
        bindings=(
            Binding(
                "beacon",
                "--rest.address",
                loopback=True,
                source=Source(_REPO, _TAG, "packages/cli/src/options/beaconNodeOptions/api.ts", _NOTE),
            ),
        ),
        heap=HeapContract(
            runtime="v8",
            env="NODE_OPTIONS",
            source=_DOCKERFILE,
            unset_default_percent=25,
            # The image sets it whatever the container's memory limit is.
            image_env="--max-old-space-size=8192",
        ),
    ),
)
