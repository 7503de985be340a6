"""ClusterNetwork: the namespace and its public HTTPS JSON-RPC edge on GKE."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct, Node

from .errors import EtherclusterError, quoted
from .ethereum_node import EthereumNode
from .network_policy import allow_from, ip_block, network_policy, tcp
from .validation import dns_label, non_negative_int, one_of, owned_namespace

if TYPE_CHECKING:
    from .crds.managedcertificate.io.gke.networking import ManagedCertificate
    from .gateway_edge import GatewayEdge

GOOGLE_LB_RANGES = ("130.211.0.0/22", "35.191.0.0/16")
"""Source ranges of Google Front Ends and their health checkers (proxied traffic reaches pods from here)."""
HTTP_MODES = ("redirect", "disabled")
EDGE_APIS = ("ingress", "gateway")
"""ingress: a GCE Ingress (no path rewrites; nodes serve under their public path).
gateway: a GKE Gateway (gateway_edge.py; paths rewritten, nodes serve at '/'). docs/edge.md."""
KUBERNETES_VERSION = "v1.27"
"""The Kubernetes minor the manifests target (cdk8s-plus-27): Pod Security levels are pinned to it,
so a newer control plane cannot tighten or loosen them under a running fleet."""
HSTS = "Strict-Transport-Security: max-age=31536000; includeSubDomains"
"""Sent on every backend response. The backends only ever answer HTTPS: plain HTTP is either
redirected by the load balancer itself or not served at all."""
MAX_BACKEND_TIMEOUT_SECONDS = 86400
MAX_DRAINING_SECONDS = 3600
"""The largest connection draining timeout a Google Cloud backend service accepts."""
_HOSTNAME_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
_PUBLIC_PATH = re.compile(r"^(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?$")
NODE_HEALTH_PATH = "/ready"
"""The load balancer probes the same sync-aware endpoint as readiness (the health sidecar's
verdict for the whole pod), so a node that falls behind leaves the backend with no manual step."""


@dataclass(frozen=True)
class PublicEdge:
    """The public HTTPS entry point on a global static IP: a GCE Ingress or a GKE Gateway.

    Attributes:
        static_ip_name: name of the *global* static IP (created by the GKE stack).
        domains: public host names. Without `tls_secret`, a certificate is made for them
            (a Google-managed certificate on the Ingress edge; on the Gateway edge the GKE
            stack's Certificate Manager map), so at least one is needed then.
        tls_secret: an existing kubernetes.io/tls Secret to use instead. Default None.
        http: "redirect" (HTTP answers 301 to HTTPS: a FrontendConfig on the Ingress edge, an
            HTTP listener with a redirect route on the Gateway edge) or "disabled" (no HTTP
            forwarding rule). Default "redirect".
        api: one of EDGE_APIS. Default "ingress".
        certificate_map: the Certificate Manager map the Gateway serves (created by the GKE
            stack); needed on the Gateway edge without `tls_secret`, refused otherwise. Default None.
        multi_cluster: Gateway edge only: the multi-cluster Gateway class, with every route and
            policy pointing at ServiceImports (net.gke.io) instead of Services. Default False.
        security_policy: Cloud Armor policy attached to every RPC backend. Default None.
        ssl_policy: Compute SSL policy (minimum TLS version) for the HTTPS frontend, created by
            the GKE stack. Default None (Google's default policy, which accepts TLS 1.0).
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
    ssl_policy: str | None = None
    client_ip_affinity: bool = False
    backend_timeout_seconds: int = 3600
    draining_seconds: int = 60
    api: str = "ingress"
    certificate_map: str | None = None
    multi_cluster: bool = False

    def validated(self) -> PublicEdge:
        one_of("PublicEdge.api", self.api, EDGE_APIS)
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
        self._check_gateway_props()
        if self.security_policy:
            dns_label("PublicEdge.security_policy", self.security_policy)
        if self.ssl_policy:
            dns_label("PublicEdge.ssl_policy", self.ssl_policy)
        if _positive("PublicEdge.backend_timeout_seconds", self.backend_timeout_seconds) > MAX_BACKEND_TIMEOUT_SECONDS:
            raise EtherclusterError(
                f"PublicEdge.backend_timeout_seconds={self.backend_timeout_seconds} is above "
                f"{MAX_BACKEND_TIMEOUT_SECONDS} (one day)"
            )
        if non_negative_int("PublicEdge.draining_seconds", self.draining_seconds) > MAX_DRAINING_SECONDS:
            raise EtherclusterError(
                f"PublicEdge.draining_seconds={self.draining_seconds} is above {MAX_DRAINING_SECONDS}, "
                "the most a Google Cloud backend service accepts"
            )
        return self

    def _check_gateway_props(self) -> None:
        if self.api != "gateway":
            for prop, value in (("certificate_map", self.certificate_map), ("multi_cluster", self.multi_cluster)):
                if value:
                    raise EtherclusterError(
                        f"PublicEdge.{prop}={value!r} needs api='gateway'; the Ingress edge has no such setting"
                    )
            return
        if not isinstance(self.multi_cluster, bool):
            raise EtherclusterError(f"PublicEdge.multi_cluster={quoted(self.multi_cluster)} must be true or false")
        if self.tls_secret and self.certificate_map:
            raise EtherclusterError(
                f"PublicEdge.certificate_map={quoted(self.certificate_map)}: the Gateway serves either the "
                "tls_secret or a certificate map, not both"
            )
        if not self.tls_secret and not self.certificate_map:
            raise EtherclusterError(
                "PublicEdge.certificate_map is missing: a Gateway edge without tls_secret serves the GKE stack's "
                "Certificate Manager map; give its name"
            )
        if self.certificate_map:
            dns_label("PublicEdge.certificate_map", self.certificate_map)


class ClusterNetwork(Construct):
    """The Namespace, its default-deny NetworkPolicy and, optionally, the public RPC edge.

    Props (keyword-only):
        namespace: the namespace to create (DNS-1123 label, not a system namespace: see
            validation.SYSTEM_NAMESPACES). It enforces, warns about and audits the "restricted"
            Pod Security Standard at KUBERNETES_VERSION.
        edge: a PublicEdge, or None for a cluster with no public endpoint. Default None.

    Route fleets with `expose(node)`. Attributes: `namespace`, `edge`, `ingress` (the Ingress
    edge's, else None), `gateway_edge` (the Gateway edge's GatewayEdge, else None), `routes`
    (node name -> EthereumNode), `public_paths` (node name -> its public (path, ws_path)).
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str, edge: PublicEdge | None = None) -> None:
        super().__init__(scope, id)
        self.namespace = owned_namespace("ClusterNetwork.namespace", namespace)
        self.edge = edge.validated() if edge else None
        self.routes: dict[str, EthereumNode] = {}
        self.public_paths: dict[str, tuple[str, str]] = {}
        self._gateways: set[str] = set()

        self.namespace_object = kplus.Namespace(
            self,
            "Namespace",
            metadata=cdk8s.ApiObjectMetadata(
                name=self.namespace,
                # Pod Security Admission rejects any pod that is not "restricted", and warns
                # and audits on the same level.
                labels={
                    f"pod-security.kubernetes.io/{mode}{suffix}": value
                    for mode in ("enforce", "warn", "audit")
                    for suffix, value in (("", "restricted"), ("-version", KUBERNETES_VERSION))
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
        self.gateway_edge: GatewayEdge | None = None
        self.certificate: ManagedCertificate | None = None
        self.apps_certificate: ManagedCertificate | None = None
        if self.edge and self.edge.api == "gateway":
            from .gateway_edge import GatewayEdge

            self.gateway_edge = GatewayEdge(self, "Gateway", namespace=self.namespace, edge=self.edge)
        elif self.edge:
            self.ingress = kplus.Ingress(self, "Ingress", metadata=self._meta("edge", self._ingress_annotations()))
            if self.edge.tls_secret:
                secret = kplus.Secret.from_secret_name(self, "TlsSecret", self.edge.tls_secret)
                self.ingress.add_tls([kplus.IngressTls(secret=secret, hosts=list(self.edge.domains) or None)])
        self.adopt(self)

    def adopt(self, scope: Construct) -> None:
        """Order every API object under `scope` after the Namespace, so one `kubectl apply -f` works.

        `expose` and `publish` do this themselves; call it for anything else in the namespace,
        or once for a whole chart (ClusterChart adopts itself). One construct-level dependency
        covers every object under `scope` when cdk8s synthesizes, those made later included,
        and never makes the Namespace wait for itself when `scope` holds it.
        """
        scope.node.add_dependency(self.namespace_object)

    def _meta(self, name: str, annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=self.namespace, annotations=annotations)

    def _ingress_annotations(self) -> dict[str, str]:
        # The edge's CRD bindings are imported where they are used, here and in
        # _backend_config: each loads its jsii assembly at import, and a spec without an edge
        # needs none of them.
        edge = self.edge
        assert edge is not None
        annotations = {
            # GKE reads the class from this annotation; it ignores spec.ingressClassName.
            "kubernetes.io/ingress.class": "gce",
            "kubernetes.io/ingress.global-static-ip-name": edge.static_ip_name,
        }
        if edge.http == "disabled":
            annotations["kubernetes.io/ingress.allow-http"] = "false"
        if edge.http == "redirect" or edge.ssl_policy:
            from .crds.frontendconfig.io.gke.networking import (
                FrontendConfig,
                FrontendConfigSpec,
                FrontendConfigSpecRedirectToHttps,
            )

            frontend = FrontendConfig(
                self,
                "Frontend",
                metadata=self._meta("edge"),
                spec=FrontendConfigSpec(
                    redirect_to_https=FrontendConfigSpecRedirectToHttps(
                        enabled=True, response_code_name="MOVED_PERMANENTLY_DEFAULT"
                    )
                    if edge.http == "redirect"
                    else None,
                    ssl_policy=edge.ssl_policy,
                ),
            )
            annotations["networking.gke.io/v1beta1.FrontendConfig"] = frontend.name
        if not edge.tls_secret:
            from .crds.managedcertificate.io.gke.networking import ManagedCertificate, ManagedCertificateSpec

            self.certificate = ManagedCertificate(
                self,
                "Certificate",
                metadata=self._meta("edge"),
                spec=ManagedCertificateSpec(domains=list(edge.domains)),
            )
            annotations["networking.gke.io/managed-certificates"] = self.certificate.name
        return annotations

    def expose(
        self,
        node: EthereumNode,
        *,
        path: str | None = None,
        ws_path: str | None = None,
        gateway: FrontingGateway | None = None,
    ) -> None:
        """Route `https://<domain><path>` (and `<ws_path>` for WebSocket) to `node`'s RPC Service.

        With `gateway` (an RpcGateway fronting the node), `<path>` goes to the gateway instead,
        which calls the nodes itself: the load balancer reaches the node only for WebSocket.

        Only a node that serves nothing but its client's public APIs can be exposed, with its
        public domains in `rpc_hosts`.

        Ingress edge: the GCE load balancer cannot rewrite paths, so the node itself serves RPC
        under its `rpc_path` / `ws_path` (core-geth `--http.rpcprefix`): create the node with the
        paths. `path` / `ws_path` here, if given, must equal the node's.

        Gateway edge: the route rewrites the public path to '/', so the node serves at '/' (any
        client can be public). `path` / `ws_path` are the public paths; default the network's
        ('/etc', '/ws-etc').
        """
        where = f"ClusterNetwork.expose({node.name!r})"
        if self.edge is None:
            raise EtherclusterError(f"{where}: this ClusterNetwork has no edge; create it with edge=PublicEdge(...)")
        refuse_private_apis(where, node)
        public = self._public_paths(where, node, path, ws_path)
        if node.namespace != self.namespace:
            raise EtherclusterError(f"{where}: node namespace {node.namespace!r} is not {self.namespace!r}")
        if node.signer_secret:
            raise EtherclusterError(
                f"{where}: the fleet seals clique blocks with unlocked keys; signers are never public"
            )
        missing = [d for d in self.edge.domains if d not in node.rpc_hosts]
        if missing:
            raise EtherclusterError(f"{where}: the node does not accept Host {missing}; add them to its rpc_hosts")
        paths = [public[0]] + ([public[1]] if node.websocket else [])
        for claimed in paths:
            for other, other_paths in self.public_paths.items():
                if claimed in other_paths:
                    raise EtherclusterError(f"{where}: path {claimed!r} is already routed to {other!r}")
        self.routes[node.name] = node
        self.public_paths[node.name] = public
        if self.gateway_edge is not None:
            self._expose_on_gateway(node, public, gateway)
            return
        self.adopt(node)
        routes = [] if gateway else [(node.rpc_path, node.ports.rpc)]
        routes += [(node.ws_path, node.ports.ws)] if node.websocket else []
        if gateway:
            self._front(gateway, node.rpc_path)
        if not routes:
            return
        self._serve(
            name=node.name,
            service=node.service,
            selector_labels=node.selector_labels,
            routes=routes,
            hosts=self.edge.domains,
            # The load balancer probes the same sync-aware endpoint as readiness, so a node
            # that falls behind leaves the backend with no manual step.
            health_port=node.health_port,
            health_path=NODE_HEALTH_PATH,
        )

    def _public_paths(self, where: str, node: EthereumNode, path: str | None, ws_path: str | None) -> tuple[str, str]:
        """The node's public (path, ws_path), checked against what it serves on this edge."""
        if self.gateway_edge is not None:
            return gateway_public_paths(where, node, path, ws_path)
        for given, served, prop in ((path, node.rpc_path, "rpc_path"), (ws_path, node.ws_path, "ws_path")):
            if given is not None and given != served:
                raise EtherclusterError(
                    f"{where}: path {quoted(given)} differs from the node's {prop}={served!r}; "
                    f"create the node with {prop}={quoted(given)} so it serves RPC there"
                )
        if node.rpc_path == "/" or (node.websocket and node.ws_path == "/"):
            raise EtherclusterError(
                f"{where}: the node serves RPC at '/'; give it rpc_path (and ws_path), e.g. '/etc' and '/ws-etc'"
            )
        return (node.rpc_path, node.ws_path)

    def _expose_on_gateway(self, node: EthereumNode, public: tuple[str, str], gateway: FrontingGateway | None) -> None:
        """One HTTPRoute per fleet: HTTP to the fronting gateway (which serves the public path
        itself) or to the node, WebSocket to the node; both rewritten to the node's '/'."""
        from .gateway_edge import GatewayBackend, GatewayRule

        assert self.edge is not None and self.gateway_edge is not None
        rules = []
        if gateway:
            self._gateway_backend(gateway)
            rules.append(
                GatewayRule(
                    public[0],
                    gateway.service.name,
                    gateway.port,
                    rewrite=False,
                    client_ip_header=gateway.client_ip_header,
                )
            )
        else:
            rules.append(GatewayRule(public[0], node.service.name, node.ports.rpc))
        if node.websocket:
            rules.append(GatewayRule(public[1], node.service.name, node.ports.ws))
        if any(rule.backend == node.service.name for rule in rules):
            self.gateway_edge.add_backend(GatewayBackend(node.service.name, node.health_port, NODE_HEALTH_PATH))
        self.adopt(node)
        self._admit_node(node, fronted=gateway is not None)
        self.gateway_edge.add_route(node.name, hosts=self.edge.domains, rules=rules)

    def _admit_node(self, node: EthereumNode, *, fronted: bool) -> None:
        """HTTP JSON-RPC unless a gateway fronts the node, WebSocket, and the health port."""
        ports = ([] if fronted else [node.ports.rpc]) + ([node.ports.ws] if node.websocket else [])
        if ports:
            self.admit_load_balancer(node.name, node.selector_labels, [*ports, node.health_port])

    def _admit_gateway(self, gateway: FrontingGateway) -> bool:
        """Admit the load balancer to the gateway once; True the first time."""
        if gateway.name in self._gateways:
            return False
        self._gateways.add(gateway.name)
        self.adopt(gateway)
        self.admit_load_balancer(gateway.name, gateway.selector_labels, [gateway.port, gateway.health_port])
        return True

    def _gateway_backend(self, gateway: FrontingGateway) -> None:
        from .gateway_edge import GatewayBackend

        assert self.gateway_edge is not None
        if self._admit_gateway(gateway):
            self.gateway_edge.add_backend(
                GatewayBackend(gateway.service.name, gateway.health_port, gateway.health_path)
            )

    def publish(self, app: PublishedApp, *, host: str, path: str = "/") -> None:
        """Serve a web app (for example an EthStats dashboard) at `https://<host><path>`.

        Web apps that build their own links (ethstats does) need to sit at '/' of a host of
        their own: the load balancer cannot rewrite paths. The host is added to the managed
        certificate; point its DNS at the same static IP.
        """
        where = f"ClusterNetwork.publish({app.name!r})"
        if self.edge is None:
            raise EtherclusterError(f"{where}: this ClusterNetwork has no edge; create it with edge=PublicEdge(...)")
        _hostname(f"{where}.host", host)
        if host in self.edge.domains:
            raise EtherclusterError(f"{where}: host {quoted(host)} serves RPC already; give the app a host of its own")
        if self.gateway_edge is not None:
            from .gateway_edge import GatewayBackend, GatewayRule

            self.adopt(app)
            self.gateway_edge.add_backend(GatewayBackend(app.service.name, app.port, "/"))
            self.gateway_edge.add_route(
                app.name, hosts=(host,), rules=[GatewayRule(path, app.service.name, app.port, rewrite=False)]
            )
            self.admit_load_balancer(app.name, app.selector_labels, [app.port])
            return
        if self.certificate is not None:
            self._certify_app_host(host)
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

    def _front(self, gateway: FrontingGateway, path: str) -> None:
        """Route `path` to the gateway; its backend and policy are made with its first route."""
        assert self.edge is not None
        if gateway.name in self._gateways:
            self._add_rules(gateway.service, [(path, gateway.port)], self.edge.domains)
            return
        self._gateways.add(gateway.name)
        self.adopt(gateway)
        self._serve(
            name=gateway.name,
            service=gateway.service,
            selector_labels=gateway.selector_labels,
            routes=[(path, gateway.port)],
            hosts=self.edge.domains,
            health_port=gateway.health_port,
            health_path=gateway.health_path,
            request_headers=(f"{gateway.client_ip_header}:{{client_ip_address}}",),
        )

    def _certify_app_host(self, host: str) -> None:
        """Web apps' hosts get a certificate of their own: a host whose DNS is not ready yet
        holds back only that certificate, never the RPC hosts'."""
        if self.apps_certificate is not None:
            self.apps_certificate.add_json_patch(cdk8s.JsonPatch.add("/spec/domains/-", host))
            return
        assert self.ingress is not None and self.certificate is not None
        from .crds.managedcertificate.io.gke.networking import ManagedCertificate, ManagedCertificateSpec

        self.apps_certificate = ManagedCertificate(
            self, "AppsCertificate", metadata=self._meta("edge-apps"), spec=ManagedCertificateSpec(domains=[host])
        )
        self.ingress.metadata.add_annotation(
            "networking.gke.io/managed-certificates", f"{self.certificate.name},{self.apps_certificate.name}"
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
        request_headers: Sequence[str] = (),
    ) -> None:
        """BackendConfig, NEG, Ingress rules and the load balancer's NetworkPolicy for one Service."""
        self._backend_config(name, health_port, health_path, request_headers)
        metadata = service.metadata
        metadata.add_annotation("cloud.google.com/backend-config", json.dumps({"default": name}))
        # Container-native load balancing: the load balancer sends to Ready pods directly.
        metadata.add_annotation("cloud.google.com/neg", json.dumps({"ingress": True}))
        self._add_rules(service, routes, hosts)
        self.admit_load_balancer(name, selector_labels, [port for _, port in routes] + [health_port])

    def admit_load_balancer(self, name: str, selector_labels: dict[str, str], ports: Sequence[int]) -> None:
        """NetworkPolicy `<name>-from-load-balancer`: the Google load balancer's proxies and health
        checkers (GOOGLE_LB_RANGES) may reach `ports` of the pods carrying `selector_labels`.

        `expose` and `publish` call it, and ServiceExports for each cluster of a multi-cluster spec."""
        rule_ports = [tcp(port) for port in sorted(set(ports))]
        network_policy(
            self,
            f"Edge-{name}",
            metadata=self._meta(f"{name}-from-load-balancer"),
            pod_labels=selector_labels,
            ingress=[allow_from(ip_block(cidr), rule_ports) for cidr in GOOGLE_LB_RANGES],
        )

    def _add_rules(self, service: kplus.Service, routes: list[tuple[str, int]], hosts: Sequence[str]) -> None:
        assert self.ingress is not None
        for route_path, port in routes:
            service_backend = kplus.IngressBackend.from_service(service, port=port)
            for host in hosts or ("",):
                if host:
                    self.ingress.add_host_rule(host, route_path, service_backend, kplus.HttpIngressPathType.PREFIX)
                else:
                    self.ingress.add_rule(route_path, service_backend, kplus.HttpIngressPathType.PREFIX)

    def _backend_config(
        self, name: str, health_port: int, health_path: str, request_headers: Sequence[str] = ()
    ) -> None:
        """The BackendConfig `name`: the load balancer's health check and backend settings."""
        edge = self.edge
        assert edge is not None
        from .crds.backendconfig.com.google.cloud import (
            BackendConfig,
            BackendConfigSpec,
            BackendConfigSpecConnectionDraining,
            BackendConfigSpecCustomRequestHeaders,
            BackendConfigSpecCustomResponseHeaders,
            BackendConfigSpecHealthCheck,
            BackendConfigSpecSecurityPolicy,
            BackendConfigSpecSessionAffinity,
        )

        BackendConfig(
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
                custom_response_headers=BackendConfigSpecCustomResponseHeaders(headers=[HSTS]),
                custom_request_headers=BackendConfigSpecCustomRequestHeaders(headers=list(request_headers))
                if request_headers
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


class FrontingGateway(Protocol):
    """What `ClusterNetwork.expose(gateway=...)` needs of a gateway (RpcGateway has all of it)."""

    name: str
    service: kplus.Service
    selector_labels: dict[str, str]
    port: int
    health_port: int
    health_path: str
    client_ip_header: str
    node: Node


def _hostname(prop: str, value: str) -> str:
    labels = value.split(".") if isinstance(value, str) else []
    if (
        len(labels) < 2
        or len(value) > 253
        or not all(re.fullmatch(_HOSTNAME_LABEL, x) for x in labels)
        # No top-level domain is numeric: this refuses IP literals, which no managed certificate covers.
        or labels[-1].isdigit()
    ):
        raise EtherclusterError(
            f"{prop}: {quoted(value)} is not a fully qualified lowercase host name, e.g. 'rpc.example.com'"
        )
    return value


def refuse_private_apis(where: str, node: EthereumNode) -> None:
    """A node routed on the internet serves nothing but its client's public APIs."""
    private = sorted(set(node.rpc_apis) - node.client.public_apis)
    if private:
        raise EtherclusterError(
            f"{where}: the node serves {private}, which must never be routed on the internet; "
            "serve only public APIs on an exposed fleet"
        )


def gateway_public_paths(where: str, node: EthereumNode, path: str | None, ws_path: str | None) -> tuple[str, str]:
    """A node's public (path, ws_path) on a Gateway edge, which rewrites them to the '/' the node
    serves at: given, or the network's ('/etc', '/ws-etc'); never '/' itself."""
    if node.rpc_path != "/" or node.ws_path != "/":
        raise EtherclusterError(
            f"{where}: the node serves RPC under {node.rpc_path!r} / {node.ws_path!r}; on the Gateway edge "
            "nodes serve at '/' and the route rewrites the public path: create the node without "
            "rpc_path / ws_path and pass the public paths here"
        )
    public = (
        public_path(f"{where}.path", path or node.network.rpc_path),
        public_path(f"{where}.ws_path", ws_path or node.network.ws_path),
    )
    if public[0] == "/" or (node.websocket and public[1] == "/"):
        raise EtherclusterError(
            f"{where}: public path '/' would take every path of the edge; give the fleet its own, "
            "e.g. '/etc' and '/ws-etc'"
        )
    return public


def public_path(prop: str, value: str) -> str:
    """A public URL path prefix such as '/etc' (segments of unreserved characters, none starting
    with '.'), without its trailing '/'."""
    if not isinstance(value, str) or len(value) > 256 or not _PUBLIC_PATH.match(value):
        raise EtherclusterError(f"{prop}={quoted(value)} must be a URL path such as '/etc' (letters, digits, '-._~')")
    return value.rstrip("/") or "/"


def _positive(prop: str, value: int) -> int:
    if non_negative_int(prop, value) == 0:
        raise EtherclusterError(f"{prop}=0 must be at least 1")
    return value
