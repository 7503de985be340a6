"""Ethercluster Constructs: Ethereum Classic and Ethereum JSON-RPC fleets on GKE, as cdk8s constructs.

The constructs load when first used (`from ethercluster_constructs import EthereumNode`), not
when the package is imported: importing a submodule such as the `ethercluster` command's
`cli` loads no jsii assembly, so the command can set itself up first (cli.run).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._node import use_bundled_node

# Before anything imports a jsii package: jsii starts `node` when the first assembly loads,
# and whichever `node` is on PATH may be end-of-life (a banner on every run) or missing.
use_bundled_node()

if TYPE_CHECKING:  # what type checkers see (explicit re-exports); _EXPORTS lists the same names
    from .alerts import AlertThresholds as AlertThresholds
    from .catalog import NETWORKS as NETWORKS
    from .catalog import ConsensusPorts as ConsensusPorts
    from .catalog import Network as Network
    from .catalog import NodePorts as NodePorts
    from .catalog import Resources as Resources
    from .chain_snapshots import ChainSnapshotClass as ChainSnapshotClass
    from .chain_snapshots import ChainSnapshots as ChainSnapshots
    from .chain_storage import ChainStorage as ChainStorage
    from .cluster_network import ClusterNetwork as ClusterNetwork
    from .cluster_network import PublicEdge as PublicEdge
    from .errors import EtherclusterError as EtherclusterError
    from .ethereum_node import Autoscaling as Autoscaling
    from .ethereum_node import EthereumNode as EthereumNode
    from .ethstats import EthStats as EthStats
    from .gateway_edge import GatewayBackend as GatewayBackend
    from .gateway_edge import GatewayEdge as GatewayEdge
    from .gateway_edge import GatewayRule as GatewayRule
    from .generated_secret import GeneratedSecret as GeneratedSecret
    from .monitoring import FleetAlerts as FleetAlerts
    from .monitoring import FleetDashboard as FleetDashboard
    from .monitoring import NodeMonitoring as NodeMonitoring

_EXPORTS = {
    "alerts": ("AlertThresholds",),
    "catalog": ("NETWORKS", "ConsensusPorts", "Network", "NodePorts", "Resources"),
    "chain_snapshots": ("ChainSnapshotClass", "ChainSnapshots"),
    "chain_storage": ("ChainStorage",),
    "cluster_network": ("ClusterNetwork", "PublicEdge"),
    "errors": ("EtherclusterError",),
    "ethereum_node": ("Autoscaling", "EthereumNode"),
    "ethstats": ("EthStats",),
    "gateway_edge": ("GatewayBackend", "GatewayEdge", "GatewayRule"),
    "generated_secret": ("GeneratedSecret",),
    "monitoring": ("FleetAlerts", "FleetDashboard", "NodeMonitoring"),
}
"""Submodule -> the public names it defines."""
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
