"""What the library needs to know about one client: pure data plus an args builder."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..networks import Network
from .contract import RuntimeContract, ServedApis, SyncModes

RPC_PATH_MODES = ("prefix-flag", "any-path", "root-only")
"""How a client can serve JSON-RPC under a URL path (the GCE load balancer cannot rewrite paths):
prefix-flag: told by a flag (geth family); any-path: answers on every path (nethermind);
root-only: only on '/', so it cannot sit behind path routing."""
SYNC_MODES = ("full", "archive")
"""full: current state plus every block, receipt and log (what a public RPC must answer);
archive: also the state at every past block."""


@dataclass(frozen=True)
class NodePorts:
    """Container ports of an execution node. Defaults are the clients' own defaults."""

    rpc: int = 8545
    ws: int = 8546
    p2p: int = 30303
    metrics: int = 6060
    engine: int = 8551


@dataclass(frozen=True)
class ConsensusPorts:
    """Container ports of a consensus (beacon) node. Uniform across clients: flags set them."""

    beacon: int = 5052
    p2p: int = 9000
    quic: int = 9001
    metrics: int = 5054


@dataclass(frozen=True)
class RpcExposure:
    """How JSON-RPC is served: which APIs, to which hosts and origins, under which path."""

    apis: tuple[str, ...]
    vhosts: tuple[str, ...]
    cors_origins: tuple[str, ...]
    websocket: bool
    http_path: str = "/"
    ws_path: str = "/"
    bind_address: str = "0.0.0.0"
    """Where RPC listens: 127.0.0.1 keeps it inside the pod (a signer's unlocked key)."""


@dataclass(frozen=True)
class SignerSettings:
    """A clique signer's files, prepared at pod start by pod_scripts/signer_setup.py."""

    keystore_dir: str
    password_file: str
    config_file: str
    """geth TOML config naming the signer's address as the etherbase (it differs per pod)."""
    import_key_file: str
    """The raw key the import step reads; only init containers see it."""


@dataclass(frozen=True)
class NodeSettings:
    """Everything an execution client's args builder may read. Built by EthereumNode."""

    network: Network
    ports: NodePorts
    rpc: RpcExposure
    data_dir: str
    max_peers: int
    genesis_path: str | None = None
    jwt_path: str | None = None
    """Engine API JWT file; set on proof-of-stake networks."""
    ethstats: EthstatsTarget | None = None
    mode: str = "full"
    """One of SYNC_MODES."""
    ipc_path: str | None = None
    """IPC socket for the in-pod peering sidecar (private networks)."""
    signer: SignerSettings | None = None
    """Set when the node seals clique blocks."""


@dataclass(frozen=True)
class ConsensusSettings:
    """Everything a consensus client's args builder may read."""

    network: Network
    ports: ConsensusPorts
    data_dir: str
    jwt_path: str
    execution_endpoint: str
    checkpoint_sync_url: str
    beacon_address: str = "127.0.0.1"
    """Where the beacon API listens: loopback unless the fleet exposes it to its namespace."""


@dataclass(frozen=True)
class ClientMetrics:
    """Names of a client's own Prometheus series that alerts and dashboards use.

    None where the client has no such series (or its name could not be verified): the
    alert or panel is then left out for fleets of that client. `rpc_latency_p99` is a
    PromQL template with a `{selector}` placeholder, in seconds.
    """

    rpc_requests: str | None = None
    rpc_failures: str | None = None
    rpc_latency_p99: str | None = None

    def names(self) -> set[str]:
        """The series names used (the leading name of each template)."""
        return {re.match(r"[a-zA-Z_:][a-zA-Z0-9_:]*", t).group(0) for t in vars(self).values() if t}


@dataclass(frozen=True)
class EthstatsTarget:
    """Where nodes report. Name and secret are `$(VAR)` references expanded by the kubelet."""

    host: str
    port: int
    name_ref: str = "$(POD_NAME)"
    secret_ref: str = "$(ETHSTATS_SECRET)"


@dataclass(frozen=True)
class ExecutionProfile:
    """One execution client.

    Attributes:
        name: catalog key, as users write it (`core-geth`, `geth`).
        image: default image with a pinned tag.
        networks: built-in network names this client runs.
        refused_networks: network name -> why this client refuses it (shown to users).
        supports_private_networks: whether a genesis-defined network works.
        public_apis: RPC namespaces safe to serve to the internet.
        internal_apis: namespaces refused unless the node is internal-only.
        metrics_path: HTTP path of the Prometheus endpoint on the metrics port.
        rpc_path_mode: one of RPC_PATH_MODES.
        shutdown_seconds: grace period for a clean database close on SIGTERM.
        startup_budget_seconds: how long opening the database may take (startup probe budget).
        args: container arguments from NodeSettings (the image's entrypoint runs, unless `command`).
        command: overrides the image entrypoint, when the image has none.
        genesis_init_args: init container arguments that write a private genesis (None: unsupported).
        metrics: the client's own series used by alerts and dashboards.
        ethstats_args: arguments that make the node report to an ethstats server (None: no support).
        contract: the image's runtime contract (entrypoint, write paths, heap, bindings).
        apis: how API names map onto the client's modules, and who serves eth_subscribe.
        modes: arguments per sync mode and what each keeps.
        signer_import_args: init container arguments that import a clique signer's key into
            its keystore (None: the client cannot seal clique blocks).
    """

    name: str
    image: str
    networks: frozenset[str]
    supports_private_networks: bool
    public_apis: frozenset[str]
    internal_apis: frozenset[str]
    metrics_path: str
    rpc_path_mode: str
    shutdown_seconds: int
    startup_budget_seconds: int
    args: Callable[[NodeSettings], list[str]]
    contract: RuntimeContract
    apis: ServedApis
    modes: SyncModes
    refused_networks: dict[str, str] = field(default_factory=dict)
    command: tuple[str, ...] | None = None
    genesis_init_args: Callable[[NodeSettings], list[str]] | None = None
    metrics: ClientMetrics = field(default_factory=ClientMetrics)
    ethstats_args: Callable[[EthstatsTarget], list[str]] | None = None
    signer_import_args: Callable[[NodeSettings], list[str]] | None = None

    @property
    def supports_rpc_path(self) -> bool:
        return self.rpc_path_mode != "root-only"


@dataclass(frozen=True)
class ConsensusProfile:
    """One consensus (beacon) client.

    Attributes:
        name, image, networks, refused_networks, metrics_path, shutdown_seconds,
        startup_budget_seconds, args, command: as for ExecutionProfile.
        quic: whether the client listens for QUIC on ConsensusPorts.quic (UDP).
        checkpoint_init: full command of an init container that checkpoint-syncs an empty
            data dir, for clients that cannot do it from the main process (None otherwise).
        contract: the image's runtime contract.
    """

    name: str
    image: str
    networks: frozenset[str]
    metrics_path: str
    shutdown_seconds: int
    startup_budget_seconds: int
    args: Callable[[ConsensusSettings], list[str]]
    quic: bool
    contract: RuntimeContract
    refused_networks: dict[str, str] = field(default_factory=dict)
    command: tuple[str, ...] | None = None
    checkpoint_init: Callable[[ConsensusSettings], list[str]] | None = None


ETHEREUM_NETWORKS = frozenset({"mainnet", "sepolia", "hoodi"})
