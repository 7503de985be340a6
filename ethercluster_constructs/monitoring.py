"""Metrics scraping, alert rules and a Grafana dashboard for node fleets.

Two scrapers are supported: GKE Managed Service for Prometheus ("gmp": PodMonitoring and
Rules) and prometheus-operator ("prometheus-operator": ServiceMonitor and PrometheusRule).
PodMonitoring, ServiceMonitor and PrometheusRule come from the typed bindings in imports/;
GMP's Rules kind has no CRD file in the pinned set, so it is a plain ApiObject.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Protocol

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from .alerts import AlertRule, AlertThresholds, Fleet, fleet_rules, gateway_rules
from .ethereum_node import EthereumNode
from .validation import one_of

SCRAPERS = ("gmp", "prometheus-operator")
SCRAPE_INTERVAL = "30s"


class NodeMonitoring(Construct):
    """Scrapes one EthereumNode: the health sidecar's /metrics and each client's own endpoint.

    Every series gets a `fleet` label (the node's name) so alerts and dashboards can group.
    Props: node; scraper ("gmp" or "prometheus-operator", default "gmp").
    """

    def __init__(self, scope: Construct, id: str, *, node: EthereumNode, scraper: str = "gmp") -> None:
        super().__init__(scope, id)
        one_of("NodeMonitoring.scraper", scraper, SCRAPERS)
        endpoints = [("health", "/metrics"), *node.metrics_endpoints]
        _scrape(
            self,
            scraper=scraper,
            metadata=cdk8s.ApiObjectMetadata(name=node.name, namespace=node.namespace),
            pod_labels=node.selector_labels,
            # A ServiceMonitor scrapes through a Service: the headless Service lists the ports.
            service_labels={**node.selector_labels, "ethercluster.io/service": "headless"},
            endpoints=endpoints,
            fleet_label=True,
        )


class GatewayMonitoring(Construct):
    """Scrapes an RpcGateway's metrics port (eRPC serves `/metrics` there), like the nodes.

    Props: gateway (anything with name, namespace, selector_labels); scraper.
    """

    def __init__(self, scope: Construct, id: str, *, gateway: ScrapedGateway, scraper: str = "gmp") -> None:
        super().__init__(scope, id)
        one_of("GatewayMonitoring.scraper", scraper, SCRAPERS)
        _scrape(
            self,
            scraper=scraper,
            metadata=cdk8s.ApiObjectMetadata(name=gateway.name, namespace=gateway.namespace),
            pod_labels=gateway.selector_labels,
            service_labels=gateway.selector_labels,
            endpoints=[("metrics", "/metrics")],
            fleet_label=False,
        )


def _scrape(
    scope: Construct,
    *,
    scraper: str,
    metadata: cdk8s.ApiObjectMetadata,
    pod_labels: dict[str, str],
    service_labels: dict[str, str],
    endpoints: Sequence[tuple[str, str]],
    fleet_label: bool,
) -> None:
    """A PodMonitoring (gmp) or ServiceMonitor that scrapes `endpoints` ((port name, path), ...).

    `fleet_label`: copy the pods' `app.kubernetes.io/instance` label to a `fleet` label. Each
    binding is imported where it is used: it loads its jsii assembly at import, and a spec
    needs only its scraper's.
    """
    if scraper == "gmp":
        from .crds.podmonitoring.com.googleapis.monitoring import (
            PodMonitoring,
            PodMonitoringSpec,
            PodMonitoringSpecEndpoints,
            PodMonitoringSpecEndpointsPort,
            PodMonitoringSpecSelector,
            PodMonitoringSpecTargetLabels,
            PodMonitoringSpecTargetLabelsFromPod,
        )

        target_labels = PodMonitoringSpecTargetLabels(
            from_pod=[PodMonitoringSpecTargetLabelsFromPod(from_="app.kubernetes.io/instance", to="fleet")]
        )
        PodMonitoring(
            scope,
            "PodMonitoring",
            metadata=metadata,
            spec=PodMonitoringSpec(
                selector=PodMonitoringSpecSelector(match_labels=pod_labels),
                endpoints=[
                    PodMonitoringSpecEndpoints(
                        port=_scrape_port(PodMonitoringSpecEndpointsPort, port), path=path, interval=SCRAPE_INTERVAL
                    )
                    for port, path in endpoints
                ],
                target_labels=target_labels if fleet_label else None,
            ),
        )
        return
    from .crds.servicemonitor.com.coreos.monitoring import (
        ServiceMonitor,
        ServiceMonitorSpec,
        ServiceMonitorSpecEndpoints,
        ServiceMonitorSpecEndpointsRelabelings,
        ServiceMonitorSpecSelector,
    )

    relabel = ServiceMonitorSpecEndpointsRelabelings(
        source_labels=["__meta_kubernetes_pod_label_app_kubernetes_io_instance"], target_label="fleet"
    )
    ServiceMonitor(
        scope,
        "ServiceMonitor",
        metadata=metadata,
        spec=ServiceMonitorSpec(
            selector=ServiceMonitorSpecSelector(match_labels=service_labels),
            endpoints=[
                ServiceMonitorSpecEndpoints(
                    port=port, path=path, interval=SCRAPE_INTERVAL, relabelings=[relabel] if fleet_label else None
                )
                for port, path in endpoints
            ],
        ),
    )


class ScrapedGateway(Protocol):
    name: str
    namespace: str
    selector_labels: dict[str, str]


class FleetAlerts(Construct):
    """Alert rules for the fleets of one namespace (see alerts.fleet_rules).

    Props: namespace; fleets (EthereumNodes); scraper; thresholds (AlertThresholds());
    gateway: also the RpcGateway's rules (alerts.gateway_rules). Default False.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        fleets: Sequence[EthereumNode],
        scraper: str = "gmp",
        thresholds: AlertThresholds | None = None,
        gateway: bool = False,
    ) -> None:
        super().__init__(scope, id)
        one_of("FleetAlerts.scraper", scraper, SCRAPERS)
        thresholds = thresholds or AlertThresholds()
        self.rules: dict[str, list[AlertRule]] = {
            node.name: fleet_rules(
                Fleet(node.name, namespace, node.client, most_peers=len(node.peers) - 1 if node.peers else None),
                thresholds,
            )
            for node in fleets
        }
        groups = {f"fleet-{fleet}": rules for fleet, rules in self.rules.items()}
        if gateway:
            groups["rpc-gateway"] = gateway_rules(namespace, thresholds)
        metadata = cdk8s.ApiObjectMetadata(name="ethereum-fleets", namespace=namespace)
        if scraper == "gmp":
            groups = [
                {
                    "name": group,
                    "interval": "1m",
                    "rules": [
                        {
                            "alert": r.alert,
                            "expr": r.expr,
                            "for": r.for_,
                            "labels": {"severity": r.severity},
                            "annotations": {"summary": r.summary},
                        }
                        for r in rules
                    ],
                }
                for group, rules in groups.items()
            ]
            rules_object = cdk8s.ApiObject(
                self, "Rules", api_version="monitoring.googleapis.com/v1", kind="Rules", metadata=metadata
            )
            rules_object.add_json_patch(cdk8s.JsonPatch.add("/spec", {"groups": groups}))
        else:
            from .crds.prometheusrule.com.coreos.monitoring import (
                PrometheusRule,
                PrometheusRuleSpec,
                PrometheusRuleSpecGroups,
                PrometheusRuleSpecGroupsRules,
                PrometheusRuleSpecGroupsRulesExpr,
            )

            PrometheusRule(
                self,
                "PrometheusRule",
                metadata=metadata,
                spec=PrometheusRuleSpec(
                    groups=[
                        PrometheusRuleSpecGroups(
                            name=group,
                            interval="1m",
                            rules=[
                                PrometheusRuleSpecGroupsRules(
                                    alert=r.alert,
                                    expr=PrometheusRuleSpecGroupsRulesExpr.from_string(r.expr),
                                    for_=r.for_,
                                    labels={"severity": r.severity},
                                    annotations={"summary": r.summary},
                                )
                                for r in rules
                            ],
                        )
                        for group, rules in groups.items()
                    ]
                ),
            )


class FleetDashboard(Construct):
    """A Grafana dashboard (JSON in a ConfigMap labelled `grafana_dashboard: "1"`) for one namespace.

    Panels: each fleet's head, each node's lag behind it, peers, RPC rate and p99 latency
    (where the client's series are known), and chain volume use. Attribute: `queries`.
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str, fleets: Sequence[EthereumNode]) -> None:
        super().__init__(scope, id)
        ns = f'namespace="{namespace}"'
        panels: list[tuple[str, str, list[tuple[str, str]]]] = [
            (
                "Fleet head block",
                "none",
                [(f"max by (fleet) (ethercluster_execution_head_block{{{ns}}})", "{{fleet}}")],
            ),
            (
                "Blocks behind fleet head",
                "none",
                [
                    (
                        f"max by (fleet) (ethercluster_execution_head_block{{{ns}}}) - on (fleet) group_right "
                        f"ethercluster_execution_head_block{{{ns}}}",
                        "{{pod}}",
                    )
                ],
            ),
            ("Execution peers", "none", [(f"ethercluster_execution_peers{{{ns}}}", "{{pod}}")]),
            ("Beacon sync distance (slots)", "none", [(f"ethercluster_beacon_sync_distance{{{ns}}}", "{{pod}}")]),
            (
                "Chain volume use",
                "percentunit",
                [
                    (
                        f"kubelet_volume_stats_used_bytes{{{ns}}} / kubelet_volume_stats_capacity_bytes{{{ns}}}",
                        "{{persistentvolumeclaim}}",
                    )
                ],
            ),
        ]
        rate_targets, latency_targets = [], []
        for node in fleets:
            metrics = node.client.metrics
            selector = f'{ns}, fleet="{node.name}"'
            if metrics.rpc_requests:
                rate_targets.append((f"sum by (fleet) (rate({metrics.rpc_requests}{{{selector}}}[5m]))", "{{fleet}}"))
            if metrics.rpc_latency_p99:
                latency_targets.append((metrics.rpc_latency_p99.format(selector=selector), "{{pod}}"))
        if rate_targets:
            panels.append(("RPC requests per second", "reqps", rate_targets))
        if latency_targets:
            panels.append(("RPC p99 latency", "s", latency_targets))
        self.queries = [expr for _, _, targets in panels for expr, _ in targets]
        dashboard = {
            "title": f"Ethereum fleets: {namespace}",
            "uid": f"ethercluster-{namespace}"[:40],
            "schemaVersion": 39,
            "time": {"from": "now-6h", "to": "now"},
            "refresh": "1m",
            "panels": [
                {
                    "id": index + 1,
                    "type": "timeseries",
                    "title": title,
                    "gridPos": {"h": 8, "w": 12, "x": 12 * (index % 2), "y": 8 * (index // 2)},
                    "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                    "targets": [
                        {"refId": chr(ord("A") + n), "expr": expr, "legendFormat": legend}
                        for n, (expr, legend) in enumerate(targets)
                    ],
                }
                for index, (title, unit, targets) in enumerate(panels)
            ],
        }
        kplus.ConfigMap(
            self,
            "Dashboard",
            metadata=cdk8s.ApiObjectMetadata(
                name="ethereum-fleets-dashboard", namespace=namespace, labels={"grafana_dashboard": "1"}
            ),
            data={f"ethereum-fleets-{namespace}.json": json.dumps(dashboard, indent=2, sort_keys=True)},
        )


@functools.cache
def _scrape_port(port_type, name: str):
    """A PodMonitoring endpoint port, made once per name: the same few names recur in every fleet."""
    return port_type.from_string(name)
