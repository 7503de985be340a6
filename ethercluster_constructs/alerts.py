"""Alert rules for node fleets, as plain data (PromQL strings). No cdk8s imports.

Built on series every fleet has whatever its client: the health sidecar's
`ethercluster_*` gauges, kubelet volume stats and kube-state-metrics restarts; plus each
client's own RPC counters where the catalog knows their names.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import ExecutionProfile

SIDECAR_METRICS = frozenset(
    {
        "ethercluster_ready",
        "ethercluster_execution_head_block",
        "ethercluster_execution_head_age_seconds",
        "ethercluster_execution_peers",
        "ethercluster_execution_sync_distance",
        "ethercluster_execution_syncing",
        "ethercluster_beacon_head_slot",
        "ethercluster_beacon_sync_distance",
    }
)
"""Series the health sidecar exports (tests check this against its real /metrics output)."""

KUBERNETES_METRICS = frozenset(
    {
        # kubelet (GKE Managed Prometheus: OperatorConfig collection.kubeletScraping)
        "kubelet_volume_stats_used_bytes",
        "kubelet_volume_stats_capacity_bytes",
        # kube-state-metrics (GKE: monitoring_config component POD / self-managed KSM)
        "kube_pod_container_status_restarts_total",
    }
)


@dataclass(frozen=True)
class AlertThresholds:
    """When alerts fire. Defaults are documented in docs/observability.md.

    Attributes:
        lag_blocks: blocks a node may trail its fleet's highest head. Default 20.
        not_ready_for: how long a node may stay not ready (syncing, stale). Default "15m".
        min_peers: execution peers below which to warn. Default 5.
        volume_full_ratio: chain volume fill level that warns. Default 0.85.
        restarts: container restarts within 30 minutes that mean a restart loop. Default 3.
        rpc_error_ratio: share of failed RPC calls over 5 minutes. Default 0.05.
    """

    lag_blocks: int = 20
    not_ready_for: str = "15m"
    min_peers: int = 5
    volume_full_ratio: float = 0.85
    restarts: int = 3
    rpc_error_ratio: float = 0.05


@dataclass(frozen=True)
class Fleet:
    """What the rules need to know about one fleet."""

    name: str
    namespace: str
    client: ExecutionProfile
    most_peers: int | None = None
    """The most peers a node can have (a private network's other nodes); None: unbounded.
    The few-peers warning never asks for more, and is left out when it is 0."""


@dataclass(frozen=True)
class AlertRule:
    alert: str
    expr: str
    for_: str
    severity: str
    summary: str


def fleet_rules(fleet: Fleet, t: AlertThresholds) -> list[AlertRule]:
    sel = f'namespace="{fleet.namespace}", fleet="{fleet.name}"'
    pods = f'namespace="{fleet.namespace}", pod=~"{fleet.name}-[0-9]+"'
    claims = f'namespace="{fleet.namespace}", persistentvolumeclaim=~"(data|consensus-data)-{fleet.name}-[0-9]+"'
    few_peers = t.min_peers if fleet.most_peers is None else min(t.min_peers, fleet.most_peers)
    rules = [
        AlertRule(
            alert="EthereumNodeNotReady",
            expr=f"min by (namespace, fleet, pod) (ethercluster_ready{{{sel}}}) == 0",
            for_=t.not_ready_for,
            severity="warning",
            summary="{{ $labels.pod }} has not been synced and ready for " + t.not_ready_for,
        ),
        AlertRule(
            alert="EthereumNodeLagging",
            expr=(
                f"max by (namespace, fleet) (ethercluster_execution_head_block{{{sel}}})"
                f" - on (namespace, fleet) group_right ethercluster_execution_head_block{{{sel}}} > {t.lag_blocks}"
            ),
            for_="5m",
            severity="warning",
            summary="{{ $labels.pod }} is {{ $value }} blocks behind its fleet's head",
        ),
        AlertRule(
            alert="EthereumNodeFewPeers",
            expr=f"ethercluster_execution_peers{{{sel}}} < {few_peers}",
            for_="10m",
            severity="warning",
            summary="{{ $labels.pod }} has {{ $value }} execution peers",
        ),
        AlertRule(
            alert="EthereumChainVolumeFilling",
            expr=(
                f"kubelet_volume_stats_used_bytes{{{claims}}} / kubelet_volume_stats_capacity_bytes{{{claims}}}"
                f" > {t.volume_full_ratio}"
            ),
            for_="15m",
            severity="warning",
            summary="{{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full: grow it",
        ),
        AlertRule(
            alert="EthereumNodeRestartLoop",
            expr=f"increase(kube_pod_container_status_restarts_total{{{pods}}}[30m]) > {t.restarts}",
            for_="0m",
            severity="critical",
            summary="{{ $labels.pod }}/{{ $labels.container }} restarted {{ $value }} times in 30 minutes",
        ),
    ]
    if few_peers == 0:
        rules = [rule for rule in rules if rule.alert != "EthereumNodeFewPeers"]
    metrics = fleet.client.metrics
    if metrics.rpc_requests and metrics.rpc_failures:
        rules.append(
            AlertRule(
                alert="EthereumRpcErrors",
                expr=(
                    f"sum by (namespace, fleet) (rate({metrics.rpc_failures}{{{sel}}}[5m]))"
                    f" / sum by (namespace, fleet) (rate({metrics.rpc_requests}{{{sel}}}[5m]))"
                    f" > {t.rpc_error_ratio}"
                ),
                for_="10m",
                severity="warning",
                summary="{{ $value | humanizePercentage }} of RPC calls to fleet {{ $labels.fleet }} fail",
            )
        )
    return rules


def gateway_rules(namespace: str, t: AlertThresholds) -> list[AlertRule]:
    """Alerts on the eRPC gateway's own metrics (erpc/erpc telemetry/metrics.go at the pinned tag)."""
    sel = f'namespace="{namespace}"'
    return [
        AlertRule(
            alert="RpcGatewayErrors",
            expr=(
                f"sum by (namespace, network) (rate(erpc_network_failed_request_total{{{sel}}}[5m]))"
                f" / sum by (namespace, network) (rate(erpc_network_request_received_total{{{sel}}}[5m]))"
                f" > {t.rpc_error_ratio}"
            ),
            for_="10m",
            severity="warning",
            summary="{{ $value | humanizePercentage }} of gateway calls for {{ $labels.network }} fail",
        ),
        AlertRule(
            alert="RpcGatewayUpstreamLagging",
            expr=f"max by (namespace, network, upstream) (erpc_upstream_block_head_lag{{{sel}}}) > {t.lag_blocks}",
            for_="5m",
            severity="warning",
            summary="upstream {{ $labels.upstream }} is {{ $value }} blocks behind the head the gateway sees",
        ),
        AlertRule(
            alert="RpcGatewayNoHealthyUpstream",
            expr=(
                f"sum by (namespace, network) (rate(erpc_network_request_received_total{{{sel}}}[5m])) > 0"
                f" unless sum by (namespace, network) (rate(erpc_network_successful_request_total{{{sel}}}[5m])) > 0"
            ),
            for_="5m",
            severity="critical",
            summary="the gateway answers no call for {{ $labels.network }}: no upstream serves it",
        ),
    ]
