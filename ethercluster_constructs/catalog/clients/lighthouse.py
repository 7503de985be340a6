"""Lighthouse (sigp/lighthouse). The image has no entrypoint: run `lighthouse beacon_node`."""

from __future__ import annotations

from .contract import Binding, DataDirContract, ImageContract, RuntimeContract, Source, WritePath
from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

_REPO, _TAG, _NOTE = "sigp/lighthouse", "v5.3.0", "newest tag readable here; pinned v8.2.2"
_MAIN = Source(_REPO, _TAG, "lighthouse/src/main.rs", _NOTE)


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        "beacon_node",
        f"--network={node.network.name}",
        f"--datadir={node.data_dir}",
        "--http",
        f"--http-address={node.beacon_address}",
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
    contract=RuntimeContract(
        reviewed_for="sigp/lighthouse:v8.2.2",
        image=ImageContract(
            entrypoint=(),
            binary="/usr/local/bin/lighthouse",
            path=("/usr/local/bin",),
            user="root",
            home=None,
            workdir="/",
            source=Source(_REPO, _TAG, "Dockerfile", _NOTE),
            subcommand="beacon_node",
        ),
        data_dir=DataDirContract(flag="--datadir", source=Source(_REPO, _TAG, "common/directory/src/lib.rs", _NOTE)),
        writes=(
            WritePath("beacon database, freezer, blobs, network key", "{home}/.lighthouse", _MAIN, flag="--datadir"),
            WritePath("log file beacon/logs/beacon.log", "{datadir}/beacon/logs", _MAIN, flag="--logfile"),
        ),
        bindings=(Binding("beacon", "--http-address", loopback=True, source=_MAIN),),
    ),
)
