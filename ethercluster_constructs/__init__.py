"""Ethercluster Constructs: Ethereum Classic and Ethereum JSON-RPC fleets on GKE, as cdk8s constructs."""

from .alerts import AlertThresholds
from .catalog import NETWORKS, ConsensusPorts, Network, NodePorts, Resources
from .chain_snapshots import ChainSnapshotClass, ChainSnapshots
from .chain_storage import ChainStorage
from .cluster_network import ClusterNetwork, PublicEdge
from .errors import EtherclusterError
from .ethereum_node import Autoscaling, EthereumNode
from .ethstats import EthStats
from .generated_secret import GeneratedSecret
from .monitoring import FleetAlerts, FleetDashboard, NodeMonitoring

__all__ = [
    "NETWORKS",
    "AlertThresholds",
    "Autoscaling",
    "ChainSnapshotClass",
    "ChainSnapshots",
    "ChainStorage",
    "ClusterNetwork",
    "ConsensusPorts",
    "EthStats",
    "EthereumNode",
    "EtherclusterError",
    "FleetAlerts",
    "FleetDashboard",
    "GeneratedSecret",
    "Network",
    "NodeMonitoring",
    "NodePorts",
    "PublicEdge",
    "Resources",
]
