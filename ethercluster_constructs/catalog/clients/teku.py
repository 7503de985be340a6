"""Teku (consensys/teku)."""

from __future__ import annotations

from .contract import Binding, DataDirContract, HeapContract, ImageContract, RuntimeContract, Source, WritePath
from .profile import ETHEREUM_NETWORKS, ConsensusProfile, ConsensusSettings

_REPO, _TAG = "Consensys/teku", "26.8.0"
_DATA = Source(
    _REPO,
    _TAG,
    "infrastructure/serviceutils/src/main/java/tech/pegasys/teku/service/serviceutils/layout/DataConfig.java",
)


def _args(node: ConsensusSettings) -> list[str]:
    ports = node.ports
    return [
        f"--network={node.network.name}",
        f"--data-path={node.data_dir}",
        "--rest-api-enabled=true",
        f"--rest-api-interface={node.beacon_address}",
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
    contract=RuntimeContract(
        reviewed_for="consensys/teku:26.8.0",
        image=ImageContract(
            entrypoint=("/opt/teku/bin/teku",),
            binary="/opt/teku/bin/teku",
            path=("/opt/teku/bin",),
            user="teku (UID 1000)",
            home=None,
            workdir="/opt/teku",
            # jdk25 is the published default (.github/workflows/publish-docker.yml).
            source=Source(_REPO, _TAG, "docker/jdk25/Dockerfile"),
        ),
        data_dir=DataDirContract(flag="--data-path", source=_DATA),
        writes=(
            WritePath("beacon database, network key", "{home}/.local/share/teku", _DATA, flag="--data-path"),
            WritePath(
                "log files",
                "{datadir}/logs",
                Source(
                    _REPO,
                    _TAG,
                    "infrastructure/logging/src/main/java/tech/pegasys/teku/infrastructure/logging/LoggingConfig.java",
                ),
                flag="--log-file",
            ),
            WritePath("JVM perf data", "{tmp}", Source(_REPO, _TAG, "build.gradle")),
        ),
        bindings=(Binding("beacon", "--rest-api-interface", loopback=True, source=_DATA),),
        heap=HeapContract(
            runtime="jvm",
            env="JAVA_OPTS",
            # No -Xmx in build.gradle's applicationDefaultJvmArgs: the JVM takes 25 % of the limit.
            source=Source(_REPO, _TAG, "build.gradle"),
            unset_default_percent=25,
        ),
    ),
)
