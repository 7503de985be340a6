"""The pod parts of a private network: the peering sidecar and a clique signer's setup.

Pure builders of cdk8s-plus ContainerProps and volumes, like node_containers.py; EthereumNode
adds them to the pods of a fleet on a private network.
"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from . import _values, pod_scripts
from .catalog import ExecutionProfile, NodeSettings, Resources
from .catalog.clients.profile import SignerSettings
from .node_containers import HEALTH_IMAGE, container_resources, init_container, restricted_container

PEERING_PORT = 8081
IPC_DIR = "/ipc"
IPC_PATH = f"{IPC_DIR}/geth.ipc"
SCRIPTS_DIR = "/private-chain"
SIGNER_DIR = "/signer"
SIGNER_STAGING_DIR = "/signer-staging"
SIGNER_KEYS_DIR = "/signer-keys"
SIGNER = SignerSettings(
    keystore_dir=f"{SIGNER_DIR}/keystore",
    password_file=f"{SIGNER_DIR}/password",
    config_file=f"{SIGNER_DIR}/config.toml",
    import_key_file=f"{SIGNER_STAGING_DIR}/key",
)
PEERING_PERIOD_SECONDS = 15
_SMALL = Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")


def replica_hosts(name: str, namespace: str, replicas: int) -> list[str]:
    """The per-pod DNS names of an EthereumNode's replicas (its headless Service is `<name>-headless`)."""
    return [f"{name}-{index}.{name}-headless.{namespace}.svc" for index in range(replicas)]


def scripts(scope: Construct, *, name: str, namespace: str, labels: dict[str, str]) -> kplus.Volume:
    config_map = kplus.ConfigMap(
        scope,
        "PrivateChainScripts",
        metadata=cdk8s.ApiObjectMetadata(name=f"{name}-private-chain", namespace=namespace, labels=labels),
        data={script: pod_scripts.read(script) for script in ("fleet_peering.py", "signer_setup.py")},
    )
    return kplus.Volume.from_config_map(scope, "PrivateChainScriptsVolume", config_map, name="private-chain-scripts")


def memory_volume(scope: Construct, id: str, name: str) -> kplus.Volume:
    """A small tmpfs volume: sockets and keys never touch a disk."""
    return kplus.Volume.from_empty_dir(
        scope, id, name, medium=kplus.EmptyDirMedium.MEMORY, size_limit=_values.size("1Mi")
    )


def peering_container(
    *, peers: list[str], p2p_port: int, ipc: kplus.Volume, script: kplus.Volume, image: str = HEALTH_IMAGE
) -> kplus.ContainerProps:
    """The sidecar that peers the node with every other node of its network (pod_scripts/fleet_peering.py)."""
    env = {
        "PEERS": ",".join(peers),
        "P2P_PORT": str(p2p_port),
        "PEERING_PORT": str(PEERING_PORT),
        "IPC_PATH": IPC_PATH,
        "PERIOD_SECONDS": str(PEERING_PERIOD_SECONDS),
        "PYTHONDONTWRITEBYTECODE": "1",
    }

    def probe(period: int) -> kplus.Probe:
        return kplus.Probe.from_http_get(
            "/healthz",
            port=PEERING_PORT,
            period_seconds=_values.seconds(period),
            failure_threshold=3,
            timeout_seconds=_values.seconds(5),
        )

    return kplus.ContainerProps(
        name="peering",
        image=image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["python3", f"{SCRIPTS_DIR}/fleet_peering.py"],
        env_variables={
            **{key: _values.env_value(value) for key, value in env.items()},
            "POD_NAME": _values.pod_name(),
        },
        ports=[kplus.ContainerPort(name="peering", number=PEERING_PORT)],
        resources=container_resources(_SMALL),
        security_context=restricted_container(),
        volume_mounts=[
            kplus.VolumeMount(path=SCRIPTS_DIR, volume=script, read_only=True),
            kplus.VolumeMount(path=IPC_DIR, volume=ipc),
        ],
        liveness=probe(30),
        # The sidecar is ready once it serves; the node's readiness is the health sidecar's verdict.
        readiness=probe(10),
    )


def signer_setup_containers(
    *,
    profile: ExecutionProfile,
    settings: NodeSettings,
    image: str,
    resources: Resources,
    keys: kplus.Volume,
    signer: kplus.Volume,
    staging: kplus.Volume,
    script: kplus.Volume,
    scratch: kplus.VolumeMount,
    setup_image: str = HEALTH_IMAGE,
) -> list[kplus.ContainerProps]:
    """Two init steps: pick this pod's key from the Secret, then import it into the keystore
    (with the client's HOME on the pod's scratch `/tmp`, `scratch`).

    Only these steps mount the Secret and the raw key; the node sees its keystore, a random
    password and its etherbase (SIGNER_DIR). The import step also needs the chain volume
    (geth opens its data dir): EthereumNode mounts it there.
    """
    assert profile.signer_import_args is not None
    setup = kplus.ContainerProps(
        name="signer-setup",
        image=setup_image,
        image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["python3", f"{SCRIPTS_DIR}/signer_setup.py"],
        env_variables={
            "KEYS_DIR": _values.env_value(SIGNER_KEYS_DIR),
            "SIGNER_DIR": _values.env_value(SIGNER_DIR),
            "STAGING_DIR": _values.env_value(SIGNER_STAGING_DIR),
            "POD_NAME": _values.pod_name(),
            "PYTHONDONTWRITEBYTECODE": _values.env_value("1"),
        },
        resources=container_resources(_SMALL),
        security_context=restricted_container(),
        volume_mounts=[
            kplus.VolumeMount(path=SCRIPTS_DIR, volume=script, read_only=True),
            kplus.VolumeMount(path=SIGNER_KEYS_DIR, volume=keys, read_only=True),
            kplus.VolumeMount(path=SIGNER_DIR, volume=signer),
            kplus.VolumeMount(path=SIGNER_STAGING_DIR, volume=staging),
        ],
    )
    import_key = init_container(
        name="signer-import",
        image=image,
        command=list(profile.command) if profile.command else None,
        args=profile.signer_import_args(settings),
        resources=resources,
        mounts=[
            scratch,
            kplus.VolumeMount(path=SIGNER_DIR, volume=signer),
            kplus.VolumeMount(path=SIGNER_STAGING_DIR, volume=staging, read_only=True),
        ],
        contract=profile.contract,
    )
    return [setup, import_key]
