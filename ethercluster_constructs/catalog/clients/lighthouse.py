"""Lighthouse (sigp/lighthouse). The image has no entrypoint: run `lighthouse beacon_node`."""

from __future__ import annotations

from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "beacon_node",
        f"--network={node.network.name}",
        f"--datadir={node.data_dir}",
        "--http",
        "--http-address=0.0.0.0",
        f"--http-port={ports.beacon}",
        f"--execution-endpoint={node.execution_endpoint}",
        f"--execution-jwt={node.jwt_path}",
        f"--checkpoint-sync-url={node.checkpoint_sync_url}",
        f"--port={ports.p2p}",
        f"--quic-port={ports.quic}",
        "--disable-upnp",
        "--metrics",
        "--metrics-address=0.0.0.0",
        f"--metrics-port={ports.metrics}",
    ]


PROFILE = ConsensusProfile(
    name="lighthouse",
    image="sigp/lighthouse:v8.2.2",
    command=("lighthouse",),
    networks=ETHEREUM_NETWORKS,
    metrics_path="/metrics",
    shutdown_seconds=120,
    startup_budget_seconds=1800,
    args=_args,
    quic=True,
)
