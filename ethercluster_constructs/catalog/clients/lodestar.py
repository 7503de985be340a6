"""Lodestar (chainsafe/lodestar). Arguments start with the `beacon` subcommand."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "beacon",
        f"--network={node.network.name}",
        f"--dataDir={node.data_dir}",
        "--rest",
        "--rest.address=0.0.0.0",
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
)
