"""ClusterNetwork: the namespace and its public HTTPS JSON-RPC edge on GKE."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct, Node

from .crds.backendconfig.com.google.cloud import (
    BackendConfig,
    BackendConfigSpec,
    BackendConfigSpecConnectionDraining,
    BackendConfigSpecHealthCheck,
    BackendConfigSpecSecurityPolicy,
    BackendConfigSpecSessionAffinity,
)
from .crds.frontendconfig.io.gke.networking import (
    FrontendConfig,
    FrontendConfigSpec,
    FrontendConfigSpecRedirectToHttps,
)
from .crds.managedcertificate.io.gke.networking import ManagedCertificate, ManagedCertificateSpec
from .errors import EtherclusterError
from .ethereum_node import EthereumNode
from .validation import dns_label, non_negative_int, one_of

GOOGLE_LB_RANGES = ("130.211.0.0/22", "35.191.0.0/16")
"""Source ranges of Google Front Ends and their health checkers (proxied traffic reaches pods from here)."""
HTTP_MODES = ("redirect", "disabled")
_HOSTNAME_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"


@dataclass(frozen=True)
class PublicEdge:
    """The public HTTPS entry point: one GCE Ingress on a global static IP.

    Attributes:
        static_ip_name: name of the *global* static IP (created by the GKE stack).
        domains: public host names. Without `tls_secret`, a Google-managed certificate
            is created for them, so at least one is needed then.
        tls_secret: an existing kubernetes.io/tls Secret to use instead. Default None.
        http: "redirect" (HTTP answers 301 to HTTPS, via a FrontendConfig) or "disabled"
            (no HTTP forwarding rule). Default "redirect".
        security_policy: Cloud Armor policy attached to every RPC backend. Default None.
        client_ip_affinity: CLIENT_IP affinity at the load balancer, so filters and
            subscriptions keep reaching one node. Default False.
        backend_timeout_seconds: longest request and WebSocket session. Default 3600.
        draining_seconds: connection draining when a pod leaves the backend. Default 60.
    """

    static_ip_name: str
    domains: tuple[str, ...] = ()
    tls_secret: str | None = None
    http: str = "redirect"
    security_policy: str | None = None
    client_ip_affinity: bool = False
    backend_timeout_seconds: int = 3600
    draining_seconds: int = 60

    def validated(self) -> PublicEdge:
        dns_label("PublicEdge.static_ip_name", self.static_ip_name)
        for domain in self.domains:
            _hostname("PublicEdge.domains", domain)
        if self.tls_secret:
            dns_label("PublicEdge.tls_secret", self.tls_secret, max_length=253)
        elif not self.domains:
            raise EtherclusterError(
                "PublicEdge.domains is empty: give the public host names (for the managed certificate "
                "and the nodes' accepted Host headers), or a tls_secret"
            )
        one_of("PublicEdge.http", self.http, HTTP_MODES)
        if self.security_policy:
            dns_label("PublicEdge.security_policy", self.security_policy)
        _positive("PublicEdge.backend_timeout_seconds", self.backend_timeout_seconds)
        non_negative_int("PublicEdge.draining_seconds", self.draining_seconds)
        return self


class ClusterNetwork(Construct):
    """The Namespace, its default-deny NetworkPolicy and, optionally, the public RPC edge.

    Props (keyword-only):
        namespace: the namespace to create (DNS-1123 label). It enforces the "restricted"
            Pod Security Standard.
        edge: a PublicEdge, or None for a cluster with no public endpoint. Default None.

    Route fleets with `expose(node)`. Attributes: `namespace`, `edge`, `ingress` (None
    without an edge), `routes` (node name -> EthereumNode).
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str, edge: PublicEdge | None = None) -> None:
        super().__init__(scope, id)
        self.namespace = dns_label("ClusterNetwork.namespace", namespace)
        self.edge = edge.validated() if edge else None
        self.routes: dict[str, EthereumNode] = {}

        self.namespace_object = kplus.Namespace(
            self,
            "Namespace",
            metadata=cdk8s.ApiObjectMetadata(
                name=self.namespace,
                labels={
                    # Pod Security Admission rejects any pod that is not "restricted".
                    "pod-security.kubernetes.io/enforce": "restricted",
                    "pod-security.kubernetes.io/enforce-version": "latest",
                },
            ),
        )
        # Nothing reaches or leaves a pod unless a policy of its own allows it.
        kplus.NetworkPolicy(
            self,
            "DefaultDeny",
            metadata=cdk8s.ApiObjectMetadata(name="default-deny", namespace=self.namespace),
            selector=kplus.Pods.all(self, "AllPods"),
            ingress=kplus.NetworkPolicyTraffic(default=kplus.NetworkPolicyTrafficDefault.DENY),
            egress=kplus.NetworkPolicyTraffic(default=kplus.NetworkPolicyTrafficDefault.DENY),
        )
        self.ingress: kplus.Ingress | None = None
        self.certificate: ManagedCertificate | None = None
        if self.edge:
            self.ingress = kplus.Ingress(self, "Ingress", metadata=self._meta("edge", self._ingress_annotations()))
            if self.edge.tls_secret:
                secret = kplus.Secret.from_secret_name(self, "TlsSecret", self.edge.tls_secret)
                self.ingress.add_tls([kplus.IngressTls(secret=secret, hosts=list(self.edge.domains) or None)])
        self.adopt(self)

    def adopt(self, scope: Construct) -> None:
        """Order every API object under `scope` after the Namespace, so one `kubectl apply -f` works.

        `expose` and `publish` do this themselves; call it for anything else in the namespace.
        """
        namespace = cdk8s.ApiObject.of(self.namespace_object)
        for child in scope.node.find_all():
            if isinstance(child, cdk8s.ApiObject) and child.node.path != namespace.node.path:
                child.node.add_dependency(namespace)

    def _meta(self, name: str, annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace, annotations=annotations)

    def _ingress_annotations(self) -> dict[str, str]:
        edge = self.edge
        assert edge is not None
        annotations = {
            # GKE reads the class from this annotation; it ignores spec.ingressClassName.
            "kubernetes.io/ingress.class": "gce",
            "kubernetes.io/ingress.global-static-ip-name": edge.static_ip_name,
        }
        if edge.http == "disabled":
            annotations["kubernetes.io/ingress.allow-http"] = "false"
        else:
            frontend = FrontendConfig(
                self,
                "Frontend",
                metadata=self._meta("edge"),
                spec=FrontendConfigSpec(
                    redirect_to_https=FrontendConfigSpecRedirectToHttps(
                        enabled=True, response_code_name="MOVED_PERMANENTLY_DEFAULT"
                    )
                ),
            )
            annotations["networking.gke.io/v1beta1.FrontendConfig"] = frontend.name
        if not edge.tls_secret:
            self.certificate = ManagedCertificate(
                self,
                "Certificate",
                metadata=self._meta("edge"),
                spec=ManagedCertificateSpec(domains=list(edge.domains)),
            )
            annotations["networking.gke.io/managed-certificates"] = self.certificate.name
        return annotations

    def expose(self, node: EthereumNode, *, path: str | None = None, ws_path: str | None = None) -> None:
        """Route `https://<domain><path>` (and `<ws_path>` for WebSocket) to `node`'s RPC Service.

        The GCE load balancer cannot rewrite paths, so the node itself serves RPC under its
        `rpc_path` / `ws_path` (core-geth `--http.rpcprefix`): create the node with the
        paths, and its public domains in `rpc_hosts`. `path` / `ws_path` here, if given,
        must equal the node's.
        """
        where = f"ClusterNetwork.expose({node.name!r})"
        if self.edge is None or self.ingress is None:
            raise EtherclusterError(f"{where}: this ClusterNetwork has no edge; create it with edge=PublicEdge(...)")
        for given, served, prop in ((path, node.rpc_path, "rpc_path"), (ws_path, node.ws_path, "ws_path")):
            if given is not None and given != served:
                raise EtherclusterError(
                    f"{where}: path {given!r} differs from the node's {prop}={served!r}; "
                    f"create the node with {prop}={given!r} so it serves RPC there"
                )
        if node.namespace != self.namespace:
            raise EtherclusterError(f"{where}: node namespace {node.namespace!r} is not {self.namespace!r}")
        if node.signer_secret:
            raise EtherclusterError(
                f"{where}: the fleet seals clique blocks with unlocked keys; signers are never public"
            )
        if node.rpc_path == "/" or (node.websocket and node.ws_path == "/"):
            raise EtherclusterError(
                f"{where}: the node serves RPC at '/'; give it rpc_path (and ws_path), e.g. '/etc' and '/ws-etc'"
            )
        missing = [d for d in self.edge.domains if d not in node.rpc_hosts]
        if missing:
            raise EtherclusterError(f"{where}: the node does not accept Host {missing}; add them to its rpc_hosts")
        paths = [node.rpc_path] + ([node.ws_path] if node.websocket else [])
        for claimed in paths:
            for other in self.routes.values():
                if claimed in (other.rpc_path, other.ws_path):
                    raise EtherclusterError(f"{where}: path {claimed!r} is already routed to {other.name!r}")
        self.routes[node.name] = node
        self.adopt(node)
        routes = [(node.rpc_path, node.ports.rpc)] + ([(node.ws_path, node.ports.ws)] if node.websocket else [])
        self._serve(
            name=node.name,
            service=node.service,
            selector_labels=node.selector_labels,
            routes=routes,
            hosts=self.edge.domains,
            # The load balancer probes the same sync-aware endpoint as readiness, so a node
            # that falls behind leaves the backend with no manual step.
            health_port=node.health_port,
            health_path="/ready",
        )

    def publish(self, app: PublishedApp, *, host: str, path: str = "/") -> None:
        """Serve a web app (for example an EthStats dashboard) at `https://<host><path>`.

        Web apps that build their own links (ethstats does) need to sit at '/' of a host of
        their own: the load balancer cannot rewrite paths. The host is added to the managed
        certificate; point its DNS at the same static IP.
        """
        where = f"ClusterNetwork.publish({app.name!r})"
        if self.edge is None or self.ingress is None:
            raise EtherclusterError(f"{where}: this ClusterNetwork has no edge; create it with edge=PublicEdge(...)")
        _hostname(f"{where}.host", host)
        if host in self.edge.domains:
            raise EtherclusterError(f"{where}: host {host!r} serves RPC already; give the app a host of its own")
        if self.certificate is not None:
            self.certificate.add_json_patch(cdk8s.JsonPatch.add("/spec/domains/-", host))
        self.adopt(app)
        self._serve(
            name=app.name,
            service=app.service,
            selector_labels=app.selector_labels,
            routes=[(path, app.port)],
            hosts=(host,),
            health_port=app.port,
            health_path="/",
        )

    def _serve(
        self,
        *,
        name: str,
        service: kplus.Service,
        selector_labels: dict[str, str],
        routes: list[tuple[str, int]],
        hosts: Sequence[str],
        health_port: int,
        health_path: str,
    ) -> None:
        """BackendConfig, NEG, Ingress rules and the load balancer's NetworkPolicy for one Service."""
        assert self.ingress is not None
        backend = self._backend_config(name, health_port, health_path)
        service.metadata.add_annotation("cloud.google.com/backend-config", json.dumps({"default": backend.name}))
        # Container-native load balancing: the load balancer sends to Ready pods directly.
        service.metadata.add_annotation("cloud.google.com/neg", json.dumps({"ingress": True}))
        for route_path, port in routes:
            service_backend = kplus.IngressBackend.from_service(service, port=port)
            for host in hosts or ("",):
                if host:
                    self.ingress.add_host_rule(host, route_path, service_backend, kplus.HttpIngressPathType.PREFIX)
                else:
                    self.ingress.add_rule(route_path, service_backend, kplus.HttpIngressPathType.PREFIX)
        ports = sorted({port for _, port in routes} | {health_port})
        policy = kplus.NetworkPolicy(
            self,
            f"Edge-{name}",
            metadata=self._meta(f"{name}-from-load-balancer"),
            selector=kplus.Pods.select(self, f"EdgePods-{name}", labels=selector_labels),
        )
        for index, cidr in enumerate(GOOGLE_LB_RANGES):
            policy.add_ingress_rule(
                kplus.NetworkPolicyIpBlock.ipv4(self, f"Google-{name}-{index}", cidr),
                [kplus.NetworkPolicyPort.tcp(port) for port in ports],
            )

    def _backend_config(self, name: str, health_port: int, health_path: str) -> BackendConfig:
        edge = self.edge
        assert edge is not None
        return BackendConfig(
            self,
            f"Backend-{name}",
            metadata=self._meta(name),
            spec=BackendConfigSpec(
                health_check=BackendConfigSpecHealthCheck(
                    type="HTTP",
                    port=health_port,
                    request_path=health_path,
                    check_interval_sec=10,
                    timeout_sec=5,
                    healthy_threshold=1,
                    unhealthy_threshold=3,
                ),
                timeout_sec=edge.backend_timeout_seconds,
                connection_draining=BackendConfigSpecConnectionDraining(draining_timeout_sec=edge.draining_seconds),
                security_policy=BackendConfigSpecSecurityPolicy(name=edge.security_policy)
                if edge.security_policy
                else None,
                session_affinity=BackendConfigSpecSessionAffinity(affinity_type="CLIENT_IP")
                if edge.client_ip_affinity
                else None,
            ),
        )


class PublishedApp(Protocol):
    """What `ClusterNetwork.publish` needs of a web app (EthStats has all of it)."""

    name: str
    service: kplus.Service
    selector_labels: dict[str, str]
    port: int
    node: Node


def _hostname(prop: str, value: str) -> str:
    labels = value.split(".") if isinstance(value, str) else []
    if len(labels) < 2 or len(value) > 253 or not all(re.fullmatch(_HOSTNAME_LABEL, x) for x in labels):
        raise EtherclusterError(
            f"{prop}: {value!r} is not a fully qualified lowercase host name, e.g. 'rpc.example.com'"
        )
    return value


def _positive(prop: str, value: int) -> int:
    if non_negative_int(prop, value) == 0:
        raise EtherclusterError(f"{prop}=0 must be at least 1")
    return value
