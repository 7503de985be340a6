"""Client registry. Adding a client = one module with a PROFILE, plus one line here."""

from __future__ import annotations

from ...errors import EtherclusterError
from ..networks import Network
from . import core_geth
from .profile import ClientProfile, NodePorts, NodeSettings, RpcExposure

CLIENTS: dict[str, ClientProfile] = {profile.name: profile for profile in (core_geth.PROFILE,)}


def clients_for(network: Network) -> list[str]:
    return sorted(
        name
        for name, profile in CLIENTS.items()
        if (profile.supports_private_networks if network.is_private else network.name in profile.networks)
    )


def get_client(prop: str, name: str, network: Network) -> ClientProfile:
    if name not in CLIENTS:
        raise EtherclusterError(f"{prop}={name!r} is not a known client; use one of: {', '.join(sorted(CLIENTS))}")
    if name not in clients_for(network):
        raise EtherclusterError(
            f"{prop}={name!r} does not support network {network.name!r}; "
            f"clients that do: {', '.join(clients_for(network)) or 'none'}"
        )
    return CLIENTS[name]


__all__ = ["CLIENTS", "ClientProfile", "NodePorts", "NodeSettings", "RpcExposure", "clients_for", "get_client"]
