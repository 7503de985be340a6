"""Container specs of a node pod: execution client, consensus client, health sidecar, init steps.

Pure builders of cdk8s-plus ContainerProps; EthereumNode decides which ones a pod gets.
Every container runs as the same non-root UID and meets the "restricted" Pod Security
Standard (the capability drop and seccomp live in _patches.harden_pod).
"""

from __future__ import annotations

import json
from functools import cache

import cdk8s_plus_27 as kplus

from . import pod_scripts
from ._values import cpu, env_value, seconds, size
from .catalog import ConsensusPorts, ConsensusProfile, ConsensusSettings, ExecutionProfile, NodeSettings, Resources
from .catalog.clients.contract import RuntimeContract
from .validation import storage_bytes

RUN_AS_UID = 10001
DATA_DIR = "/data"
CONSENSUS_DATA_DIR = "/consensus"
GENESIS_DIR = "/genesis"
JWT_DIR = "/jwt"
JWT_FILE = "jwt.hex"
SCRATCH_DIR = "/tmp"
"""The pod's writable scratch emptyDir, mounted in every container; also each client's $HOME."""
HEALTH_SCRIPT_DIR = "/health"
HEALTH_PORT = 8080
HEALTH_IMAGE = "python:3.13.5-alpine3.22"
"""Runs the stdlib-only readiness sidecar (pod_scripts/rpc_health.py) and the JWT generator."""
STARTUP_PERIOD_SECONDS = 10


def data_dir(mount_path: str, contract: RuntimeContract) -> str:
    """The client's data dir on its volume: a subdirectory when the client chmods or must own it."""
    return f"{mount_path}/data" if contract.data_dir.needs_own_directory else mount_path


def client_env(contract: RuntimeContract, resources: Resources) -> dict[str, kplus.EnvValue]:
    """A writable $HOME (the pod's UID has no passwd entry, so it would be `/`) and the heap cap."""
    env = {"HOME": SCRATCH_DIR}
    if contract.heap:
        env |= contract.heap.env_for(storage_bytes(resources.memory_limit))
    return {key: env_value(value) for key, value in env.items()}


def execution_container(
    profile: ExecutionProfile,
    settings: NodeSettings,
    *,
    image: str,
    resources: Resources,
    websocket: bool,
    mounts: list[kplus.VolumeMount],
    env: dict[str, kplus.EnvValue] | None = None,
) -> kplus.ContainerProps:
    ports = settings.ports
    container_ports = [
        kplus.ContainerPort(name="rpc", number=ports.rpc),
        *([kplus.ContainerPort(name="ws", number=ports.ws)] if websocket else []),
        kplus.ContainerPort(name="p2p", number=ports.p2p),
        kplus.ContainerPort(name="p2p-udp", number=ports.p2p, protocol=kplus.Protocol.UDP),
        kplus.ContainerPort(name="metrics", number=ports.metrics),
    ]
    return _container(
        name=profile.name,
        image=image,
        command=profile.command,
        args=profile.args(settings),
        ports=container_ports,
        resources=resources,
        mounts=mounts,
        # The RPC port opens once the database is open; liveness only asks whether the process
        # still serves at all, so a syncing node passes. Readiness asks the sidecar. RPC kept on
        # loopback (a clique signer) is out of the kubelet's reach: the p2p listener stands in.
        probe_port=ports.rpc if settings.rpc.bind_address == "0.0.0.0" else ports.p2p,
        startup_budget_seconds=profile.startup_budget_seconds,
        readiness_path="/ready/execution",
        env={**client_env(profile.contract, resources), **(env or {})},
    )


def consensus_container(
    profile: ConsensusProfile,
    settings: ConsensusSettings,
    *,
    image: str,
    resources: Resources,
    mounts: list[kplus.VolumeMount],
) -> kplus.ContainerProps:
    ports: ConsensusPorts = settings.ports
    container_ports = [
        kplus.ContainerPort(name="beacon", number=ports.beacon),
        kplus.ContainerPort(name="cl-p2p", number=ports.p2p),
        kplus.ContainerPort(name="cl-p2p-udp", number=ports.p2p, protocol=kplus.Protocol.UDP),
        *(
            [kplus.ContainerPort(name="cl-quic", number=ports.quic, protocol=kplus.Protocol.UDP)]
            if profile.quic
            else []
        ),
        kplus.ContainerPort(name="cl-metrics", number=ports.metrics),
    ]
    return _container(
        name=profile.name,
        image=image,
        command=profile.command,
        args=profile.args(settings),
        ports=container_ports,
        resources=resources,
        mounts=mounts,
        # The beacon API listens on loopback, out of the kubelet's reach; the metrics server
        # (on every interface) answers once the process runs. Readiness asks the sidecar.
        probe_port=ports.metrics,
        startup_budget_seconds=profile.startup_budget_seconds,
        readiness_path="/ready/beacon",
        env=client_env(profile.contract, resources),
    )


def health_container(
    *, image: str, env: dict[str, str], script: kplus.Volume, scratch: kplus.Volume
) -> kplus.ContainerProps:
    """A node's readiness sidecar (pod_scripts/rpc_health.py)."""
    return _python_sidecar(
        name="health",
        script_file="rpc_health.py",
        port=HEALTH_PORT,
        env=env,
        script=script,
        scratch=scratch,
        image=image,
    )


FLEET_HEALTH_PORT = 8081
"""Where the gateway's per-fleet health sidecar (pod_scripts/fleet_health.py) listens."""


def fleet_health_container(
    *, image: str, fleets: dict[str, list[str]], script: kplus.Volume, scratch: kplus.Volume
) -> kplus.ContainerProps:
    """The eRPC gateway's per-fleet health sidecar: `/fleets/<name>` is 200 while a replica of
    that fleet in this cluster is ready (pod_scripts/fleet_health.py)."""
    return _python_sidecar(
        name="fleet-health",
        script_file="fleet_health.py",
        port=FLEET_HEALTH_PORT,
        env={"FLEETS": json.dumps(fleets, sort_keys=True, separators=(",", ":"))},
        script=script,
        scratch=scratch,
        image=image,
    )


def _python_sidecar(
    *,
    name: str,
    script_file: str,
    port: int,
    env: dict[str, str],
    script: kplus.Volume,
    scratch: kplus.Volume,
    image: str,
) -> kplus.ContainerProps:
    """A stdlib-Python health sidecar running `script_file` from the `script` ConfigMap volume,
    serving on `port`. It is ready (and alive) once it serves `/healthz`: its verdicts are the
    answers it gives on its own paths."""
    return kplus.ContainerProps(
        name=name,
        image=image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["python3", f"{HEALTH_SCRIPT_DIR}/{script_file}"],
        env_variables={
            **{key: env_value(value) for key, value in env.items()},
            "LISTEN_PORT": env_value(str(port)),
            "PYTHONDONTWRITEBYTECODE": env_value("1"),
        },
        ports=[kplus.ContainerPort(name=name, number=port)],
        resources=container_resources(
            Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
        ),
        security_context=restricted_container(),
        volume_mounts=[
            kplus.VolumeMount(path=HEALTH_SCRIPT_DIR, volume=script, read_only=True),
            kplus.VolumeMount(path="/tmp", volume=scratch),
        ],
        liveness=_http_probe("/healthz", port=port, period=30, failures=3),
        readiness=_http_probe("/healthz", port=port, period=10, failures=3),
    )


def fleet_health_script() -> str:
    return pod_scripts.read("fleet_health.py")


def jwt_generator_container(*, image: str, jwt_volume: kplus.Volume) -> kplus.ContainerProps:
    """Writes a fresh 32-byte Engine API secret into the pod's in-memory volume at pod start.

    The secret never leaves the pod: not in git, not in a manifest, not in the API server.
    """
    script = f"import secrets; open('{JWT_DIR}/{JWT_FILE}', 'w').write(secrets.token_hex(32))"
    return kplus.ContainerProps(
        name="jwt-secret",
        image=image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["python3", "-c", script],
        resources=container_resources(
            Resources(cpu_request="10m", cpu_limit="100m", memory_request="16Mi", memory_limit="32Mi")
        ),
        security_context=restricted_container(),
        volume_mounts=[kplus.VolumeMount(path=JWT_DIR, volume=jwt_volume)],
    )


def init_container(
    *,
    name: str,
    image: str,
    command: list[str] | None,
    args: list[str] | None,
    resources: Resources,
    mounts: list[kplus.VolumeMount],
    contract: RuntimeContract,
) -> kplus.ContainerProps:
    """An init step in a client's image: same $HOME and heap cap as the client itself."""
    return kplus.ContainerProps(
        name=name,
        image=image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=command,
        args=args,
        env_variables=client_env(contract, resources),
        resources=container_resources(resources),
        security_context=restricted_container(),
        volume_mounts=mounts,
    )


def _container(
    *,
    name: str,
    image: str,
    command: tuple[str, ...] | None,
    args: list[str],
    ports: list[kplus.ContainerPort],
    resources: Resources,
    mounts: list[kplus.VolumeMount],
    probe_port: int,
    startup_budget_seconds: int,
    readiness_path: str,
    env: dict[str, kplus.EnvValue] | None = None,
) -> kplus.ContainerProps:
    return kplus.ContainerProps(
        name=name,
        env_variables=env,
        image=image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=list(command) if command else None,
        args=args,
        ports=ports,
        resources=container_resources(resources),
        security_context=restricted_container(),
        volume_mounts=mounts,
        startup=_tcp_probe(
            probe_port, period=STARTUP_PERIOD_SECONDS, failures=startup_budget_seconds // STARTUP_PERIOD_SECONDS
        ),
        liveness=_tcp_probe(probe_port, period=30, failures=10),
        readiness=_http_probe(readiness_path, period=10, failures=3),
    )


# Probes and these structs are immutable: one per distinct setting serves every container,
# without a jsii round trip or a type check each time (see _values).
@cache
def _tcp_probe(port: int, *, period: int, failures: int) -> kplus.Probe:
    return kplus.Probe.from_tcp_socket(
        port=port, period_seconds=seconds(period), failure_threshold=failures, timeout_seconds=seconds(5)
    )


@cache
def _http_probe(path: str, *, period: int, failures: int, port: int = HEALTH_PORT) -> kplus.Probe:
    return kplus.Probe.from_http_get(
        path,
        port=port,
        period_seconds=seconds(period),
        failure_threshold=failures,
        timeout_seconds=seconds(5),
    )


@cache
def container_resources(resources: Resources) -> kplus.ContainerResources:
    return kplus.ContainerResources(
        cpu=kplus.CpuResources(request=cpu(resources.cpu_request), limit=cpu(resources.cpu_limit)),
        memory=kplus.MemoryResources(request=size(resources.memory_request), limit=size(resources.memory_limit)),
    )


@cache
def restricted_container() -> kplus.ContainerSecurityContextProps:
    return kplus.ContainerSecurityContextProps(
        ensure_non_root=True,
        user=RUN_AS_UID,
        group=RUN_AS_UID,
        privileged=False,
        allow_privilege_escalation=False,
        read_only_root_filesystem=True,
    )


def health_script() -> str:
    return pod_scripts.read("rpc_health.py")
