"""The catalog: networks and client profiles as plain data (no cdk8s imports)."""

from .clients import CLIENTS, ClientProfile, NodePorts, NodeSettings, RpcExposure, clients_for, get_client
from .networks import NETWORKS, RETIRED_NETWORKS, Network, Resources, get_network

__all__ = [
    "CLIENTS",
    "NETWORKS",
    "RETIRED_NETWORKS",
    "ClientProfile",
    "Network",
    "NodePorts",
    "NodeSettings",
    "Resources",
    "RpcExposure",
    "clients_for",
    "get_client",
    "get_network",
]
