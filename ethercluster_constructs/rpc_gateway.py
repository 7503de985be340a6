"""RpcGateway: an eRPC JSON-RPC gateway between the public edge and the node fleets.

The load balancer only knows ready or not ready per pod. The gateway knows each node's head:
it sends every call to a node at the chain head (eRPC's default selection policy drops an
upstream 16 blocks or 30 s behind), retries and hedges slow calls, falls back to other
replicas or to external upstreams, caches finalized data, enforces a method allowlist and a
per-client-IP rate limit, and exports per-method metrics. docs/gateway.md has the evidence.

eRPC facts (erpc/erpc at GATEWAY_VERSION): the config is YAML with `${VAR}` expanded from
the environment (common/config.go, os.ExpandEnv); the server listens on 4000 and metrics on
4001 (common/defaults.go); `/healthcheck` answers the health check (erpc/http_server.go,
parseUrlPath); the image is distroless `nonroot` running /erpc-server (Dockerfile). It has
no WebSocket server at this version, so WebSocket stays routed to the nodes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import cdk8s
import cdk8s_plus_27 as kplus
import yaml
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches, _values, checkov_skips
from .catalog import Resources
from .dns import dns_egress
from .errors import EtherclusterError, quoted
from .ethereum_node import PART_OF, PRIVATE_RANGES, EthereumNode
from .network_policy import allow_from, allow_to, ip_block, namespace_pods, network_policy, pods, tcp
from .node_containers import (
    FLEET_HEALTH_PORT,
    HEALTH_IMAGE,
    container_resources,
    fleet_health_container,
    fleet_health_script,
    restricted_container,
)
from .validation import dns_label, non_negative_int, one_of, pinned_image

GATEWAY_NAME = "rpc-gateway"
GATEWAY_VERSION = "0.1.2"
GATEWAY_IMAGE = f"ghcr.io/erpc/erpc:{GATEWAY_VERSION}"
"""Pinned by immutable release tag: no registry is reachable from the build machines, so no
digest could be verified (docs/gateway.md). Pass `image=` with an `@sha256:` digest to pin harder."""
HTTP_PORT = 4000
METRICS_PORT = 4001
HEALTH_PATH = "/healthcheck"
PROJECT = "main"
CONFIG_DIR = "/etc/erpc"
CONFIG_FILE = "erpc.yaml"
CLIENT_IP_HEADER = "X-Ethercluster-Client-Ip"
"""The load balancer writes the client's address here (BackendConfig customRequestHeaders,
`{client_ip_address}`); eRPC trusts it only from the load balancer's ranges."""
GATEWAY_METRICS = frozenset(
    {
        "erpc_network_request_received_total",
        "erpc_network_failed_request_total",
        "erpc_network_successful_request_total",
        "erpc_upstream_block_head_lag",
    }
)
"""The eRPC series the alert rules read (erpc/erpc telemetry/metrics.go at GATEWAY_VERSION:
namespace "erpc" plus each metric's Name)."""
RATE_LIMIT_PERIODS = {"second": 0, "minute": 1, "hour": 2, "day": 3}
"""eRPC's RateLimitPeriod enum (typescript/config/src/generated.ts)."""
_CACHE_SIZE = re.compile(r"^[1-9][0-9]{0,4}(MB|GB)$")
_SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]{1,253}$")


@dataclass(frozen=True)
class FallbackUpstream:
    """An external JSON-RPC endpoint used only when no fleet node is healthy (eRPC tag
    `tier:fallback`). The URL, key included, is read from `secret`'s `key` at start-up and
    never appears in a manifest."""

    network: str
    secret: str
    key: str = "url"


@dataclass(frozen=True)
class GatewayLimits:
    """Props of RpcGateway's rate limit and cache.

    rate_limit_requests / rate_limit_period: per client IP, requests per period
        ("second", "minute", "hour" or "day"). Default 50 per second.
    cache_max_items / cache_max_size: the in-memory cache of finalized data.
        Default 100000 items, "256MB" (the memory limit grows with it).
    redis_secret: a Secret whose key `uri` holds a redis:// URI of an external cache shared by
        the replicas (it is then the cache's second tier). Default None.
    """

    rate_limit_requests: int = 50
    rate_limit_period: str = "second"
    cache_max_items: int = 100_000
    cache_max_size: str = "256MB"
    redis_secret: str | None = None

    def validated(self) -> GatewayLimits:
        if non_negative_int("RpcGateway.rate_limit.requests", self.rate_limit_requests) == 0:
            raise EtherclusterError("RpcGateway.rate_limit.requests=0 would refuse every call; use at least 1")
        if self.rate_limit_requests >= 2**32:
            raise EtherclusterError(f"RpcGateway.rate_limit.requests={self.rate_limit_requests} is above 2^32-1")
        one_of("RpcGateway.rate_limit.per", self.rate_limit_period, tuple(RATE_LIMIT_PERIODS))
        if non_negative_int("RpcGateway.cache.max_items", self.cache_max_items) == 0:
            raise EtherclusterError("RpcGateway.cache.max_items=0: give at least 1")
        if not isinstance(self.cache_max_size, str) or not _CACHE_SIZE.match(self.cache_max_size):
            raise EtherclusterError(
                f"RpcGateway.cache.max_size={quoted(self.cache_max_size)} is not a size such as '256MB' or '1GB'"
            )
        if self.cache_megabytes > 16 * 1024:
            raise EtherclusterError(f"RpcGateway.cache.max_size={self.cache_max_size!r} is above 16GB")
        if self.redis_secret is not None:
            dns_label("RpcGateway.cache.redis_secret", self.redis_secret, max_length=253)
        return self

    @property
    def cache_megabytes(self) -> int:
        number, unit = int(self.cache_max_size[:-2]), self.cache_max_size[-2:]
        return number * (1024 if unit == "GB" else 1)


@dataclass(frozen=True)
class GatewayRoute:
    """One network the gateway serves: the edge path and the fleet behind it."""

    alias: str
    chain_id: int
    node: EthereumNode
    upstream_hosts: tuple[str, ...] = field(default=())


class RpcGateway(Construct):
    """eRPC in front of `fleets`: a Deployment, its config, Service, PDB, HPA and NetworkPolicy.

    Props (keyword-only):
        namespace: the fleets' namespace.
        fleets: EthereumNodes created with their edge `rpc_path` ('/etc'); at most one per chain.
        paths: the public path of each fleet (node name -> '/etc'), which the gateway serves.
            Default: each node's `rpc_path` (the Ingress edge, where nodes serve under their
            public path); give it on the Gateway edge, where nodes serve at '/'.
        name: Deployment and Service name. Default "rpc-gateway".
        replicas / max_replicas: HPA bounds, at least 2; one pod per node, spread over zones
            (_patches.spread_across_nodes_and_zones). Default 2 / 3: raise max_replicas with the pool.
        limits: GatewayLimits(). fallbacks: FallbackUpstream per network. Default none.
        monitoring_namespace: may scrape metrics. Default "gmp-system".
        image: Default GATEWAY_IMAGE.
        fleet_health: add the per-fleet health sidecar (pod_scripts/fleet_health.py): at
            `fleet_health_port`, `fleet_health_path(node)` answers 200 while a replica of that
            fleet in this cluster is ready, for a load balancer that balances each fleet across
            clusters (docs/multi-region.md). Default False.

    Attributes: `name`, `service`, `port`, `health_port`, `health_path`, `metrics_port`,
    `selector_labels`, `routes` (GatewayRoute per fleet), `config` (the eRPC config as a dict),
    `fleet_health_port` (None without the sidecar), `labels`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        fleets: Sequence[EthereumNode],
        name: str = GATEWAY_NAME,
        replicas: int = 2,
        max_replicas: int = 3,
        limits: GatewayLimits | None = None,
        fallbacks: Sequence[FallbackUpstream] = (),
        monitoring_namespace: str = "gmp-system",
        image: str = GATEWAY_IMAGE,
        paths: Mapping[str, str] | None = None,
        fleet_health: bool = False,
    ) -> None:
        super().__init__(scope, id)
        self.name = dns_label("RpcGateway.name", name, max_length=52)
        self.namespace = dns_label("RpcGateway.namespace", namespace)
        if non_negative_int("RpcGateway.replicas", replicas) < 2:
            raise EtherclusterError(f"RpcGateway.replicas={replicas} must be at least 2, so one zone can fail")
        if non_negative_int("RpcGateway.max_replicas", max_replicas) < replicas:
            raise EtherclusterError(f"RpcGateway.max_replicas={max_replicas} is below replicas={replicas}")
        self.limits = (limits or GatewayLimits()).validated()
        self.image = GATEWAY_IMAGE if image == GATEWAY_IMAGE else pinned_image("RpcGateway.image", image)
        self.routes = _routes(fleets, paths or {})
        self.fallbacks = _check_fallbacks(fallbacks, self.routes)
        self.port, self.health_port, self.metrics_port, self.health_path = (
            HTTP_PORT,
            HTTP_PORT,
            METRICS_PORT,
            HEALTH_PATH,
        )
        self.client_ip_header = CLIENT_IP_HEADER
        self.selector_labels = {"app.kubernetes.io/instance": self.name, "app.kubernetes.io/component": "rpc-gateway"}
        labels = {**self.selector_labels, "app.kubernetes.io/name": "erpc", "app.kubernetes.io/part-of": PART_OF}
        self.labels = labels
        self.fleet_health_port = FLEET_HEALTH_PORT if fleet_health else None
        self.config = gateway_config(self.routes, self.limits, self.fallbacks)
        config_text = yaml.safe_dump(self.config, sort_keys=False, width=1000)

        config_map = kplus.ConfigMap(self, "Config", metadata=self._meta(labels), data={CONFIG_FILE: config_text})
        config_volume = kplus.Volume.from_config_map(self, "ConfigVolume", config_map, name="config")
        scratch = kplus.Volume.from_empty_dir(self, "Scratch", "scratch", size_limit=_values.size("64Mi"))
        env = {
            f"ERPC_FALLBACK_{i}": _secret_env(self, f"Fallback{i}", f.secret, f.key)
            for i, f in enumerate(self.fallbacks)
        }
        if self.limits.redis_secret:
            env["ERPC_CACHE_REDIS_URI"] = _secret_env(self, "Redis", self.limits.redis_secret, "uri")
        memory_limit = 512 + 2 * self.limits.cache_megabytes
        skipped_checks = ["CKV_K8S_43", "CKV_K8S_15", *(["CKV_K8S_35"] if env else [])]
        self.deployment = kplus.Deployment(
            self,
            "Deployment",
            metadata=self._meta(labels, checkov_skips.annotations(*skipped_checks)),
            # Each new config rolls the pods: eRPC reads its file once, at start.
            pod_metadata=cdk8s.ApiObjectMetadata(
                labels=labels,
                annotations={"ethercluster.io/config-hash": hashlib.sha256(config_text.encode()).hexdigest()[:16]},
            ),
            select=False,
            replicas=replicas,
            automount_service_account_token=False,
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True),
            containers=[
                kplus.ContainerProps(
                    name="erpc",
                    image=self.image,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=["/erpc-server"],
                    args=["--config", f"{CONFIG_DIR}/{CONFIG_FILE}", "--require-config"],
                    env_variables=env or None,
                    ports=[
                        kplus.ContainerPort(name="http", number=HTTP_PORT),
                        kplus.ContainerPort(name="metrics", number=METRICS_PORT),
                    ],
                    resources=container_resources(
                        Resources(
                            cpu_request="250m",
                            cpu_limit="2",
                            memory_request=f"{memory_limit // 2}Mi",
                            memory_limit=f"{memory_limit}Mi",
                        )
                    ),
                    security_context=restricted_container(),
                    volume_mounts=[
                        kplus.VolumeMount(path=CONFIG_DIR, volume=config_volume, read_only=True),
                        kplus.VolumeMount(path="/tmp", volume=scratch),
                    ],
                    readiness=kplus.Probe.from_http_get(
                        HEALTH_PATH, port=HTTP_PORT, period_seconds=_values.seconds(10), failure_threshold=3
                    ),
                    liveness=kplus.Probe.from_tcp_socket(
                        port=HTTP_PORT, period_seconds=_values.seconds(20), failure_threshold=5
                    ),
                ),
                *([self._fleet_health_container(labels, scratch)] if fleet_health else []),
            ],
        )
        self.deployment.select(kplus.LabelSelector.of(labels=self.selector_labels))
        _patches.harden_pod(
            self.deployment, containers=("containers/0", "containers/1") if fleet_health else ("containers/0",)
        )
        _patches.spread_across_nodes_and_zones(self.deployment, self.selector_labels)

        self.service = kplus.Service(
            self,
            "Service",
            metadata=self._meta(labels),
            ports=[
                kplus.ServicePort(name="http", port=HTTP_PORT, target_port=HTTP_PORT),
                kplus.ServicePort(name="metrics", port=METRICS_PORT, target_port=METRICS_PORT),
            ],
            selector=kplus.Pods.select(self, "ServicePods", labels=self.selector_labels),
        )
        k8s.KubePodDisruptionBudget(
            self,
            "Disruption",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels),
            spec=k8s.PodDisruptionBudgetSpec(
                min_available=_values.number(1),
                selector=k8s.LabelSelector(match_labels=self.selector_labels),
            ),
        )
        k8s.KubeHorizontalPodAutoscalerV2(
            self,
            "Autoscaler",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(
                    api_version="apps/v1", kind="Deployment", name=self.name
                ),
                min_replicas=replicas,
                max_replicas=max_replicas,
                metrics=[
                    k8s.MetricSpecV2(
                        type="Resource",
                        resource=k8s.ResourceMetricSourceV2(
                            name="cpu", target=k8s.MetricTargetV2(type="Utilization", average_utilization=70)
                        ),
                    )
                ],
            ),
        )
        self._network_policy(labels, monitoring_namespace)

    def _meta(self, labels: dict[str, str], annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=labels, annotations=annotations)

    def fleet_service(self, node: EthereumNode, *, name: str) -> kplus.Service:
        """A Service `name` for `node`'s fleet at this gateway: the gateway's pods, HTTP only.
        One per fleet, so that a load balancer health-checks each fleet's path on its own
        (with `fleet_health`, at `fleet_health_path(node)`)."""
        self.fleet_health_path(node)
        service = kplus.Service(
            self,
            f"FleetService-{node.name}",
            metadata=cdk8s.ApiObjectMetadata(
                name=dns_label("RpcGateway.fleet_service", name), namespace=self.namespace, labels=self.labels
            ),
            ports=[kplus.ServicePort(name="http", port=HTTP_PORT, target_port=HTTP_PORT)],
            selector=kplus.Pods.select(self, f"FleetServicePods-{node.name}", labels=self.selector_labels),
        )
        return service

    def fleet_health_path(self, node: EthereumNode) -> str:
        """Where the fleet-health sidecar answers for `node`'s fleet (with `fleet_health`)."""
        if self.fleet_health_port is None or all(route.node is not node for route in self.routes):
            raise EtherclusterError(f"RpcGateway.fleet_health_path: no fleet health for {node.name!r} here")
        return f"/fleets/{node.name}"

    def _fleet_health_container(self, labels: dict[str, str], scratch: kplus.Volume) -> kplus.ContainerProps:
        """Each fronted fleet's replicas' own readiness URLs, asked by the sidecar."""
        script = kplus.ConfigMap(
            self,
            "FleetHealthScript",
            metadata=cdk8s.ApiObjectMetadata(name=f"{self.name}-fleet-health", namespace=self.namespace, labels=labels),
            data={"fleet_health.py": fleet_health_script()},
        )
        fleets = {
            route.node.name: [f"http://{host}:{route.node.health_port}/ready" for host in route.upstream_hosts]
            for route in self.routes
        }
        return fleet_health_container(
            image=HEALTH_IMAGE,
            fleets=fleets,
            script=kplus.Volume.from_config_map(self, "FleetHealthVolume", script, name="fleet-health-script"),
            scratch=scratch,
        )

    def _network_policy(self, labels: dict[str, str], monitoring_namespace: str) -> None:
        """Ingress: HTTP from this namespace's pods (the edge adds the load balancer's own
        policy); metrics from monitoring. Egress: DNS, the fronted nodes' RPC port, and, only
        with fallbacks or an external cache, the internet on 443 / 6379 (never cluster ranges)."""
        monitoring = dns_label("RpcGateway.monitoring_namespace", monitoring_namespace)
        ingress = [allow_from(pods(), [tcp(HTTP_PORT)]), allow_from(namespace_pods(monitoring), [tcp(METRICS_PORT)])]
        egress = dns_egress()
        for route in self.routes:
            node = route.node
            # With the fleet-health sidecar, also the nodes' readiness endpoints.
            ports = [tcp(node.ports.rpc), *([tcp(node.health_port)] if self.fleet_health_port else [])]
            egress.append(allow_to(pods(node.selector_labels), ports))
        external = ([tcp(443)] if self.fallbacks else []) + ([tcp(6379)] if self.limits.redis_secret else [])
        if external:
            egress.append(allow_to(ip_block("0.0.0.0/0", excluded=PRIVATE_RANGES), external))
        network_policy(
            self,
            "NetworkPolicy",
            metadata=self._meta(labels),
            pod_labels=self.selector_labels,
            ingress=ingress,
            egress=egress,
        )


def gateway_config(
    routes: Sequence[GatewayRoute], limits: GatewayLimits, fallbacks: Sequence[FallbackUpstream] = ()
) -> dict:
    """The eRPC config (typescript/config/src/generated.ts `Config`) as plain data."""
    from .cluster_network import GOOGLE_LB_RANGES

    budget = "per-client-ip"
    upstreams = []
    for route in routes:
        allowed = public_methods(route.node)
        for index, host in enumerate(route.upstream_hosts):
            upstreams.append(
                {
                    "id": f"{route.node.name}-{index}",
                    "endpoint": f"http://{host}:{route.node.ports.rpc}{route.node.rpc_path}",
                    "evm": {"chainId": route.chain_id},
                    "ignoreMethods": ["*"],
                    "allowMethods": list(allowed),
                }
            )
    for index, fallback in enumerate(fallbacks):
        route = next(r for r in routes if r.node.network.name == fallback.network)
        upstreams.append(
            {
                "id": f"fallback-{index}-{fallback.network}",
                "endpoint": f"${{ERPC_FALLBACK_{index}}}",
                "tags": ["tier:fallback"],
                "evm": {"chainId": route.chain_id},
                "ignoreMethods": ["*"],
                "allowMethods": public_methods(route.node),
            }
        )
    connectors: list[dict] = [
        {
            "id": "memory",
            "driver": "memory",
            "memory": {"maxItems": limits.cache_max_items, "maxTotalSize": limits.cache_max_size},
        }
    ]
    if limits.redis_secret:
        connectors.append({"id": "redis", "driver": "redis", "redis": {"uri": "${ERPC_CACHE_REDIS_URI}"}})
    return {
        "logLevel": "warn",
        "server": {
            "listenV4": True,
            "httpHostV4": "0.0.0.0",
            "httpPortV4": HTTP_PORT,
            "listenV6": False,
            "maxTimeout": "60s",
            # The load balancer's proxies connect to the pods; only from them is the
            # client-address header believed.
            "trustedIPForwarders": list(GOOGLE_LB_RANGES),
            "trustedIPHeaders": [CLIENT_IP_HEADER],
            # `/<alias>` on any host serves the network of that alias (the edge's paths).
            "aliasing": {
                "rules": [{"matchDomain": "*", "serveProject": PROJECT, "serveArchitecture": "", "serveChain": ""}]
            },
        },
        "metrics": {"enabled": True, "listenV4": True, "hostV4": "0.0.0.0", "port": METRICS_PORT, "listenV6": False},
        "database": {
            "evmJsonRpcCache": {
                "connectors": connectors,
                # Only finalized data: it never changes, so a cached answer is never stale.
                # 0 is DataFinalityStateFinalized (generated.ts); the YAML loader takes "0" or
                # "finalized" (common/data.go, DataFinalityState.UnmarshalYAML).
                "policies": [{"connector": c["id"], "network": "*", "method": "*", "finality": 0} for c in connectors],
            }
        },
        "rateLimiters": {
            "budgets": [
                {
                    "id": budget,
                    "rules": [
                        {
                            "method": "*",
                            "maxCount": limits.rate_limit_requests,
                            "period": RATE_LIMIT_PERIODS[limits.rate_limit_period],
                            "perIP": True,
                        }
                    ],
                }
            ]
        },
        "projects": [
            {
                "id": PROJECT,
                "rateLimitBudget": budget,
                # Refused here with -32601, before any upstream work; the upstreams carry
                # each fleet's own list.
                "ignoreMethods": ["*"],
                "allowMethods": sorted({m for route in routes for m in public_methods(route.node)}),
                "networks": [
                    {
                        "architecture": "evm",
                        "alias": route.alias,
                        "evm": {"chainId": route.chain_id},
                        "failsafe": [
                            {
                                "matchMethod": "*",
                                "timeout": {"duration": "30s"},
                                "retry": {
                                    "maxAttempts": 3,
                                    "delay": "100ms",
                                    "backoffFactor": 1.5,
                                    "backoffMaxDelay": "1s",
                                },
                                "hedge": {"delay": "500ms", "maxCount": 1},
                            }
                        ],
                    }
                    for route in routes
                ],
                "upstreams": upstreams,
            }
        ],
    }


def public_methods(node: EthereumNode) -> list[str]:
    """The allowlist: every method of each public API namespace the fleet serves."""
    return [f"{api}_*" for api in sorted(set(node.rpc_apis) & node.client.public_apis)]


def _routes(fleets: Sequence[EthereumNode], paths: Mapping[str, str]) -> tuple[GatewayRoute, ...]:
    if not fleets:
        raise EtherclusterError("RpcGateway.fleets is empty: give the fleets it fronts")
    routes: dict[int, GatewayRoute] = {}
    for node in fleets:
        path = paths.get(node.name, node.rpc_path)
        alias = path.strip("/") if isinstance(path, str) else ""
        if not re.fullmatch(r"[a-z0-9][-a-z0-9]*", alias):
            raise EtherclusterError(
                f"RpcGateway.fleets: {node.name!r} is public at {quoted(path)}; the gateway serves one-segment "
                "paths such as '/etc'"
            )
        chain = node.network.chain_id
        if chain in routes:
            raise EtherclusterError(
                f"RpcGateway.fleets: {routes[chain].node.name!r} and {node.name!r} both serve chain {chain}; "
                "the gateway fronts one fleet per chain (set `gateway.enabled: false` or make one internal_only)"
            )
        routes[chain] = GatewayRoute(alias=alias, chain_id=chain, node=node, upstream_hosts=tuple(node.pod_hosts))
    return tuple(routes.values())


def _check_fallbacks(
    fallbacks: Sequence[FallbackUpstream], routes: Sequence[GatewayRoute]
) -> tuple[FallbackUpstream, ...]:
    networks = sorted({r.node.network.name for r in routes})
    for index, fallback in enumerate(fallbacks):
        where = f"RpcGateway.fallbacks.{index}"
        one_of(f"{where}.network", fallback.network, tuple(networks))
        dns_label(f"{where}.secret", fallback.secret, max_length=253)
        if not isinstance(fallback.key, str) or not _SECRET_KEY.match(fallback.key):
            raise EtherclusterError(
                f"{where}.key={quoted(fallback.key)} is not a Secret key (letters, digits, '-', '_', '.')"
            )
    return tuple(fallbacks)


def _secret_env(scope: Construct, id: str, secret_name: str, key: str) -> kplus.EnvValue:
    secret = kplus.Secret.from_secret_name(scope, id, secret_name)
    return kplus.EnvValue.from_secret_value(kplus.SecretValue(secret=secret, key=key))


def config_json(config: dict) -> str:
    """The config as JSON, for rendering it as a TypeScript value (tests type-check it)."""
    return json.dumps(config, indent=2, sort_keys=False)
