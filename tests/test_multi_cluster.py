"""A multi-cluster spec: one manifest set per cluster, what runs where, what each cluster exports,
the traffic between clusters, and the capacity check and `explain` per cluster."""

from __future__ import annotations

import ipaddress
import json
import re

import pytest
import yaml

from ethercluster_constructs import cli
from ethercluster_constructs.cluster_network import GOOGLE_LB_RANGES
from ethercluster_constructs.errors import EtherclusterError
from ethercluster_constructs.ethstats import CLUSTER_SET_DOMAIN
from ethercluster_constructs.multi_cluster import service_imports
from ethercluster_constructs.output_dir import RECORD
from ethercluster_constructs.spec import SpecError, load_spec
from ethercluster_constructs.synthesis import build_cluster_apps, check_spec
from tests.support import ROOT, find, find_all, pod_spec, run_app, synth_app, synth_spec
from tests.traffic import WORKLOAD_KINDS, Address, allowed, workload_pods

SPEC = ROOT / "examples" / "multi-region.yaml"
CONFIG, EAST, EUROPE = "ethercluster", "ethercluster-use4", "ethercluster-euw4"
CLUSTERS = (CONFIG, EAST, EUROPE)


@pytest.fixture(scope="module")
def spec():
    return load_spec(SPEC)[0]


@pytest.fixture(scope="module")
def charts(spec):
    return {name: chart for name, (_, chart) in build_cluster_apps(spec, SPEC.parent, SPEC.name).items()}


def docs_of(cluster: str) -> list[dict]:
    return synth_spec(SPEC, cluster)


def pods_cidr(spec, cluster: str) -> ipaddress.IPv4Network:
    (place,) = [p for p in spec.clusters if p.name == cluster]
    return ipaddress.IPv4Network(place.network.pods_cidr)


def an_address_in(network: ipaddress.IPv4Network) -> Address:
    return Address(str(network.network_address + network.num_addresses // 2))


# -- the manifest sets -----------------------------------------------------------------------------


def test_synth_writes_one_folder_per_cluster_and_records_every_file(tmp_path, capsys):
    out = tmp_path / "dist"
    assert cli.main(["synth", str(SPEC), "-o", str(out)]) == 0
    files = sorted(f"{cluster}/ethercluster.k8s.yaml" for cluster in CLUSTERS)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == files
    assert (out / RECORD).read_text().splitlines() == files
    for cluster in CLUSTERS:
        written = [d for d in yaml.safe_load_all((out / cluster / "ethercluster.k8s.yaml").read_text()) if d]
        assert written == docs_of(cluster)


def test_a_second_synth_is_byte_identical_and_a_foreign_file_in_a_cluster_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "dist"
    assert cli.main(["synth", str(SPEC), "-o", str(out)]) == 0
    first = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert cli.main(["synth", str(SPEC), "-o", str(out)]) == 0
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == first
    (out / EAST / "mine.yaml").write_text("kind: Secret\n")
    capsys.readouterr()
    assert cli.main(["synth", str(SPEC), "-o", str(out)]) == 2
    assert f"{EAST}/mine.yaml" in capsys.readouterr().err
    assert (out / EAST / "mine.yaml").exists()


def test_app_py_writes_the_same_folders_for_the_cdk8s_cli(tmp_path):
    out = tmp_path / "cdk8s.out"
    result = run_app(SPEC, out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == sorted(
        f"{cluster}/ethercluster.k8s.yaml" for cluster in CLUSTERS
    )


def test_a_single_cluster_spec_still_writes_one_file_at_the_top(tmp_path):
    out = tmp_path / "dist"
    assert cli.main(["synth", str(ROOT / "ethercluster.yaml"), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [RECORD, "ethercluster.k8s.yaml"]


def test_a_chart_of_a_multi_cluster_spec_must_name_its_cluster(spec):
    import cdk8s

    from ethercluster_constructs.app_builder import ClusterChart

    with pytest.raises(EtherclusterError, match="ClusterChart.place"):
        ClusterChart(cdk8s.App(), spec=spec, spec_dir=SPEC.parent)


# -- what runs where -------------------------------------------------------------------------------


def test_fleets_run_in_their_regions_with_replicas_in_each(spec):
    for cluster in CLUSTERS:
        sets = {s["metadata"]["name"]: s["spec"]["replicas"] for s in find_all(docs_of(cluster), "StatefulSet")}
        assert sets == ({"etc": 2, "mordor": 1} if cluster == CONFIG else {"etc": 2})


def test_ethstats_runs_in_the_config_cluster_only(spec):
    assert spec.config_cluster.name == CONFIG
    for cluster in CLUSTERS:
        dashboards = {
            d["metadata"]["name"]
            for d in find_all(docs_of(cluster), "Deployment")
            if pod_spec(d)["containers"][0]["name"] == "ethstats"
        }
        assert dashboards == ({"etc-stats", "mordor-stats"} if cluster == CONFIG else set())


def test_every_cluster_runs_an_erpc_gateway_for_its_own_fleets_only():
    for cluster in CLUSTERS:
        config = yaml.safe_load(find(docs_of(cluster), "ConfigMap", "rpc-gateway")["data"]["erpc.yaml"])
        upstreams = {u["id"].rsplit("-", 1)[0] for u in config["projects"][0]["upstreams"]}
        assert upstreams == ({"etc", "mordor"} if cluster == CONFIG else {"etc"})


def test_remote_nodes_report_to_the_config_clusters_dashboard_by_its_multi_cluster_name():
    for cluster in CLUSTERS:
        args = " ".join(pod_spec(find(docs_of(cluster), "StatefulSet", "etc"))["containers"][0]["args"])
        suffix = CLUSTER_SET_DOMAIN if cluster != CONFIG else "svc"
        assert f"@ws://etc-stats.ethercluster.{suffix}:3000" in args


def test_snapshots_and_monitoring_stay_with_what_runs_in_each_cluster():
    for cluster in CLUSTERS:
        docs = docs_of(cluster)
        monitored = {d["metadata"]["name"] for d in find_all(docs, "PodMonitoring")}
        workloads = {d["metadata"]["name"] for d in docs if d["kind"] in ("StatefulSet", "Deployment")}
        assert monitored == workloads - {"etc-stats", "mordor-stats"}
        assert find_all(docs, "VolumeSnapshotClass") == []  # no fleet of the example takes snapshots


# -- exports ---------------------------------------------------------------------------------------


def test_each_cluster_exports_its_public_fleets_and_the_config_cluster_its_dashboards(charts):
    exported = {name: sorted(e.name for e in chart.exports.exported) for name, chart in charts.items()}
    fleet = ["etc", "etc-gateway"]
    assert exported == {
        CONFIG: [*fleet, "etc-stats", "mordor", "mordor-gateway", "mordor-stats"],
        EAST: fleet,
        EUROPE: fleet,
    }
    for cluster in CLUSTERS:
        docs = docs_of(cluster)
        exports = sorted(d["metadata"]["name"] for d in find_all(docs, "ServiceExport"))
        assert exports == exported[cluster]
        for name in exports:
            find(docs, "Service", name)  # an export names a Service of its own cluster


def test_every_exported_route_and_health_check_reaches_the_pods_it_selects(charts):
    for cluster, chart in charts.items():
        docs = docs_of(cluster)
        pods = workload_pods(docs)
        for exported in chart.exports.exported:
            service = find(docs, "Service", exported.name)
            assert {(p["name"], p["port"]) for p in service["spec"]["ports"]} == set(exported.ports)
            (pod,) = [p for p in pods.values() if service["spec"]["selector"].items() <= p.labels.items()]
            workload = next(d for d in docs if d["metadata"]["name"] == pod.name and d["kind"] in WORKLOAD_KINDS)
            container_ports = {p["containerPort"] for c in pod_spec(workload)["containers"] for p in c["ports"]}
            for port in [*(route.port for route in exported.routes), exported.health_port]:
                assert port in container_ports, (cluster, exported.name, port)
            for cidr in GOOGLE_LB_RANGES if exported.routes else ():
                source = an_address_in(ipaddress.IPv4Network(cidr))
                for port in [*(route.port for route in exported.routes), exported.health_port]:
                    assert allowed(docs, source, pod, port), (cluster, exported.name, port)


def test_a_region_drops_out_per_fleet_when_its_nodes_are_unready(charts):
    """Each public path is health-checked per fleet against this cluster's nodes of that fleet:
    WebSocket at the nodes' own sync-aware readiness endpoint, HTTP at the gateway's fleet-health
    sidecar, which asks exactly this cluster's replicas of that fleet the same question. A
    cluster whose etc nodes are all unready fails both of etc's checks, whatever its gateway
    does for other fleets (tests/test_fleet_health.py runs the sidecar)."""
    for cluster, chart in charts.items():
        docs = docs_of(cluster)
        for exported in chart.exports.exported:
            kinds = {route.kind for route in exported.routes}
            if "websocket" in kinds:
                readiness = pod_spec(find(docs, "StatefulSet", exported.name))["containers"][0]["readinessProbe"]
                assert exported.health_port == readiness["httpGet"]["port"]
                assert readiness["httpGet"]["path"].startswith(exported.health_path)
                assert [r.path for r in exported.routes] == [f"/ws-{exported.name}"]
            if "http" in kinds:
                fleet = exported.name.removesuffix("-gateway")
                (route,) = exported.routes
                assert (route.path, route.port) == (f"/{fleet}", 4000)
                assert exported.health_path == f"/fleets/{fleet}"
                assert exported.client_ip_header == "X-Ethercluster-Client-Ip"
                sidecar = next(
                    c
                    for c in pod_spec(find(docs, "Deployment", "rpc-gateway"))["containers"]
                    if c["name"] == "fleet-health"
                )
                assert sidecar["ports"] == [{"containerPort": exported.health_port, "name": "fleet-health"}]
                (env,) = [e for e in sidecar["env"] if e["name"] == "FLEETS"]
                nodes = find(docs, "StatefulSet", fleet)
                readiness_port = pod_spec(nodes)["containers"][0]["readinessProbe"]["httpGet"]["port"]
                headless = nodes["spec"]["serviceName"]
                assert json.loads(env["value"])[fleet] == [
                    f"http://{fleet}-{i}.{headless}.ethercluster.svc:{readiness_port}/ready"
                    for i in range(nodes["spec"]["replicas"])
                ]
                # An unready pod leaves the DNS of a public network's headless Service.
                assert not find(docs, "Service", headless)["spec"].get("publishNotReadyAddresses")


def test_the_gateways_fleet_health_sidecar_reaches_the_nodes_readiness_endpoint():
    for cluster in CLUSTERS:
        docs = docs_of(cluster)
        pods = workload_pods(docs)
        assert allowed(docs, pods["rpc-gateway"], pods["etc"], 8080)


def test_the_fleet_imports_each_name_once_from_every_cluster_that_exports_it(charts):
    imports = service_imports(charts)
    assert sorted(imports) == ["etc", "etc-gateway", "etc-stats", "mordor", "mordor-gateway", "mordor-stats"]
    assert [r.path for r in imports["etc-gateway"].routes + imports["etc"].routes] == ["/etc", "/ws-etc"]
    assert imports["etc-stats"].routes[0].hosts == ("etc-stats.rpc.example.org",)


def test_one_name_exported_differently_by_two_clusters_is_refused(charts):
    from dataclasses import replace

    east = charts[EAST].exports
    original = east.exported[0]
    east.exported[0] = replace(original, health_path="/elsewhere")
    try:
        with pytest.raises(EtherclusterError, match="export 'etc-gateway' differently"):
            service_imports(charts)
    finally:
        east.exported[0] = original


# -- traffic between clusters ----------------------------------------------------------------------


def test_remote_reporters_reach_the_dashboard_and_nothing_else(spec):
    config_docs, config_pods = docs_of(CONFIG), workload_pods(docs_of(CONFIG))
    dashboard = config_pods["etc-stats"]
    config_pods_cidr = pods_cidr(spec, CONFIG)
    for cluster in (EAST, EUROPE):
        remote_node = workload_pods(docs_of(cluster))["etc"]
        dashboard_address = an_address_in(config_pods_cidr)
        # Egress from the reporting node's own cluster, ingress at the dashboard's.
        assert allowed(docs_of(cluster), remote_node, dashboard_address, 3000)
        assert allowed(config_docs, an_address_in(pods_cidr(spec, cluster)), dashboard, 3000)
        # Nothing else: not another port, not the config cluster's nodes' RPC.
        assert not allowed(docs_of(cluster), remote_node, dashboard_address, 8545)
        assert not allowed(config_docs, an_address_in(pods_cidr(spec, cluster)), config_pods["etc"], 8545)
    # Mordor runs only in the config cluster: nobody reports to its dashboard from afar.
    for cluster in (EAST, EUROPE):
        assert not allowed(config_docs, an_address_in(pods_cidr(spec, cluster)), config_pods["mordor-stats"], 3000)
    assert not allowed(config_docs, Address("10.99.0.1"), dashboard, 3000)


def test_the_remote_clusters_reporters_reach_only_the_config_clusters_pods(spec):
    node = workload_pods(docs_of(EAST))["etc"]
    assert not allowed(docs_of(EAST), node, an_address_in(pods_cidr(spec, EUROPE)), 3000)


# -- capacity per cluster, explain per cluster -----------------------------------------------------


def _variant(tmp_path, text: str):
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return path


def test_each_clusters_pods_are_checked_against_its_own_pools(tmp_path):
    small = "      node_pools: [{name: small, machine_type: e2-standard-2, min_nodes: 1, max_nodes: 1}]\n"
    text = SPEC.read_text().replace(
        "      cluster_name: ethercluster-use4\n", "      cluster_name: ethercluster-use4\n" + small
    )
    with pytest.raises(EtherclusterError) as error:
        check_spec(_variant(tmp_path, text))
    message = str(error.value)
    assert "gke.regions[0].node_pools (cluster 'ethercluster-use4', us-east4)" in message
    assert "StatefulSet/etc runs 2 pods, one per node, but the pool has 1 nodes" in message


def test_the_default_pools_are_named_by_their_own_key(tmp_path):
    text = SPEC.read_text().replace(
        "  config_cluster: ethercluster\n",
        "  config_cluster: ethercluster\n  node_pools: [{name: rpc, machine_type: e2-standard-4, min_nodes: 1, max_nodes: 1}]\n",
    )
    with pytest.raises(EtherclusterError, match=r"gke\.node_pools \(cluster 'ethercluster', us-central1\)"):
        check_spec(_variant(tmp_path, text))


def test_explain_reports_each_cluster_and_the_totals(capsys):
    assert cli.main(["explain", str(SPEC), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["cluster"] for c in report["clusters"]] == list(CLUSTERS)
    for cluster in report["clusters"]:
        docs = docs_of(cluster["cluster"])
        largest = {
            h["spec"]["scaleTargetRef"]["name"]: h["spec"]["maxReplicas"]
            for h in find_all(docs, "HorizontalPodAutoscaler")
        }
        workloads = [d for d in docs if d["kind"] in ("StatefulSet", "Deployment")]
        pods = sum(largest.get(w["metadata"]["name"], w["spec"].get("replicas", 1)) for w in workloads)
        assert cluster["totals"]["pods"] == pods
        assert cluster["node_pools"]["fits"]
        priced = any(i["item"].startswith("node pool") for i in cluster["monthly_cost"]["items"])
        assert priced == (cluster["region"] == "us-central1"), "only regions with prices here are priced"
        if not priced:
            assert any("unknown" in item for item in cluster["monthly_cost"]["unpriced"])
    assert report["totals"]["pods"] == sum(c["totals"]["pods"] for c in report["clusters"])
    assert {u["url"] for u in report["urls"]} >= {"https://rpc.example.org/etc", "wss://rpc.example.org/ws-etc"}
    assert cli.main(["explain", str(SPEC)]) == 0
    assert "Cluster ethercluster-euw4 (europe-west4):" in capsys.readouterr().out


# -- refused placements ----------------------------------------------------------------------------

PRIVATE = """\
namespace: lab
fleets:
  chain:
    network: {name: lab, genesis_file: genesis.json, network_id: 4242}
    replicas: 1
gke:
  project: example-project
  region: us-central1
  regions: [{region: us-east4}]
"""


def test_a_private_network_spanning_clusters_is_refused_with_the_key(tmp_path):
    (tmp_path / "genesis.json").write_text("{}")
    with pytest.raises(SpecError, match=r"fleets\.chain\.regions: the nodes of a private network"):
        load_spec(_variant(tmp_path, PRIVATE))


def test_a_fleet_name_taken_by_another_fleets_gateway_service_is_refused(tmp_path):
    text = SPEC.read_text().replace(
        "  mordor:\n", "  etc-gateway:\n    network: classic\n    internal_only: true\n  mordor:\n"
    )
    with pytest.raises(SpecError, match=r"fleets\.etc-gateway: the name is taken"):
        load_spec(_variant(tmp_path, text))


def test_each_cluster_snapshots_its_own_replica_and_reaches_its_own_control_plane(tmp_path):
    text = SPEC.read_text().replace(
        "    replicas: 2                     # in each region\n", "    replicas: 2\n    snapshots: {}\n"
    )
    path = _variant(tmp_path, text)
    spec = load_spec(path)[0]
    for place in spec.clusters:
        docs = synth_spec(path, place.name)
        assert len(find_all(docs, "VolumeSnapshotClass")) == 1
        (job,) = [d for d in find_all(docs, "CronJob") if d["metadata"]["name"].startswith("etc-")]
        pod = workload_pods(docs)[job["metadata"]["name"]]
        master = ipaddress.IPv4Network(place.network.master_cidr)
        assert allowed(docs, pod, Address(str(master.network_address + 2)), 443), place.name
        others = [p for p in spec.clusters if p != place]
        for other in others:
            elsewhere = ipaddress.IPv4Network(other.network.master_cidr)
            assert not allowed(docs, pod, Address(str(elsewhere.network_address + 2)), 443), place.name


def test_a_fallback_goes_to_the_gateways_that_front_its_network_and_an_unknown_one_is_refused(tmp_path):
    fallback = "gateway:\n  fallbacks: [{network: mordor, secret: mordor-upstream}]\nfleets:\n"
    path = _variant(tmp_path, SPEC.read_text().replace("fleets:\n", fallback, 1))
    for cluster in CLUSTERS:
        config = yaml.safe_load(find(synth_spec(path, cluster), "ConfigMap", "rpc-gateway")["data"]["erpc.yaml"])
        tiers = [u["id"] for u in config["projects"][0]["upstreams"] if "tier:fallback" in u.get("tags", [])]
        assert tiers == (["fallback-0-mordor"] if cluster == CONFIG else [])
    unknown = _variant(tmp_path, SPEC.read_text().replace("fleets:\n", fallback.replace("mordor", "kotti"), 1))
    with pytest.raises(SpecError, match="fallbacks"):
        check_spec(unknown)


def test_a_region_without_fleets_gets_its_namespace_and_default_deny_only(tmp_path):
    text = SPEC.read_text().replace(
        "    replicas: 2                     # in each region\n", "    replicas: 2\n    regions: [us-central1]\n"
    )
    path = _variant(tmp_path, text)
    for cluster in (EAST, EUROPE):
        assert [(d["kind"], d["metadata"]["name"]) for d in synth_spec(path, cluster)] == [
            ("Namespace", "ethercluster"),
            ("NetworkPolicy", "default-deny"),
        ]


@pytest.mark.parametrize(
    ("fleet", "message"),
    [
        ("{network: mordor, path: /etc", r"fleets: path '/etc' on rpc\.example\.org would be routed to both 'etc'"),
        ("{network: mordor, ws_path: /ws-etc", r"path '/ws-etc' on rpc\.example\.org would be routed to both"),
        ("{network: mordor, path: /", r"fleets\.extra: ClusterNetwork\.expose\('extra'\): public path '/' would"),
        ("{network: mordor, path: '/a/../b'", r"fleets\.extra: .*\.path='/a/\.\./b' must be a URL path"),
    ],
)
def test_paths_that_would_clash_or_swallow_the_edge_are_refused_across_clusters(tmp_path, fleet, message):
    """Without the eRPC gateway (which refuses two fleets of one chain itself), the config
    cluster's routes are checked as one cluster's `expose` checks them: a fleet in one region
    cannot take another region's paths, or '/'."""
    text = "gateway: {enabled: false}\n" + SPEC.read_text().replace(
        "gke:\n", f"  extra: {fleet}, regions: [us-east4]}}\ngke:\n", 1
    )
    code, out, err = synth_app(_variant(tmp_path, text), tmp_path / "dist")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1, err
    assert re.search(message, err), err
    assert not (tmp_path / "dist").exists()
