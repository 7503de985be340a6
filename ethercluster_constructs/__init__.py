"""Ethercluster Constructs: Ethereum Classic and Ethereum JSON-RPC fleets on GKE, as cdk8s constructs."""

from .catalog import NETWORKS, Network, NodePorts, Resources
from .chain_storage import ChainStorage
from .cluster_network import ClusterNetwork, PublicEdge
from .errors import EtherclusterError
from .ethereum_node import EthereumNode

__all__ = [
    "NETWORKS",
    "ChainStorage",
    "ClusterNetwork",
    "EthereumNode",
    "EtherclusterError",
    "Network",
    "NodePorts",
    "PublicEdge",
    "Resources",
]
