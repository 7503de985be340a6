"""EthereumNode: a fleet of identical JSON-RPC nodes for one network."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches, _values, checkov_skips, private_chain
from . import node_containers as pod
from .catalog import (
    SYNC_MODES,
    ConsensusPorts,
    ConsensusProfile,
    ConsensusSettings,
    EthstatsTarget,
    ExecutionProfile,
    Network,
    NodePorts,
    NodeSettings,
    Resources,
    RpcExposure,
    consensus_clients_for,
    get_client,
    get_consensus_client,
    get_network,
)
from .chain_storage import ChainStorage
from .dns import dns_egress
from .errors import EtherclusterError, quoted
from .ethstats import ETHSTATS_COMPONENT
from .network_policy import allow_from, allow_to, ip_block, namespace_pods, network_policy, pods, tcp, udp
from .validation import (
    checkpoint_url,
    cors_origin,
    distinct_ports,
    dns_label,
    non_negative_int,
    one_of,
    pinned_image,
    port,
    storage_size,
)

if TYPE_CHECKING:
    from .catalog.clients.profile import SignerSettings
    from .ethstats import EthStats, RemoteEthStats

SERVICE_TYPES = {
    "ClusterIP": kplus.ServiceType.CLUSTER_IP,
    "NodePort": kplus.ServiceType.NODE_PORT,
    "LoadBalancer": kplus.ServiceType.LOAD_BALANCER,
}
PART_OF = "ethercluster"
MAX_REPLICAS = 100
"""Upper bound of a fleet's replicas and autoscaling maximum: each replica is a multi-TiB volume."""
MAX_PEERS = 1000


@dataclass(frozen=True)
class Autoscaling:
    """HorizontalPodAutoscaler bounds for a fleet.

    Attributes:
        min_replicas / max_replicas: bounds (min >= 1).
        cpu_utilization: target average CPU use, percent of requests. Default 70.
        scale_down_stabilization_seconds: how long load must stay low before a replica is
            removed. Default 1800: a new replica takes long to become useful, so removing
            one on a short dip and re-adding it later wastes hours of catch-up.
    """

    min_replicas: int
    max_replicas: int
    cpu_utilization: int = 70
    scale_down_stabilization_seconds: int = 1800

    def validated(self) -> Autoscaling:
        if non_negative_int("Autoscaling.min_replicas", self.min_replicas) < 1:
            raise EtherclusterError("Autoscaling.min_replicas=0 must be at least 1")
        if non_negative_int("Autoscaling.max_replicas", self.max_replicas) < self.min_replicas:
            raise EtherclusterError(
                f"Autoscaling.max_replicas={self.max_replicas} is below min_replicas={self.min_replicas}"
            )
        if self.max_replicas > MAX_REPLICAS:
            raise EtherclusterError(f"Autoscaling.max_replicas={self.max_replicas} is above {MAX_REPLICAS}")
        if not isinstance(self.cpu_utilization, int) or not 1 <= self.cpu_utilization <= 100:
            raise EtherclusterError(f"Autoscaling.cpu_utilization={self.cpu_utilization!r} must be 1..100 (percent)")
        # The Kubernetes API refuses a stabilization window above one hour.
        stabilization = self.scale_down_stabilization_seconds
        if non_negative_int("Autoscaling.scale_down_stabilization_seconds", stabilization) > 3600:
            raise EtherclusterError(
                f"Autoscaling.scale_down_stabilization_seconds={self.scale_down_stabilization_seconds} is above "
                "3600, the most the HorizontalPodAutoscaler API accepts"
            )
        return self


PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16")
"""Excluded from the node's internet egress: cluster ranges and the metadata server."""
NO_RPC_COMPONENTS = (ETHSTATS_COMPONENT,)
"""`app.kubernetes.io/component` of namespace pods refused on the nodes' RPC ports."""


class EthereumNode(Construct):
    """A StatefulSet of nodes for one network, with storage, Services and sync-aware health.

    On a proof-of-stake network each pod runs the execution client and its consensus client
    side by side, paired over the Engine API on loopback with a JWT secret.

    Props (keyword-only):
        network: a catalog network name ("classic", "mordor", "mainnet", "sepolia", "hoodi")
            or a `Network.private(...)`.
        client: execution client. Default "core-geth" (the Ethereum Classic client).
        consensus_client: consensus client; required on proof-of-stake networks, refused on
            proof-of-work ones. Default None.
        name: name of the StatefulSet and Services (DNS-1123 label). Default: the construct id.
        namespace: namespace of all namespaced objects. Default: the chart's namespace.
        replicas: number of nodes. Default 1; leave unset with `autoscaling`.
        image / consensus_image: image overrides of the clients' pinned defaults.
        mode: "full" or "archive" (see docs/clients.md for what each client keeps). Default
            "full": latest state plus every block, receipt and log a public RPC is asked for.
        disk_size / consensus_disk_size: volume size per replica. Default: the network's for
            the mode (Network.default_disk_size).
        storage: a ChainStorage to provision from. Default: a new pd-ssd class
            named `<namespace>-<name>-<disk_type>`.
        disk_type: disk type of that default class. Default "pd-ssd".
        rpc_apis: JSON-RPC namespaces. Default ("eth", "net", "web3").
        internal_only: allow admin, debug, personal, miner, txpool... Default False.
        rpc_hosts: extra Host header values (public domains) the node accepts. The Service's
            in-cluster DNS names and localhost are always accepted. Never "*".
        cors_origins: browser origins allowed for HTTP CORS and WebSocket. Default none.
        websocket: serve WebSocket JSON-RPC. Default True.
        rpc_path / ws_path: URL path the node serves HTTP / WebSocket RPC under, for path
            routing at a load balancer. Default "/".
        ports: execution ports. Default NodePorts() = rpc 8545, ws 8546, p2p 30303,
            metrics 6060, engine 8551.
        consensus_ports: Default ConsensusPorts() = beacon 5052, p2p 9000, quic 9001, metrics 5054.
        checkpoint_sync_url: beacon checkpoint-sync source. Default: the network's.
        expose_beacon_api: serve the beacon API to the namespace (Service port and NetworkPolicy)
            instead of on loopback inside the pod only. Default False.
        jwt_secret_name: read the Engine API JWT from this existing Secret (key `jwt.hex`)
            instead of generating one in memory at pod start. Default None (generate).
        service_type: "ClusterIP", "NodePort" or "LoadBalancer" for the RPC Service. Default "ClusterIP".
            NodePort and LoadBalancer publish RPC outside the cluster, so they need a node that
            serves only public APIs and `load_balancer_source_ranges`.
        load_balancer_source_ranges: IPv4 CIDRs allowed to reach a NodePort or LoadBalancer
            Service's RPC ports ("0.0.0.0/0" for everyone, written out). The Service carries
            them and the NetworkPolicy admits exactly them. Default none.
        session_affinity: pin a client IP to one node (filters and subscriptions live on one
            node). Default False.
        resources / consensus_resources: container compute. Default: the network's.
        max_peers: execution-layer peer limit. Default 50.
        min_peers: fewest execution peers for a node to count as ready. Default 1.
        health_image: image running the readiness sidecar. Default node_containers.HEALTH_IMAGE.
        monitoring_namespace: namespace whose pods may scrape metrics. Default "gmp-system"
            (GKE Managed Service for Prometheus).
        ethstats: an EthStats dashboard to report to with the client's own ethstats flag, or a
            RemoteEthStats in another cluster of the fleet. The name is the pod name; the
            secret comes from the dashboard's Secret. Default None.
        bootstrap_snapshot / consensus_bootstrap_snapshot: name of a VolumeSnapshot that new
            replicas' execution / consensus volumes start from (claim `dataSourceRef`).
            Existing volumes are untouched. Default None (start empty and sync).
        autoscaling: an Autoscaling; then `replicas` is left to the HorizontalPodAutoscaler.
        peers: private networks only: the per-pod DNS names of every node of the network,
            this fleet's included (see private_chain.replica_hosts); a sidecar keeps each
            node statically peered with all the others. Default: this fleet's own replicas.
        signer_secret: clique networks only: the Secret made by `ethercluster clique init`;
            replica i seals with `signer-<i>.key`. A signer's RPC listens on loopback only
            (its key is unlocked), without WebSocket, admin or personal; it is never public.
            Default None (the fleet does not seal).

    Attributes: `name`, `namespace`, `network`, `client`, `consensus` (profile or None), `mode`,
    `expose_beacon_api`, `ports`, `consensus_ports`, `health_port`, `rpc_path`, `ws_path`, `websocket`,
    `rpc_hosts`, `selector_labels`, `metrics_endpoints` ((port name, path) pairs),
    `service` (RPC; None for a signer fleet), `headless_service`, `statefulset`, `storage`, `peers`, `signer_secret`,
    `pod_hosts` (per-pod DNS names of every replica, up to the autoscaler's maximum).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network: str | Network,
        client: str = "core-geth",
        consensus_client: str | None = None,
        name: str | None = None,
        namespace: str | None = None,
        replicas: int | None = None,
        image: str | None = None,
        consensus_image: str | None = None,
        mode: str = "full",
        disk_size: str | None = None,
        consensus_disk_size: str | None = None,
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
        consensus_ports: ConsensusPorts | None = None,
        checkpoint_sync_url: str | None = None,
        expose_beacon_api: bool = False,
        jwt_secret_name: str | None = None,
        service_type: str = "ClusterIP",
        load_balancer_source_ranges: Sequence[str] = (),
        session_affinity: bool = False,
        resources: Resources | None = None,
        consensus_resources: Resources | None = None,
        max_peers: int = 50,
        min_peers: int = 1,
        health_image: str = pod.HEALTH_IMAGE,
        monitoring_namespace: str = "gmp-system",
        ethstats: EthStats | RemoteEthStats | None = None,
        bootstrap_snapshot: str | None = None,
        consensus_bootstrap_snapshot: str | None = None,
        autoscaling: Autoscaling | None = None,
        peers: Sequence[str] | None = None,
        signer_secret: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        # Validate everything before creating any child construct.
        self.name = dns_label("EthereumNode.name", name if name is not None else id, max_length=52)
        self.namespace = dns_label(
            "EthereumNode.namespace",
            namespace if namespace is not None else cdk8s.Chart.of(self).namespace or "default",
        )
        self.network = network if isinstance(network, Network) else get_network("EthereumNode.network", network)
        self.client: ExecutionProfile = get_client("EthereumNode.client", client, self.network)
        self.consensus: ConsensusProfile | None = self._check_consensus(consensus_client)
        self.autoscaling = autoscaling.validated() if autoscaling else None
        if self.autoscaling and replicas is not None:
            raise EtherclusterError(
                f"EthereumNode.replicas={replicas} conflicts with autoscaling: the HorizontalPodAutoscaler sets "
                "the replica count; leave replicas unset"
            )
        self.replicas = non_negative_int("EthereumNode.replicas", 1 if replicas is None else replicas)
        if self.replicas > MAX_REPLICAS:
            raise EtherclusterError(f"EthereumNode.replicas={self.replicas} is above {MAX_REPLICAS}")
        self.bootstrap_snapshot = (
            dns_label("EthereumNode.bootstrap_snapshot", bootstrap_snapshot, max_length=253)
            if bootstrap_snapshot
            else None
        )
        if consensus_bootstrap_snapshot and not self.consensus:
            raise EtherclusterError("EthereumNode.consensus_bootstrap_snapshot needs a consensus client")
        self.consensus_bootstrap_snapshot = (
            dns_label("EthereumNode.consensus_bootstrap_snapshot", consensus_bootstrap_snapshot, max_length=253)
            if consensus_bootstrap_snapshot
            else None
        )
        self.claim_names = ("data", "consensus-data") if self.consensus else ("data",)
        self.ports = ports or NodePorts()
        self.consensus_ports = consensus_ports or ConsensusPorts()
        self.health_port = pod.HEALTH_PORT
        self._check_ports()
        self.mode = one_of("EthereumNode.mode", mode, SYNC_MODES)
        self.disk_size = storage_size(
            "EthereumNode.disk_size",
            disk_size or self.network.default_disk_size(self.mode, self.client.modes.archive_disk_factor),
        )
        self.consensus_disk_size = (
            storage_size("EthereumNode.consensus_disk_size", consensus_disk_size or self.network.consensus_disk_size)
            if self.consensus
            else None
        )
        self.checkpoint_sync_url = self._check_checkpoint_url(checkpoint_sync_url)
        if not isinstance(expose_beacon_api, bool):
            raise EtherclusterError(f"EthereumNode.expose_beacon_api={expose_beacon_api!r} must be true or false")
        if expose_beacon_api and not self.consensus:
            raise EtherclusterError("EthereumNode.expose_beacon_api needs a consensus client")
        self.expose_beacon_api = expose_beacon_api
        self.jwt_secret_name = (
            dns_label("EthereumNode.jwt_secret_name", jwt_secret_name, max_length=253) if jwt_secret_name else None
        )
        self.service_type = one_of("EthereumNode.service_type", service_type, SERVICE_TYPES)
        self.max_peers = non_negative_int("EthereumNode.max_peers", max_peers)
        self.min_peers = non_negative_int("EthereumNode.min_peers", min_peers)
        if self.max_peers > MAX_PEERS or self.min_peers > self.max_peers:
            raise EtherclusterError(
                f"EthereumNode.max_peers={self.max_peers}, min_peers={self.min_peers}: need "
                f"min_peers <= max_peers <= {MAX_PEERS}"
            )
        self.monitoring_namespace = dns_label("EthereumNode.monitoring_namespace", monitoring_namespace)
        self.websocket = websocket
        self.rpc_path = _path("EthereumNode.rpc_path", rpc_path)
        self.ws_path = _path("EthereumNode.ws_path", ws_path)
        if (self.rpc_path != "/" or self.ws_path != "/") and not self.client.supports_rpc_path:
            raise EtherclusterError(
                f"EthereumNode.rpc_path={self.rpc_path!r}: client {self.client.name!r} only serves JSON-RPC at '/', "
                "and a GCE load balancer cannot rewrite paths; use a client that can (geth, nethermind), "
                "keep the fleet internal, or use the Gateway edge (edge.api: gateway), which rewrites them"
            )
        apis = self._check_apis(rpc_apis, internal_only)
        self.rpc_apis = apis
        self.serves_only_public_apis = set(apis) <= self.client.public_apis
        self.load_balancer_source_ranges = self._check_external_service(load_balancer_source_ranges)
        self.signer_secret = self._check_signer(signer_secret, apis)
        if self.signer_secret:
            websocket = False  # RPC stays on loopback for the sidecars: WebSocket would serve no one
            self.websocket = False
        self.pod_hosts = tuple(
            private_chain.replica_hosts(
                self.name, self.namespace, self.autoscaling.max_replicas if self.autoscaling else self.replicas
            )
        )
        self.peers = self._check_peers(peers)
        self.ethstats = ethstats
        if ethstats and not self.client.ethstats_args:
            raise EtherclusterError(f"EthereumNode.ethstats: client {self.client.name!r} cannot report to ethstats")
        self.rpc_hosts = tuple(rpc_hosts)
        for host in self.rpc_hosts:
            if host == "*" or not host:
                raise EtherclusterError(
                    f"EthereumNode.rpc_hosts: {quoted(host)} is not allowed; list each public host name"
                )
        for origin in cors_origins:
            cors_origin("EthereumNode.cors_origins", origin, public_only=self.serves_only_public_apis)

        self.selector_labels = {
            "app.kubernetes.io/instance": self.name,
            "app.kubernetes.io/component": "ethereum-node",
        }
        labels = {
            **self.selector_labels,
            "app.kubernetes.io/name": self.client.name,
            "app.kubernetes.io/part-of": PART_OF,
            "ethercluster.io/network": self.network.name,
        }
        if self.consensus:
            labels["ethercluster.io/consensus-client"] = self.consensus.name
        self.metrics_endpoints = [("metrics", self.client.metrics_path)] + (
            [("cl-metrics", self.consensus.metrics_path)] if self.consensus else []
        )
        settings = execution_settings(
            self.network,
            client=self.client,
            ports=self.ports,
            rpc=RpcExposure(
                apis=apis,
                # Per-pod names too: a gateway (RpcGateway) calls each replica by its own name.
                vhosts=("localhost", *self._service_dns_names(), *self.pod_hosts, *self.rpc_hosts),
                cors_origins=tuple(cors_origins),
                websocket=websocket,
                http_path=self.rpc_path,
                ws_path=self.ws_path,
                bind_address="127.0.0.1" if self.signer_secret else "0.0.0.0",
            ),
            max_peers=self.max_peers,
            with_consensus=self.consensus is not None,
            ethstats=ethstats.target if ethstats else None,
            mode=self.mode,
            ipc_path=private_chain.IPC_PATH if self.network.is_private else None,
            signer=private_chain.SIGNER if self.signer_secret else None,
        )

        self.storage = storage or ChainStorage(
            self, "Storage", name=f"{self.namespace}-{self.name}-{disk_type}", disk_type=disk_type
        )
        # Stable per-pod DNS, and the metrics ports a ServiceMonitor scrapes through.
        headless = {"p2p": self.ports.p2p, "metrics": self.ports.metrics, "health": self.health_port}
        if self.consensus:
            headless |= {"cl-metrics": self.consensus_ports.metrics}
            if self.expose_beacon_api:
                headless |= {"beacon": self.consensus_ports.beacon}
        if self.network.is_private:
            headless["peering"] = private_chain.PEERING_PORT
        headless_ports = [kplus.ServicePort(name=n, port=number, target_port=number) for n, number in headless.items()]
        service_pods = kplus.Pods.select(
            self, "ServicePods", labels=self.selector_labels
        )  # both Services route to them
        self.headless_service = kplus.Service(
            self,
            "Headless",
            metadata=self._meta(f"{self.name}-headless", {**labels, "ethercluster.io/service": "headless"}),
            cluster_ip="None",
            ports=headless_ports,
            selector=service_pods,
        )
        if self.network.is_private:
            # Peers must find each other before any is ready: a signer cannot seal alone, and
            # readiness waits for peers and a moving head.
            cdk8s.ApiObject.of(self.headless_service).add_json_patch(
                cdk8s.JsonPatch.add("/spec/publishNotReadyAddresses", True)
            )
        self.statefulset = self._statefulset(
            settings,
            labels,
            image=pinned_image("EthereumNode.image", image) if image else self.client.image,
            consensus_image=pinned_image("EthereumNode.consensus_image", consensus_image)
            if consensus_image
            else (self.consensus.image if self.consensus else None),
            resources=resources or self.network.resources,
            consensus_resources=consensus_resources or self.network.consensus_resources,
            health_image=health_image,
        )
        # A signer's RPC listens on loopback only: a Service would route to nothing.
        self.service = None if self.signer_secret else self._rpc_service(labels, service_pods, session_affinity)
        self._network_policy(labels)
        k8s.KubePodDisruptionBudget(
            self,
            "Disruption",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels),
            spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=_values.number(1),
                selector=k8s.LabelSelector(match_labels=self.selector_labels),
            ),
        )

    # -- validation -------------------------------------------------------------------------

    def _check_consensus(self, consensus_client: str | None) -> ConsensusProfile | None:
        if self.network.proof_of_stake and consensus_client is None:
            raise EtherclusterError(
                f"EthereumNode.consensus_client is required on proof-of-stake network {self.network.name!r}; "
                f"use one of: {', '.join(consensus_clients_for(self.network))}"
            )
        if not self.network.proof_of_stake and consensus_client is not None:
            raise EtherclusterError(
                f"EthereumNode.consensus_client={consensus_client!r}: network {self.network.name!r} is "
                "proof-of-work and has no consensus layer; leave it unset"
            )
        if consensus_client is None:
            return None
        return get_consensus_client("EthereumNode.consensus_client", consensus_client, self.network)

    def _check_ports(self) -> None:
        for field_name, number in vars(self.ports).items():
            port(f"EthereumNode.ports.{field_name}", number)
        in_pod = {name: number for name, number in vars(self.ports).items() if name != "engine" or self.consensus}
        in_pod["health"] = self.health_port
        if self.consensus:
            for field_name, number in vars(self.consensus_ports).items():
                port(f"EthereumNode.consensus_ports.{field_name}", number)
                if field_name != "quic" or self.consensus.quic:
                    in_pod[f"consensus {field_name}"] = number
        distinct_ports("EthereumNode.ports", in_pod)

    def _check_checkpoint_url(self, url: str | None) -> str | None:
        if not self.consensus:
            if url is not None:
                raise EtherclusterError("EthereumNode.checkpoint_sync_url is only for proof-of-stake networks")
            return None
        return checkpoint_url("EthereumNode.checkpoint_sync_url", url or self.network.checkpoint_sync_url)

    def _check_external_service(self, source_ranges: Sequence[str]) -> tuple[str, ...]:
        """The exposure rule: only public APIs leave the cluster, and only to ranges written out."""
        ranges = tuple(source_ranges)
        if self.service_type == "ClusterIP":
            if ranges:
                raise EtherclusterError(
                    "EthereumNode.load_balancer_source_ranges only applies to service_type NodePort or LoadBalancer"
                )
            return ranges
        where = f"EthereumNode.service_type={self.service_type!r}"
        if not self.serves_only_public_apis:
            raise EtherclusterError(
                f"{where} would publish the non-public APIs {sorted(set(self.rpc_apis) - self.client.public_apis)}; "
                "keep the fleet ClusterIP or serve only public APIs"
            )
        if not ranges:
            raise EtherclusterError(
                f"{where} needs load_balancer_source_ranges: the client ranges allowed in "
                "(write '0.0.0.0/0' to allow everyone)"
            )
        for cidr in ranges:
            try:
                ipaddress.IPv4Network(cidr)
            except (ValueError, TypeError):
                raise EtherclusterError(
                    f"EthereumNode.load_balancer_source_ranges: {quoted(cidr)} is not an IPv4 CIDR "
                    "such as '203.0.113.0/24'"
                ) from None
        if len(set(ranges)) != len(ranges):
            raise EtherclusterError("EthereumNode.load_balancer_source_ranges lists a range twice")
        return ranges

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
                    f"EthereumNode.rpc_apis: {quoted(api)} is not a {self.client.name} API; use some of: "
                    f"{', '.join(sorted(known))}"
                )
            if api in self.client.internal_apis and not internal_only:
                raise EtherclusterError(
                    f"EthereumNode.rpc_apis: {quoted(api)} must not be served publicly; allowed: "
                    f"{', '.join(sorted(self.client.public_apis))}, or set internal_only=True"
                )
        # The readiness sidecar asks the node itself over this RPC port.
        for needed in ("eth", "net"):
            if needed not in apis:
                raise EtherclusterError(
                    f"EthereumNode.rpc_apis={list(apis)!r} must include {needed!r}: readiness calls "
                    "eth_syncing, net_peerCount and eth_getBlockByNumber"
                )
        return apis

    def _check_signer(self, signer_secret: str | None, apis: tuple[str, ...]) -> str | None:
        if not signer_secret:
            return None
        prop = f"EthereumNode.signer_secret={signer_secret!r}"
        network = self.network
        if network.proof_of_stake:
            raise EtherclusterError(
                f"{prop}: network {network.name!r} is proof-of-stake: its blocks come from its validators, "
                "so a fleet cannot sign them; clique signers run on a private network"
            )
        if not network.is_clique:
            where = "its genesis has no config.clique section" if network.is_private else "it is a public chain"
            raise EtherclusterError(
                f"{prop}: network {network.name!r} is not a clique chain ({where}); make a clique genesis "
                "with `ethercluster clique init`"
            )
        if self.client.signer_import_args is None:
            raise EtherclusterError(f"{prop}: client {self.client.name!r} cannot seal clique blocks; use core-geth")
        if self.autoscaling:
            raise EtherclusterError(
                f"{prop}: a signer fleet cannot autoscale: replica i seals with key i; set replicas instead"
            )
        if self.service_type != "ClusterIP":
            raise EtherclusterError(f"{prop}: a signer fleet is never exposed; service_type must be ClusterIP")
        if forbidden := sorted({"admin", "personal"} & set(apis)):
            raise EtherclusterError(
                f"{prop}: a signer's RPC never serves {', '.join(forbidden)}; remove it from rpc_apis"
            )
        return dns_label("EthereumNode.signer_secret", signer_secret, max_length=253)

    def _check_peers(self, peers: Sequence[str] | None) -> list[str]:
        if not self.network.is_private:
            if peers:
                raise EtherclusterError("EthereumNode.peers: only a private network's fleet takes peers")
            return []
        hosts = list(peers) if peers is not None else list(self.pod_hosts)
        for host in hosts:
            if not isinstance(host, str) or not host or any(c in host for c in ",/@: "):
                raise EtherclusterError(f"EthereumNode.peers: {host!r} is not a DNS name")
        return hosts

    def _service_dns_names(self) -> list[str]:
        return [
            self.name,
            f"{self.name}.{self.namespace}",
            f"{self.name}.{self.namespace}.svc",
            f"{self.name}.{self.namespace}.svc.cluster.local",
        ]

    def _meta(
        self, name: str, labels: dict[str, str], annotations: dict[str, str] | None = None
    ) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace, labels=labels, annotations=annotations)

    # -- workload -----------------------------------------------------------------------------

    def _statefulset(
        self,
        settings: NodeSettings,
        labels: dict[str, str],
        *,
        image: str,
        consensus_image: str | None,
        resources: Resources,
        consensus_resources: Resources | None,
        health_image: str,
    ) -> kplus.StatefulSet:
        scratch = kplus.Volume.from_empty_dir(self, "Scratch", "scratch", size_limit=_values.size("1Gi"))
        scratch_mount = kplus.VolumeMount(path=pod.SCRATCH_DIR, volume=scratch)
        health_script = kplus.ConfigMap(
            self,
            "HealthScript",
            metadata=self._meta(f"{self.name}-health", labels),
            data={"rpc_health.py": pod.health_script()},
        )
        health_env = {
            "RPC_URL": f"http://127.0.0.1:{self.ports.rpc}{self.rpc_path}",
            "MIN_PEERS": str(self.min_peers),
            "MAX_HEAD_AGE_SECONDS": str(self.network.max_head_age_seconds),
        }
        init_containers: list[kplus.ContainerProps] = []
        # JSON-pointer prefixes of the containers that mount each claim (see _patches).
        data_users = ["containers/0"]
        consensus_users = ["containers/1"]
        jwt_mounts: list[kplus.VolumeMount] = []
        if self.consensus:
            jwt_volume = self._jwt_volume()
            jwt_mounts = [kplus.VolumeMount(path=pod.JWT_DIR, volume=jwt_volume, read_only=True)]
            if not self.jwt_secret_name:
                init_containers.append(pod.jwt_generator_container(image=health_image, jwt_volume=jwt_volume))
            health_env["BEACON_URL"] = f"http://127.0.0.1:{self.consensus_ports.beacon}"
        private_mounts: list[kplus.VolumeMount] = []
        sidecars: list[kplus.ContainerProps] = []
        if self.network.is_private:
            data_users.append(f"initContainers/{len(init_containers)}")
            init_containers.append(self._genesis_init_container(settings, image, labels, scratch_mount))
            script = private_chain.scripts(self, name=self.name, namespace=self.namespace, labels=labels)
            ipc = private_chain.memory_volume(self, "IpcVolume", "ipc")
            private_mounts.append(kplus.VolumeMount(path=private_chain.IPC_DIR, volume=ipc))
            sidecars.append(
                private_chain.peering_container(peers=self.peers, p2p_port=self.ports.p2p, ipc=ipc, script=script)
            )
            if self.signer_secret:
                signer = private_chain.memory_volume(self, "SignerVolume", "signer")
                secret = kplus.Secret.from_secret_name(self, "SignerSecret", self.signer_secret)
                setup = private_chain.signer_setup_containers(
                    profile=self.client,
                    settings=settings,
                    image=image,
                    resources=resources,
                    keys=kplus.Volume.from_secret(self, "SignerKeysVolume", secret, name="signer-keys"),
                    signer=signer,
                    staging=private_chain.memory_volume(self, "SignerStagingVolume", "signer-staging"),
                    script=script,
                    scratch=scratch_mount,
                )
                data_users.append(f"initContainers/{len(init_containers) + 1}")  # the import step
                init_containers += setup
                private_mounts.append(kplus.VolumeMount(path=private_chain.SIGNER_DIR, volume=signer, read_only=True))

        containers = [
            pod.execution_container(
                self.client,
                settings,
                image=image,
                resources=resources,
                websocket=self.websocket,
                mounts=[scratch_mount, *jwt_mounts, *private_mounts],
                env=self._ethstats_env(),
            )
        ]
        if self.consensus:
            assert consensus_image and consensus_resources and self.checkpoint_sync_url
            consensus_settings = beacon_settings(
                self.network,
                ports=self.consensus_ports,
                consensus=self.consensus,
                engine_port=self.ports.engine,
                checkpoint_sync_url=self.checkpoint_sync_url,
                beacon_address="0.0.0.0" if self.expose_beacon_api else "127.0.0.1",
            )
            if self.consensus.checkpoint_init:
                consensus_users.append(f"initContainers/{len(init_containers)}")
                init_containers.append(
                    pod.init_container(
                        name="checkpoint-sync",
                        image=consensus_image,
                        command=self.consensus.checkpoint_init(consensus_settings),
                        args=None,
                        resources=consensus_resources,
                        mounts=[scratch_mount],
                        contract=self.consensus.contract,
                    )
                )
            containers.append(
                pod.consensus_container(
                    self.consensus,
                    consensus_settings,
                    image=consensus_image,
                    resources=consensus_resources,
                    mounts=[scratch_mount, *jwt_mounts],
                )
            )
        containers += sidecars
        containers.append(
            pod.health_container(
                image=health_image,
                env=health_env,
                script=kplus.Volume.from_config_map(self, "HealthVolume", health_script, name="health-script"),
                scratch=scratch,
            )
        )

        shutdown = max(self.client.shutdown_seconds, self.consensus.shutdown_seconds if self.consensus else 0)
        statefulset = kplus.StatefulSet(
            self,
            "StatefulSet",
            metadata=self._meta(
                self.name,
                labels,
                checkov_skips.annotations("CKV_K8S_43", "CKV_K8S_15", *(["CKV_K8S_35"] if self.ethstats else [])),
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(
                labels=labels,
                annotations={"kubectl.kubernetes.io/default-container": self.client.name},
            ),
            select=False,
            service=self.headless_service,
            replicas=None if self.autoscaling else self.replicas,
            pod_management_policy=kplus.PodManagementPolicy.PARALLEL,
            strategy=_values.rolling_update(partition=0),
            termination_grace_period=_values.seconds(shutdown),
            automount_service_account_token=False,
            security_context=kplus.PodSecurityContextProps(
                ensure_non_root=True,
                user=pod.RUN_AS_UID,
                group=pod.RUN_AS_UID,
                fs_group=pod.RUN_AS_UID,
                # Chain volumes hold millions of files: chown only when the root owner differs.
                fs_group_change_policy=kplus.FsGroupChangePolicy.ON_ROOT_MISMATCH,
            ),
            init_containers=init_containers,
            containers=containers,
        )
        statefulset.select(kplus.LabelSelector.of(labels=self.selector_labels))
        api_object = cdk8s.ApiObject.of(statefulset)  # found once: each lookup is a jsii round trip
        _patches.harden_pod(
            api_object,
            containers=tuple(f"containers/{i}" for i in range(len(containers)))
            + tuple(f"initContainers/{i}" for i in range(len(init_containers))),
        )
        claims = [
            _patches.ClaimTemplate(
                "data", self.storage.name, self.disk_size, pod.DATA_DIR, tuple(data_users), self.bootstrap_snapshot
            ),
        ]
        if self.consensus:
            assert self.consensus_disk_size
            claims.append(
                _patches.ClaimTemplate(
                    "consensus-data",
                    self.storage.name,
                    self.consensus_disk_size,
                    pod.CONSENSUS_DATA_DIR,
                    tuple(consensus_users),
                    self.consensus_bootstrap_snapshot,
                )
            )
        _patches.add_claim_templates(api_object, claims)
        _patches.spread_across_nodes_and_zones(api_object, self.selector_labels)
        if self.autoscaling:
            kplus.HorizontalPodAutoscaler(
                self,
                "Autoscaler",
                metadata=self._meta(self.name, labels),
                target=statefulset,
                min_replicas=self.autoscaling.min_replicas,
                max_replicas=self.autoscaling.max_replicas,
                metrics=[
                    kplus.Metric.resource_cpu(kplus.MetricTarget.average_utilization(self.autoscaling.cpu_utilization))
                ],
                scale_down=kplus.ScalingRules(
                    stabilization_window=_values.seconds(self.autoscaling.scale_down_stabilization_seconds)
                ),
            )
        return statefulset

    def _ethstats_env(self) -> dict[str, kplus.EnvValue] | None:
        """$(POD_NAME) and $(ETHSTATS_SECRET) are expanded by the kubelet inside the args."""
        if not self.ethstats:
            return None
        secret = kplus.Secret.from_secret_name(self, "EthstatsSecret", self.ethstats.secret_name)
        return {
            "POD_NAME": _values.pod_name(),
            # Optional: a node whose stats secret is missing still starts and serves RPC; only
            # its report to the dashboard fails.
            "ETHSTATS_SECRET": kplus.EnvValue.from_secret_value(
                kplus.SecretValue(secret=secret, key=self.ethstats.secret_key), optional=True
            ),
        }

    def _jwt_volume(self) -> kplus.Volume:
        if self.jwt_secret_name:
            secret = kplus.Secret.from_secret_name(self, "JwtSecret", self.jwt_secret_name)
            return kplus.Volume.from_secret(self, "JwtVolume", secret, name="jwt")
        # Memory-backed: the generated secret never touches a disk.
        return kplus.Volume.from_empty_dir(
            self, "JwtVolume", "jwt", medium=kplus.EmptyDirMedium.MEMORY, size_limit=_values.size("1Mi")
        )

    def _genesis_init_container(
        self, settings: NodeSettings, image: str, labels: dict[str, str], scratch_mount: kplus.VolumeMount
    ) -> kplus.ContainerProps:
        assert self.client.genesis_init_args is not None and self.network.genesis_json is not None
        genesis = kplus.ConfigMap(
            self,
            "Genesis",
            metadata=self._meta(f"{self.name}-genesis", labels),
            data={"genesis.json": self.network.genesis_json},
        )
        volume = kplus.Volume.from_config_map(self, "GenesisVolume", genesis, name="genesis")
        return pod.init_container(
            name="init-genesis",
            image=image,
            command=list(self.client.command) if self.client.command else None,
            args=self.client.genesis_init_args(settings),
            resources=self.network.resources,
            mounts=[kplus.VolumeMount(path=pod.GENESIS_DIR, volume=volume, read_only=True), scratch_mount],
            contract=self.client.contract,
        )

    # -- services and policy ----------------------------------------------------------------------

    def _rpc_service(self, labels: dict[str, str], service_pods: kplus.Pods, session_affinity: bool) -> kplus.Service:
        ports = [kplus.ServicePort(name="rpc", port=self.ports.rpc, target_port=self.ports.rpc)]
        if self.websocket:
            ports.append(kplus.ServicePort(name="ws", port=self.ports.ws, target_port=self.ports.ws))
        service = kplus.Service(
            self,
            "Rpc",
            metadata=self._meta(self.name, labels),
            type=SERVICE_TYPES[self.service_type],
            ports=ports,
            load_balancer_source_ranges=list(self.load_balancer_source_ranges)
            if self.service_type == "LoadBalancer"
            else None,
            selector=service_pods,
        )
        if self.service_type != "ClusterIP":
            # Local: clients' addresses reach the pods unchanged (no SNAT to a node address),
            # so the NetworkPolicy can admit exactly the source ranges.
            cdk8s.ApiObject.of(service).add_json_patch(cdk8s.JsonPatch.add("/spec/externalTrafficPolicy", "Local"))
        if session_affinity:
            cdk8s.ApiObject.of(service).add_json_patch(cdk8s.JsonPatch.add("/spec/sessionAffinity", "ClientIP"))
        return service

    def _network_policy(self, labels: dict[str, str]) -> None:
        """Ingress: p2p from anywhere; RPC and health from this namespace's pods except the
        stats dashboards; the beacon API only when `expose_beacon_api`; metrics from
        monitoring; RPC from `load_balancer_source_ranges` for a NodePort/LoadBalancer Service.

        Egress: DNS (kube-dns and NodeLocal DNSCache); the public internet on any port (devp2p
        and libp2p peers listen on arbitrary ports, checkpoint servers are public); the other
        nodes of this namespace (in-cluster peers); the stats dashboard's port. Cluster-private
        ranges and the metadata server are excluded from the internet rule. The Engine API
        stays on loopback inside the pod.
        """
        p2p_ports = [tcp(self.ports.p2p), udp(self.ports.p2p)]
        rpc_ports = [tcp(self.ports.rpc), *([tcp(self.ports.ws)] if self.websocket else []), tcp(self.health_port)]
        if self.network.is_private:
            rpc_ports.append(tcp(private_chain.PEERING_PORT))
        metrics_ports = [tcp(self.ports.metrics), tcp(self.health_port)]
        if self.consensus:
            cl = self.consensus_ports
            p2p_ports += [tcp(cl.p2p), udp(cl.p2p), *([udp(cl.quic)] if self.consensus.quic else [])]
            metrics_ports.append(tcp(cl.metrics))
        # Pods that get no RPC: a dashboard that a browser can reach must not relay to nodes.
        rpc_clients = pods(excluding={"app.kubernetes.io/component": NO_RPC_COMPONENTS})
        ingress = [allow_from(ip_block("0.0.0.0/0"), p2p_ports), allow_from(rpc_clients, rpc_ports)]
        if self.consensus and self.expose_beacon_api:
            ingress.append(allow_from(rpc_clients, [tcp(self.consensus_ports.beacon)]))
        ingress.append(allow_from(namespace_pods(self.monitoring_namespace), metrics_ports))
        external_ports = [tcp(self.ports.rpc), *([tcp(self.ports.ws)] if self.websocket else [])]
        ingress += [allow_from(ip_block(cidr), external_ports) for cidr in self.load_balancer_source_ranges]

        egress = [
            *dns_egress(),
            # No port list means every port.
            allow_to(ip_block("0.0.0.0/0", excluded=PRIVATE_RANGES)),
            allow_to(pods({"app.kubernetes.io/component": "ethereum-node"}), p2p_ports),
        ]
        if self.ethstats and self.ethstats.remote_pod_ranges:
            # Through the multi-cluster Service to the dashboard's pods in its own cluster.
            egress += [allow_to(ip_block(cidr), [tcp(self.ethstats.port)]) for cidr in self.ethstats.remote_pod_ranges]
        elif self.ethstats:
            egress.append(allow_to(pods(self.ethstats.selector_labels), [tcp(self.ethstats.port)]))
        network_policy(
            self,
            "NetworkPolicy",
            metadata=self._meta(self.name, labels),
            pod_labels=self.selector_labels,
            ingress=ingress,
            egress=egress,
        )


def execution_settings(
    network: Network,
    *,
    client: ExecutionProfile,
    ports: NodePorts,
    rpc: RpcExposure,
    max_peers: int,
    with_consensus: bool,
    ethstats: EthstatsTarget | None,
    mode: str = "full",
    ipc_path: str | None = None,
    signer: SignerSettings | None = None,
) -> NodeSettings:
    """What an execution client's args builder reads, with the pod's paths (validated input)."""
    return NodeSettings(
        network=network,
        ports=ports,
        rpc=rpc,
        data_dir=pod.data_dir(pod.DATA_DIR, client.contract),
        max_peers=max_peers,
        genesis_path=f"{pod.GENESIS_DIR}/genesis.json" if network.is_private else None,
        jwt_path=f"{pod.JWT_DIR}/{pod.JWT_FILE}" if with_consensus else None,
        ethstats=ethstats,
        mode=mode,
        ipc_path=ipc_path,
        signer=signer,
    )


def beacon_settings(
    network: Network,
    *,
    consensus: ConsensusProfile,
    ports: ConsensusPorts,
    engine_port: int,
    checkpoint_sync_url: str,
    beacon_address: str = "127.0.0.1",
) -> ConsensusSettings:
    """What a consensus client's args builder reads: the pod's paths, the Engine API on loopback."""
    return ConsensusSettings(
        network=network,
        ports=ports,
        data_dir=pod.data_dir(pod.CONSENSUS_DATA_DIR, consensus.contract),
        jwt_path=f"{pod.JWT_DIR}/{pod.JWT_FILE}",
        execution_endpoint=f"http://127.0.0.1:{engine_port}",
        checkpoint_sync_url=checkpoint_sync_url,
        beacon_address=beacon_address,
    )


def _path(prop: str, value: str) -> str:
    if not isinstance(value, str) or not value.startswith("/") or " " in value or "*" in value:
        raise EtherclusterError(f"{prop}={quoted(value)} must be a URL path starting with '/', for example '/etc'")
    return value.rstrip("/") or "/"
