"""Turns a validated ClusterSpec into constructs. The only code that reads the spec model."""

from __future__ import annotations

from pathlib import Path

import cdk8s
from constructs import Construct

from .catalog import Network, get_network
from .cluster_network import ClusterNetwork, PublicEdge
from .errors import EtherclusterError
from .ethereum_node import EthereumNode
from .spec import ClusterSpec, FleetSpec, PrivateNetworkSpec, SpecError

_NODE_PROPS_NOT_FROM_FLEET = {"network", "public", "path", "ws_path"}


class ClusterChart(cdk8s.Chart):
    """Every Kubernetes object of one cluster spec, in one chart (dist/<namespace>.k8s.yaml)."""

    def __init__(self, scope: Construct, *, spec: ClusterSpec, spec_dir: Path, spec_name: str = "spec") -> None:
        super().__init__(scope, spec.namespace, disable_resource_name_hashes=True)
        self.spec = spec
        self.cluster = _guard(
            f"{spec_name}: edge", lambda: ClusterNetwork(self, "Cluster", namespace=spec.namespace, edge=_edge(spec))
        )
        self.nodes: dict[str, EthereumNode] = {}
        for name, fleet in spec.fleets.items():
            where = f"{spec_name}: fleets.{name}"
            node = _guard(where, lambda name=name, fleet=fleet, where=where: self._node(name, fleet, spec_dir, where))
            if fleet.is_public and self.cluster.edge:
                _guard(where, lambda node=node: self.cluster.expose(node))
            else:
                self.cluster._after_namespace(node)
            self.nodes[name] = node

    def _node(self, name: str, fleet: FleetSpec, spec_dir: Path, where: str) -> EthereumNode:
        network = _network(fleet.network, spec_dir, where)
        catalog_network = network if isinstance(network, Network) else get_network("network", network)
        props = {k: v for k, v in fleet.model_dump(exclude=_NODE_PROPS_NOT_FROM_FLEET).items() if v is not None}
        if fleet.is_public and self.cluster.edge:
            props |= {
                "rpc_path": fleet.path or catalog_network.rpc_path,
                "ws_path": fleet.ws_path or catalog_network.ws_path,
                "rpc_hosts": self.cluster.edge.domains,
            }
        return EthereumNode(self, name, namespace=self.spec.namespace, network=network, **props)


def _guard(where: str, build):
    """Run `build`, reporting a library error at the spec key path it came from."""
    try:
        return build()
    except SpecError:
        raise
    except EtherclusterError as error:
        raise SpecError(f"{where}: {error}") from None


def _edge(spec: ClusterSpec) -> PublicEdge | None:
    if spec.edge is None:
        return None
    return PublicEdge(
        static_ip_name=spec.static_ip_name,
        domains=tuple(spec.edge.domains),
        tls_secret=spec.edge.tls_secret,
        http=spec.edge.http,
        security_policy=spec.security_policy_name,
        client_ip_affinity=spec.edge.client_ip_affinity,
        backend_timeout_seconds=spec.edge.backend_timeout_seconds,
        draining_seconds=spec.edge.draining_seconds,
    )


def _network(network: str | PrivateNetworkSpec, spec_dir: Path, where: str) -> str | Network:
    if isinstance(network, str):
        return network
    genesis_path = spec_dir / network.genesis_file
    try:
        genesis = genesis_path.read_text()
    except OSError as error:
        raise SpecError(
            f"{where}.network.genesis_file: cannot read {network.genesis_file!r} "
            f"(relative to the spec file): {error.strerror}"
        ) from None
    return Network.private(
        name=network.name,
        genesis_json=genesis,
        network_id=network.network_id,
        bootnodes=tuple(network.bootnodes),
        disk_size=network.disk_size,
        block_time_seconds=network.block_time_seconds,
    )
