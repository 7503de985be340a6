"""Stats dashboards, metrics scraping, alert rules and the Grafana dashboard."""

from __future__ import annotations

import json

import cdk8s
import promql_parser
import pytest
import yaml

from ethercluster_constructs import EtherclusterError, EthereumNode
from ethercluster_constructs.alerts import KUBERNETES_METRICS, SIDECAR_METRICS, AlertThresholds
from ethercluster_constructs.app_builder import ClusterChart
from ethercluster_constructs.catalog import CLIENTS, CONSENSUS_CLIENTS, EthstatsTarget
from ethercluster_constructs.ethstats import EthStats
from ethercluster_constructs.monitoring import FleetAlerts, FleetDashboard, NodeMonitoring
from ethercluster_constructs.pod_scripts.rpc_health import Verdict, render_metrics
from ethercluster_constructs.rpc_gateway import GATEWAY_METRICS
from ethercluster_constructs.spec import ClusterSpec
from tests.support import ROOT, SPECS, container, find, find_all, pod_spec, synth, synth_spec


def metric_names(expr: str) -> set[str]:
    names: set[str] = set()

    def visit(node):
        if isinstance(node, promql_parser.VectorSelector):
            names.add(node.name)

    promql_parser.walk(promql_parser.parse(expr), visit)  # raises ValueError on bad syntax
    return names


def exposed_by(client: str) -> set[str]:
    return SIDECAR_METRICS | KUBERNETES_METRICS | CLIENTS[client].metrics.names()


# -- the default cluster --------------------------------------------------------------------


def test_default_cluster_has_a_stats_dashboard_per_public_network(default_docs):
    deployments = {d["metadata"]["name"] for d in find_all(default_docs, "Deployment")}
    assert deployments == {"etc-stats", "mordor-stats", "rpc-gateway"}
    for node, stats in (("classic", "etc-stats"), ("mordor", "mordor-stats")):
        geth = container(find(default_docs, "StatefulSet", node), "core-geth")
        assert f"--ethstats=$(POD_NAME):$(ETHSTATS_SECRET)@ws://{stats}.ethercluster.svc:3000" in geth["args"]
        env = {e["name"]: e.get("valueFrom", e.get("value")) for e in geth["env"]}
        # Optional: a missing stats secret never keeps a node from starting.
        assert env["ETHSTATS_SECRET"] == {
            "secretKeyRef": {"key": "WS_SECRET", "name": f"{stats}-secret", "optional": True}
        }
        assert env["POD_NAME"] == {"fieldRef": {"fieldPath": "metadata.name"}}
        server = container(find(default_docs, "Deployment", stats), "ethstats")
        server_env = {e["name"]: e.get("valueFrom", e.get("value")) for e in server["env"]}
        assert server_env["WS_SECRET"] == {"secretKeyRef": {"key": "WS_SECRET", "name": f"{stats}-secret"}}


def test_stats_dashboards_are_published_on_hosts_of_their_own(default_docs):
    ingress = find(default_docs, "Ingress", "edge")
    hosts = {rule["host"]: rule["http"]["paths"] for rule in ingress["spec"]["rules"]}
    (route,) = hosts["etc-stats.rpc.example.com"]
    assert route["path"] == "/" and route["backend"]["service"] == {"name": "etc-stats", "port": {"number": 3000}}
    # On a certificate of their own: a stats host whose DNS is not ready never holds back the RPC hosts'.
    assert find(default_docs, "ManagedCertificate", "edge")["spec"]["domains"] == ["rpc.example.com"]
    assert "etc-stats.rpc.example.com" in find(default_docs, "ManagedCertificate", "edge-apps")["spec"]["domains"]
    assert ingress["metadata"]["annotations"]["networking.gke.io/managed-certificates"] == "edge,edge-apps"
    backend = find(default_docs, "BackendConfig", "etc-stats")
    assert backend["spec"]["healthCheck"]["port"] == 3000 and backend["spec"]["healthCheck"]["requestPath"] == "/"


def test_generated_stats_secret_job_may_only_create_secrets(default_docs):
    role = find(default_docs, "Role", "etc-stats-secret-create")
    assert role["rules"] == [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]}]
    job = find(default_docs, "Job", "etc-stats-secret-create")
    binding = find(default_docs, "RoleBinding", "etc-stats-secret-create")
    assert binding["subjects"][0]["name"] == pod_spec(job)["serviceAccountName"]
    env = {e["name"]: e.get("value") for e in container(job, "run")["env"]}
    assert (env["SECRET_NAME"], env["SECRET_KEY"]) == ("etc-stats-secret", "WS_SECRET")
    script = find(default_docs, "ConfigMap", "etc-stats-secret-create")["data"]["ensure_secret.py"]
    assert "secrets.token_hex(32)" in script and "409" in script


def test_every_node_is_scraped_on_the_sidecar_and_its_client_endpoints(default_docs):
    for node in ("classic", "mordor"):
        monitoring = find(default_docs, "PodMonitoring", node)
        endpoints = {(e["port"], e["path"]) for e in monitoring["spec"]["endpoints"]}
        assert endpoints == {("health", "/metrics"), ("metrics", "/debug/metrics/prometheus")}
        assert monitoring["spec"]["targetLabels"]["fromPod"] == [{"from": "app.kubernetes.io/instance", "to": "fleet"}]
        pod_labels = find(default_docs, "StatefulSet", node)["spec"]["template"]["metadata"]["labels"]
        assert monitoring["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_scraped_port_and_path_comes_from_the_catalog(spec):
    docs = synth_spec(spec)
    for monitoring in find_all(docs, "PodMonitoring"):
        if monitoring["metadata"]["name"] == "rpc-gateway":
            # eRPC serves /metrics on the port its config names.
            gateway = find(docs, "Deployment", "rpc-gateway")
            ports = {p["name"]: p["containerPort"] for p in pod_spec(gateway)["containers"][0]["ports"]}
            config = yaml.safe_load(find(docs, "ConfigMap", "rpc-gateway")["data"]["erpc.yaml"])
            assert [(e["port"], e["path"]) for e in monitoring["spec"]["endpoints"]] == [("metrics", "/metrics")]
            assert ports["metrics"] == config["metrics"]["port"]
            continue
        sts = find(docs, "StatefulSet", monitoring["metadata"]["name"])
        spec_ = pod_spec(sts)
        ports = {p["name"]: c["name"] for c in spec_["containers"] for p in c.get("ports", [])}
        for endpoint in monitoring["spec"]["endpoints"]:
            owner = ports[endpoint["port"]]
            expected = "/metrics" if owner == "health" else None
            if owner in CLIENTS:
                expected = CLIENTS[owner].metrics_path
            elif owner != "health":
                expected = CONSENSUS_CLIENTS[owner].metrics_path
            assert endpoint["path"] == expected


# -- alerts and dashboard -------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_alert_parses_and_uses_only_metrics_its_fleet_exposes(spec):
    docs = synth_spec(spec)
    (rules,) = find_all(docs, "Rules")
    clients = {s["metadata"]["name"]: container_name(s) for s in find_all(docs, "StatefulSet")}
    alerts = set()
    for group in rules["spec"]["groups"]:
        if group["name"] == "rpc-gateway":
            for rule in group["rules"]:
                assert metric_names(rule["expr"]) <= GATEWAY_METRICS, rule["alert"]
                alerts.add(rule["alert"])
            continue
        fleet = group["name"].removeprefix("fleet-")
        for rule in group["rules"]:
            assert metric_names(rule["expr"]) <= exposed_by(clients[fleet]), rule["alert"]
            alerts.add(rule["alert"])
    assert {
        "EthereumNodeNotReady",
        "EthereumNodeLagging",
        "EthereumNodeFewPeers",
        "EthereumChainVolumeFilling",
        "EthereumNodeRestartLoop",
        "RpcGatewayErrors",
        "RpcGatewayUpstreamLagging",
        "RpcGatewayNoHealthyUpstream",
    } <= alerts


def container_name(statefulset: dict) -> str:
    return pod_spec(statefulset)["containers"][0]["name"]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_dashboard_json_parses_and_uses_only_exposed_metrics(spec):
    docs = synth_spec(spec)
    config_map = find(docs, "ConfigMap", "ethereum-fleets-dashboard")
    assert config_map["metadata"]["labels"] == {"grafana_dashboard": "1"}
    (text,) = config_map["data"].values()
    dashboard = json.loads(text)
    clients = {container_name(s) for s in find_all(docs, "StatefulSet")}
    exposed = set().union(*(exposed_by(c) for c in clients))
    titles = {p["title"] for p in dashboard["panels"]}
    assert {"Fleet head block", "Blocks behind fleet head", "Execution peers", "Chain volume use"} <= titles
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            assert metric_names(target["expr"]) <= exposed, (panel["title"], target["expr"])


def test_geth_fleets_get_rpc_rate_latency_and_error_alerts(default_docs):
    dashboard = json.loads(next(iter(find(default_docs, "ConfigMap", "ethereum-fleets-dashboard")["data"].values())))
    titles = {p["title"] for p in dashboard["panels"]}
    assert {"RPC requests per second", "RPC p99 latency"} <= titles
    rules = find(default_docs, "Rules", "ethereum-fleets")["spec"]["groups"][0]["rules"]
    errors = next(r for r in rules if r["alert"] == "EthereumRpcErrors")
    assert metric_names(errors["expr"]) == {"rpc_failure", "rpc_requests"}


def test_sidecar_metric_list_matches_what_the_sidecar_really_exports():
    full = {
        "execution": Verdict(
            True,
            "synced",
            {
                "execution_head_block": 1,
                "execution_head_age_seconds": 2,
                "execution_peers": 3,
                "execution_sync_distance": 0,
                "execution_syncing": 0,
            },
        ),
        "beacon": Verdict(True, "synced", {"beacon_head_slot": 5, "beacon_sync_distance": 0}),
    }
    text = render_metrics(full)
    exported = {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line and not line.startswith("#")}
    assert exported == SIDECAR_METRICS


def test_thresholds_from_the_spec_reach_the_rules(tmp_path):
    spec = ClusterSpec.model_validate(
        {"fleets": {"classic": {"network": "classic"}}, "monitoring": {"alerts": {"lag_blocks": 50, "min_peers": 9}}}
    )

    app = cdk8s.App()
    ClusterChart(app, spec=spec, spec_dir=ROOT)
    docs = [d for d in yaml.safe_load_all(app.synth_yaml()) if d]
    rules = {r["alert"]: r["expr"] for r in find(docs, "Rules")["spec"]["groups"][0]["rules"]}
    assert rules["EthereumNodeLagging"].endswith("> 50")
    assert rules["EthereumNodeFewPeers"].endswith("< 9")


def test_prometheus_operator_gets_service_monitors_and_a_prometheus_rule():
    def build(chart):
        node = EthereumNode(chart, "classic", network="classic", monitoring_namespace="monitoring")
        NodeMonitoring(chart, "m", node=node, scraper="prometheus-operator")
        FleetAlerts(
            chart,
            "a",
            namespace="test",
            fleets=[node],
            scraper="prometheus-operator",
            thresholds=AlertThresholds(rpc_error_ratio=0.1),
        )

    docs = synth(build)
    monitor = find(docs, "ServiceMonitor", "classic")
    headless = find(docs, "Service", "classic-headless")
    assert monitor["spec"]["selector"]["matchLabels"].items() <= headless["metadata"]["labels"].items()
    service_ports = {p["name"] for p in headless["spec"]["ports"]}
    assert {e["port"] for e in monitor["spec"]["endpoints"]} <= service_ports
    assert all(e["relabelings"][0]["targetLabel"] == "fleet" for e in monitor["spec"]["endpoints"])
    rule = find(docs, "PrometheusRule", "ethereum-fleets")
    exprs = [r["expr"] for g in rule["spec"]["groups"] for r in g["rules"]]
    assert any(e.endswith("> 0.1") for e in exprs)
    policy = find(docs, "NetworkPolicy", "classic")
    scrape = next(r for r in policy["spec"]["ingress"] if "namespaceSelector" in r["from"][0])
    assert scrape["from"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "monitoring"}


def test_ethstats_secret_can_be_an_existing_secret():
    docs = synth(lambda chart: EthStats(chart, "s", name="etc-stats", namespace="test", secret_name="my-ws-secret"))
    assert not find_all(docs, "Job") and not find_all(docs, "Role")
    env = {
        e["name"]: e["valueFrom"] for e in container(find(docs, "Deployment"), "ethstats")["env"] if "valueFrom" in e
    }
    assert env["WS_SECRET"]["secretKeyRef"]["name"] == "my-ws-secret"


@pytest.mark.parametrize(
    ("client", "expected"),
    [
        ("geth", ["--ethstats=$(POD_NAME):$(ETHSTATS_SECRET)@ws://s.ns.svc:3000"]),
        ("besu", ["--ethstats=ws://$(POD_NAME):$(ETHSTATS_SECRET)@s.ns.svc:3000"]),
        (
            "nethermind",
            [
                "--EthStats.Enabled=true",
                "--EthStats.Server=ws://s.ns.svc:3000/api",
                "--EthStats.Name=$(POD_NAME)",
                "--EthStats.Secret=$(ETHSTATS_SECRET)",
            ],
        ),
        ("reth", ["--ethstats=$(POD_NAME):$(ETHSTATS_SECRET)@ws://s.ns.svc:3000"]),
    ],
)
def test_each_client_reports_to_ethstats_in_its_own_flag_format(client, expected):
    assert CLIENTS[client].ethstats_args(EthstatsTarget(host="s.ns.svc", port=3000)) == expected


def test_dashboard_without_rpc_series_leaves_those_panels_out():
    docs = synth(
        lambda chart: FleetDashboard(
            chart,
            "d",
            namespace="test",
            fleets=[EthereumNode(chart, "n", network="mainnet", client="besu", consensus_client="teku")],
        )
    )
    dashboard = json.loads(next(iter(find(docs, "ConfigMap", "ethereum-fleets-dashboard")["data"].values())))
    assert "RPC requests per second" not in {p["title"] for p in dashboard["panels"]}


def test_bad_monitoring_input_is_refused():
    with pytest.raises(EtherclusterError, match=r"NodeMonitoring.scraper='datadog' is not supported; use one of: gmp"):
        synth(
            lambda chart: NodeMonitoring(chart, "m", node=EthereumNode(chart, "n", network="mordor"), scraper="datadog")
        )
