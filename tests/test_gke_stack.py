"""GkeStack: what the default stack holds, what each gke spec option changes, and the snapshot.

The default stack is synthesized once per session (conftest.default_terraform); the google
provider import that costs is paid once. A snapshot change is an infrastructure diff:
review it like code, then `.venv/bin/pytest --snapshot-update`.
"""

from __future__ import annotations

import copy
import json
import re

import pytest
import yaml

from ethercluster_constructs.gke.sizing import machine_shape
from ethercluster_constructs.gke.stack import NODE_ROLES, state_file
from ethercluster_constructs.spec import ClusterSpec, SpecError, load_spec
from tests.support import ROOT, find, resource, resources, synth_spec, synth_terraform

BASE = {
    "namespace": "rpc",
    "edge": {"domains": ["rpc.example.org"]},
    "fleets": {"classic": {"network": "classic", "replicas": 2}},
    "gke": {"project": "my-gcp-project", "region": "europe-west4"},
}


def stack(tmp_path, *, gke: dict | None = None, **top) -> dict:
    """Synthesize BASE with `gke` keys and top-level keys replaced."""
    raw = copy.deepcopy(BASE) | top
    raw["gke"] = {**raw["gke"], **(gke or {})}
    return synth_terraform(ClusterSpec.model_validate(raw), tmp_path)


def cluster(terraform: dict) -> dict:
    return resource(terraform, "google_container_cluster")


# -- the default stack -----------------------------------------------------------------------


def test_default_stack_matches_the_reviewed_snapshot(default_stack_dir, snapshot):
    assert (default_stack_dir / "cdk.tf.json").read_text() == snapshot


def test_default_stack_is_deterministic_and_machine_independent(default_stack_dir, tmp_path):
    text = (default_stack_dir / "cdk.tf.json").read_text()
    for path in (str(ROOT), str(default_stack_dir.parent.parent), "/tmp", "/home", "/root", "/Users"):
        assert path not in text, f"no absolute path ({path}) may leak into the Terraform JSON"
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", text), "no timestamps"
    spec, _ = load_spec(ROOT / "ethercluster.yaml")
    synth_terraform(spec, tmp_path)
    assert (tmp_path / "stacks" / "ethercluster" / "cdk.tf.json").read_text() == text, "byte-identical resynth"


def test_local_state_default_is_a_relative_path_outside_cdktf_out(default_terraform):
    path = default_terraform["terraform"]["backend"]["local"]["path"]
    assert path == state_file("ethercluster") == "../../../terraform.ethercluster.tfstate"
    # Relative to cdktf.out/stacks/ethercluster: the folder holding cdktf.out, which `make clean` keeps.
    assert not path.startswith("/")
    assert default_terraform["//"]["metadata"]["backend"] == "local"


def test_terraform_json_has_no_required_version(default_terraform):
    # checkov's terraform_json parser fails on it and then scans nothing (tests/test_gke_security_gate.py).
    assert "required_version" not in default_terraform["terraform"]


def test_network_is_vpc_native_with_private_nodes_and_nat_egress(default_terraform):
    network = resource(default_terraform, "google_compute_network")
    assert network["auto_create_subnetworks"] is False
    subnet = resource(default_terraform, "google_compute_subnetwork")
    assert subnet["ip_cidr_range"] == "10.10.0.0/20"
    assert {r["range_name"]: r["ip_cidr_range"] for r in subnet["secondary_ip_range"]} == {
        "pods": "10.16.0.0/14",
        "services": "10.20.0.0/20",
    }
    assert subnet["private_ip_google_access"] is True
    assert subnet["log_config"]["metadata"] == "INCLUDE_ALL_METADATA", "VPC flow logs"
    gke = cluster(default_terraform)
    assert gke["networking_mode"] == "VPC_NATIVE"
    assert gke["ip_allocation_policy"] == {
        "cluster_secondary_range_name": "pods",
        "services_secondary_range_name": "services",
    }
    assert gke["private_cluster_config"] == {
        "enable_private_nodes": True,
        "enable_private_endpoint": False,
        "master_ipv4_cidr_block": "172.16.0.0/28",
    }
    router = resource(default_terraform, "google_compute_router")
    nat = resource(default_terraform, "google_compute_router_nat")
    assert (
        nat["router"] == "${google_compute_router.router.name}"
        and router["network"] == "${google_compute_network.network.id}"
    )
    assert nat["subnetwork"] == [
        {"name": "${google_compute_subnetwork.subnetwork.id}", "source_ip_ranges_to_nat": ["ALL_IP_RANGES"]}
    ]
    assert nat["min_ports_per_vm"] >= 1024, "devp2p discovery needs many NAT ports per node"
    firewall = resource(default_terraform, "google_compute_firewall")
    assert (firewall["direction"], firewall["deny"], firewall["priority"]) == ("INGRESS", [{"protocol": "all"}], 65534)


def test_cluster_settings(default_terraform):
    gke = cluster(default_terraform)
    assert gke["location"] == "us-central1", "regional control plane"
    assert gke["node_locations"] == ["us-central1-a", "us-central1-b", "us-central1-c"]
    assert gke["release_channel"] == {"channel": "REGULAR"}
    assert gke["workload_identity_config"] == {"workload_pool": "my-gcp-project.svc.id.goog"}
    assert gke["enable_shielded_nodes"] is True
    assert gke["datapath_provider"] == "ADVANCED_DATAPATH", "Dataplane V2 enforces NetworkPolicy"
    assert gke["network_policy"] == {"enabled": False}, "no Calico next to Dataplane V2"
    addons = gke["addons_config"]
    assert addons["gce_persistent_disk_csi_driver_config"] == {"enabled": True}
    assert addons["http_load_balancing"] == {"disabled": False}, "the GCE Ingress needs it"
    assert addons["dns_cache_config"] == {"enabled": True}
    assert gke["monitoring_config"]["managed_prometheus"] == {"enabled": True}
    assert "SYSTEM_COMPONENTS" in gke["monitoring_config"]["enable_components"]
    assert gke["logging_config"]["enable_components"] == ["SYSTEM_COMPONENTS", "WORKLOADS"]
    assert gke["binary_authorization"] == {"evaluation_mode": "PROJECT_SINGLETON_POLICY_ENFORCE"}
    services = {s["service"] for s in resources(default_terraform, "google_project_service").values()}
    assert {"container.googleapis.com", "compute.googleapis.com", "binaryauthorization.googleapis.com"} == services


def test_cluster_safety(default_terraform):
    gke = cluster(default_terraform)
    assert gke["deletion_protection"] is True
    assert gke["master_authorized_networks_config"] == {
        "cidr_blocks": [{"cidr_block": "203.0.113.0/24", "display_name": "admin"}],
        "gcp_public_cidrs_access_enabled": False,
    }
    assert gke["master_auth"] == {"client_certificate_config": {"issue_client_certificate": False}}
    assert "username" not in json.dumps(gke["master_auth"]), "no basic auth"
    assert gke["enable_legacy_abac"] is False
    assert (gke["remove_default_node_pool"], gke["initial_node_count"]) == (True, 1)
    assert "node_pool" not in gke, "pools are separate resources"
    # The short-lived default pool is hardened too, and later changes to it are ignored.
    assert gke["node_config"]["service_account"] == "${google_service_account.nodes.email}"
    assert gke["lifecycle"] == {"ignore_changes": ["node_config"]}


def test_node_pool(default_terraform):
    pool = resource(default_terraform, "google_container_node_pool")
    assert pool["name"] == "rpc"
    assert pool["cluster"] == "${google_container_cluster.cluster.id}"
    assert pool["autoscaling"] == {"total_min_node_count": 3, "total_max_node_count": 6, "location_policy": "BALANCED"}
    assert pool["initial_node_count"] == 1, "per zone: 3 zones x 1 = min_nodes"
    assert pool["lifecycle"] == {"ignore_changes": ["initial_node_count"]}
    assert pool["management"] == {"auto_repair": True, "auto_upgrade": True}
    assert pool["upgrade_settings"] == {"strategy": "SURGE", "max_surge": 1, "max_unavailable": 0}
    node = pool["node_config"]
    assert (node["machine_type"], node["disk_type"], node["disk_size_gb"], node["spot"]) == (
        "e2-standard-4",
        "pd-balanced",
        50,
        False,
    )
    assert node["service_account"] == "${google_service_account.nodes.email}"
    assert node["workload_metadata_config"] == {"mode": "GKE_METADATA"}
    assert node["shielded_instance_config"] == {"enable_secure_boot": True, "enable_integrity_monitoring": True}
    assert node["image_type"] == "COS_CONTAINERD"
    assert node["metadata"] == {"disable-legacy-endpoints": "true"}


def test_nodes_run_as_a_dedicated_least_privilege_service_account(default_terraform):
    account = resource(default_terraform, "google_service_account")
    assert account["account_id"] == "ethercluster-nodes"
    bindings = resources(default_terraform, "google_project_iam_member").values()
    assert sorted(b["role"] for b in bindings) == sorted(NODE_ROLES)
    assert {b["member"] for b in bindings} == {"${google_service_account.nodes.member}"}
    assert not any(re.search(r"admin|owner|editor|serviceAccountUser|TokenCreator", role) for role in NODE_ROLES)


def test_edge_has_a_global_ip_and_a_rate_limiting_cloud_armor_policy(default_terraform):
    address = resource(default_terraform, "google_compute_global_address")
    assert address["name"] == "ethercluster-edge-ip" and "region" not in address
    policy = resource(default_terraform, "google_compute_security_policy")
    rules = {rule["priority"]: rule for rule in policy["rule"]}
    throttle = rules[2000]
    assert throttle["action"] == "throttle"
    assert throttle["rate_limit_options"] == {
        "enforce_on_key": "IP",
        "conform_action": "allow",
        "exceed_action": "deny(429)",
        "rate_limit_threshold": {"count": 600, "interval_sec": 60},
    }
    assert rules[1000]["match"]["expr"]["expression"] == "evaluatePreconfiguredWaf('cve-canary')"
    assert rules[1000]["action"] == "deny(403)" and "preview" not in rules[1000]
    assert rules[2147483647]["action"] == "allow", "default rule"
    assert policy["advanced_options_config"] == {"json_parsing": "STANDARD"}


def test_outputs_are_names_and_addresses_never_credentials(default_terraform):
    outputs = default_terraform["output"]
    assert set(outputs) == {"cluster_name", "cluster_endpoint", "static_ip_address", "get_credentials"}
    assert outputs["static_ip_address"]["value"] == "${google_compute_global_address.edge-ip.address}"
    assert outputs["cluster_endpoint"]["value"] == "${google_container_cluster.cluster.endpoint}"
    text = json.dumps(outputs)
    for secret in ("master_auth", "client_key", "client_certificate", "cluster_ca_certificate", "password", "token"):
        assert secret not in text


# -- names shared with the manifests ---------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        None,  # ethercluster.yaml
        BASE | {"edge": {"domains": ["rpc.example.org"], "static_ip_name": "legacy-address"}},
    ],
    ids=["default", "explicit-static-ip"],
)
def test_names_shared_with_the_manifests_match_by_construction(raw, tmp_path, default_terraform):
    if raw is None:
        spec_file, terraform = ROOT / "ethercluster.yaml", default_terraform
    else:
        spec_file = tmp_path / "spec.yaml"
        spec_file.write_text(json.dumps(raw))  # JSON is YAML
        terraform = synth_terraform(load_spec(spec_file)[0], tmp_path / "out")
    docs = synth_spec(spec_file)
    namespace = find(docs, "Namespace")["metadata"]["name"]
    ingress = find(docs, "Ingress", "edge")
    address = resource(terraform, "google_compute_global_address")
    assert ingress["metadata"]["annotations"]["kubernetes.io/ingress.global-static-ip-name"] == address["name"]
    policy = resource(terraform, "google_compute_security_policy")
    backends = [d for d in docs if d["kind"] == "BackendConfig"]
    assert backends and {b["spec"]["securityPolicy"]["name"] for b in backends} == {policy["name"]}
    assert {b["metadata"]["namespace"] for b in backends} == {namespace}
    # The edge's TLS floor: the stack creates the policy, the FrontendConfig names it.
    ssl_policy = resource(terraform, "google_compute_ssl_policy")
    assert (ssl_policy["min_tls_version"], ssl_policy["profile"]) == ("TLS_1_2", "MODERN")
    frontend = find(docs, "FrontendConfig", "edge")
    assert ingress["metadata"]["annotations"]["networking.gke.io/v1beta1.FrontendConfig"] == "edge"
    assert frontend["spec"]["sslPolicy"] == ssl_policy["name"]


def test_workload_identity_grants_roles_to_a_service_account_of_the_spec_namespace(tmp_path):
    terraform = stack(tmp_path, gke={"workload_identity": {"snapshots": ["roles/storage.objectViewer"]}})
    (binding,) = [
        b for b in resources(terraform, "google_project_iam_member").values() if b["role"].startswith("roles/storage")
    ]
    assert binding["role"] == "roles/storage.objectViewer"
    assert binding["member"] == (
        "principal://iam.googleapis.com/projects/${data.google_project.project.number}/locations/global/"
        "workloadIdentityPools/my-gcp-project.svc.id.goog/subject/ns/rpc/sa/snapshots"
    )
    assert cluster(terraform)["workload_identity_config"]["workload_pool"] == "my-gcp-project.svc.id.goog"


def test_no_workload_identity_bindings_by_default(default_terraform):
    # The RPC nodes call no Google API: their pods get no Google identity at all.
    assert "data" not in default_terraform
    assert all(
        "principal://" not in b["member"] for b in resources(default_terraform, "google_project_iam_member").values()
    )


# -- spec options -----------------------------------------------------------------------------------


def test_region_zones_and_cluster_name(tmp_path):
    terraform = stack(tmp_path, gke={"cluster_name": "etc-rpc", "zones": ["europe-west4-b", "europe-west4-c"]})
    gke = cluster(terraform)
    assert (gke["name"], gke["location"], gke["node_locations"]) == (
        "etc-rpc",
        "europe-west4",
        ["europe-west4-b", "europe-west4-c"],
    )
    assert resource(terraform, "google_service_account")["account_id"] == "etc-rpc-nodes"
    assert resource(terraform, "google_compute_network")["name"] == "etc-rpc-vpc"
    assert terraform["terraform"]["backend"]["local"]["path"] == "../../../terraform.etc-rpc.tfstate"
    # min_nodes 3 over 2 zones: 2 nodes per zone to start.
    assert resource(terraform, "google_container_node_pool")["initial_node_count"] == 2
    assert terraform["provider"]["google"] == [
        {
            "project": "my-gcp-project",
            "region": "europe-west4",
            "default_labels": {"app": "ethercluster", "cluster": "etc-rpc"},
        }
    ]


def test_without_zones_gke_picks_them(tmp_path):
    terraform = stack(tmp_path)
    assert "node_locations" not in cluster(terraform)
    assert resource(terraform, "google_container_node_pool")["initial_node_count"] == 1


def test_release_channel_deletion_protection_and_private_endpoint(tmp_path):
    gke = cluster(
        stack(tmp_path, gke={"release_channel": "STABLE", "deletion_protection": False, "private_endpoint": True})
    )
    assert gke["release_channel"] == {"channel": "STABLE"}
    assert gke["deletion_protection"] is False
    assert gke["private_cluster_config"]["enable_private_endpoint"] is True


def test_network_ranges_and_authorized_networks(tmp_path):
    terraform = stack(
        tmp_path,
        gke={
            "network": {
                "subnet_cidr": "192.168.0.0/22",
                "pods_cidr": "100.64.0.0/16",
                "services_cidr": "192.168.8.0/22",
                "master_cidr": "192.168.12.0/28",
            },
            "master_authorized_networks": [
                {"name": "office", "cidr": "198.51.100.0/24"},
                {"name": "vpn", "cidr": "192.0.2.10/32"},
            ],
        },
    )
    subnet = resource(terraform, "google_compute_subnetwork")
    assert subnet["ip_cidr_range"] == "192.168.0.0/22"
    assert [r["ip_cidr_range"] for r in subnet["secondary_ip_range"]] == ["100.64.0.0/16", "192.168.8.0/22"]
    gke = cluster(terraform)
    assert gke["private_cluster_config"]["master_ipv4_cidr_block"] == "192.168.12.0/28"
    assert gke["master_authorized_networks_config"]["cidr_blocks"] == [
        {"cidr_block": "198.51.100.0/24", "display_name": "office"},
        {"cidr_block": "192.0.2.10/32", "display_name": "vpn"},
    ]


def test_no_authorized_networks_closes_the_public_endpoint(tmp_path):
    config = cluster(stack(tmp_path))["master_authorized_networks_config"]
    assert config == {"cidr_blocks": [], "gcp_public_cidrs_access_enabled": False}


def test_node_pools(tmp_path):
    terraform = stack(
        tmp_path,
        gke={
            "zones": ["europe-west4-a", "europe-west4-b", "europe-west4-c"],
            "node_pools": [
                {
                    "name": "rpc",
                    "machine_type": "n2-standard-8",
                    "disk_type": "pd-ssd",
                    "disk_size_gb": 100,
                    "min_nodes": 4,
                    "max_nodes": 9,
                },
                {"name": "burst", "machine_type": "e2-highmem-4", "spot": True, "min_nodes": 0, "max_nodes": 3},
            ],
        },
    )
    pools = {p["name"]: p for p in resources(terraform, "google_container_node_pool").values()}
    assert set(pools) == {"rpc", "burst"}
    rpc, burst = pools["rpc"], pools["burst"]
    assert (
        rpc["node_config"]["machine_type"],
        rpc["node_config"]["disk_type"],
        rpc["node_config"]["disk_size_gb"],
    ) == (
        "n2-standard-8",
        "pd-ssd",
        100,
    )
    assert (rpc["autoscaling"]["total_min_node_count"], rpc["autoscaling"]["total_max_node_count"]) == (4, 9)
    assert rpc["initial_node_count"] == 2, "4 nodes over 3 zones: 2 per zone (rounded up)"
    assert (rpc["node_config"]["spot"], burst["node_config"]["spot"]) == (False, True)
    assert burst["initial_node_count"] == 0
    assert burst["node_config"]["workload_metadata_config"] == {"mode": "GKE_METADATA"}, "every pool is hardened"
    assert machine_shape(burst["node_config"]["machine_type"]).vcpus == 4


def test_cloud_armor_rate_limit(tmp_path):
    policy = resource(
        stack(tmp_path, gke={"cloud_armor": {"requests": 3000, "interval_seconds": 300}}),
        "google_compute_security_policy",
    )
    (throttle,) = [r for r in policy["rule"] if r["action"] == "throttle"]
    assert throttle["rate_limit_options"]["rate_limit_threshold"] == {"count": 3000, "interval_sec": 300}
    assert policy["name"] == "rpc-rpc-armor"


def test_edge_without_cloud_armor_keeps_the_ip_and_drops_the_policy(tmp_path):
    terraform = stack(tmp_path, edge={"domains": ["rpc.example.org"], "cloud_armor": False})
    assert resource(terraform, "google_compute_global_address")["name"] == "rpc-edge-ip"
    assert "google_compute_security_policy" not in terraform["resource"]


def test_no_edge_no_address_no_policy(tmp_path):
    terraform = stack(tmp_path, edge=None)
    assert "google_compute_global_address" not in terraform["resource"]
    assert "google_compute_security_policy" not in terraform["resource"]
    assert "static_ip_address" not in terraform["output"]


def test_gcs_state_backend(tmp_path):
    terraform = stack(tmp_path, gke={"state": {"bucket": "my-tf-state"}})
    assert terraform["terraform"]["backend"] == {"gcs": {"bucket": "my-tf-state", "prefix": "terraform/rpc"}}
    terraform = stack(tmp_path / "2", gke={"state": {"bucket": "my-tf-state", "prefix": "infra/etc"}})
    assert terraform["terraform"]["backend"] == {"gcs": {"bucket": "my-tf-state", "prefix": "infra/etc"}}


def test_rbac_security_group(tmp_path):
    gke = cluster(stack(tmp_path, gke={"rbac_security_group": "gke-security-groups@example.org"}))
    assert gke["authenticator_groups_config"] == {"security_group": "gke-security-groups@example.org"}
    assert "authenticator_groups_config" not in cluster(stack(tmp_path / "2"))


# -- several regions: one VPC, a cluster per region, one fleet -------------------------------------

MULTI_REGION = ROOT / "examples" / "multi-region.yaml"
PER_CLUSTER = {
    "google_container_cluster": "cluster",
    "google_compute_subnetwork": "subnetwork",
    "google_compute_router": "router",
    "google_compute_router_nat": "nat",
    "google_service_account": "nodes",
}


def multi_region_spec() -> ClusterSpec:
    return load_spec(MULTI_REGION)[0]


def cluster_resource(terraform: dict, resource_type: str, place) -> dict:
    """A per-cluster resource: named as in a single-cluster stack for the first cluster, with
    the cluster's name appended for the others."""
    base = PER_CLUSTER[resource_type]
    return resources(terraform, resource_type)[base if place.index == 0 else f"{base}-{place.name}"]


def test_multi_region_stack_matches_the_reviewed_snapshot(multi_region_stack_dir, snapshot):
    assert (multi_region_stack_dir / "cdk.tf.json").read_text() == snapshot


def test_every_region_gets_a_cluster_with_its_own_subnet_nat_and_node_account(multi_region_terraform):
    spec = multi_region_spec()
    places = spec.clusters
    assert [p.region for p in places] == ["us-central1", "us-east4", "europe-west4"]
    for resource_type in PER_CLUSTER:
        assert len(resources(multi_region_terraform, resource_type)) == len(places), resource_type
    for place in places:
        gke = cluster_resource(multi_region_terraform, "google_container_cluster", place)
        subnet = cluster_resource(multi_region_terraform, "google_compute_subnetwork", place)
        nat = cluster_resource(multi_region_terraform, "google_compute_router_nat", place)
        router = cluster_resource(multi_region_terraform, "google_compute_router", place)
        account = cluster_resource(multi_region_terraform, "google_service_account", place)
        assert (gke["name"], gke["location"]) == (place.name, place.region)
        assert subnet["region"] == nat["region"] == router["region"] == place.region
        assert subnet["ip_cidr_range"] == place.network.subnet_cidr
        assert [r["ip_cidr_range"] for r in subnet["secondary_ip_range"]] == [
            place.network.pods_cidr,
            place.network.services_cidr,
        ]
        assert gke["private_cluster_config"]["master_ipv4_cidr_block"] == place.network.master_cidr
        assert gke["subnetwork"].startswith("${google_compute_subnetwork.") and subnet["name"] == f"{place.name}-nodes"
        assert nat["subnetwork"][0]["name"] == gke["subnetwork"], "each region's nodes leave through their own NAT"
        assert account["account_id"] == f"{place.name}-nodes"
        grants = [b for b in resources(multi_region_terraform, "google_project_iam_member").values()]
        account_id = "nodes" if place.index == 0 else f"nodes-{place.name}"
        assert sorted(
            b["role"] for b in grants if b["member"] == f"${{google_service_account.{account_id}.member}}"
        ) == (sorted(NODE_ROLES))
        pools = [p for p in resources(multi_region_terraform, "google_container_node_pool").values()]
        (pool,) = [
            p for p in pools if p["cluster"] == f"${{google_container_cluster.{gke['//']['metadata']['uniqueId']}.id}}"
        ]
        assert (pool["location"], pool["initial_node_count"]) == (
            place.region,
            place.initial_nodes_per_zone(place.node_pools[0]),
        )
        assert pool["node_config"]["service_account"] == f"${{google_service_account.{account_id}.email}}"
    networks = {cluster_resource(multi_region_terraform, "google_container_cluster", p)["network"] for p in places}
    assert networks == {"${google_compute_network.network.id}"}, "one VPC"
    for resource_type in ("google_compute_network", "google_compute_firewall", "google_compute_global_address"):
        assert len(resources(multi_region_terraform, resource_type)) == 1, f"one {resource_type} for all clusters"
    assert len(resources(multi_region_terraform, "google_compute_security_policy")) == 1
    assert len(resources(multi_region_terraform, "google_compute_ssl_policy")) == 1


def test_every_cluster_has_the_first_clusters_hardening(multi_region_terraform):
    """Everything but the names, region, ranges and references is the same in every cluster and pool."""
    spec = multi_region_spec()

    def normalized(document: dict, place) -> str:
        text = json.dumps({k: v for k, v in document.items() if k != "//"}, sort_keys=True)
        text = text.replace(place.network.master_cidr, "<master>").replace(f'"{place.region}"', '"<region>"')
        text = re.sub(r"\$\{google_(compute_subnetwork|service_account)\.[a-z0-9-]+\.", r"${google_\1.<id>.", text)
        for key in ("name", "cluster"):
            text = text.replace(f'"{key}": "{place.name}"', f'"{key}": "<cluster>"')
        return text

    clusters = [
        normalized(cluster_resource(multi_region_terraform, "google_container_cluster", p), p) for p in spec.clusters
    ]
    assert clusters[1:] == clusters[:1] * (len(clusters) - 1)
    pools = resources(multi_region_terraform, "google_container_node_pool")
    first = normalized(pools["pool-rpc"], spec.clusters[0]).replace("${google_container_cluster.cluster.id}", "<c>")
    for place in spec.clusters[1:]:
        pool = normalized(pools[f"pool-rpc-{place.name}"], place)
        assert pool.replace(f"${{google_container_cluster.cluster-{place.name}.id}}", "<c>") == first


def test_one_fleet_joins_every_cluster_and_the_config_cluster_holds_the_gateway(multi_region_terraform):
    spec = multi_region_spec()
    memberships = resources(multi_region_terraform, "google_gke_hub_membership")
    assert set(memberships) == {f"membership-{p.name}" for p in spec.clusters}
    for place in spec.clusters:
        membership = memberships[f"membership-{place.name}"]
        cluster_id = "cluster" if place.index == 0 else f"cluster-{place.name}"
        assert membership["membership_id"] == place.name
        assert membership["location"] == "global"
        assert membership["endpoint"] == {
            "gke_cluster": {
                "resource_link": f"//container.googleapis.com/${{google_container_cluster.{cluster_id}.id}}"
            }
        }
        assert membership["authority"] == {
            "issuer": f"https://container.googleapis.com/v1/${{google_container_cluster.{cluster_id}.id}}"
        }, "fleet Workload Identity, which MCS needs"
    features = {f["name"]: f for f in resources(multi_region_terraform, "google_gke_hub_feature").values()}
    assert set(features) == {"multiclusterservicediscovery", "multiclusteringress"}
    assert {f["location"] for f in features.values()} == {"global"}
    assert spec.config_cluster.name == "ethercluster"
    assert features["multiclusteringress"]["spec"] == {
        "multiclusteringress": {"config_membership": "${google_gke_hub_membership.membership-ethercluster.id}"}
    }
    (importer,) = [
        b for b in resources(multi_region_terraform, "google_project_iam_member").values() if "gke-mcs" in b["member"]
    ]
    assert (importer["role"], importer["member"]) == (
        "roles/compute.networkViewer",
        "serviceAccount:example-project.svc.id.goog[gke-mcs/gke-mcs-importer]",
    )
    assert len(importer["depends_on"]) == len(spec.clusters), "after the clusters create the Workload Identity pool"
    services = {s["service"] for s in resources(multi_region_terraform, "google_project_service").values()}
    assert {
        "gkehub.googleapis.com",
        "multiclusterservicediscovery.googleapis.com",
        "multiclusteringress.googleapis.com",
        "trafficdirector.googleapis.com",
        "dns.googleapis.com",
        "certificatemanager.googleapis.com",
    } <= services


def test_config_cluster_can_be_any_cluster(tmp_path):
    raw = yaml.safe_load(MULTI_REGION.read_text())
    raw["gke"]["config_cluster"] = "ethercluster-euw4"
    terraform = synth_terraform(ClusterSpec.model_validate(raw), tmp_path)
    (gateway,) = [
        f for f in resources(terraform, "google_gke_hub_feature").values() if f["name"] == "multiclusteringress"
    ]
    assert gateway["spec"]["multiclusteringress"]["config_membership"] == (
        "${google_gke_hub_membership.membership-ethercluster-euw4.id}"
    )
    assert terraform["output"]["clusters"]["value"]["ethercluster-euw4"]["config_cluster"] is True
    assert terraform["output"]["clusters"]["value"]["ethercluster"]["config_cluster"] is False


def test_a_single_region_stack_has_no_fleet(default_terraform):
    for resource_type in ("google_gke_hub_membership", "google_gke_hub_feature"):
        assert resource_type not in default_terraform["resource"]
    assert "clusters" not in default_terraform["output"]


def test_every_cluster_serves_the_gateway_api(default_terraform, multi_region_terraform):
    # On whatever the edge: an Ingress edge moves to a Gateway without touching the cluster.
    for terraform in (default_terraform, multi_region_terraform):
        for gke in resources(terraform, "google_container_cluster").values():
            assert gke["gateway_api_config"] == {"channel": "CHANNEL_STANDARD"}
            assert gke["addons_config"]["http_load_balancing"] == {"disabled": False}, "the Gateway controller needs it"


def test_multi_region_outputs_name_every_cluster(multi_region_terraform):
    spec = multi_region_spec()
    clusters = multi_region_terraform["output"]["clusters"]["value"]
    assert list(clusters) == sorted(p.name for p in spec.clusters)
    for place in spec.clusters:
        assert clusters[place.name]["region"] == place.region
        assert clusters[place.name]["get_credentials"] == (
            f"gcloud container clusters get-credentials {place.name} --region {place.region} --project example-project"
        )


# -- Certificate Manager (edge.api: gateway without tls_secret) ----------------------------------------


def test_gateway_edge_certificates_come_from_certificate_manager(multi_region_terraform):
    spec = multi_region_spec()
    assert spec.edge_hostnames == ["rpc.example.org", "etc-stats.rpc.example.org", "mordor-stats.rpc.example.org"]
    (authorization,) = resources(multi_region_terraform, "google_certificate_manager_dns_authorization").values()
    assert authorization["domain"] == "rpc.example.org", "the RPC domain, which is also the dashboards' domain"
    certificate = resource(multi_region_terraform, "google_certificate_manager_certificate")
    assert certificate["managed"] == {
        "domains": ["rpc.example.org", "*.rpc.example.org"],
        "dns_authorizations": ["${google_certificate_manager_dns_authorization.dns-auth-rpc-example-org.id}"],
    }
    certificate_map = resource(multi_region_terraform, "google_certificate_manager_certificate_map")
    assert certificate_map["name"] == spec.certificate_map_name == "ethercluster-edge-certs"
    entries = resources(multi_region_terraform, "google_certificate_manager_certificate_map_entry").values()
    assert sorted(e["hostname"] for e in entries) == sorted(spec.edge_hostnames)
    assert {e["map"] for e in entries} == {"${google_certificate_manager_certificate_map.edge-certs.name}"}
    assert all(e["certificates"] == ["${google_certificate_manager_certificate.edge-certificate.id}"] for e in entries)
    records = multi_region_terraform["output"]["dns_authorizations"]["value"]
    assert records == {
        "rpc.example.org": {
            field: f"${{google_certificate_manager_dns_authorization.dns-auth-rpc-example-org.dns_resource_record[0].{field}}}"
            for field in ("name", "type", "data")
        }
    }


def test_a_separate_stats_domain_gets_its_own_authorization_and_a_wildcard(tmp_path):
    terraform = stack(
        tmp_path,
        edge={"api": "gateway", "domains": ["rpc.example.org", "eth.example.org"]},
        stats={"domain": "stats.example.net"},
    )
    domains = sorted(a["domain"] for a in resources(terraform, "google_certificate_manager_dns_authorization").values())
    assert domains == ["eth.example.org", "rpc.example.org", "stats.example.net"]
    certificate = resource(terraform, "google_certificate_manager_certificate")
    assert certificate["managed"]["domains"] == ["rpc.example.org", "eth.example.org", "*.stats.example.net"]
    entries = resources(terraform, "google_certificate_manager_certificate_map_entry").values()
    assert sorted(e["hostname"] for e in entries) == [
        "etc-stats.stats.example.net",
        "eth.example.org",
        "rpc.example.org",
    ]
    assert "google_gke_hub_feature" not in terraform["resource"], "one region: no fleet"


@pytest.mark.parametrize(
    "edge",
    [{"domains": ["rpc.example.org"]}, {"api": "gateway", "domains": ["rpc.example.org"], "tls_secret": "rpc-tls"}],
    ids=["ingress", "gateway-with-tls-secret"],
)
def test_no_certificate_manager_without_a_certificate_map(edge, tmp_path):
    terraform = stack(tmp_path, edge=edge)
    assert not [t for t in terraform["resource"] if t.startswith("google_certificate_manager")]
    services = {s["service"] for s in resources(terraform, "google_project_service").values()}
    assert "certificatemanager.googleapis.com" not in services
    assert "dns_authorizations" not in terraform["output"]


@pytest.mark.parametrize("domain", ['${file("/etc/passwd")}', "RPC.example.org", "rpc..example.org", "localhost"])
def test_the_stack_refuses_a_domain_terraform_would_evaluate_or_no_certificate_covers(domain, tmp_path):
    from ethercluster_constructs.errors import EtherclusterError

    with pytest.raises(EtherclusterError, match="is not a lowercase host name"):
        stack(tmp_path, edge={"api": "gateway", "domains": [domain]})
    assert not list(tmp_path.rglob("*.tf.json")), "nothing written"


@pytest.mark.parametrize(
    ("gke", "refused"),
    [
        (
            {"master_authorized_networks": [{"name": '${file("/etc/passwd")}', "cidr": "203.0.113.0/24"}]},
            r"gke\.master_authorized_networks\[0\]\.name: '\$\{file.*' is not a network name",
        ),
        (
            {"rbac_security_group": "${path.cwd}"},
            r"gke\.rbac_security_group: '\$\{path\.cwd\}' is not GKE's RBAC group",
        ),
        ({"rbac_security_group": "admins@example.org"}, r"gke\.rbac_security_group: .* gke-security-groups@"),
    ],
    ids=["authorized-network-name", "security-group-template", "security-group-name"],
)
def test_spec_text_that_reaches_terraform_cannot_be_a_template(gke, refused, tmp_path):
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(json.dumps(copy.deepcopy(BASE) | {"gke": BASE["gke"] | gke}))
    with pytest.raises(SpecError, match=refused):
        load_spec(spec_file)


def test_certificate_manager_names_stay_valid_for_long_hostnames():
    from ethercluster_constructs.gke.certificates import NAME_MAX, resource_name

    long_a, long_b = "a" * 60 + ".example.org", "a" * 60 + ".example.net"
    names = {resource_name("ethercluster", long_a), resource_name("ethercluster", long_b)}
    assert len(names) == 2, "cut names stay distinct"
    assert all(len(n) <= NAME_MAX and re.fullmatch(r"[a-z][a-z0-9-]*[a-z0-9]", n) for n in names)
    assert resource_name("rpc", "RPC.Example.org") == "rpc-rpc-example-org"


# -- names shared with the manifests, for every cluster ---------------------------------------------------


@pytest.mark.parametrize("spec_file", [ROOT / "ethercluster.yaml", MULTI_REGION], ids=["single-region", "multi-region"])
def test_every_shared_name_is_the_name_the_stack_creates(spec_file, default_terraform, multi_region_terraform):
    """ClusterSpec derives every name both sides use; the manifests take them from there (see
    test_names_shared_with_the_manifests_match_by_construction and
    test_multi_region_manifests_name_what_the_stack_creates)."""
    spec = load_spec(spec_file)[0]
    terraform = multi_region_terraform if spec_file == MULTI_REGION else default_terraform
    assert resource(terraform, "google_compute_global_address")["name"] == spec.static_ip_name
    assert resource(terraform, "google_compute_ssl_policy")["name"] == spec.ssl_policy_name
    assert resource(terraform, "google_compute_security_policy")["name"] == spec.security_policy_name
    maps = resources(terraform, "google_certificate_manager_certificate_map")
    assert [m["name"] for m in maps.values()] == ([spec.certificate_map_name] if spec.certificate_map_name else [])
    clusters = [c["name"] for c in resources(terraform, "google_container_cluster").values()]
    assert sorted(clusters) == sorted(p.name for p in spec.clusters), "one cluster, and one manifest set, per place"
    assert terraform["terraform"]["backend"]["local"]["path"] == state_file(spec.cluster_name)


def test_stats_hostnames_are_the_hosts_the_manifests_publish(default_docs):
    spec = load_spec(ROOT / "ethercluster.yaml")[0]
    hosts = {rule["host"] for rule in find(default_docs, "Ingress", "edge")["spec"]["rules"]}
    assert (
        sorted(hosts - set(spec.edge.domains))
        == spec.stats_hostnames
        == [
            "etc-stats.rpc.example.com",
            "mordor-stats.rpc.example.com",
        ]
    )


def test_multi_region_manifests_name_what_the_stack_creates(multi_region_terraform, tmp_path):
    """Every manifest set is a cluster of the stack, and the config cluster's Gateway names the stack's address, certificate map, SSL
    policy and Cloud Armor policy, and its routes answer exactly the certificate map's hosts."""
    from ethercluster_constructs.synthesis import synth_manifests

    spec = multi_region_spec()
    synth_manifests(MULTI_REGION, tmp_path / "dist")
    clusters = {c["name"] for c in resources(multi_region_terraform, "google_container_cluster").values()}
    assert {p.name for p in (tmp_path / "dist").iterdir() if p.is_dir()} == clusters
    docs = [
        d
        for f in sorted((tmp_path / "dist" / spec.config_cluster.name).glob("*.yaml"))
        for d in yaml.safe_load_all(f.read_text())
        if d
    ]
    (gateway,) = [d for d in docs if d["kind"] == "Gateway"]
    assert (
        gateway["metadata"]["annotations"]["networking.gke.io/certmap"]
        == resource(multi_region_terraform, "google_certificate_manager_certificate_map")["name"]
    )
    assert gateway["spec"]["addresses"] == [
        {"type": "NamedAddress", "value": resource(multi_region_terraform, "google_compute_global_address")["name"]}
    ]
    (gateway_policy,) = [d for d in docs if d["kind"] == "GCPGatewayPolicy"]
    assert (
        gateway_policy["spec"]["default"]["sslPolicy"]
        == resource(multi_region_terraform, "google_compute_ssl_policy")["name"]
    )
    armor = resource(multi_region_terraform, "google_compute_security_policy")["name"]
    backend_policies = [d for d in docs if d["kind"] == "GCPBackendPolicy"]
    assert backend_policies and {p["spec"]["default"]["securityPolicy"] for p in backend_policies} == {armor}
    entries = {
        e["hostname"]
        for e in resources(multi_region_terraform, "google_certificate_manager_certificate_map_entry").values()
    }
    routed = {host for d in docs if d["kind"] == "HTTPRoute" for host in d["spec"].get("hostnames", [])}
    assert routed == entries
