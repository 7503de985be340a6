"""The cluster spec: a short YAML file, validated with pydantic, that drives every synth.

This is the only module that knows the file format. Errors name the file, the key path,
the value given and what is accepted. Names that cross between the Kubernetes manifests
and the GKE stack are derived here, once (see ClusterSpec's properties).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import EtherclusterError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrivateNetworkSpec(_Strict):
    """A private network defined by a geth-style genesis file."""

    name: str
    genesis_file: str = Field(description="path to the genesis JSON, relative to the spec file")
    network_id: int = Field(ge=1)
    bootnodes: list[str] = []
    disk_size: str = "50Gi"
    block_time_seconds: int = 15


class AutoscalingSpec(_Strict):
    """HorizontalPodAutoscaler bounds; see Autoscaling in ethereum_node.py."""

    min_replicas: int
    max_replicas: int
    cpu_utilization: int = 70
    scale_down_stabilization_seconds: int = 1800


class FleetSnapshotsSpec(_Strict):
    """Scheduled VolumeSnapshots of one replica's chain volumes."""

    schedule: str = "0 3 * * *"
    keep: int = 7
    replica: int = 0


class FleetSpec(_Strict):
    """One EthereumNode fleet. Field defaults match EthereumNode's prop defaults."""

    network: str | PrivateNetworkSpec
    client: str = "core-geth"
    consensus_client: str | None = None
    replicas: int | None = Field(default=None, description="default 1; leave unset with autoscaling")
    image: str | None = None
    consensus_image: str | None = None
    disk_size: str | None = None
    consensus_disk_size: str | None = None
    checkpoint_sync_url: str | None = None
    jwt_secret_name: str | None = None
    disk_type: str = "pd-ssd"
    rpc_apis: list[str] = ["eth", "net", "web3"]
    internal_only: bool = False
    cors_origins: list[str] = []
    websocket: bool = True
    service_type: Literal["ClusterIP", "NodePort", "LoadBalancer"] = "ClusterIP"
    session_affinity: bool = False
    max_peers: int = 50
    min_peers: int = 1
    bootstrap_snapshot: str | None = None
    consensus_bootstrap_snapshot: str | None = None
    autoscaling: AutoscalingSpec | None = None
    snapshots: FleetSnapshotsSpec | None = None
    public: bool | None = Field(default=None, description="route on the edge; default: not internal_only")
    path: str | None = Field(default=None, description="edge path; default /<network slug>, e.g. /etc")
    ws_path: str | None = Field(default=None, description="edge WebSocket path; default /ws-<slug>")

    @property
    def is_public(self) -> bool:
        return (not self.internal_only) if self.public is None else self.public


class EdgeSpec(_Strict):
    """The public HTTPS endpoint (GCE Ingress). See ClusterNetwork/PublicEdge."""

    domains: list[str] = []
    tls_secret: str | None = None
    http: Literal["redirect", "disabled"] = "redirect"
    static_ip_name: str | None = Field(default=None, description="default <namespace>-edge-ip")
    cloud_armor: bool = Field(default=True, description="attach the GKE stack's Cloud Armor policy")
    client_ip_affinity: bool = False
    backend_timeout_seconds: int = 3600
    draining_seconds: int = 60


class AlertsSpec(_Strict):
    """Alert thresholds; see AlertThresholds in alerts.py for meaning and defaults."""

    lag_blocks: int = Field(default=20, ge=1)
    not_ready_for: str = Field(default="15m", pattern=r"^[0-9]+[smh]$")
    min_peers: int = Field(default=5, ge=0)
    volume_full_ratio: float = Field(default=0.85, gt=0, lt=1)
    restarts: int = Field(default=3, ge=1)
    rpc_error_ratio: float = Field(default=0.05, gt=0, lt=1)


class MonitoringSpec(_Strict):
    """Metrics scraping, alert rules and the Grafana dashboard."""

    enabled: bool = True
    scraper: Literal["gmp", "prometheus-operator"] = "gmp"
    namespace: str | None = Field(
        default=None, description="namespace allowed to scrape; default gmp-system (gmp) or monitoring"
    )
    alerts: AlertsSpec = AlertsSpec()
    dashboard: bool = True

    @property
    def scraper_namespace(self) -> str:
        return self.namespace or ("gmp-system" if self.scraper == "gmp" else "monitoring")


class StatsSpec(_Strict):
    """One ethstats dashboard per network that has a public fleet."""

    enabled: bool = True
    domain: str | None = Field(
        default=None, description="dashboards at <slug>-stats.<domain>; default: first edge domain"
    )
    path: str = "/"
    secret_name: str | None = Field(default=None, description="existing Secret with WS_SECRET; default: generated")
    image: str | None = None


class SnapshotClassSpec(_Strict):
    """The VolumeSnapshotClass that fleet snapshots use (created when a fleet has `snapshots`)."""

    name: str | None = Field(default=None, description="default <namespace>-chain-snapshots")
    deletion_policy: Literal["Retain", "Delete"] = "Retain"


class ClusterSpec(_Strict):
    namespace: str = "ethercluster"
    edge: EdgeSpec | None = None
    snapshot_class: SnapshotClassSpec = SnapshotClassSpec()
    monitoring: MonitoringSpec = MonitoringSpec()
    stats: StatsSpec = StatsSpec()
    fleets: dict[str, FleetSpec] = Field(min_length=1)

    # -- names shared by the manifests and the GKE stack: derived once, here ---------------

    @property
    def static_ip_name(self) -> str:
        explicit = self.edge.static_ip_name if self.edge else None
        return explicit or f"{self.namespace}-edge-ip"

    @property
    def security_policy_name(self) -> str | None:
        return f"{self.namespace}-rpc-armor" if self.edge and self.edge.cloud_armor else None


class SpecError(EtherclusterError):
    """A cluster spec file is invalid. The message starts with the file and key path."""


def load_spec(path: str | Path) -> tuple[ClusterSpec, Path]:
    """Read and validate a spec file. Returns the spec and the folder relative paths start from."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text())
    except OSError as error:
        raise SpecError(f"{path}: cannot read the spec file ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML ({error})") from error
    try:
        return ClusterSpec.model_validate(raw if raw is not None else {}), path.parent
    except ValidationError as error:
        raise SpecError(f"{path}: {_describe(error)}") from None


def _describe(error: ValidationError) -> str:
    lines = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        given = problem.get("input")
        shown = "" if problem["type"] == "missing" else f" (got {given!r})"
        lines.append(f"{where}: {problem['msg']}{shown}")
    return "; ".join(lines)
