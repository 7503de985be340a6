"""What the library needs to know about one client: pure data plus an args builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..networks import Network


@dataclass(frozen=True)
class NodePorts:
    """Container ports of an execution node. Defaults are the clients' own defaults."""

    rpc: int = 8545
    ws: int = 8546
    p2p: int = 30303
    metrics: int = 6060


@dataclass(frozen=True)
class RpcExposure:
    """How JSON-RPC is served: which APIs, to which hosts and origins, under which path."""

    apis: tuple[str, ...]
    vhosts: tuple[str, ...]
    cors_origins: tuple[str, ...]
    websocket: bool
    http_path: str = "/"
    ws_path: str = "/"


@dataclass(frozen=True)
class NodeSettings:
    """Everything an args builder may read. Built by EthereumNode from validated props."""

    network: Network
    ports: NodePorts
    rpc: RpcExposure
    data_dir: str
    max_peers: int
    genesis_path: str | None = None


@dataclass(frozen=True)
class ClientProfile:
    """One client.

    Attributes:
        name: catalog key, as users write it (`core-geth`).
        image: default image reference with a pinned tag; the image's own entrypoint runs.
        uid: non-root user the container runs as; also the pod's fsGroup.
        networks: built-in network names this client can run.
        supports_private_networks: whether a genesis-defined network works.
        public_apis: RPC namespaces safe to serve to the internet.
        internal_apis: namespaces refused unless the node is internal-only.
        metrics_path: HTTP path of the Prometheus endpoint on the metrics port.
        supports_rpc_path: whether RPC can be served under a path prefix (`/etc`).
        shutdown_seconds: grace period for a clean database close on SIGTERM.
        startup_budget_seconds: how long opening the database may take before the
            kubelet gives up (startup probe budget).
        args: builds the container arguments from NodeSettings.
        genesis_init_args: builds the init container arguments that write a private
            network's genesis into an empty data dir (None if unsupported).
    """

    name: str
    image: str
    uid: int
    networks: frozenset[str]
    supports_private_networks: bool
    public_apis: frozenset[str]
    internal_apis: frozenset[str]
    metrics_path: str
    supports_rpc_path: bool
    shutdown_seconds: int
    startup_budget_seconds: int
    args: Callable[[NodeSettings], list[str]]
    genesis_init_args: Callable[[NodeSettings], list[str]] | None = None
