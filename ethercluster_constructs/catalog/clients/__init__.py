"""Client registry, built by discovering modules: adding a client is one module with a PROFILE."""

from __future__ import annotations

import importlib
import pkgutil

from ...errors import EtherclusterError
from ..networks import Network
from .profile import (
    SYNC_MODES,
    ClientMetrics,
    ConsensusPorts,
    ConsensusProfile,
    ConsensusSettings,
    EthstatsTarget,
    ExecutionProfile,
    NodePorts,
    NodeSettings,
    RpcExposure,
)


def _discover() -> list[ExecutionProfile | ConsensusProfile]:
    profiles = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module.name.startswith("_") and module.name not in ("profile", "contract"):
            profiles.append(importlib.import_module(f"{__name__}.{module.name}").PROFILE)
    return profiles


_PROFILES = _discover()
CLIENTS: dict[str, ExecutionProfile] = {p.name: p for p in _PROFILES if isinstance(p, ExecutionProfile)}
CONSENSUS_CLIENTS: dict[str, ConsensusProfile] = {p.name: p for p in _PROFILES if isinstance(p, ConsensusProfile)}


def clients_for(network: Network) -> list[str]:
    """Execution clients that run `network`."""
    return sorted(
        name
        for name, profile in CLIENTS.items()
        if (profile.supports_private_networks if network.is_private else network.name in profile.networks)
    )


def consensus_clients_for(network: Network) -> list[str]:
    return sorted(name for name, profile in CONSENSUS_CLIENTS.items() if network.name in profile.networks)


def get_client(prop: str, name: str, network: Network) -> ExecutionProfile:
    return _get(prop, name, network, CLIENTS, clients_for(network))


def get_consensus_client(prop: str, name: str, network: Network) -> ConsensusProfile:
    return _get(prop, name, network, CONSENSUS_CLIENTS, consensus_clients_for(network))


def _get(prop, name, network, registry, supported):
    if name not in registry:
        raise EtherclusterError(f"{prop}={name!r} is not a known client; use one of: {', '.join(sorted(registry))}")
    reason = registry[name].refused_networks.get(network.name)
    if reason:
        raise EtherclusterError(f"{prop}={name!r} cannot run network {network.name!r}: {reason}")
    if name not in supported:
        raise EtherclusterError(
            f"{prop}={name!r} does not support network {network.name!r}; "
            f"clients that do: {', '.join(supported) or 'none'}"
        )
    return registry[name]


__all__ = [
    "SYNC_MODES",
    "CLIENTS",
    "ClientMetrics",
    "EthstatsTarget",
    "CONSENSUS_CLIENTS",
    "ConsensusPorts",
    "ConsensusProfile",
    "ConsensusSettings",
    "ExecutionProfile",
    "NodePorts",
    "NodeSettings",
    "RpcExposure",
    "clients_for",
    "consensus_clients_for",
    "get_client",
    "get_consensus_client",
]
