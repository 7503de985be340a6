"""Prysm beacon-chain (gcr.io/offchainlabs/prysm/beacon-chain). Ports moved to the uniform set."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "--accept-terms-of-use",
        f"--{node.network.name}",
        f"--datadir={node.data_dir}",
        "--http-host=0.0.0.0",
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
)
