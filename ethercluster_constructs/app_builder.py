"""Turns a validated ClusterSpec into constructs. The only code that reads the spec model."""

from __future__ import annotations

import math
import re
from pathlib import Path

import cdk8s
from constructs import Construct

from .alerts import AlertThresholds
from .catalog import Network, get_network
from .chain_snapshots import ChainSnapshotClass, ChainSnapshots
from .cluster_network import ClusterNetwork, PublicEdge, gateway_public_paths, refuse_private_apis
from .errors import EtherclusterError, quoted
from .ethereum_node import Autoscaling, EthereumNode
from .ethstats import EthStats, RemoteEthStats
from .monitoring import FleetAlerts, FleetDashboard, GatewayMonitoring, NodeMonitoring
from .multi_cluster import PublicRoute, ServiceExports
from .private_chain import replica_hosts
from .rpc_gateway import GATEWAY_NAME, FallbackUpstream, GatewayLimits, RpcGateway
from .spec import ClusterPlace, ClusterSpec, FleetSpec, PrivateNetworkSpec, SpecError

GENESIS_MAX_BYTES = 1_000_000
"""The genesis travels in a ConfigMap, and a ConfigMap holds at most 1 MiB."""

_NODE_PROPS_NOT_FROM_FLEET = {"network", "public", "path", "ws_path", "snapshots", "autoscaling", "sealing", "regions"}


class ClusterChart(cdk8s.Chart):
    """Every Kubernetes object of one cluster of a spec, in one chart: `<namespace>.k8s.yaml`.

    A single-cluster spec has one chart (dist/<namespace>.k8s.yaml). A multi-cluster spec
    (`gke.regions`) has one per cluster (`place`, one of `spec.clusters`), each written to
    dist/<cluster>/ and applied with that cluster's credentials. A cluster's chart holds the
    fleets placed in its region (`spec.fleets_in(place)`), their eRPC gateway, snapshots and
    monitoring; the ethstats dashboards live in the config cluster only, and every Service the
    multi-cluster Gateway routes to is exported (`exports`). docs/multi-region.md has the table.
    """

    def __init__(
        self,
        scope: Construct,
        *,
        spec: ClusterSpec,
        spec_dir: Path,
        spec_name: str = "spec",
        place: ClusterPlace | None = None,
    ) -> None:
        super().__init__(scope, spec.namespace, disable_resource_name_hashes=True)
        if place is None:
            if spec.is_multi_cluster:
                names = [p.name for p in spec.clusters]
                raise EtherclusterError(f"ClusterChart.place is needed: the spec has one chart per cluster ({names})")
            place = spec.clusters[0]
        self.spec = spec
        self.spec_name = spec_name
        self.place = place
        self.fleets = spec.fleets_in(place)
        multi_cluster = spec.is_multi_cluster
        # One cluster: the edge is this cluster's own. Several: the multi-cluster Gateway in the
        # config cluster routes to every cluster's exported Services, so no cluster has an edge
        # of its own; the spec's edge still decides which fleets are public and their hosts.
        self.cluster = self._guard(
            "edge",
            lambda: ClusterNetwork(
                self, "Cluster", namespace=spec.namespace, edge=_edge(spec) if place.is_config else None
            ),
            _CLUSTER_PROPS,
        )
        # Every object of this chart, made now or later, is applied after the Namespace.
        self.cluster.adopt(self)
        self.edge = self.cluster.edge or self._guard("edge", lambda: _edge(spec), _CLUSTER_PROPS)
        self.exports = (
            ServiceExports(
                self, "Exports", namespace=spec.namespace, admit_load_balancer=self.cluster.admit_load_balancer
            )
            if multi_cluster
            else None
        )
        # Every cluster's networks: the config cluster's dashboards serve them all.
        self.networks = {
            name: self._guard(f"fleets.{name}", lambda f=fleet: _network(f.network, spec_dir), _fleet_props(name))
            for name, fleet in spec.fleets.items()
        }
        networks = {name: self.networks[name] for name in self.fleets}
        self.private_peers = _private_peers(self.fleets, networks, spec.namespace)
        self.stats = self._guard("stats", self._stats, _STATS_PROPS)
        self.nodes: dict[str, EthereumNode] = {}
        for name, fleet in self.fleets.items():
            self.nodes[name] = self._guard(
                f"fleets.{name}",
                lambda name=name, fleet=fleet: self._node(name, fleet, networks[name]),
                _fleet_props(name),
            )
        public = [n for n, fleet in self.fleets.items() if fleet.is_public and self.edge]
        self.public_paths = {name: _public_paths(self.fleets[name], networks[name]) for name in public}
        self.gateway = self._guard("gateway", lambda: self._gateway(public), _GATEWAY_PROPS)
        for name, node in self.nodes.items():
            if name in public and self.exports:
                export = lambda name=name, node=node: self._export_fleet(node, self.public_paths[name])  # noqa: E731
                self._guard(f"fleets.{name}", export, _fleet_props(name))
            elif name in public:
                path, ws_path = self.public_paths[name]
                expose = lambda node=node, path=path, ws_path=ws_path: self.cluster.expose(  # noqa: E731
                    node, path=path, ws_path=ws_path, gateway=self.gateway
                )
                self._guard(f"fleets.{name}", expose, _fleet_props(name))
        self._snapshots()
        # A cluster of a multi-cluster spec may run no fleet (a standby region): nothing to watch.
        if spec.monitoring.enabled and self.nodes:
            self._monitoring()

    def _guard(self, key: str, build, props: dict[str, str] | None = None):
        """Run `build`, reporting a library error at the spec key path `key` it came from.

        `props` maps the library's prop names (`EthereumNode.disk_size`, or a prefix such as
        `Autoscaling`) to spec key paths, so that the message speaks the spec's terms.
        """
        try:
            return build()
        except SpecError:
            raise
        except EtherclusterError as error:
            raise SpecError(f"{self.spec_name}: {_in_spec_terms(str(error), key, props or {})}") from None

    def _node(self, name: str, fleet: FleetSpec, network: Network) -> EthereumNode:
        props = {k: v for k, v in fleet.model_dump(exclude=_NODE_PROPS_NOT_FROM_FLEET).items() if v is not None}
        if fleet.is_public and self.edge:
            props["rpc_hosts"] = self.edge.domains
            if self.edge.api == "ingress":
                # The GCE Ingress cannot rewrite paths: the node serves under its public path.
                # The Gateway edge rewrites them, and the node serves at '/'.
                props["rpc_path"], props["ws_path"] = _public_paths(fleet, network)
        if fleet.autoscaling:
            props["autoscaling"] = Autoscaling(**fleet.autoscaling.model_dump())
        if fleet.sealing:
            props["signer_secret"] = fleet.sealing.signer_secret
        if network.is_private:
            peers = self.private_peers[network.name]
            props["peers"] = peers
            if fleet.min_peers is None:
                props["min_peers"] = private_min_peers(len(peers))
        return EthereumNode(
            self,
            name,
            namespace=self.spec.namespace,
            network=network,
            monitoring_namespace=self.spec.monitoring.scraper_namespace,
            ethstats=self.stats.get(network.name),
            **props,
        )

    def _gateway(self, public: list[str]) -> RpcGateway | None:
        """The eRPC gateway in front of the public fleets, when enabled and there is an edge."""
        gateway = self.spec.gateway
        if not gateway.enabled or not public:
            return None
        if GATEWAY_NAME in self.nodes:
            raise EtherclusterError(
                f"RpcGateway.fleets: {GATEWAY_NAME!r} is the gateway's name (its Deployment and Service); "
                "rename the fleet, or set `gateway: {enabled: false}`"
            )
        return RpcGateway(
            self,
            "Gateway",
            namespace=self.spec.namespace,
            fleets=[self.nodes[name] for name in public],
            replicas=gateway.replicas,
            max_replicas=gateway.max_replicas,
            limits=GatewayLimits(
                rate_limit_requests=gateway.rate_limit.requests,
                rate_limit_period=gateway.rate_limit.per,
                cache_max_items=gateway.cache.max_items,
                cache_max_size=gateway.cache.max_size,
                redis_secret=gateway.cache.redis_secret,
            ),
            fallbacks=[FallbackUpstream(**f.model_dump()) for f in self._fallbacks_here(public)],
            monitoring_namespace=self.spec.monitoring.scraper_namespace,
            paths={name: self.public_paths[name][0] for name in public},
            fleet_health=self.exports is not None,
        )

    def _fallbacks_here(self, public: list[str]) -> list:
        """The gateway's fallbacks for the networks it fronts in this cluster. With several
        clusters a fallback's network may run elsewhere only; one that no public fleet serves
        anywhere stays in, so that RpcGateway refuses it."""
        here = {self.nodes[name].network.name for name in public}
        anywhere = {self.networks[n].name for n, fleet in self.spec.fleets.items() if fleet.is_public}
        return [f for f in self.spec.gateway.fallbacks if f.network in here or f.network not in anywhere]

    def _snapshots(self) -> None:
        fleets = {name: fleet.snapshots for name, fleet in self.fleets.items() if fleet.snapshots}
        if not fleets:
            return
        class_spec = self.spec.snapshot_class
        snapshot_class = self._guard(
            "snapshot_class",
            lambda: ChainSnapshotClass(
                self,
                "SnapshotClass",
                name=class_spec.name or f"{self.spec.namespace}-chain-snapshots",
                deletion_policy=class_spec.deletion_policy,
            ),
            _SNAPSHOT_CLASS_PROPS,
        )
        for name, snapshots in fleets.items():
            self._guard(
                f"fleets.{name}.snapshots",
                lambda name=name, snapshots=snapshots: ChainSnapshots(
                    self,
                    f"Snapshots-{name}",
                    node=self.nodes[name],
                    snapshot_class=snapshot_class,
                    api_server_ranges=self.place.api_server_ranges,
                    **snapshots.model_dump(),
                ),
                _fleet_props(name),
            )

    def _stats(self) -> dict[str, EthStats | RemoteEthStats]:
        """One dashboard per network with a public fleet, and per private network; every fleet of
        that network reports to it. A private network's dashboard stays internal unless
        `stats.publish_private`. With several clusters the dashboards run in the config
        cluster; the other clusters' nodes report to them through their exported Services."""
        stats = self.spec.stats
        if not stats.enabled:
            return {}
        networks = self.networks
        shown = {
            networks[n].name: networks[n]
            for n, fleet in self.spec.fleets.items()
            if fleet.is_public or networks[n].is_private
        }
        dashboards: dict[str, EthStats | RemoteEthStats] = {}
        for network_name, network in sorted(shown.items()):
            slug = network.rpc_path.lstrip("/")
            name = f"{slug}-stats"
            runs_here = lambda place, network_name=network_name: any(  # noqa: E731
                networks[n].name == network_name for n in self.spec.fleets_in(place)
            )
            if not self.place.is_config:
                if runs_here(self.place):
                    config = self.spec.config_cluster
                    assert config.network is not None  # several clusters: all built by the GKE stack
                    dashboards[network_name] = RemoteEthStats(
                        name=name,
                        namespace=self.spec.namespace,
                        secret_name=stats.secret_name or f"{name}-secret",
                        remote_pod_ranges=(config.network.pods_cidr,),
                    )
                continue
            reporters = [
                p.network.pods_cidr
                for p in self.spec.clusters
                if p != self.place and p.network is not None and runs_here(p)
            ]
            dashboard = EthStats(
                self,
                f"Stats-{slug}",
                name=name,
                namespace=self.spec.namespace,
                secret_name=stats.secret_name,
                api_server_ranges=self.place.api_server_ranges,
                remote_reporter_ranges=reporters,
                **({"image": stats.image} if stats.image else {}),
            )
            host = self.spec.stats_host(slug)
            published = bool(host and (stats.publish_private or not network.is_private))
            if self.exports and (published or reporters):
                self.exports.export(
                    dashboard.service,
                    selector_labels=dashboard.selector_labels,
                    health_port=dashboard.port,
                    health_path="/",
                    routes=[PublicRoute("dashboard", (host,), stats.path, dashboard.port, rewrite=False)]
                    if published
                    else [],
                )
            elif published:
                self.cluster.publish(dashboard, host=host, path=stats.path)
            dashboards[network_name] = dashboard
        return dashboards

    def _export_fleet(self, node: EthereumNode, public_paths: tuple[str, str]) -> None:
        """Export what the multi-cluster Gateway routes a public fleet's paths to, in this cluster.

        HTTP goes to this cluster's eRPC gateway through a Service of the fleet's own
        (`fleet_gateway_service_name`), health-checked by the gateway's fleet-health sidecar,
        which is healthy while one of the fleet's nodes here is ready; WebSocket goes to the
        fleet's Service, health-checked on the nodes' sync-aware `/ready`. Either way a cluster
        whose nodes of this fleet are all unready drops out for this fleet's paths alone, even
        while its gateway serves other fleets. Without the gateway, HTTP goes to the fleet's
        Service too."""
        assert self.exports is not None and self.edge is not None and node.service is not None
        refuse_private_apis("EthereumNode.rpc_apis", node)
        domains = self.edge.domains
        # The node serves at '/': the Gateway rewrites its public paths (checked as `expose` does).
        path, ws_path = gateway_public_paths(f"ClusterNetwork.expose({node.name!r})", node, *public_paths)
        http = PublicRoute("http", domains, path, node.ports.rpc)
        websocket = [PublicRoute("websocket", domains, ws_path, node.ports.ws)] if node.websocket else []
        if self.gateway is not None:
            gateway = self.gateway
            self.exports.export(
                gateway.fleet_service(node, name=self.spec.fleet_gateway_service_name(node.name)),
                selector_labels=gateway.selector_labels,
                health_port=gateway.fleet_health_port,
                health_path=gateway.fleet_health_path(node),
                # eRPC serves each fleet under its public path itself: no rewrite.
                routes=[PublicRoute("http", domains, path, gateway.port, rewrite=False)],
                client_ip_header=gateway.client_ip_header,
            )
        if self.gateway is None or websocket:
            self.exports.export(
                node.service,
                selector_labels=node.selector_labels,
                health_port=node.health_port,
                health_path="/ready",
                routes=([] if self.gateway else [http]) + websocket,
            )

    def _monitoring(self) -> None:
        monitoring = self.spec.monitoring
        nodes = list(self.nodes.values())
        for node in nodes:
            NodeMonitoring(self, f"Monitoring-{node.name}", node=node, scraper=monitoring.scraper)
        thresholds = AlertThresholds(**monitoring.alerts.model_dump())
        FleetAlerts(
            self,
            "Alerts",
            namespace=self.spec.namespace,
            fleets=nodes,
            scraper=monitoring.scraper,
            thresholds=thresholds,
            gateway=self.gateway is not None,
        )
        if self.gateway:
            GatewayMonitoring(self, "Monitoring-gateway", gateway=self.gateway, scraper=monitoring.scraper)
        if monitoring.dashboard:
            FleetDashboard(self, "Dashboard", namespace=self.spec.namespace, fleets=nodes)


_PROP = re.compile(r"^(?P<prop>[A-Za-z_][\w.]*)(?P<sep>=|: | )(?P<rest>.*)$", re.DOTALL)


def _in_spec_terms(message: str, key: str, props: dict[str, str]) -> str:
    """`EthereumNode.disk_size='10' is not ...` as `fleets.x.disk_size: '10' is not ...`."""
    match = _PROP.match(message)
    if match:
        prop = match["prop"]
        head, _, tail = prop.partition(".")
        path = props.get(prop) or (f"{props[head]}.{tail}".rstrip(".") if head in props else None)
        if path is not None:
            return f"{path}: {match['rest']}" if match["sep"] != " " else f"{path} {match['rest']}"
    return f"{key}: {message}"


def _fleet_props(name: str) -> dict[str, str]:
    """Where the props of a fleet's constructs come from in the spec."""
    fleet = f"fleets.{name}"
    return {
        "EthereumNode": fleet,
        "EthereumNode.rpc_path": f"{fleet}.path",
        "EthereumNode.rpc_hosts": "edge.domains",
        "EthereumNode.namespace": "namespace",
        "EthereumNode.ethstats": "stats",
        "EthereumNode.monitoring_namespace": "monitoring.namespace",
        "Autoscaling": f"{fleet}.autoscaling",
        "EthereumNode.signer_secret": f"{fleet}.sealing.signer_secret",
        "EthereumNode.peers": f"{fleet}.network",
        "ChainSnapshots": f"{fleet}.snapshots",
        "network": f"{fleet}.network",
    }


_CLUSTER_PROPS = {
    "ClusterNetwork.namespace": "namespace",
    "PublicEdge": "edge",
    "PublicEdge.security_policy": "edge.cloud_armor",
    "PublicEdge.certificate_map": "edge",
}
_GATEWAY_PROPS = {
    "RpcGateway": "gateway",
    "RpcGateway.fleets": "fleets",
    "RpcGateway.rate_limit": "gateway.rate_limit",
    "RpcGateway.cache": "gateway.cache",
    "RpcGateway.fallbacks": "gateway.fallbacks",
    "RpcGateway.monitoring_namespace": "monitoring.namespace",
}
_STATS_PROPS = {"EthStats": "stats", "EthStats.namespace": "namespace"}
_SNAPSHOT_CLASS_PROPS = {"ChainSnapshotClass": "snapshot_class"}


def _public_paths(fleet: FleetSpec, network: Network) -> tuple[str, str]:
    """A public fleet's edge paths: its own, or its network's ('/etc', '/ws-etc')."""
    return fleet.path or network.rpc_path, fleet.ws_path or network.ws_path


def _edge(spec: ClusterSpec) -> PublicEdge | None:
    """The spec's edge, validated: every cluster's chart reads it, and only the config
    cluster's ClusterNetwork builds it."""
    if spec.edge is None:
        return None
    return PublicEdge(
        static_ip_name=spec.static_ip_name,
        domains=tuple(spec.edge.domains),
        tls_secret=spec.edge.tls_secret,
        http=spec.edge.http,
        security_policy=spec.security_policy_name,
        ssl_policy=spec.ssl_policy_name,
        client_ip_affinity=spec.edge.client_ip_affinity,
        backend_timeout_seconds=spec.edge.backend_timeout_seconds,
        draining_seconds=spec.edge.draining_seconds,
        api=spec.edge.api,
        certificate_map=spec.certificate_map_name,
        multi_cluster=spec.is_multi_cluster,
    ).validated()


def private_min_peers(nodes: int) -> int:
    """Peers a node of an `nodes`-node private network needs to be ready: half of the others,
    rounded up (a single-node dev chain needs none). Requiring all would make one restarting
    node take the whole network out of its Services."""
    return math.ceil((nodes - 1) / 2)


def _private_peers(fleets: dict[str, FleetSpec], networks: dict[str, Network], namespace: str) -> dict[str, list[str]]:
    """Per private network, the per-pod DNS names of every replica of every fleet on it."""
    peers: dict[str, list[str]] = {}
    for name, fleet in fleets.items():
        if networks[name].is_private:
            count = (
                fleet.autoscaling.max_replicas
                if fleet.autoscaling
                else (1 if fleet.replicas is None else fleet.replicas)
            )
            peers.setdefault(networks[name].name, []).extend(replica_hosts(name, namespace, count))
    return peers


def _network(network: str | PrivateNetworkSpec, spec_dir: Path) -> Network:
    if isinstance(network, str):
        return get_network("network", network)
    genesis = read_genesis(spec_dir, network.genesis_file)
    return Network.private(
        name=network.name,
        genesis_json=genesis,
        network_id=network.network_id,
        bootnodes=tuple(network.bootnodes),
        disk_size=network.disk_size,
        block_time_seconds=network.block_time_seconds,
    )


def read_genesis(spec_dir: Path, relative: str) -> str:
    """The genesis file, which must be a regular file inside the spec's directory tree (after
    resolving symlinks), of at most GENESIS_MAX_BYTES of UTF-8: a spec must not read the rest of the disk."""
    where = f"network.genesis_file={quoted(relative)}"
    root = spec_dir.resolve()
    try:
        path = (root / relative).resolve()
    except (OSError, RuntimeError, ValueError) as error:
        raise EtherclusterError(f"{where}: cannot resolve the path ({error})") from None
    if not path.is_relative_to(root):
        raise EtherclusterError(f"{where} is outside the spec file's directory; keep the genesis next to the spec")
    try:
        if not path.is_file():
            raise EtherclusterError(
                f"network.genesis_file: cannot read {quoted(relative)} (relative to the spec file): no such file"
            )
        if path.stat().st_size > GENESIS_MAX_BYTES:
            raise EtherclusterError(f"{where} is larger than {GENESIS_MAX_BYTES} bytes, the most a ConfigMap holds")
        return path.read_bytes().decode("utf-8")
    except OSError as error:
        raise EtherclusterError(f"{where}: cannot read it ({error.strerror})") from None
    except UnicodeDecodeError:
        raise EtherclusterError(f"{where} is not UTF-8 JSON") from None
