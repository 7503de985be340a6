"""GatewayEdge: the public HTTPS edge as a GKE Gateway (Gateway API) instead of a GCE Ingress.

What it writes (GKE facts: GoogleCloudPlatform/gke-gateway-api `config/crd/`, and the
GatewayClasses GKE installs; docs/edge.md compares it with the Ingress edge):

- one Gateway of class GATEWAY_CLASS (MULTI_CLUSTER_GATEWAY_CLASS with `multi_cluster`) on
  the named global static IP (`spec.addresses` NamedAddress), an HTTPS listener whose
  certificates come from a Certificate Manager map (annotation CERTMAP_ANNOTATION) or from a
  kubernetes.io/tls Secret, and an HTTP listener that only redirects to HTTPS;
- a GCPGatewayPolicy naming the Compute SSL policy (TLS 1.2+);
- per route an HTTPRoute: the public path prefix and hosts, rewritten to '/'
  (`URLRewrite` `ReplacePrefixMatch`) so that every node serves JSON-RPC at '/';
- per backend Service (ServiceImport with `multi_cluster`) a HealthCheckPolicy (numbers in
  HEALTH_CHECK) and a GCPBackendPolicy (timeout, draining, affinity, Cloud Armor).

The CRD bindings are imported where they are used: each loads its jsii assembly at import,
and a spec without this edge needs none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import cdk8s
from constructs import Construct

from .errors import EtherclusterError
from .validation import dns_label

if TYPE_CHECKING:
    from .cluster_network import PublicEdge

GATEWAY_CLASS = "gke-l7-global-external-managed"
"""GKE's global external Application Load Balancer, one cluster."""
MULTI_CLUSTER_GATEWAY_CLASS = "gke-l7-global-external-managed-mc"
"""The same load balancer in front of every cluster of a fleet; the Gateway lives in the config
cluster and its routes send to ServiceImports (net.gke.io), one per exported Service."""
CERTMAP_ANNOTATION = "networking.gke.io/certmap"
"""Names the Certificate Manager map the HTTPS listener serves (created by the GKE stack)."""
SERVICE_IMPORT = ("net.gke.io", "ServiceImport")
SERVICE = ("", "Service")
HTTPS_LISTENER = "https"
HTTP_LISTENER = "http"
HSTS_HEADER = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
"""Set on every routed response (the Ingress edge sends the same through its BackendConfig)."""
CLIENT_IP_VARIABLE = "{client_ip_address}"
"""The load balancer's variable for the client's address in a custom request header."""


@dataclass(frozen=True)
class HealthCheck:
    """How the load balancer probes each backend (HealthCheckPolicy `default`)."""

    interval_seconds: int
    timeout_seconds: int
    healthy_threshold: int
    unhealthy_threshold: int


HEALTH_CHECK = HealthCheck(interval_seconds=5, timeout_seconds=5, healthy_threshold=2, unhealthy_threshold=2)
"""The Gateway edge's probe: a node that stops being ready (falls behind, stops, loses its
region) leaves the load balancer within 2 x 5 s of its first failed probe, and two passing
probes bring it back, so one lucky probe does not flap a syncing node in. docs/edge.md
carries the failover arithmetic."""


@dataclass(frozen=True)
class GatewayBackend:
    """A Service behind the Gateway (a ServiceImport of that name with `multi_cluster`).

    Attributes:
        name: the Service's name.
        health_port: the port the load balancer probes (a container port of the selected pods).
        health_path: the HTTP path it probes, e.g. '/ready'.
    """

    name: str
    health_port: int
    health_path: str


@dataclass(frozen=True)
class GatewayRule:
    """One path of an HTTPRoute.

    Attributes:
        path: the public path prefix, e.g. '/etc'.
        backend: the backend's Service name (see GatewayBackend).
        port: the Service port.
        rewrite: replace the matched prefix with '/' (the backend serves at '/'). Default True.
        client_ip_header: a request header set to the client's address (for a backend that rate
            limits per client, such as the eRPC gateway). Default None.
    """

    path: str
    backend: str
    port: int
    rewrite: bool = True
    client_ip_header: str | None = None


class GatewayEdge(Construct):
    """The Gateway, its policies and routes (see the module docstring).

    Props (keyword-only):
        namespace: the namespace of every object (and of the backends).
        edge: a validated PublicEdge with api="gateway".
        name: the Gateway's name. Default "edge".

    Add backends with `add_backend` and routes with `add_route`. Attributes: `name`,
    `gateway_class`, `multi_cluster`, `backends` (name -> GatewayBackend), `routes` (route
    name -> HTTPRoute).
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str, edge: PublicEdge, name: str = "edge") -> None:
        super().__init__(scope, id)
        edge = edge.validated()
        if edge.api != "gateway":
            raise EtherclusterError(f"GatewayEdge.edge: api={edge.api!r}; build a Gateway edge with api='gateway'")
        self.namespace = dns_label("GatewayEdge.namespace", namespace)
        self.edge = edge
        self.name = dns_label("GatewayEdge.name", name)
        self.multi_cluster = edge.multi_cluster
        self.gateway_class = MULTI_CLUSTER_GATEWAY_CLASS if edge.multi_cluster else GATEWAY_CLASS
        self.backends: dict[str, GatewayBackend] = {}
        self.routes: dict[str, Any] = {}
        self._gateway()
        if edge.ssl_policy:
            self._gateway_policy(edge.ssl_policy)
        if edge.http == "redirect":
            self._redirect()

    def _meta(self, name: str, annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace, annotations=annotations)

    def _gateway(self) -> None:
        from .crds.gateway.io.k8s.networking.gateway import (
            Gateway,
            GatewaySpec,
            GatewaySpecAddresses,
            GatewaySpecListeners,
            GatewaySpecListenersAllowedRoutes,
            GatewaySpecListenersAllowedRoutesNamespaces,
            GatewaySpecListenersAllowedRoutesNamespacesFrom,
            GatewaySpecListenersTls,
            GatewaySpecListenersTlsCertificateRefs,
            GatewaySpecListenersTlsMode,
        )

        edge = self.edge
        # Only this namespace's routes attach: the Gateway is this spec's alone.
        same_namespace = GatewaySpecListenersAllowedRoutes(
            namespaces=GatewaySpecListenersAllowedRoutesNamespaces(
                from_=GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME
            )
        )
        tls = (
            GatewaySpecListenersTls(
                mode=GatewaySpecListenersTlsMode.TERMINATE,
                certificate_refs=[GatewaySpecListenersTlsCertificateRefs(name=edge.tls_secret, kind="Secret")],
            )
            if edge.tls_secret
            else None
        )
        listeners = [
            GatewaySpecListeners(
                name=HTTPS_LISTENER, protocol="HTTPS", port=443, tls=tls, allowed_routes=same_namespace
            )
        ]
        if edge.http == "redirect":
            listeners.append(
                GatewaySpecListeners(name=HTTP_LISTENER, protocol="HTTP", port=80, allowed_routes=same_namespace)
            )
        annotations = {CERTMAP_ANNOTATION: edge.certificate_map} if edge.certificate_map else None
        Gateway(
            self,
            "Gateway",
            metadata=self._meta(self.name, annotations),
            spec=GatewaySpec(
                gateway_class_name=self.gateway_class,
                addresses=[GatewaySpecAddresses(type="NamedAddress", value=edge.static_ip_name)],
                listeners=listeners,
            ),
        )

    def _gateway_policy(self, ssl_policy: str) -> None:
        from .crds.gcpgatewaypolicy.io.gke.networking import (
            GcpGatewayPolicy,
            GcpGatewayPolicySpec,
            GcpGatewayPolicySpecDefault,
            GcpGatewayPolicySpecTargetRef,
        )

        GcpGatewayPolicy(
            self,
            "GatewayPolicy",
            metadata=self._meta(self.name),
            spec=GcpGatewayPolicySpec(
                target_ref=GcpGatewayPolicySpecTargetRef(
                    group="gateway.networking.k8s.io", kind="Gateway", name=self.name
                ),
                default=GcpGatewayPolicySpecDefault(ssl_policy=ssl_policy),
            ),
        )

    def _redirect(self) -> None:
        """Plain HTTP answers 301 to the same URL on HTTPS, and reaches no backend."""
        from .crds.httproute.io.k8s.networking.gateway import (
            HttpRoute,
            HttpRouteSpec,
            HttpRouteSpecParentRefs,
            HttpRouteSpecRules,
            HttpRouteSpecRulesFilters,
            HttpRouteSpecRulesFiltersRequestRedirect,
            HttpRouteSpecRulesFiltersRequestRedirectScheme,
            HttpRouteSpecRulesFiltersRequestRedirectStatusCode,
            HttpRouteSpecRulesFiltersType,
        )

        HttpRoute(
            self,
            "HttpRedirect",
            metadata=self._meta(f"{self.name}-http-redirect"),
            spec=HttpRouteSpec(
                parent_refs=[HttpRouteSpecParentRefs(name=self.name, section_name=HTTP_LISTENER)],
                rules=[
                    HttpRouteSpecRules(
                        filters=[
                            HttpRouteSpecRulesFilters(
                                type=HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                                request_redirect=HttpRouteSpecRulesFiltersRequestRedirect(
                                    scheme=HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                                    status_code=HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                                ),
                            )
                        ]
                    )
                ],
            ),
        )

    def _target(self, name: str) -> dict[str, str]:
        group, kind = SERVICE_IMPORT if self.multi_cluster else SERVICE
        return {"group": group, "kind": kind, "name": name}

    def add_backend(self, backend: GatewayBackend) -> None:
        """The HealthCheckPolicy and GCPBackendPolicy of one Service; once per Service."""
        dns_label("GatewayBackend.name", backend.name)
        known = self.backends.get(backend.name)
        if known is not None:
            if known != backend:
                raise EtherclusterError(
                    f"GatewayEdge.add_backend({backend.name!r}): already added with a different health check "
                    f"({known.health_port} {known.health_path!r})"
                )
            return
        self.backends[backend.name] = backend
        self._health_check_policy(backend)
        self._backend_policy(backend.name)

    def _health_check_policy(self, backend: GatewayBackend) -> None:
        from .crds.healthcheckpolicy.io.gke.networking import (
            HealthCheckPolicy,
            HealthCheckPolicySpec,
            HealthCheckPolicySpecDefault,
            HealthCheckPolicySpecDefaultConfig,
            HealthCheckPolicySpecDefaultConfigHttpHealthCheck,
            HealthCheckPolicySpecDefaultConfigType,
            HealthCheckPolicySpecTargetRef,
        )
        from .crds.healthcheckpolicy.io.gke.networking import (
            HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification as FixedPort,
        )

        HealthCheckPolicy(
            self,
            f"HealthCheck-{backend.name}",
            metadata=self._meta(backend.name),
            spec=HealthCheckPolicySpec(
                target_ref=HealthCheckPolicySpecTargetRef(**self._target(backend.name)),
                default=HealthCheckPolicySpecDefault(
                    check_interval_sec=HEALTH_CHECK.interval_seconds,
                    timeout_sec=HEALTH_CHECK.timeout_seconds,
                    healthy_threshold=HEALTH_CHECK.healthy_threshold,
                    unhealthy_threshold=HEALTH_CHECK.unhealthy_threshold,
                    config=HealthCheckPolicySpecDefaultConfig(
                        type=HealthCheckPolicySpecDefaultConfigType.HTTP,
                        http_health_check=HealthCheckPolicySpecDefaultConfigHttpHealthCheck(
                            # The CRD's rule: a fixed port names `port` and no `portName`.
                            port_specification=FixedPort.USE_UNDERSCORE_FIXED_UNDERSCORE_PORT,
                            port=backend.health_port,
                            request_path=backend.health_path,
                        ),
                    ),
                ),
            ),
        )

    def _backend_policy(self, name: str) -> None:
        from .crds.gcpbackendpolicy.io.gke.networking import (
            GcpBackendPolicy,
            GcpBackendPolicySpec,
            GcpBackendPolicySpecDefault,
            GcpBackendPolicySpecDefaultConnectionDraining,
            GcpBackendPolicySpecDefaultSessionAffinity,
            GcpBackendPolicySpecDefaultSessionAffinityType,
            GcpBackendPolicySpecTargetRef,
        )

        edge = self.edge
        GcpBackendPolicy(
            self,
            f"BackendPolicy-{name}",
            metadata=self._meta(name),
            spec=GcpBackendPolicySpec(
                target_ref=GcpBackendPolicySpecTargetRef(**self._target(name)),
                default=GcpBackendPolicySpecDefault(
                    # Also the longest WebSocket session: the load balancer closes it then.
                    timeout_sec=edge.backend_timeout_seconds,
                    connection_draining=GcpBackendPolicySpecDefaultConnectionDraining(
                        draining_timeout_sec=edge.draining_seconds
                    ),
                    session_affinity=GcpBackendPolicySpecDefaultSessionAffinity(
                        type=GcpBackendPolicySpecDefaultSessionAffinityType.CLIENT_UNDERSCORE_IP
                    )
                    if edge.client_ip_affinity
                    else None,
                    security_policy=edge.security_policy,
                ),
            ),
        )

    def add_route(self, name: str, *, hosts: Sequence[str], rules: Sequence[GatewayRule]) -> None:
        """An HTTPRoute `name` on the HTTPS listener: each rule's path on `hosts` (every host
        of the Gateway when empty) to its backend, which must have been added."""
        from .cluster_network import public_path
        from .crds.httproute.io.k8s.networking.gateway import (
            HttpRoute,
            HttpRouteSpec,
            HttpRouteSpecParentRefs,
            HttpRouteSpecRules,
            HttpRouteSpecRulesBackendRefs,
            HttpRouteSpecRulesFilters,
            HttpRouteSpecRulesFiltersRequestHeaderModifier,
            HttpRouteSpecRulesFiltersRequestHeaderModifierSet,
            HttpRouteSpecRulesFiltersResponseHeaderModifier,
            HttpRouteSpecRulesFiltersResponseHeaderModifierSet,
            HttpRouteSpecRulesFiltersType,
            HttpRouteSpecRulesFiltersUrlRewrite,
            HttpRouteSpecRulesFiltersUrlRewritePath,
            HttpRouteSpecRulesFiltersUrlRewritePathType,
            HttpRouteSpecRulesMatches,
            HttpRouteSpecRulesMatchesPath,
            HttpRouteSpecRulesMatchesPathType,
        )

        dns_label("GatewayEdge.add_route.name", name, max_length=253)
        if name in self.routes:
            raise EtherclusterError(f"GatewayEdge.add_route: a route named {name!r} exists already")
        group, kind = SERVICE_IMPORT if self.multi_cluster else (None, None)
        hsts_name, hsts_value = HSTS_HEADER
        spec_rules = []
        for rule in rules:
            public_path(f"GatewayRule.path ({name!r})", rule.path)
            if rule.backend not in self.backends:
                raise EtherclusterError(
                    f"GatewayEdge.add_route({name!r}): backend {rule.backend!r} has no health check; add_backend first"
                )
            filters = [
                HttpRouteSpecRulesFilters(
                    type=HttpRouteSpecRulesFiltersType.RESPONSE_HEADER_MODIFIER,
                    response_header_modifier=HttpRouteSpecRulesFiltersResponseHeaderModifier(
                        set=[
                            HttpRouteSpecRulesFiltersResponseHeaderModifierSet(
                                name=HSTS_HEADER[0], value=HSTS_HEADER[1]
                            )
                        ]
                    ),
                )
            ]
            if rule.client_ip_header:
                # `set` replaces whatever the client sent under that name.
                filters.append(
                    HttpRouteSpecRulesFilters(
                        type=HttpRouteSpecRulesFiltersType.REQUEST_HEADER_MODIFIER,
                        request_header_modifier=HttpRouteSpecRulesFiltersRequestHeaderModifier(
                            set=[
                                HttpRouteSpecRulesFiltersRequestHeaderModifierSet(
                                    name=rule.client_ip_header, value=CLIENT_IP_VARIABLE
                                )
                            ]
                        ),
                    )
                )
            if rule.rewrite and rule.path != "/":
                filters.append(
                    HttpRouteSpecRulesFilters(
                        type=HttpRouteSpecRulesFiltersType.URL_REWRITE,
                        url_rewrite=HttpRouteSpecRulesFiltersUrlRewrite(
                            path=HttpRouteSpecRulesFiltersUrlRewritePath(
                                type=HttpRouteSpecRulesFiltersUrlRewritePathType.REPLACE_PREFIX_MATCH,
                                replace_prefix_match="/",
                            )
                        ),
                    )
                )
            spec_rules.append(
                HttpRouteSpecRules(
                    matches=[
                        HttpRouteSpecRulesMatches(
                            path=HttpRouteSpecRulesMatchesPath(
                                type=HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=rule.path
                            )
                        )
                    ],
                    filters=filters,
                    backend_refs=[
                        HttpRouteSpecRulesBackendRefs(name=rule.backend, port=rule.port, group=group, kind=kind)
                    ],
                )
            )
        self.routes[name] = HttpRoute(
            self,
            f"Route-{name}",
            metadata=self._meta(name),
            spec=HttpRouteSpec(
                parent_refs=[HttpRouteSpecParentRefs(name=self.name, section_name=HTTPS_LISTENER)],
                hostnames=list(hosts) or None,
                rules=spec_rules,
            ),
        )
