"""Multi-cluster Services: what each cluster of a multi-cluster spec exports to the others.

On GKE (multi-cluster Services, `net.gke.io/v1`), a ServiceExport named like a Service of the
same namespace makes that Service part of the fleet (GKE Hub): every cluster gets a
ServiceImport of the same name, answering at `<service>.<namespace>.svc.clusterset.local`, and
the multi-cluster Gateway (GatewayClass `gke-l7-global-external-managed-mc`, in the config
cluster) routes to ServiceImports. The load balancer then has one network endpoint group per
exporting cluster and health-checks every endpoint itself, so a cluster whose pods all fail
the health check drops out for that Service alone (docs/multi-region.md, "What runs where").

`ServiceExports` writes the exports of one cluster and keeps the list (`exported`) that the
Gateway's routes and health-check policies are built from: `exports_by_cluster` and
`service_imports` give it per cluster and for the whole fleet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from .errors import EtherclusterError
from .validation import dns_label

if TYPE_CHECKING:
    from .app_builder import ClusterChart
    from .gateway_edge import GatewayEdge

RouteKind = Literal["http", "websocket", "dashboard"]


@dataclass(frozen=True)
class PublicRoute:
    """One public route to an exported Service: `https://<host><path>` for each host, to `port`.

    `kind` is "http" (JSON-RPC over HTTP), "websocket" (JSON-RPC over WebSocket) or "dashboard"
    (a web app at the root of a host of its own)."""

    kind: RouteKind
    hosts: tuple[str, ...]
    path: str
    port: int
    rewrite: bool = True
    """The backend serves at '/': the Gateway replaces the matched `path` with '/'."""


@dataclass(frozen=True)
class ExportedService:
    """A Service one cluster exports: its name (also the ServiceExport's and the ServiceImport's),
    its ports by name, where the load balancer's health check asks (`health_port`,
    `health_path`: HTTP, 200 means serve), the public routes that lead to it (none: it is
    exported for the other clusters' pods only), and the client-address header it needs."""

    name: str
    ports: tuple[tuple[str, int], ...]
    health_port: int
    health_path: str
    routes: tuple[PublicRoute, ...] = ()
    client_ip_header: str | None = None
    """A request header the load balancer must set to the client's address (`{client_ip_address}`):
    the eRPC gateway rate-limits per client by it, and believes it only from the load balancer."""


class ServiceExports(Construct):
    """The ServiceExports of one cluster, and the load balancer's NetworkPolicy for each
    exported Service that has public routes.

    Props (keyword-only):
        namespace: the namespace of the Services.
        admit_load_balancer: `(name, selector_labels, ports)` writes the NetworkPolicy that lets
            the load balancer's proxies and health checkers reach those ports of those pods
            (ClusterNetwork.admit_load_balancer). The multi-cluster Gateway sends to the pods of
            every exporting cluster directly (container-native endpoint groups), so each
            cluster admits them itself.

    Export with `export(...)`. Attribute: `exported` (ExportedService, in export order).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        admit_load_balancer: Callable[[str, dict[str, str], Sequence[int]], None],
    ) -> None:
        super().__init__(scope, id)
        self.namespace = dns_label("ServiceExports.namespace", namespace)
        self._admit_load_balancer = admit_load_balancer
        self.exported: list[ExportedService] = []

    def export(
        self,
        service: kplus.Service,
        *,
        selector_labels: dict[str, str],
        health_port: int,
        health_path: str,
        routes: Sequence[PublicRoute] = (),
        client_ip_header: str | None = None,
    ) -> ExportedService:
        """Export `service` (whose pods carry `selector_labels`) under its own name."""
        from .crds.serviceexport.io.gke.net import ServiceExport

        name = service.name
        if any(e.name == name for e in self.exported):
            raise EtherclusterError(f"ServiceExports.export: {name!r} is exported already")
        ports = tuple((p.name or str(p.port), p.port) for p in service.ports)
        served = {number for _, number in ports}
        for route in routes:
            if route.port not in served:
                raise EtherclusterError(
                    f"ServiceExports.export({name!r}): route {route.path!r} goes to port {route.port}, "
                    f"which the Service does not serve ({sorted(served)})"
                )
        ServiceExport(self, f"Export-{name}", metadata=cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace))
        exported = ExportedService(name, ports, health_port, health_path, tuple(routes), client_ip_header)
        if routes:
            self._admit_load_balancer(name, selector_labels, [*(route.port for route in routes), health_port])
        self.exported.append(exported)
        return exported


def exports_by_cluster(charts: Mapping[str, ClusterChart]) -> dict[str, tuple[ExportedService, ...]]:
    """Per cluster name, the Services its chart exports (none for a chart without exports)."""
    return {name: tuple(chart.exports.exported) if chart.exports else () for name, chart in charts.items()}


def service_imports(charts: Mapping[str, ClusterChart]) -> dict[str, ExportedService]:
    """The ServiceImports the fleet will hold, by name: every exported Service, once, with the
    clusters that export it behind one name. This is what the config cluster's Gateway routes to.

    Raises EtherclusterError when two clusters export one name with different ports, routes or
    health checks: GKE would merge them into one ServiceImport and report a conflict.
    """
    imports: dict[str, ExportedService] = {}
    origin: dict[str, str] = {}
    for cluster, exported in exports_by_cluster(charts).items():
        for service in exported:
            first = imports.setdefault(service.name, service)
            origin.setdefault(service.name, cluster)
            if first != service:
                raise EtherclusterError(
                    f"clusters {origin[service.name]!r} and {cluster!r} export {service.name!r} differently "
                    f"({first} / {service}); one name must mean one Service in every cluster"
                )
    return dict(sorted(imports.items()))


def route_service_imports(edge: GatewayEdge, imports: Mapping[str, ExportedService]) -> None:
    """Route every public path of `imports` (service_imports) on the config cluster's
    multi-cluster Gateway: per ServiceImport, a HealthCheckPolicy and GCPBackendPolicy on its
    health endpoint, and one HTTPRoute (named after it) with a rule per route."""
    from .gateway_edge import GatewayBackend, GatewayRule

    claimed: dict[tuple[str, str], str] = {}
    for name, service in imports.items():
        for route in service.routes:
            for host in route.hosts:
                other = claimed.setdefault((host, route.path), name)
                if other != name:
                    raise EtherclusterError(
                        f"path {route.path!r} on {host} would be routed to both {other!r} and {name!r}; "
                        "give each public fleet paths of its own"
                    )
    for name, service in imports.items():
        if not service.routes:
            continue
        hosts = {route.hosts for route in service.routes}
        if len(hosts) != 1:
            raise EtherclusterError(f"route_service_imports: {name!r} is routed on different hosts {sorted(hosts)}")
        edge.add_backend(GatewayBackend(name, service.health_port, service.health_path))
        rules = [
            GatewayRule(
                route.path,
                name,
                route.port,
                rewrite=route.rewrite,
                client_ip_header=service.client_ip_header if route.kind == "http" else None,
            )
            for route in service.routes
        ]
        edge.add_route(name, hosts=next(iter(hosts)), rules=rules)
