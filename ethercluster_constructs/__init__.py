"""Ethercluster Constructs: Ethereum Classic and Ethereum JSON-RPC fleets on GKE, as cdk8s constructs."""
# ruff: noqa: E402  (the bundled Node.js must be chosen before the imports below load jsii)

from ._node import use_bundled_node

# Before anything below imports a jsii package: jsii starts `node` when the first assembly
# loads, and whichever `node` is on PATH may be end-of-life (a banner on every run) or missing.
use_bundled_node()


from .alerts import AlertThresholds
from .catalog import NETWORKS, ConsensusPorts, Network, NodePorts, Resources
from .chain_snapshots import ChainSnapshotClass, ChainSnapshots
from .chain_storage import ChainStorage
from .cluster_network import ClusterNetwork, PublicEdge
from .errors import EtherclusterError
from .ethereum_node import Autoscaling, EthereumNode
from .ethstats import EthStats
from .gateway_edge import GatewayBackend, GatewayEdge, GatewayRule
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
    "GatewayBackend",
    "GatewayEdge",
    "GatewayRule",
    "GeneratedSecret",
    "Network",
    "NodeMonitoring",
    "NodePorts",
    "PublicEdge",
    "Resources",
]
