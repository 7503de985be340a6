"""Prysm beacon-chain (gcr.io/offchainlabs/prysm/beacon-chain). Ports moved to the uniform set."""

from __future__ import annotations

from .contract import Binding, DataDirContract, ImageContract, RuntimeContract, Source, WritePath
from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

_REPO, _TAG, _NOTE = "OffchainLabs/prysm", "v7.1.6", "newest tag readable here; pinned v7.1.8"
_FILEUTIL = Source(_REPO, _TAG, "io/file/fileutil.go", _NOTE)


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "--accept-terms-of-use",
        f"--{node.network.name}",
        f"--datadir={node.data_dir}",
        f"--http-host={node.beacon_address}",
        f"--http-port={ports.beacon}",
        f"--execution-endpoint={node.execution_endpoint}",
        f"--jwt-secret={node.jwt_path}",
        f"--checkpoint-sync-url={node.checkpoint_sync_url}",
        f"--genesis-beacon-api-url={node.checkpoint_sync_url}",
        f"--p2p-tcp-port={ports.p2p}",
        f"--p2p-udp-port={ports.p2p}",
        f"--p2p-quic-port={ports.quic}",
        "--monitoring-host=0.0.0.0",
        f"--monitoring-port={ports.metrics}",
    ]


PROFILE = ConsensusProfile(
    name="prysm",
    image="gcr.io/offchainlabs/prysm/beacon-chain:v7.1.8",
    networks=ETHEREUM_NETWORKS,
    metrics_path="/metrics",
    shutdown_seconds=120,
    startup_budget_seconds=1800,
    args=_args,
    quic=True,
    contract=RuntimeContract(
        reviewed_for="gcr.io/offchainlabs/prysm/beacon-chain:v7.1.8",
        image=ImageContract(
            entrypoint=("/beacon-chain",),
            binary="/beacon-chain",
            user="root",
            home=None,
            workdir="/",
            source=Source(_REPO, _TAG, "cmd/beacon-chain/BUILD.bazel, tools/prysm_image.bzl", _NOTE),
            # A distroless Debian 11 base: no shell.
            shell=False,
        ),
        # MkdirAll leaves an existing directory's mode alone.
        data_dir=DataDirContract(flag="--datadir", source=_FILEUTIL),
        writes=(
            WritePath("beacon database, blobs, network key, metadata", "{home}/.eth2", _FILEUTIL, flag="--datadir"),
        ),
        bindings=(
            Binding(
                "beacon",
                "--http-host",
                loopback=True,
                source=Source(_REPO, _TAG, "cmd/beacon-chain/flags/base.go", _NOTE),
            ),
        ),
    ),
)
