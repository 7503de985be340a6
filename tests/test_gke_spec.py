"""The spec's gke section: bad infrastructure input fails at its key path, before anything is written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ethercluster_constructs.spec import ClusterSpec, SpecError, load_spec
from tests.support import ROOT

FLEETS = "fleets: {classic: {network: classic}}\n"
GKE = "gke:\n  project: my-gcp-project\n  region: us-central1\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("gke_lines", "message"),
    [
        (
            "  region: us-centrall1",
            r"gke\.region: 'us-centrall1' is not a Google Cloud region, did you mean 'us-central1'\?",
        ),
        ("  region: us-central1-a", r"gke\.region: 'us-central1-a' .*that is a zone, its region is 'us-central1'"),
        ("  region: mars-north1", r"gke\.region: 'mars-north1' is not a Google Cloud region"),
        ("  zones: [us-central1]", r"gke\.zones: 'us-central1' is not a zone name like 'us-central1-a'"),
        ("  zones: [us-east1-b]", r"gke: .*zones: 'us-east1-b' is not in region 'us-central1'"),
        ("  zones: [us-central1-a, us-central1-a]", r"gke\.zones: .*lists a zone twice"),
        ("  project: My_Project", r"gke\.project: 'My_Project' is not a project id"),
        ("  cluster_name: Bad_Name", r"gke\.cluster_name: 'Bad_Name' is not a cluster name"),
        (
            "  release_channel: NIGHTLY",
            r"gke\.release_channel: should be 'RAPID', 'REGULAR', 'STABLE' or 'EXTENDED'",
        ),
        ("  node_pools: [{min_nodes: 5, max_nodes: 2}]", r"gke\.node_pools\[0\]: min_nodes=5 is more than max_nodes=2"),
        (
            "  node_pools: [{max_nodes: 0}]",
            r"gke\.node_pools\[0\]\.max_nodes: should be greater than or equal to 1",
        ),
        ("  node_pools: []", r"gke\.node_pools: List should have at least 1 item"),
        ("  node_pools: [{name: a}, {name: a}]", r"gke: .*node_pools: pool names must be distinct"),
        ("  node_pools: [{disk_type: pd-extreme}]", r"gke\.node_pools\[0\]\.disk_type: should be"),
        ("  node_pools: [{machine_type: 'E2 standard'}]", r"gke\.node_pools\[0\]\.machine_type: String should match"),
        ("  network: {pods_cidr: 10.16.0.0/33}", r"gke\.network\.pods_cidr: '10\.16\.0\.0/33' is not an IPv4 network"),
        (
            "  network: {pods_cidr: 10.16.1.0/14}",
            r"gke\.network\.pods_cidr: .*host bits set.*did you mean 10\.16\.0\.0/14\?",
        ),
        ("  network: {subnet_cidr: not-a-cidr}", r"gke\.network\.subnet_cidr: 'not-a-cidr' is not an IPv4 network"),
        ("  network: {master_cidr: 172.16.0.0/24}", r"gke\.network\.master_cidr: '172\.16\.0\.0/24' must be a /28"),
        (
            "  network: {subnet_cidr: 8.8.0.0/20}",
            r"gke\.network\.subnet_cidr: '8\.8\.0\.0/20' is not inside a private range",
        ),
        (
            "  network: {services_cidr: 10.17.0.0/20}",
            r"gke\.network: pods_cidr 10\.16\.0\.0/14 overlaps services_cidr 10\.17\.0\.0/20: the ranges must be disjoint",
        ),
        (
            "  network: {master_cidr: 10.10.0.16/28}",
            r"gke\.network: subnet_cidr 10\.10\.0\.0/20 overlaps master_cidr 10\.10\.0\.16/28",
        ),
        (
            "  network: {pods_cidr: 10.16.0.0/22}",
            r"gke: .*pods_cidr 10\.16\.0\.0/22 holds 4 nodes' /24 pod ranges, but the node pools may run 7 nodes",
        ),
        (
            "  master_authorized_networks: [{name: all, cidr: 0.0.0.0/0}]",
            r"gke\.master_authorized_networks\[0\]\.cidr: '0\.0\.0\.0/0' is wider than a /8",
        ),
        (
            "  master_authorized_networks: [{name: office, cidr: 203.0.113.7/24}]",
            r"gke\.master_authorized_networks\[0\]\.cidr: .*host bits set",
        ),
        (
            "  cloud_armor: {interval_seconds: 45}",
            r"gke\.cloud_armor\.interval_seconds: 45 is not a Cloud Armor interval",
        ),
        ("  cloud_armor: {requests: 0}", r"gke\.cloud_armor\.requests: should be greater than or equal to 1"),
        ("  state: {bucket: Bad_Bucket}", r"gke\.state\.bucket: String should match pattern"),
        (
            "  workload_identity: {Default: [roles/logging.viewer]}",
            r"gke\.workload_identity: 'Default' is not a Kubernetes service account",
        ),
        ("  workload_identity: {default: [viewer]}", r"gke\.workload_identity: default: 'viewer' is not an IAM role"),
        (
            "  workload_identity: {default: [roles/logging.viewer, roles/logging.viewer]}",
            r"gke\.workload_identity: default: \['roles/logging\.viewer', 'roles/logging\.viewer'\] lists a role twice",
        ),
        ("  zone: us-central1-a", r"gke\.zone: unknown key .*did you mean 'zones'\?"),
        ("  regions: [{region: us-centrall1}]", r"gke\.regions\[0\]\.region: 'us-centrall1' .*did you mean"),
        ("  regions: [{region: us-central1}]", r"gke: regions: each region holds one cluster, but .* twice"),
        (
            "  regions: [{region: us-east4, zones: [us-east1-b]}]",
            r"gke: regions\[0\]\.zones: 'us-east1-b' is not in region 'us-east4'",
        ),
        (
            "  regions: [{region: us-east4, network: {subnet_cidr: 10.10.8.0/21}}]",
            r"gke: network\.subnet_cidr 10\.10\.0\.0/20 overlaps regions\[0\]\.network\.subnet_cidr 10\.10\.8\.0/21: "
            r"the clusters share one VPC",
        ),
        ("  regions: [{region: us-east4, node_pools: []}]", r"gke\.regions\[0\]\.node_pools: List should have"),
        (
            "  regions: [{region: europe-west4}]",
            r"gke\.regions\[0\]\.cluster_name defaults to <cluster name>-<region>, but 'ethercluster-europe-west4' "
            r"is not a cluster name",
        ),
        (
            "  regions: [{region: us-east4, cluster_name: ethercluster}]",
            r"gke\.regions: cluster names must be distinct \(got \['ethercluster', 'ethercluster'\]\)",
        ),
        (
            "  config_cluster: elsewhere",
            r"gke\.config_cluster: 'elsewhere' is not one of the clusters \['ethercluster'\]",
        ),
    ],
)
def test_bad_infrastructure_input_is_reported_at_its_key_path(tmp_path, gke_lines, message):
    key = gke_lines.strip().split(":")[0]
    # The line replaces the base key of the same name, or is added to the section.
    base = "\n".join(line for line in GKE.splitlines() if not line.strip().startswith(f"{key}:"))
    spec = write(tmp_path, f"{FLEETS}{base}\n{gke_lines}\n")
    with pytest.raises(SpecError, match=rf"^{re.escape(str(spec))}: .*{message}"):
        load_spec(spec)


def test_gke_section_needs_project_and_region(tmp_path):
    spec = write(tmp_path, f"{FLEETS}gke: {{}}\n")
    with pytest.raises(SpecError, match=r"gke\.project: required key is missing; gke\.region: required key is missing"):
        load_spec(spec)


def test_a_namespace_too_long_for_a_cluster_name_asks_for_one(tmp_path):
    spec = write(tmp_path, f"namespace: ethereum-classic-rpc-production\n{FLEETS}{GKE}")
    with pytest.raises(
        SpecError, match=r"gke\.cluster_name defaults to the namespace, but .* so set gke\.cluster_name"
    ):
        load_spec(spec)


def test_gke_defaults_fill_a_minimal_section():
    spec = ClusterSpec.model_validate(
        {"fleets": {"c": {"network": "classic"}}, "gke": {"project": "my-gcp-project", "region": "europe-west4"}}
    )
    assert spec.gke is not None
    assert spec.cluster_name == "ethercluster"
    assert spec.gke.release_channel == "REGULAR"
    assert spec.gke.deletion_protection is True
    assert spec.gke.state is None
    (pool,) = spec.gke.node_pools
    assert (pool.machine_type, pool.min_nodes, pool.max_nodes, pool.spot) == ("e2-standard-4", 3, 6, False)
    assert spec.clusters[0].initial_nodes_per_zone(pool) == 1, "GKE picks three zones when none are given"


def run_app(spec: Path, tmp_path: Path, outdir_variable: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CDK8S_OUTDIR", "CDKTF_OUTDIR")}
    env[outdir_variable] = str(tmp_path / "out")
    return subprocess.run(
        [sys.executable, str(ROOT / "app.py"), str(spec)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("outdir_variable", ["CDKTF_OUTDIR", "CDK8S_OUTDIR"])
def test_app_reports_bad_infrastructure_input_and_writes_nothing(tmp_path, outdir_variable):
    spec = write(tmp_path, f"{FLEETS}{GKE}  node_pools: [{{min_nodes: 4, max_nodes: 3}}]\n")
    result = run_app(spec, tmp_path, outdir_variable)
    assert result.returncode == 2
    assert result.stderr == f"error: {spec}: gke.node_pools[0]: min_nodes=4 is more than max_nodes=3\n"
    assert not (tmp_path / "out").exists(), "bad input must write nothing"


def test_cdktf_synth_of_a_spec_without_gke_section_says_so(tmp_path):
    spec = write(tmp_path, FLEETS)
    result = run_app(spec, tmp_path, "CDKTF_OUTDIR")
    assert result.returncode == 2
    assert result.stderr == f"error: {spec}: gke: the spec has no gke section, so there is no GKE stack to synthesize\n"
    assert not (tmp_path / "out").exists()


def test_cdktf_synth_refuses_a_spec_the_manifests_reject(tmp_path):
    spec = write(tmp_path, f"fleets: {{classic: {{network: kotti}}}}\n{GKE}")
    result = run_app(spec, tmp_path, "CDKTF_OUTDIR")
    assert result.returncode == 2
    assert "fleets.classic.network: 'kotti' is a retired network" in result.stderr
    assert not (tmp_path / "out").exists()


def test_every_derived_address_plan_is_disjoint_from_every_other(tmp_path):
    regions = ["us-east4", "us-west1", "europe-west4", "europe-west1", "asia-east1", "asia-northeast1", "us-east1"]
    extra = "".join(f"    - {{region: {region}, cluster_name: c{index}}}\n" for index, region in enumerate(regions))
    spec, _ = load_spec(write(tmp_path, f"{FLEETS}{GKE}  regions:\n{extra}"))
    assert [place.region for place in spec.clusters] == ["us-central1", *regions]
    # The validator refuses overlaps, so loading is the check; this shows it ran on derived plans.
    assert len({place.network.pods_cidr for place in spec.clusters}) == 8


def test_fleets_are_placed_in_their_regions_and_one_config_cluster(tmp_path):
    text = (
        "edge: {api: gateway, domains: [rpc.example.org]}\n"
        "fleets:\n  etc: {network: classic}\n  mordor: {network: mordor, regions: [us-east4]}\n"
        f"{GKE}  regions: [{{region: us-east4, cluster_name: ec-east}}]\n  config_cluster: ec-east\n"
    )
    spec, _ = load_spec(write(tmp_path, text))
    placed = {place.name: list(spec.fleets_in(place)) for place in spec.clusters}
    assert placed == {"ethercluster": ["etc"], "ec-east": ["etc", "mordor"]}
    assert spec.config_cluster.name == "ec-east" and spec.is_multi_cluster


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            f"fleets: {{etc: {{network: classic, regions: [us-east4]}}}}\n{GKE}",
            r"fleets\.etc\.regions: 'us-east4' is not a region of the spec; use some of \['us-central1'\]",
        ),
        ("fleets: {etc: {network: classic, regions: [us-central1]}}\n", r"fleets\.etc\.regions needs a gke section"),
        (
            f"fleets: {{etc: {{network: classic, regions: []}}}}\n{GKE}",
            r"fleets\.etc\.regions=\[\] must list distinct regions, at least one",
        ),
        (
            f"edge: {{domains: [rpc.example.org]}}\n{FLEETS}{GKE}  regions: [{{region: us-east4, cluster_name: e}}]\n",
            r"edge\.api='ingress' cannot span regions.*set edge\.api: gateway",
        ),
        (
            f"edge: {{api: gateway, domains: [rpc.example.org], tls_secret: tls}}\n{FLEETS}{GKE}"
            "  regions: [{region: us-east4, cluster_name: e}]\n",
            r"edge\.tls_secret='tls': a Secret lives in one cluster.*remove edge\.tls_secret",
        ),
    ],
)
def test_bad_placement_is_refused(tmp_path, text, message):
    with pytest.raises(SpecError, match=message):
        load_spec(write(tmp_path, text))
