"""Teku (consensys/teku)."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        f"--network={node.network.name}",
        f"--data-path={node.data_dir}",
        "--rest-api-enabled=true",
        "--rest-api-interface=0.0.0.0",
        f"--rest-api-port={ports.beacon}",
        # Probes and in-cluster callers use pod IPs and Service names, not localhost.
        "--rest-api-host-allowlist=*",
        f"--ee-endpoint={node.execution_endpoint}",
        f"--ee-jwt-secret-file={node.jwt_path}",
        f"--checkpoint-sync-url={node.checkpoint_sync_url}",
        f"--p2p-port={ports.p2p}",
        f"--p2p-quic-port={ports.quic}",
        "--metrics-enabled=true",
        "--metrics-interface=0.0.0.0",
        f"--metrics-port={ports.metrics}",
        "--metrics-host-allowlist=*",
    ]


PROFILE = ConsensusProfile(
    name="teku",
    image="consensys/teku:26.8.0",
    networks=ETHEREUM_NETWORKS,
    metrics_path="/metrics",
    shutdown_seconds=120,
    startup_budget_seconds=1800,
    args=_args,
    quic=True,
)
