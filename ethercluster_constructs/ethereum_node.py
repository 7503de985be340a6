"""EthereumNode: a fleet of identical JSON-RPC nodes for one network."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources as package_files

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches, checkov_skips
from .catalog import (
    ClientProfile,
    Network,
    NodePorts,
    NodeSettings,
    Resources,
    RpcExposure,
    get_client,
    get_network,
)
from .chain_storage import ChainStorage
from .errors import EtherclusterError
from .validation import distinct_ports, dns_label, non_negative_int, one_of, port, storage_size

DATA_DIR = "/data"
GENESIS_DIR = "/genesis"
HEALTH_SCRIPT_DIR = "/health"
HEALTH_IMAGE = "python:3.13.5-alpine3.22"
"""Runs the stdlib-only readiness sidecar (ethercluster_constructs/health/rpc_health.py)."""
HEALTH_PORT = 8080
SERVICE_TYPES = {
    "ClusterIP": kplus.ServiceType.CLUSTER_IP,
    "NodePort": kplus.ServiceType.NODE_PORT,
    "LoadBalancer": kplus.ServiceType.LOAD_BALANCER,
}
PART_OF = "ethercluster"


def _path(prop: str, value: str) -> str:
    if not isinstance(value, str) or not value.startswith("/") or " " in value or "*" in value:
        raise EtherclusterError(f"{prop}={value!r} must be a URL path starting with '/', for example '/etc'")
    return value.rstrip("/") or "/"


class EthereumNode(Construct):
    """A StatefulSet of nodes for one network, with storage, Services and sync-aware health.

    Props (keyword-only):
        network: a built-in network name ("classic", "mordor") or a `Network.private(...)`.
        client: client name from the catalog. Default "core-geth".
        name: name of the StatefulSet and Services (DNS-1123 label). Default: the construct id.
        namespace: namespace of all namespaced objects. Default: the chart's namespace.
        replicas: number of nodes. Default 1.
        image: image reference overriding the client's pinned default.
        disk_size: chain volume size per replica. Default: the network's (classic 250Gi, mordor 50Gi).
        storage: a ChainStorage to provision from. Default: a new pd-ssd class
            named `<namespace>-<name>-<disk_type>`.
        disk_type: disk type of that default class. Default "pd-ssd".
        rpc_apis: JSON-RPC namespaces. Default ("eth", "net", "web3").
        internal_only: allow admin, debug, personal, miner and txpool. Default False.
        rpc_hosts: extra Host header values (public domains) the node accepts. The Service's
            in-cluster DNS names and localhost are always accepted. Never "*".
        cors_origins: browser origins allowed for HTTP CORS and WebSocket. Default none.
        websocket: serve WebSocket JSON-RPC. Default True.
        rpc_path / ws_path: URL path the node serves HTTP / WebSocket RPC under, for path
            routing at a load balancer. Default "/".
        ports: container ports. Default NodePorts() = rpc 8545, ws 8546, p2p 30303, metrics 6060.
        service_type: "ClusterIP", "NodePort" or "LoadBalancer" for the RPC Service. Default "ClusterIP".
        session_affinity: pin a client IP to one node (filters and subscriptions live on one
            node). Default False.
        resources: container compute. Default: the network's.
        max_peers: devp2p peer limit. Default 50.
        min_peers: fewest peers for a node to count as ready. Default 1.
        health_image: image running the readiness sidecar. Default HEALTH_IMAGE.
        monitoring_namespace: namespace whose pods may scrape the metrics port. Default
            "gmp-system" (GKE Managed Service for Prometheus).

    Attributes: `name`, `namespace`, `network`, `client`, `ports`, `health_port`, `rpc_path`,
    `ws_path`, `websocket`, `rpc_hosts`, `selector_labels`, `service` (RPC), `headless_service`,
    `statefulset`, `storage`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network: str | Network,
        client: str = "core-geth",
        name: str | None = None,
        namespace: str | None = None,
        replicas: int = 1,
        image: str | None = None,
        disk_size: str | None = None,
        storage: ChainStorage | None = None,
        disk_type: str = "pd-ssd",
        rpc_apis: Sequence[str] = ("eth", "net", "web3"),
        internal_only: bool = False,
        rpc_hosts: Sequence[str] = (),
        cors_origins: Sequence[str] = (),
        websocket: bool = True,
        rpc_path: str = "/",
        ws_path: str = "/",
        ports: NodePorts | None = None,
        service_type: str = "ClusterIP",
        session_affinity: bool = False,
        resources: Resources | None = None,
        max_peers: int = 50,
        min_peers: int = 1,
        health_image: str = HEALTH_IMAGE,
        monitoring_namespace: str = "gmp-system",
    ) -> None:
        super().__init__(scope, id)
        # Validate everything before creating any child construct.
        self.name = dns_label("EthereumNode.name", name if name is not None else id, max_length=52)
        self.namespace = dns_label(
            "EthereumNode.namespace",
            namespace if namespace is not None else cdk8s.Chart.of(self).namespace or "default",
        )
        self.network = network if isinstance(network, Network) else get_network("EthereumNode.network", network)
        self.client: ClientProfile = get_client("EthereumNode.client", client, self.network)
        self.replicas = non_negative_int("EthereumNode.replicas", replicas)
        self.ports = ports or NodePorts()
        for field_name in ("rpc", "ws", "p2p", "metrics"):
            port(f"EthereumNode.ports.{field_name}", getattr(self.ports, field_name))
        self.health_port = HEALTH_PORT
        distinct_ports("EthereumNode.ports", {**vars(self.ports), "health": self.health_port})
        self.disk_size = storage_size("EthereumNode.disk_size", disk_size or self.network.disk_size)
        self.service_type = one_of("EthereumNode.service_type", service_type, SERVICE_TYPES)
        self.max_peers = non_negative_int("EthereumNode.max_peers", max_peers)
        self.min_peers = non_negative_int("EthereumNode.min_peers", min_peers)
        self.monitoring_namespace = dns_label("EthereumNode.monitoring_namespace", monitoring_namespace)
        self.websocket = websocket
        self.rpc_path = _path("EthereumNode.rpc_path", rpc_path)
        self.ws_path = _path("EthereumNode.ws_path", ws_path)
        if (self.rpc_path != "/" or self.ws_path != "/") and not self.client.supports_rpc_path:
            raise EtherclusterError(
                f"EthereumNode.rpc_path={self.rpc_path!r}: client {self.client.name!r} can only serve RPC at '/'"
            )
        apis = self._check_apis(rpc_apis, internal_only)
        self.rpc_hosts = tuple(rpc_hosts)
        for host in rpc_hosts:
            if host == "*" or not host:
                raise EtherclusterError(f"EthereumNode.rpc_hosts: {host!r} is not allowed; list each public host name")
        for origin in cors_origins:
            if origin == "*":
                raise EtherclusterError(
                    "EthereumNode.cors_origins: '*' is not allowed; list each origin, e.g. 'https://app.example.org'"
                )
        resources = resources or self.network.resources

        self.selector_labels = {
            "app.kubernetes.io/instance": self.name,
            "app.kubernetes.io/component": "execution-node",
        }
        labels = {
            **self.selector_labels,
            "app.kubernetes.io/name": self.client.name,
            "app.kubernetes.io/part-of": PART_OF,
            "ethercluster.io/network": self.network.name,
        }
        settings = NodeSettings(
            network=self.network,
            ports=self.ports,
            rpc=RpcExposure(
                apis=apis,
                vhosts=("localhost", *self._service_dns_names(), *self.rpc_hosts),
                cors_origins=tuple(cors_origins),
                websocket=websocket,
                http_path=self.rpc_path,
                ws_path=self.ws_path,
            ),
            data_dir=DATA_DIR,
            max_peers=self.max_peers,
            genesis_path=f"{GENESIS_DIR}/genesis.json" if self.network.is_private else None,
        )

        self.storage = storage or ChainStorage(
            self, "Storage", name=f"{self.namespace}-{self.name}-{disk_type}", disk_type=disk_type
        )
        self.headless_service = kplus.Service(
            self,
            "Headless",
            metadata=self._meta(f"{self.name}-headless", labels),
            cluster_ip="None",
            ports=[kplus.ServicePort(name="p2p", port=self.ports.p2p, target_port=self.ports.p2p)],
        )
        self.statefulset = self._statefulset(settings, labels, resources, image or self.client.image, health_image)
        _select(self.headless_service, self.selector_labels)
        self.service = self._rpc_service(labels, session_affinity)
        self._network_policy(labels)
        k8s.KubePodDisruptionBudget(
            self,
            "Disruption",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels),
            spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=k8s.IntOrString.from_number(1),
                selector=k8s.LabelSelector(match_labels=self.selector_labels),
            ),
        )

    # -- network policy -------------------------------------------------------------------------

    def _network_policy(self, labels: dict[str, str]) -> None:
        """Ingress: p2p from anywhere, RPC and health from this namespace, metrics from monitoring.

        Egress: DNS; the public internet on any port (devp2p peers listen on arbitrary ports,
        checkpoint and ethstats servers are public); pods of this namespace (consensus <->
        execution, the stats dashboard). Cluster-private ranges and the metadata server are
        excluded from the internet rule.
        """
        tcp, udp = kplus.NetworkPolicyPort.tcp, kplus.NetworkPolicyPort.udp
        policy = kplus.NetworkPolicy(
            self,
            "NetworkPolicy",
            metadata=self._meta(self.name, labels),
            selector=kplus.Pods.select(self, "PolicyPods", labels=self.selector_labels),
        )
        same_namespace = kplus.Pods.all(self, "SameNamespace")
        policy.add_ingress_rule(
            kplus.NetworkPolicyIpBlock.any_ipv4(self, "AnyPeer"), [tcp(self.ports.p2p), udp(self.ports.p2p)]
        )
        rpc_ports = [tcp(self.ports.rpc), tcp(self.health_port)]
        if self.websocket:
            rpc_ports.insert(1, tcp(self.ports.ws))
        policy.add_ingress_rule(same_namespace, rpc_ports)
        monitoring = kplus.Namespaces.select(self, "Monitoring", names=[self.monitoring_namespace])
        policy.add_ingress_rule(monitoring, [tcp(self.ports.metrics)])

        dns_ports = [udp(53), tcp(53)]
        policy.add_egress_rule(kplus.Namespaces.select(self, "KubeSystem", names=["kube-system"]), dns_ports)
        policy.add_egress_rule(kplus.NetworkPolicyIpBlock.ipv4(self, "NodeLocalDns", NODE_LOCAL_DNS), dns_ports)
        internet = kplus.NetworkPolicyIpBlock.ipv4(self, "Internet", "0.0.0.0/0", list(PRIVATE_RANGES))
        # No port list means every port. (kplus's all_tcp() would emit the invalid `port: 0`.)
        policy.add_egress_rule(internet)
        policy.add_egress_rule(same_namespace)

    # -- validation -------------------------------------------------------------------------

    def _check_apis(self, rpc_apis: Sequence[str], internal_only: bool) -> tuple[str, ...]:
        apis = tuple(rpc_apis)
        known = self.client.public_apis | self.client.internal_apis
        if not apis:
            raise EtherclusterError(
                f"EthereumNode.rpc_apis is empty; use some of: {', '.join(sorted(self.client.public_apis))}"
            )
        for api in apis:
            if api not in known:
                raise EtherclusterError(
                    f"EthereumNode.rpc_apis: {api!r} is not a {self.client.name} API; use some of: "
                    f"{', '.join(sorted(known))}"
                )
            if api in self.client.internal_apis and not internal_only:
                raise EtherclusterError(
                    f"EthereumNode.rpc_apis: {api!r} must not be served publicly; allowed: "
                    f"{', '.join(sorted(self.client.public_apis))}, or set internal_only=True"
                )
        return apis

    def _service_dns_names(self) -> list[str]:
        return [
            self.name,
            f"{self.name}.{self.namespace}",
            f"{self.name}.{self.namespace}.svc",
            f"{self.name}.{self.namespace}.svc.cluster.local",
        ]

    def _meta(self, name: str, labels: dict[str, str]) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace, labels=labels)

    # -- workload -----------------------------------------------------------------------------

    def _statefulset(
        self,
        settings: NodeSettings,
        labels: dict[str, str],
        resources: Resources,
        image: str,
        health_image: str,
    ) -> kplus.StatefulSet:
        uid = self.client.uid
        scratch = kplus.Volume.from_empty_dir(self, "Scratch", "scratch", size_limit=cdk8s.Size.gibibytes(1))
        health_script = kplus.ConfigMap(
            self,
            "HealthScript",
            metadata=self._meta(f"{self.name}-health", labels),
            data={"rpc_health.py": _health_script()},
        )
        health_volume = kplus.Volume.from_config_map(self, "HealthVolume", health_script, name="health-script")
        init_containers = []
        mounts: tuple[str, ...] = ("containers/0",)
        if self.network.is_private:
            init_containers.append(self._genesis_init_container(settings, image, labels))
            mounts = ("initContainers/0", *mounts)
        statefulset = kplus.StatefulSet(
            self,
            "StatefulSet",
            metadata=self._meta(self.name, labels),
            pod_metadata=cdk8s.ApiObjectMetadata(
                labels=labels,
                annotations={"kubectl.kubernetes.io/default-container": self.client.name},
            ),
            select=False,
            service=self.headless_service,
            replicas=self.replicas,
            pod_management_policy=kplus.PodManagementPolicy.PARALLEL,
            strategy=kplus.StatefulSetUpdateStrategy.rolling_update(partition=0),
            termination_grace_period=cdk8s.Duration.seconds(self.client.shutdown_seconds),
            automount_service_account_token=False,
            security_context=kplus.PodSecurityContextProps(
                ensure_non_root=True,
                user=uid,
                group=uid,
                fs_group=uid,
                # Chain volumes hold millions of files: chown only when the root owner differs.
                fs_group_change_policy=kplus.FsGroupChangePolicy.ON_ROOT_MISMATCH,
            ),
            init_containers=init_containers,
            containers=[
                self._node_container(settings, resources, image, scratch),
                self._health_container(health_image, health_volume),
            ],
        )
        statefulset.select(kplus.LabelSelector.of(labels=self.selector_labels))
        checkov_skips.skip(cdk8s.ApiObject.of(statefulset), "CKV_K8S_43", "CKV_K8S_15")
        _patches.harden_pod(statefulset, containers=(*mounts, "containers/1"))
        _patches.add_claim_template(
            statefulset,
            name="data",
            storage_class=self.storage.name,
            size=self.disk_size,
            mount_path=DATA_DIR,
            containers=mounts,
        )
        _patches.spread_across_nodes_and_zones(statefulset, self.selector_labels)
        return statefulset

    def _node_container(
        self, settings: NodeSettings, resources: Resources, image: str, scratch: kplus.Volume
    ) -> kplus.ContainerProps:
        ports = [
            kplus.ContainerPort(name="rpc", number=self.ports.rpc),
            kplus.ContainerPort(name="p2p", number=self.ports.p2p),
            kplus.ContainerPort(name="p2p-udp", number=self.ports.p2p, protocol=kplus.Protocol.UDP),
            kplus.ContainerPort(name="metrics", number=self.ports.metrics),
        ]
        if self.websocket:
            ports.insert(1, kplus.ContainerPort(name="ws", number=self.ports.ws))
        startup_period = 10
        return kplus.ContainerProps(
            name=self.client.name,
            image=image,
            image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            args=self.client.args(settings),
            ports=ports,
            resources=_container_resources(resources),
            security_context=_restricted_container(self.client.uid),
            volume_mounts=[kplus.VolumeMount(path="/tmp", volume=scratch)],
            # The RPC port opens only after the database is open; allow a long first open.
            startup=kplus.Probe.from_tcp_socket(
                port=self.ports.rpc,
                period_seconds=cdk8s.Duration.seconds(startup_period),
                failure_threshold=self.client.startup_budget_seconds // startup_period,
                timeout_seconds=cdk8s.Duration.seconds(5),
            ),
            # Liveness only asks "is the process serving at all": a syncing node passes.
            liveness=kplus.Probe.from_tcp_socket(
                port=self.ports.rpc,
                period_seconds=cdk8s.Duration.seconds(30),
                failure_threshold=10,
                timeout_seconds=cdk8s.Duration.seconds(5),
            ),
            # Readiness asks the sidecar, which answers 503 while syncing, short of peers or stale.
            readiness=kplus.Probe.from_http_get(
                "/ready",
                port=self.health_port,
                period_seconds=cdk8s.Duration.seconds(10),
                failure_threshold=3,
                timeout_seconds=cdk8s.Duration.seconds(5),
            ),
        )

    def _health_container(self, health_image: str, health_volume: kplus.Volume) -> kplus.ContainerProps:
        rpc_url = f"http://127.0.0.1:{self.ports.rpc}{self.rpc_path if self.rpc_path != '/' else '/'}"
        return kplus.ContainerProps(
            name="health",
            image=health_image,
            image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            command=["python3", f"{HEALTH_SCRIPT_DIR}/rpc_health.py"],
            env_variables={
                "RPC_URL": kplus.EnvValue.from_value(rpc_url),
                "MIN_PEERS": kplus.EnvValue.from_value(str(self.min_peers)),
                "MAX_HEAD_AGE_SECONDS": kplus.EnvValue.from_value(str(self.network.max_head_age_seconds)),
                "LISTEN_PORT": kplus.EnvValue.from_value(str(self.health_port)),
                "PYTHONDONTWRITEBYTECODE": kplus.EnvValue.from_value("1"),
            },
            ports=[kplus.ContainerPort(name="health", number=self.health_port)],
            resources=_container_resources(
                Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
            ),
            security_context=_restricted_container(self.client.uid),
            volume_mounts=[kplus.VolumeMount(path=HEALTH_SCRIPT_DIR, volume=health_volume, read_only=True)],
            liveness=kplus.Probe.from_http_get(
                "/healthz",
                port=self.health_port,
                period_seconds=cdk8s.Duration.seconds(30),
                failure_threshold=3,
                timeout_seconds=cdk8s.Duration.seconds(5),
            ),
            # The sidecar itself is ready once it serves; the node's readiness is the /ready verdict.
            readiness=kplus.Probe.from_http_get(
                "/healthz",
                port=self.health_port,
                period_seconds=cdk8s.Duration.seconds(10),
                timeout_seconds=cdk8s.Duration.seconds(5),
            ),
        )

    def _genesis_init_container(
        self, settings: NodeSettings, image: str, labels: dict[str, str]
    ) -> kplus.ContainerProps:
        assert self.client.genesis_init_args is not None and self.network.genesis_json is not None
        genesis = kplus.ConfigMap(
            self,
            "Genesis",
            metadata=self._meta(f"{self.name}-genesis", labels),
            data={"genesis.json": self.network.genesis_json},
        )
        volume = kplus.Volume.from_config_map(self, "GenesisVolume", genesis, name="genesis")
        return kplus.ContainerProps(
            name="init-genesis",
            image=image,
            image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            args=self.client.genesis_init_args(settings),
            resources=_container_resources(self.network.resources),
            security_context=_restricted_container(self.client.uid),
            volume_mounts=[kplus.VolumeMount(path=GENESIS_DIR, volume=volume, read_only=True)],
        )

    # -- services -----------------------------------------------------------------------------

    def _rpc_service(self, labels: dict[str, str], session_affinity: bool) -> kplus.Service:
        ports = [kplus.ServicePort(name="rpc", port=self.ports.rpc, target_port=self.ports.rpc)]
        if self.websocket:
            ports.append(kplus.ServicePort(name="ws", port=self.ports.ws, target_port=self.ports.ws))
        service = kplus.Service(
            self,
            "Rpc",
            metadata=self._meta(self.name, labels),
            type=SERVICE_TYPES[self.service_type],
            ports=ports,
        )
        _select(service, self.selector_labels)
        if session_affinity:
            cdk8s.ApiObject.of(service).add_json_patch(cdk8s.JsonPatch.add("/spec/sessionAffinity", "ClientIP"))
        return service


PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16")
"""Excluded from the node's internet egress: cluster ranges and the metadata server."""
NODE_LOCAL_DNS = "169.254.20.10/32"
"""GKE NodeLocal DNSCache address, where pods send DNS when that add-on is on."""


def _select(service: kplus.Service, labels: dict[str, str]) -> None:
    for key, value in labels.items():
        service.select_label(key, value)


def _container_resources(resources: Resources) -> kplus.ContainerResources:
    return kplus.ContainerResources(
        cpu=kplus.CpuResources(
            request=kplus.Cpu.units(_cpu_units(resources.cpu_request)),
            limit=kplus.Cpu.units(_cpu_units(resources.cpu_limit)),
        ),
        memory=kplus.MemoryResources(
            request=_size(resources.memory_request),
            limit=_size(resources.memory_limit),
        ),
    )


def _cpu_units(value: str) -> float:
    return int(value[:-1]) / 1000 if value.endswith("m") else float(value)


def _size(value: str) -> cdk8s.Size:
    number, unit = int(value[:-2]), value[-2:]
    return {"Mi": cdk8s.Size.mebibytes, "Gi": cdk8s.Size.gibibytes}[unit](number)


def _restricted_container(uid: int) -> kplus.ContainerSecurityContextProps:
    return kplus.ContainerSecurityContextProps(
        ensure_non_root=True,
        user=uid,
        group=uid,
        privileged=False,
        allow_privilege_escalation=False,
        read_only_root_filesystem=True,
    )


def _health_script() -> str:
    return (package_files.files("ethercluster_constructs.health") / "rpc_health.py").read_text()
