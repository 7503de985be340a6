"""The cluster spec: a short YAML file, validated with pydantic, that drives every synth.

This is the only module that knows the file format. Errors name the file, the key path,
the value given and what is accepted. Names that cross between the Kubernetes manifests
and the GKE stack are derived here, once (see ClusterSpec's properties).
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from types import UnionType
from typing import Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic.fields import FieldInfo

from .bounded_yaml import YamlInputError, read_yaml
from .errors import QUOTE_LIMIT, EtherclusterError, quoted
from .gke.catalog import RATE_LIMIT_INTERVALS, REGIONS
from .validation import system_namespace_problem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrivateNetworkSpec(_Strict):
    """A private network defined by a geth-style genesis file: proof-of-work, or clique
    proof-of-authority (made by `ethercluster clique init`). Fleets on the same network
    repeat the same mapping (a YAML anchor helps) and peer with each other."""

    name: str
    genesis_file: str = Field(description="path to the genesis JSON, relative to the spec file")
    network_id: int = Field(ge=1, lt=2**64)
    bootnodes: list[str] = []
    disk_size: str = Field(default="50Gi", examples=["50Gi"])
    block_time_seconds: int | None = Field(
        default=None, ge=0, le=3600, description="default: the genesis clique period, else 15; 0: no blocks expected"
    )


class SealingSpec(_Strict):
    """Clique block sealing: replica i of the fleet signs with key i of the signers' Secret."""

    signer_secret: str | None = Field(
        default=None, description="the Secret written by `ethercluster clique init` (apply it yourself)"
    )

    @model_validator(mode="after")
    def _has_signers(self) -> SealingSpec:
        if not self.signer_secret:
            raise ValueError(
                "sealing needs signer keys: set signer_secret to the Secret written by `ethercluster clique init`"
            )
        return self


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

    network: str | PrivateNetworkSpec = Field(examples=["classic"])
    client: str = Field(default="core-geth", examples=["core-geth"])
    consensus_client: str | None = None
    mode: Literal["full", "archive"] = Field(
        default="full", description="full: latest state and all blocks/receipts; archive: also historical state"
    )
    expose_beacon_api: bool = Field(default=False, description="serve the beacon API to the namespace, not loopback")
    replicas: int | None = Field(default=None, description="default 1; leave unset with autoscaling", examples=[3])
    image: str | None = None
    consensus_image: str | None = None
    disk_size: str | None = Field(default=None, examples=["250Gi"])
    consensus_disk_size: str | None = Field(default=None, examples=["200Gi"])
    checkpoint_sync_url: str | None = None
    jwt_secret_name: str | None = None
    disk_type: str = "pd-ssd"
    rpc_apis: list[str] = Field(default=["eth", "net", "web3"], examples=[["eth", "net", "web3"]])
    internal_only: bool = False
    cors_origins: list[str] = Field(default=[], examples=[["https://app.example.com"]])
    websocket: bool = True
    service_type: Literal["ClusterIP", "NodePort", "LoadBalancer"] = "ClusterIP"
    load_balancer_source_ranges: list[str] = Field(
        default=[], description="with NodePort/LoadBalancer: client CIDRs allowed in ('0.0.0.0/0' for all)"
    )
    session_affinity: bool = False
    max_peers: int = 50
    min_peers: int | None = Field(
        default=None, description="default 1; on a private network, half of the network's other nodes (rounded up)"
    )
    sealing: SealingSpec | None = None
    bootstrap_snapshot: str | None = None
    consensus_bootstrap_snapshot: str | None = None
    autoscaling: AutoscalingSpec | None = None
    snapshots: FleetSnapshotsSpec | None = None
    public: bool | None = Field(default=None, description="route on the edge; default: not internal_only")
    path: str | None = Field(default=None, description="edge path; default /<network slug>, e.g. /etc")
    ws_path: str | None = Field(default=None, description="edge WebSocket path; default /ws-<slug>")
    regions: list[str] | None = Field(
        default=None,
        description="GKE regions the fleet runs in, `replicas` in each; default: every region of `gke`",
        examples=[["us-central1", "europe-west4"]],
    )

    @property
    def is_public(self) -> bool:
        """Default: public unless internal_only; a signer fleet is never public."""
        return (not self.internal_only and not self.sealing) if self.public is None else self.public

    @model_validator(mode="after")
    def _signers_stay_inside(self) -> FleetSpec:
        if self.sealing and self.public:
            raise ValueError("public: true with sealing: a signer fleet is never public; remove `public: true`")
        return self

    @model_validator(mode="after")
    def _exposure(self) -> FleetSpec:
        # Only public APIs are ever routed on the edge: an internal-only fleet may serve admin/debug.
        if self.internal_only and self.public:
            raise ValueError(
                "internal_only: true and public: true cannot both hold: an internal-only fleet may serve "
                "non-public APIs (admin, debug, ...), so it is never routed on the edge"
            )
        if self.snapshots is not None:
            # The snapshotted replica must always exist: below the autoscaler's minimum.
            replicas = 1 if self.replicas is None else self.replicas
            bound = self.autoscaling.min_replicas if self.autoscaling else replicas
            if self.snapshots.replica >= bound:
                what = "autoscaling.min_replicas" if self.autoscaling else "replicas"
                raise ValueError(
                    f"snapshots.replica={self.snapshots.replica} must be below {what}={bound}, "
                    "so that the replica it snapshots always exists"
                )
        return self


class EdgeSpec(_Strict):
    """The public HTTPS endpoint (GCE Ingress). See ClusterNetwork/PublicEdge."""

    api: Literal["ingress", "gateway"] = Field(
        default="ingress",
        description="gateway: Gateway API (path rewrites, multi-region); ingress: GCE Ingress. See docs/edge.md",
    )
    domains: list[str] = Field(default=[], examples=[["rpc.example.com"]])
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


class GatewayRateLimitSpec(_Strict):
    """Per client IP: `requests` per `per`."""

    requests: int = Field(default=50, ge=1, lt=2**32)
    per: Literal["second", "minute", "hour", "day"] = "second"


class GatewayCacheSpec(_Strict):
    """The cache of finalized data: in memory, and optionally in a shared Redis."""

    max_items: int = Field(default=100_000, ge=1)
    max_size: str = Field(default="256MB", pattern=r"^[1-9][0-9]{0,4}(MB|GB)$", examples=["256MB", "1GB"])
    redis_secret: str | None = Field(default=None, description="Secret whose key `uri` holds a redis:// URI")


class GatewayFallbackSpec(_Strict):
    """An external endpoint for one network, used only when no node of the fleet is healthy."""

    network: str = Field(examples=["classic"])
    secret: str = Field(description="Secret holding the endpoint URL (with any key in it)")
    key: str = "url"


class GatewaySpec(_Strict):
    """The eRPC JSON-RPC gateway in front of the public fleets (docs/gateway.md)."""

    enabled: bool = Field(default=True, description="route HTTP JSON-RPC on the edge through the gateway")
    replicas: int = Field(default=2, ge=2, le=100)
    max_replicas: int = Field(default=3, ge=2, le=100, description="one pod per node: at most the pool's nodes")
    rate_limit: GatewayRateLimitSpec = GatewayRateLimitSpec()
    cache: GatewayCacheSpec = GatewayCacheSpec()
    fallbacks: list[GatewayFallbackSpec] = []

    @model_validator(mode="after")
    def _bounds(self) -> GatewaySpec:
        if self.max_replicas < self.replicas:
            raise ValueError(f"max_replicas={self.max_replicas} is below replicas={self.replicas}")
        return self


class StatsSpec(_Strict):
    """One ethstats dashboard per network that has a public fleet."""

    enabled: bool = True
    domain: str | None = Field(
        default=None, description="dashboards at <slug>-stats.<domain>; default: first edge domain"
    )
    path: str = "/"
    secret_name: str | None = Field(default=None, description="existing Secret with WS_SECRET; default: generated")
    image: str | None = None
    publish_private: bool = Field(
        default=False, description="also publish private networks' dashboards on the edge (default: internal)"
    )


class SnapshotClassSpec(_Strict):
    """The VolumeSnapshotClass that fleet snapshots use (created when a fleet has `snapshots`)."""

    name: str | None = Field(default=None, description="default <namespace>-chain-snapshots")
    deletion_policy: Literal["Retain", "Delete"] = "Retain"


# -- the GKE stack (ethercluster_constructs/gke/) ---------------------------------------------

_PROJECT_ID = re.compile(r"^[a-z][a-z0-9-]{4,28}[a-z0-9]$")
_ZONE = re.compile(r"^(?P<region>[a-z]+-[a-z]+[0-9]+)-[a-z]$")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$")
_ROLE = re.compile(r"^(roles|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles|organizations/[0-9]+/roles)/[A-Za-z0-9_.]+$")
_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
AUTHORIZED_NETWORK_MIN_PREFIX = 8
AUTHORIZED_ADDRESSES_MAX = 2**24
"""Control plane access: no range wider than a /8, and all ranges together at most a /8's worth
(16.7 million addresses), the largest block one organisation is ever allocated."""
FORBIDDEN_ROLES = frozenset({"roles/owner", "roles/editor", "roles/viewer"})
FORBIDDEN_ROLE_PATTERN = re.compile(r"^roles/(iam\.|resourcemanager\..*(Admin|IamAdmin)$|.*[sS]ecurityAdmin$)")
"""Primitive roles, and roles that grant or change IAM: a pod holding one owns the project."""
FLEET_NAME_MAX = 52
"""EthereumNode.name's limit: the StatefulSet's pods and claims append to it."""
CLUSTER_NAME_MAX = 24
"""The node service account id is `<cluster_name>-nodes`, and account ids have at most 30 characters."""
POD_RANGE_PREFIX_PER_NODE = 24
"""GKE gives every node a /24 of the pods range (110 pods per node, the Standard default)."""


def _cidr(value: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(value)
    except ValueError as error:
        hint = ""
        if "host bits set" in str(error):
            hint = f", did you mean {ipaddress.IPv4Network(value, strict=False)}?"
        raise ValueError(f"{quoted(value)} is not an IPv4 network in CIDR notation ({error}){hint}") from None


def _private_cidr(value: str) -> str:
    """A cluster range must lie in the ranges the fleets' NetworkPolicies keep out of internet egress."""
    # Imported when a gke section is validated: importing spec.py itself loads no cdk8s.
    from .ethereum_node import PRIVATE_RANGES

    network = _cidr(value)
    if not any(network.subnet_of(ipaddress.IPv4Network(r)) for r in PRIVATE_RANGES):
        raise ValueError(
            f"{quoted(value)} is not inside a private range ({', '.join(PRIVATE_RANGES)}): the fleets' "
            "NetworkPolicies only keep those ranges out of their internet egress"
        )
    return value


class NodePoolSpec(_Strict):
    """One GKE node pool. Autoscaling bounds count nodes across all the pool's zones."""

    name: str = Field(default="rpc", max_length=40, pattern=_LABEL.pattern)
    machine_type: str = Field(default="e2-standard-4", pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$")
    disk_type: Literal["pd-standard", "pd-balanced", "pd-ssd", "hyperdisk-balanced"] = "pd-balanced"
    disk_size_gb: int = Field(default=50, ge=10, le=65536, description="boot disk; chain data is on volumes")
    spot: bool = Field(default=False, description="Spot VMs: cheaper, but Google may stop them at any time")
    min_nodes: int = Field(default=3, ge=0)
    max_nodes: int = Field(default=6, ge=1)

    @field_validator("machine_type")
    @classmethod
    def _known_size(cls, value: str) -> str:
        from .gke.sizing import machine_shape  # plain Python: the capacity check needs the size

        try:
            machine_shape(value)
        except EtherclusterError as error:
            raise ValueError(str(error).removeprefix(f"machine_type={value!r}: ")) from None
        return value

    @model_validator(mode="after")
    def _bounds(self) -> NodePoolSpec:
        if self.min_nodes > self.max_nodes:
            raise ValueError(f"min_nodes={self.min_nodes} is more than max_nodes={self.max_nodes}")
        return self


class GkeNetworkSpec(_Strict):
    """The VPC-native address plan: node subnet, pod and Service secondary ranges, control plane."""

    subnet_cidr: str = "10.10.0.0/20"
    pods_cidr: str = "10.16.0.0/14"
    services_cidr: str = "10.20.0.0/20"
    master_cidr: str = Field(default="172.16.0.0/28", description="the control plane's private range (a /28)")

    _private = field_validator("subnet_cidr", "pods_cidr", "services_cidr", "master_cidr")(_private_cidr)

    @field_validator("master_cidr")
    @classmethod
    def _slash_28(cls, value: str) -> str:
        if _cidr(value).prefixlen != 28:
            raise ValueError(f"{quoted(value)} must be a /28, the size GKE requires for the control plane range")
        return value

    @model_validator(mode="after")
    def _no_overlap(self) -> GkeNetworkSpec:
        keys = ["subnet_cidr", "pods_cidr", "services_cidr", "master_cidr"]
        ranges = {key: _cidr(getattr(self, key)) for key in keys}
        for index, first in enumerate(keys):
            for second in keys[index + 1 :]:
                if ranges[first].overlaps(ranges[second]):
                    raise ValueError(
                        f"{first} {ranges[first]} overlaps {second} {ranges[second]}: the ranges must be disjoint"
                    )
        return self


_DISPLAY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$")
_SECURITY_GROUP = re.compile(r"^gke-security-groups@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
"""Free text that reaches the Terraform JSON: a string there is a template, so `${...}` or
`%{...}` in a spec value would be evaluated by terraform (file(), env...); these allow no `$`/`%`."""


class AuthorizedNetwork(_Strict):
    """A source range allowed to reach the cluster's public control plane endpoint."""

    name: str = Field(min_length=1)
    cidr: str

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not _DISPLAY_NAME.match(value):
            raise ValueError(
                f"{quoted(value)} is not a network name: at most 63 letters, digits, spaces, '.', '_' or '-'"
            )
        return value

    @field_validator("cidr")
    @classmethod
    def _not_everyone(cls, value: str) -> str:
        if _cidr(value).prefixlen < AUTHORIZED_NETWORK_MIN_PREFIX:
            raise ValueError(
                f"{quoted(value)} is wider than a /{AUTHORIZED_NETWORK_MIN_PREFIX}: the control plane would be open "
                "to a large part of the internet; list your own ranges"
            )
        return value


class CloudArmorSpec(_Strict):
    """Per-client-IP rate limit of the edge's Cloud Armor policy: `requests` per `interval_seconds`."""

    requests: int = Field(default=600, ge=1)
    interval_seconds: int = 60

    @field_validator("interval_seconds")
    @classmethod
    def _supported_interval(cls, value: int) -> int:
        if value not in RATE_LIMIT_INTERVALS:
            raise ValueError(f"{value} is not a Cloud Armor interval, use one of {list(RATE_LIMIT_INTERVALS)}")
        return value


class StateBackendSpec(_Strict):
    """Terraform state in a GCS bucket (create it, with versioning, before the first deploy)."""

    bucket: str = Field(pattern=_BUCKET.pattern)
    prefix: str | None = Field(default=None, description="default terraform/<cluster_name>")


def _known_region(value: str) -> str:
    if value not in REGIONS:
        if zone := _ZONE.match(value):
            hint = f" (that is a zone, its region is {zone['region']!r})"
        elif close := difflib.get_close_matches(value, sorted(REGIONS), n=1):
            hint = f", did you mean {close[0]!r}?"
        else:
            hint = ", such as 'us-central1' (see ethercluster_constructs/gke/catalog.py)"
        raise ValueError(f"{quoted(value)} is not a Google Cloud region{hint}")
    return value


def _zone_names(zones: list[str]) -> list[str]:
    for zone in zones:
        if not _ZONE.match(zone):
            raise ValueError(f"{quoted(zone)} is not a zone name like 'us-central1-a'")
    if len(set(zones)) != len(zones):
        raise ValueError(f"{zones} lists a zone twice")
    return zones


def _optional_cluster_name(value: str | None) -> str | None:
    if value is not None:
        _check_cluster_name(value)
    return value


MAX_EXTRA_REGIONS = 7
"""At most eight clusters in one spec: the derived address plans (derived_network) stay disjoint."""


def derived_network(index: int) -> GkeNetworkSpec:
    """The address plan of the spec's `index`-th cluster (0: gke.network's defaults) when
    gke.regions[index - 1].network is not given. All clusters share one VPC, so every range of
    every cluster is distinct: node subnets 10.10.<16·i>.0/20, Services 10.20.<16·i>.0/20, pods a
    /14 each from 10.16.0.0 (skipping 10.20.0.0/14, the Services' block), control planes
    172.16.0.<16·i>/28."""
    pods_block = 16 + 4 * index + (4 if index >= 1 else 0)
    return GkeNetworkSpec(
        subnet_cidr=f"10.10.{16 * index}.0/20",
        pods_cidr=f"10.{pods_block}.0.0/14",
        services_cidr=f"10.20.{16 * index}.0/20",
        master_cidr=f"172.16.0.{16 * index}/28",
    )


class RegionSpec(_Strict):
    """One more region: a private GKE cluster of its own, in the same VPC and the same fleet
    (GKE Hub) as gke.region's cluster. Omitted keys take the values of the `gke` section."""

    region: str = Field(examples=["europe-west4"])
    cluster_name: str | None = Field(default=None, description="default <gke cluster name>-<region>")
    zones: list[str] = Field(default=[], description="node zones; default: GKE picks three in the region")
    network: GkeNetworkSpec | None = Field(default=None, description="default: derived, disjoint (docs/gke.md)")
    node_pools: list[NodePoolSpec] | None = Field(default=None, min_length=1, description="default: gke.node_pools")

    _region = field_validator("region")(_known_region)
    _zones = field_validator("zones")(_zone_names)
    _cluster = field_validator("cluster_name")(_optional_cluster_name)


@dataclass(frozen=True)
class ClusterPlace:
    """One GKE cluster of the spec, with every name and setting resolved.

    `index` 0 is gke.region's cluster; the others follow gke.regions in order. Without a
    `gke` section there is one place, named after the namespace, with no region."""

    index: int
    name: str
    region: str | None
    zones: tuple[str, ...]
    network: GkeNetworkSpec | None
    node_pools: tuple[NodePoolSpec, ...]
    is_config: bool
    """The multi-cluster Gateway's config cluster (gke.config_cluster): it holds the Gateway,
    the HTTPRoutes and their policies. Every cluster is one in a single-cluster spec."""

    def initial_nodes_per_zone(self, pool: NodePoolSpec) -> int:
        """A regional pool starts with this many nodes in each zone (GKE picks 3 zones by default)."""
        return math.ceil(pool.min_nodes / (len(self.zones) or 3))

    @property
    def api_server_ranges(self) -> list[str] | None:
        """Where the control plane's in-cluster address lies, if the spec builds the cluster: the
        peering range (master_cidr) or, on Private Service Connect clusters, the node subnet."""
        return [self.network.master_cidr, self.network.subnet_cidr] if self.network else None


class GkeSpec(_Strict):
    """The GKE infrastructure: network, cluster, node pools, edge IP and Cloud Armor. See docs/gke.md."""

    project: str = Field(description="Google Cloud project id")
    region: str
    zones: list[str] = Field(default=[], description="node zones; default: GKE picks three in the region")
    cluster_name: str | None = Field(default=None, description="default: the namespace")
    release_channel: Literal["RAPID", "REGULAR", "STABLE", "EXTENDED"] = "REGULAR"
    deletion_protection: bool = True
    private_endpoint: bool = Field(default=False, description="no public control plane endpoint at all")
    master_authorized_networks: list[AuthorizedNetwork] = []
    network: GkeNetworkSpec = GkeNetworkSpec()
    node_pools: list[NodePoolSpec] = Field(default=[NodePoolSpec()], min_length=1)
    cloud_armor: CloudArmorSpec = CloudArmorSpec()
    state: StateBackendSpec | None = Field(default=None, description="default: local state, relative path")
    workload_identity: dict[str, list[str]] = Field(
        default={}, description="Kubernetes service account in the namespace -> project roles it is granted"
    )
    rbac_security_group: str | None = Field(default=None, description="gke-security-groups@<your domain>")
    regions: list[RegionSpec] = Field(
        default=[],
        max_length=MAX_EXTRA_REGIONS,
        description="more regions, each a cluster of its own in one fleet; needs edge.api: gateway",
    )
    config_cluster: str | None = Field(
        default=None, description="the multi-cluster Gateway's config cluster; default: gke.region's cluster"
    )

    @field_validator("project")
    @classmethod
    def _project_id(cls, value: str) -> str:
        if not _PROJECT_ID.match(value):
            raise ValueError(
                f"{quoted(value)} is not a project id: 6 to 30 lowercase letters, digits or '-', starting with a letter"
            )
        return value

    _region = field_validator("region")(_known_region)
    _zones = field_validator("zones")(_zone_names)
    _cluster = field_validator("cluster_name")(_optional_cluster_name)

    @field_validator("rbac_security_group")
    @classmethod
    def _security_group(cls, value: str | None) -> str | None:
        if value is not None and not _SECURITY_GROUP.match(value):
            raise ValueError(
                f"{quoted(value)} is not GKE's RBAC group: it must be gke-security-groups@<your domain>, "
                "e.g. 'gke-security-groups@example.org'"
            )
        return value

    @field_validator("workload_identity")
    @classmethod
    def _bindings(cls, bindings: dict[str, list[str]]) -> dict[str, list[str]]:
        for account, roles in bindings.items():
            if not _LABEL.match(account) or len(account) > 63:
                raise ValueError(f"{quoted(account)} is not a Kubernetes service account name (a DNS-1123 label)")
            for role in roles:
                if not _ROLE.match(role):
                    raise ValueError(
                        f"{account}: {quoted(role)} is not an IAM role such as 'roles/storage.objectViewer'"
                    )
                if role in FORBIDDEN_ROLES or FORBIDDEN_ROLE_PATTERN.match(role):
                    raise ValueError(
                        f"{account}: {quoted(role)} is a primitive or IAM-admin role; a pod holding it could take "
                        "over the project: grant a narrow predefined role such as 'roles/storage.objectViewer'"
                    )
            if len(set(roles)) != len(roles):
                raise ValueError(f"{account}: {roles} lists a role twice")
        return bindings

    @field_validator("master_authorized_networks")
    @classmethod
    def _not_the_internet(cls, networks: list[AuthorizedNetwork]) -> list[AuthorizedNetwork]:
        ranges = list(ipaddress.collapse_addresses(_cidr(n.cidr) for n in networks))
        total = sum(r.num_addresses for r in ranges)
        if total > AUTHORIZED_ADDRESSES_MAX:
            raise ValueError(
                f"the ranges together cover {total} addresses ({', '.join(map(str, ranges))}), more than a /8: "
                "the control plane would be open to a large part of the internet; list your own ranges"
            )
        return networks

    @model_validator(mode="after")
    def _consistent(self) -> GkeSpec:
        places = self.places(self.cluster_name or "")
        for place in places:
            _check_place(place, _place_prefix(place))
        regions = [place.region for place in places]
        if len(set(regions)) != len(regions):
            raise ValueError(f"regions: each region holds one cluster, but {regions} lists a region twice")
        # One VPC holds every cluster: no range of one may overlap a range of another (a
        # cluster's own ranges are checked by GkeNetworkSpec).
        owned = [
            (place.index, f"{_place_prefix(place)}network.{key}", _cidr(getattr(place.network, key)))
            for place in places
            for key in ("subnet_cidr", "pods_cidr", "services_cidr", "master_cidr")
        ]
        for number, (place_a, first, a) in enumerate(owned):
            for place_b, second, b in owned[number + 1 :]:
                if place_a != place_b and a.overlaps(b):
                    raise ValueError(
                        f"{first} {a} overlaps {second} {b}: the clusters share one VPC, so their ranges must be "
                        "disjoint; set the network of each region"
                    )
        return self

    def places(self, default_cluster_name: str) -> list[ClusterPlace]:
        """Every cluster of this section, resolved (see ClusterPlace)."""
        primary = self.cluster_name or default_cluster_name
        config = self.config_cluster or primary
        places = [ClusterPlace(0, primary, self.region, tuple(self.zones), self.network, tuple(self.node_pools), False)]
        for index, extra in enumerate(self.regions, start=1):
            places.append(
                ClusterPlace(
                    index,
                    extra.cluster_name or f"{primary}-{extra.region}",
                    extra.region,
                    tuple(extra.zones),
                    extra.network or derived_network(index),
                    tuple(extra.node_pools or self.node_pools),
                    False,
                )
            )
        return [replace(place, is_config=place.name == config) for place in places]

    @property
    def workload_pool(self) -> str:
        """The cluster's Workload Identity pool."""
        return f"{self.project}.svc.id.goog"


def _place_prefix(place: ClusterPlace) -> str:
    """Where a cluster's keys are in the gke section: '' for gke.region's, 'regions[N].' after it."""
    return "" if place.index == 0 else f"regions[{place.index - 1}]."


def _check_place(place: ClusterPlace, where: str) -> None:
    assert place.network is not None
    for zone in place.zones:
        if _ZONE.match(zone)["region"] != place.region:
            raise ValueError(f"{where}zones: {quoted(zone)} is not in region {place.region!r}")
    names = [pool.name for pool in place.node_pools]
    if len(set(names)) != len(names):
        raise ValueError(f"{where}node_pools: pool names must be distinct (got {names})")
    # Every node takes a /24 of the pods range and an address of the subnet, surge nodes too.
    nodes = sum(pool.max_nodes + 1 for pool in place.node_pools)
    pod_room = _cidr(place.network.pods_cidr).num_addresses >> (32 - POD_RANGE_PREFIX_PER_NODE)
    if pod_room < nodes:
        raise ValueError(
            f"{where}network.pods_cidr {place.network.pods_cidr} holds {pod_room} nodes' /24 pod ranges, but the "
            f"node pools may run {nodes} nodes (max_nodes plus one upgrade surge node per pool)"
        )
    if _cidr(place.network.subnet_cidr).num_addresses - 4 < nodes:
        raise ValueError(f"{where}network.subnet_cidr {place.network.subnet_cidr} is too small for {nodes} nodes")


def _check_cluster_name(value: str) -> None:
    if not _LABEL.match(value) or len(value) > CLUSTER_NAME_MAX:
        raise ValueError(
            f"{quoted(value)} is not a cluster name: at most {CLUSTER_NAME_MAX} lowercase letters, digits and '-', "
            "starting with a letter (the node service account is named <cluster_name>-nodes)"
        )


class ClusterSpec(_Strict):
    namespace: str = Field(default="ethercluster", examples=["ethercluster"])
    snapshot_class: SnapshotClassSpec = SnapshotClassSpec()
    monitoring: MonitoringSpec = MonitoringSpec()
    stats: StatsSpec = StatsSpec()
    gateway: GatewaySpec = GatewaySpec()
    fleets: dict[str, FleetSpec] = Field(min_length=1)
    # After `fleets`: its check reads them.
    edge: EdgeSpec | None = None
    gke: GkeSpec | None = None

    @field_validator("namespace")
    @classmethod
    def _owned_namespace(cls, value: str) -> str:
        if not _LABEL.match(value) or len(value) > 63:
            raise ValueError(
                f"{quoted(value)} is not a DNS-1123 label: at most 63 lowercase letters, digits and '-', "
                "starting with a letter"
            )
        if problem := system_namespace_problem(value):
            raise ValueError(problem)
        return value

    @field_validator("fleets")
    @classmethod
    def _fleet_names(cls, fleets: dict[str, FleetSpec]) -> dict[str, FleetSpec]:
        # Checked here, so that a hostile name is quoted (and cut) once, not used as a key path.
        for name in fleets:
            if not _LABEL.match(name) or len(name) > FLEET_NAME_MAX:
                raise ValueError(
                    f"{quoted(name)} is not a fleet name: at most {FLEET_NAME_MAX} lowercase letters, digits and '-', "
                    "starting with a letter (it names the StatefulSet and its Services)"
                )
        return fleets

    @field_validator("monitoring")
    @classmethod
    def _scrapers_elsewhere(cls, monitoring: MonitoringSpec, info: ValidationInfo) -> MonitoringSpec:
        if monitoring.scraper_namespace == info.data.get("namespace"):
            raise ValueError(
                f"the scrapers' namespace {monitoring.scraper_namespace!r} is the cluster's own namespace, "
                "whose default-deny policy would cut the scrapers off; set monitoring.namespace"
            )
        return monitoring

    @field_validator("edge")
    @classmethod
    def _something_to_route(cls, edge: EdgeSpec | None, info: ValidationInfo) -> EdgeSpec | None:
        fleets = info.data.get("fleets")
        if edge is not None and fleets and not any(fleet.is_public for fleet in fleets.values()):
            raise ValueError(
                "no fleet is public (each is internal_only or public: false), so the edge would route nothing: "
                "remove `edge` or make a fleet public"
            )
        return edge

    @model_validator(mode="after")
    def _one_definition_per_private_network(self) -> ClusterSpec:
        seen: dict[str, tuple[str, PrivateNetworkSpec]] = {}
        for fleet_name, fleet in self.fleets.items():
            if isinstance(fleet.network, PrivateNetworkSpec):
                first = seen.setdefault(fleet.network.name, (fleet_name, fleet.network))
                if first[1] != fleet.network:
                    raise ValueError(
                        f"fleets.{fleet_name}.network differs from fleets.{first[0]}.network, but both are named "
                        f"{fleet.network.name!r}; fleets of one private network repeat the same mapping "
                        "(use a YAML anchor: `network: &name {...}`, then `network: *name`)"
                    )
        return self

    @model_validator(mode="after")
    def _default_cluster_name(self) -> ClusterSpec:
        if self.gke and self.gke.cluster_name is None:
            try:
                _check_cluster_name(self.namespace)
            except ValueError as error:
                raise ValueError(
                    f"gke.cluster_name defaults to the namespace, but {error}, so set gke.cluster_name"
                ) from None
        for place in self.clusters[1:]:
            if self.gke and self.gke.regions[place.index - 1].cluster_name is None:
                try:
                    _check_cluster_name(place.name)
                except ValueError as error:
                    raise ValueError(
                        f"gke.regions[{place.index - 1}].cluster_name defaults to <cluster name>-<region>, but "
                        f"{error}, so set gke.regions[{place.index - 1}].cluster_name"
                    ) from None
        names = [place.name for place in self.clusters]
        if len(set(names)) != len(names):
            raise ValueError(f"gke.regions: cluster names must be distinct (got {names})")
        if self.gke and self.gke.config_cluster is not None and self.gke.config_cluster not in names:
            raise ValueError(
                f"gke.config_cluster: {quoted(self.gke.config_cluster)} is not one of the clusters {names}"
            )
        return self

    @model_validator(mode="after")
    def _placement(self) -> ClusterSpec:
        regions = [place.region for place in self.clusters]
        for name, fleet in self.fleets.items():
            if fleet.regions is None:
                continue
            if not self.gke:
                raise ValueError(f"fleets.{name}.regions needs a gke section: the regions are its clusters")
            if not fleet.regions or len(set(fleet.regions)) != len(fleet.regions):
                raise ValueError(f"fleets.{name}.regions={fleet.regions} must list distinct regions, at least one")
            for region in fleet.regions:
                if region not in regions:
                    raise ValueError(
                        f"fleets.{name}.regions: {quoted(region)} is not a region of the spec; use some of {regions}"
                    )
        if self.is_multi_cluster:
            # Private chain nodes find each other by in-cluster names (private_chain.replica_hosts).
            private_regions: dict[str, tuple[str, list[str] | None]] = {}
            for name, fleet in self.fleets.items():
                if not isinstance(fleet.network, PrivateNetworkSpec):
                    continue
                if fleet.regions is None or len(fleet.regions) != 1:
                    raise ValueError(
                        f"fleets.{name}.regions: the nodes of a private network find each other by in-cluster "
                        "names, so its fleets run in one region; set `regions: [<one region>]`"
                    )
                first = private_regions.setdefault(fleet.network.name, (name, fleet.regions))
                if first[1] != fleet.regions:
                    raise ValueError(
                        f"fleets.{name}.regions={fleet.regions} differs from fleets.{first[0]}.regions={first[1]}: "
                        f"the fleets of private network {fleet.network.name!r} run in one region together"
                    )
            for name in self.fleets:
                if self.fleet_gateway_service_name(name) in self.fleets:
                    raise ValueError(
                        f"fleets.{self.fleet_gateway_service_name(name)}: the name is taken by the Service of "
                        f"fleets.{name}'s path at the gateway; rename the fleet"
                    )
        if self.is_multi_cluster and self.edge is not None and self.edge.api != "gateway":
            raise ValueError(
                f"edge.api={self.edge.api!r} cannot span regions: only the Gateway API balances across clusters; "
                "set edge.api: gateway"
            )
        if self.is_multi_cluster and self.edge is not None and self.edge.tls_secret:
            raise ValueError(
                f"edge.tls_secret={quoted(self.edge.tls_secret)}: a Secret lives in one cluster, and the multi-cluster "
                "Gateway serves the GKE stack's Certificate Manager map instead; remove edge.tls_secret"
            )
        return self

    # -- names shared by the manifests and the GKE stack: derived once, here ---------------

    @property
    def static_ip_name(self) -> str:
        explicit = self.edge.static_ip_name if self.edge else None
        return explicit or f"{self.namespace}-edge-ip"

    @cached_property
    def clusters(self) -> list[ClusterPlace]:
        """Every cluster the spec places fleets in: one per region of the gke section, or one
        (named after the namespace, with no region) without it."""
        if self.gke:
            return self.gke.places(self.namespace)
        return [ClusterPlace(0, self.namespace, None, (), None, (), True)]

    @property
    def is_multi_cluster(self) -> bool:
        return bool(self.gke and self.gke.regions)

    @property
    def config_cluster(self) -> ClusterPlace:
        return next(place for place in self.clusters if place.is_config)

    def fleets_in(self, place: ClusterPlace) -> dict[str, FleetSpec]:
        """The fleets that run in `place`, in spec order (a fleet without `regions` runs everywhere)."""
        return {
            name: fleet for name, fleet in self.fleets.items() if fleet.regions is None or place.region in fleet.regions
        }

    @property
    def api_server_ranges(self) -> list[str] | None:
        """The first cluster's (see ClusterPlace.api_server_ranges)."""
        return self.clusters[0].api_server_ranges

    def fleet_gateway_service_name(self, fleet: str) -> str:
        """With several clusters: the Service of one public fleet's HTTP path at the eRPC gateway
        of each cluster that runs it (exported, so the multi-cluster Gateway routes to the
        ServiceImport of this name; docs/multi-region.md)."""
        return f"{fleet}-gateway"

    @property
    def ssl_policy_name(self) -> str | None:
        """The Compute SSL policy (TLS 1.2+) of the edge, created by the GKE stack."""
        return f"{self.namespace}-edge-tls" if self.edge else None

    @property
    def certificate_map_name(self) -> str | None:
        """The Certificate Manager map of a Gateway API edge, created by the GKE stack (with its
        certificates, map entries and DNS authorizations) and named on the Gateway."""
        edge = self.edge
        return f"{self.namespace}-edge-certs" if edge and edge.api == "gateway" and not edge.tls_secret else None

    def stats_host(self, slug: str) -> str | None:
        """The host of network `slug`'s published stats dashboard: `<slug>-stats.<stats.domain or
        the first edge domain>`; None without an edge or a domain."""
        domain = self.stats.domain or (self.edge.domains[0] if self.edge and self.edge.domains else None)
        return f"{slug}-stats.{domain}" if self.edge and domain else None

    @property
    def stats_hostnames(self) -> list[str]:
        """The edge hostnames of the ethstats dashboards, `<slug>-stats.<domain>`, by network name:
        one per network with a public fleet, and per private network with `stats.publish_private`
        (the dashboards ClusterChart publishes). Empty without an edge, a domain or stats."""
        from .catalog.networks import get_network  # plain data; spec.py itself loads no catalog

        if not (self.stats.enabled and self.stats_host("")):
            return []
        slugs: dict[str, str] = {}
        for fleet in self.fleets.values():
            if isinstance(fleet.network, PrivateNetworkSpec):
                if self.stats.publish_private:
                    slugs[fleet.network.name] = fleet.network.name
            elif fleet.is_public:
                slugs[fleet.network] = get_network("network", fleet.network).rpc_path.lstrip("/")
        return [self.stats_host(slugs[name]) for name in sorted(slugs)]

    @property
    def stats_domain(self) -> str | None:
        """The domain the dashboards' hostnames end in (stats.domain, default the first edge domain)."""
        return self.stats_hostnames[0].split(".", 1)[1] if self.stats_hostnames else None

    @property
    def edge_hostnames(self) -> list[str]:
        """Every hostname the edge serves: the RPC domains, then the dashboards'."""
        return [*(self.edge.domains if self.edge else []), *self.stats_hostnames]

    @property
    def security_policy_name(self) -> str | None:
        return f"{self.namespace}-rpc-armor" if self.edge and self.edge.cloud_armor else None

    @property
    def cluster_name(self) -> str:
        return (self.gke.cluster_name if self.gke else None) or self.namespace

    def workload_identity_principal(self, service_account: str, *, project_number: str) -> str:
        """The IAM principal of a Kubernetes service account in this spec's namespace
        (Workload Identity Federation for GKE; no Google service account needed)."""
        assert self.gke is not None
        return (
            f"principal://iam.googleapis.com/projects/{project_number}/locations/global/workloadIdentityPools/"
            f"{self.gke.workload_pool}/subject/ns/{self.namespace}/sa/{service_account}"
        )


class SpecError(EtherclusterError):
    """A cluster spec file is invalid. The message starts with the file and key path."""


def load_spec(path: str | Path) -> tuple[ClusterSpec, Path]:
    """Read and validate a spec file. Returns the spec and the folder relative paths start from."""
    path = Path(path)
    try:
        raw = read_yaml(path)
    except OSError as error:
        raise SpecError(f"{path}: cannot read the spec file ({error.strerror})") from None
    except YamlInputError as error:
        raise SpecError(str(error)) from None
    try:
        return ClusterSpec.model_validate(raw if raw is not None else {}), path.parent
    except ValidationError as error:
        raise SpecError(f"{path}: {_describe(error)}") from None


_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "float_type": "a number",
    "float_parsing": "a number",
    "list_type": "a list",
    "dict_type": "a mapping of keys to values",
    "model_type": "a mapping of keys to values",
    "model_attributes_type": "a mapping of keys to values",
}
"""How a pydantic type error is told in YAML terms: what the key expects."""

MAX_PROBLEMS_SHOWN = 3


def shown(value: object) -> str:
    """A value as a spec error quotes it: text as 'text', anything else in YAML's flow style, cut short."""
    if isinstance(value, str):
        return quoted(value)
    text = " ".join(json.dumps(value, default=str, ensure_ascii=False).split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def _describe(error: ValidationError) -> str:
    """pydantic's errors as one line in the spec's own terms: YAML key paths and key names."""
    problems = []
    for problem in error.errors(include_url=False):
        path, field, keys = _resolve(problem["loc"])
        problems.append((path, problem, field, keys))
    # A union (`network: classic` or a private network mapping) reports one error per branch;
    # keep the branch the value went into, or merge plain type errors into one.
    deeper = {path for path, *_ in problems}
    problems = [
        p
        for p in problems
        if not (p[1]["type"] in _TYPE_WORDS and any(d[: len(p[0])] == p[0] and d != p[0] for d in deeper))
    ]
    merged: dict[tuple, list] = {}
    for path, problem, field, keys in problems:
        merged.setdefault(path, []).append((problem, field, keys))
    lines = [_line(path, group) for path, group in merged.items()]
    more = len(lines) - MAX_PROBLEMS_SHOWN
    return "; ".join(lines[:MAX_PROBLEMS_SHOWN]) + (f"; and {more} more problem(s)" if more > 0 else "")


def _line(path: tuple, group: list) -> str:
    where = key_path(path)
    problem, field, keys = group[0]
    kind = problem["type"]
    given = problem.get("input")
    if kind == "extra_forbidden":
        key = str(path[-1])
        close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"{where}: unknown key (with value {shown(given)}); {hint}valid keys here: {', '.join(keys)}"
    if kind == "missing":
        return f"{where}: required key is missing"
    if all(p["type"] in _TYPE_WORDS for p, *_ in group):
        words = " or ".join(dict.fromkeys(_TYPE_WORDS[p["type"]] for p, *_ in group))
        examples = field.examples if field is not None and field.examples else []
        example = f", for example {shown(examples[0])}" if examples else ""
        return f"{where}: expected {words}{example} (got {shown(given)})"
    message = problem["msg"].removeprefix("Value error, ").replace("Input should be", "should be")
    # A check across several keys names its values itself; quoting the whole mapping adds noise.
    cross_key = kind == "value_error" and isinstance(given, dict)
    return f"{where}: {message}" if cross_key else f"{where}: {message} (got {shown(given)})"


def key_path(path: tuple) -> str:
    """`('gke', 'node_pools', 0, 'name')` as `gke.node_pools[0].name`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _resolve(loc: tuple) -> tuple[tuple, FieldInfo | None, list[str]]:
    """The YAML key path of an error location (union branch names dropped), the field at its
    end, and the valid keys of the mapping that holds it."""
    path: list = []
    node: object = ClusterSpec
    field: FieldInfo | None = None
    keys: list[str] = sorted(ClusterSpec.model_fields)
    for part in loc:
        options = _members(node)
        model = next((m for m in options if isinstance(m, type) and issubclass(m, BaseModel)), None)
        if len(options) > 1 and isinstance(part, str) and part in {getattr(m, "__name__", "") for m in options}:
            node = next(m for m in options if getattr(m, "__name__", "") == part)  # a union branch tag
            continue
        path.append(part)
        if model is not None and part in model.model_fields:
            keys = sorted(model.model_fields)
            field = model.model_fields[part]
            node = field.annotation
        elif model is not None:
            keys, field, node = sorted(model.model_fields), None, None
        else:
            collection = next((m for m in options if get_origin(m) in (dict, list)), None)
            node = get_args(collection)[-1] if collection is not None else None
    return tuple(path), field, keys


def _members(annotation: object) -> list:
    """The types an annotation allows, None left out: `str | PrivateNetworkSpec | None` -> both."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if get_origin(annotation) in (Union, UnionType):
        return [m for m in get_args(annotation) if m is not type(None)]
    return [annotation] if annotation is not None else []
