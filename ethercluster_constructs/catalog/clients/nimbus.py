"""Nimbus (statusim/nimbus-eth2). Checkpoint sync is a separate `trustedNodeSync` run."""

from __future__ import annotations

import shlex

from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

BINARY = "/home/user/nimbus_beacon_node"


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        f"--network={node.network.name}",
        f"--data-dir={node.data_dir}",
        "--non-interactive",
        "--status-bar=false",
        "--rest",
        "--rest-address=0.0.0.0",
        f"--rest-port={ports.beacon}",
        f"--el={node.execution_endpoint}",
        f"--jwt-secret={node.jwt_path}",
        f"--tcp-port={ports.p2p}",
        f"--udp-port={ports.p2p}",
        "--metrics",
        "--metrics-address=0.0.0.0",
        f"--metrics-port={ports.metrics}",
    ]


def _checkpoint_init(node: ConsensusSettings) -> list[str]:
    # trustedNodeSync only makes sense on an empty data dir: skip once a database exists.
    sync = shlex.join(
        [
            BINARY,
            "trustedNodeSync",
            f"--network={node.network.name}",
            f"--data-dir={node.data_dir}",
            f"--trusted-node-url={node.checkpoint_sync_url}",
            "--backfill=false",
        ]
    )
    return ["/bin/sh", "-c", f"if [ -d {shlex.quote(node.data_dir)}/db ]; then exit 0; fi; exec {sync}"]


PROFILE = ConsensusProfile(
    name="nimbus",
    image="statusim/nimbus-eth2:multiarch-v26.7.0",
    networks=ETHEREUM_NETWORKS,
    metrics_path="/metrics",
    shutdown_seconds=120,
    startup_budget_seconds=1800,
    args=_args,
    quic=False,
    checkpoint_init=_checkpoint_init,
)
