"""The catalog: networks and client profiles as plain data (no cdk8s imports)."""

from .clients import (
    CLIENTS,
    CONSENSUS_CLIENTS,
    ClientMetrics,
    ConsensusPorts,
    ConsensusProfile,
    ConsensusSettings,
    EthstatsTarget,
    ExecutionProfile,
    NodePorts,
    NodeSettings,
    RpcExposure,
    clients_for,
    consensus_clients_for,
    get_client,
    get_consensus_client,
)
from .networks import NETWORKS, RETIRED_NETWORKS, Network, Resources, get_network

__all__ = [
    "CLIENTS",
    "ClientMetrics",
    "EthstatsTarget",
    "CONSENSUS_CLIENTS",
    "NETWORKS",
    "RETIRED_NETWORKS",
    "ConsensusPorts",
    "ConsensusProfile",
    "ConsensusSettings",
    "ExecutionProfile",
    "Network",
    "NodePorts",
    "NodeSettings",
    "Resources",
    "RpcExposure",
    "clients_for",
    "consensus_clients_for",
    "get_client",
    "get_consensus_client",
    "get_network",
]
