"""Nimbus (statusim/nimbus-eth2). Checkpoint sync is a separate `trustedNodeSync` run."""

from __future__ import annotations

import shlex

from .contract import Binding, DataDirContract, ImageContract, RuntimeContract, Source, WritePath
from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

BINARY = "/home/user/nimbus_beacon_node"
_REPO, _TAG, _NOTE = "status-im/nimbus-eth2", "v24.9.0", "newest tag readable here; pinned v26.7.0"
_CONF = Source(_REPO, _TAG, "beacon_chain/conf.nim", _NOTE)


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        f"--network={node.network.name}",
        f"--data-dir={node.data_dir}",
        "--non-interactive",
        "--status-bar=false",
        "--rest",
        f"--rest-address={node.beacon_address}",
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
    contract=RuntimeContract(
        reviewed_for="statusim/nimbus-eth2:multiarch-v26.7.0",
        image=ImageContract(
            entrypoint=(BINARY,),
            binary=BINARY,
            user="user (UID 1000)",
            home=None,
            workdir="/home/user",
            # The multiarch-* tags are manifests over these per-architecture images (release.yml).
            source=Source(_REPO, _TAG, "docker/dist/binaries/Dockerfile.bn.amd64", _NOTE),
        ),
        # checkAndCreateDataDir sets 0700 on an existing data dir and quits when it cannot:
        # the pod's UID cannot chmod a volume root that root owns.
        data_dir=DataDirContract(
            flag="--data-dir",
            source=Source(_REPO, _TAG, "beacon_chain/validators/keystore_management.nim", _NOTE),
            mode="0700",
        ),
        writes=(
            WritePath("beacon database, network key", "{home}/.cache/nimbus/BeaconNode", _CONF, flag="--data-dir"),
        ),
        bindings=(Binding("beacon", "--rest-address", loopback=True, source=_CONF),),
    ),
)
