"""GkeStack: the GKE infrastructure of one cluster spec, as a cdktf stack.

Importing this module loads the google provider's jsii assembly and the 21 resource
modules it, fleet.py and certificates.py use (about 3 s, see google_provider): import it
only to build a Terraform stack.
Every name the Kubernetes manifests also use (the static IP, the Cloud Armor policy, the
namespace in Workload Identity principals) comes from ClusterSpec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cdktf import App, GcsBackend, LocalBackend, TerraformOutput, TerraformResourceLifecycle, TerraformStack
from constructs import Construct

from ..errors import EtherclusterError
from ..spec import ClusterPlace, ClusterSpec, NodePoolSpec
from .certificates import CERTIFICATE_SERVICES, Certificates
from .fleet import FLEET_SERVICES, MCS_IMPORTER_ROLE, Fleet, mcs_importer_member
from .google_provider import install_lazy_package

# Before the import below, so that it loads the provider's assembly and the modules the stack
# uses, not the whole package (see google_provider).
install_lazy_package()
from cdktf_cdktf_provider_google import (  # noqa: E402
    compute_firewall,
    compute_global_address,
    compute_network,
    compute_router,
    compute_router_nat,
    compute_security_policy,
    compute_ssl_policy,
    compute_subnetwork,
    container_cluster,
    container_node_pool,
    data_google_project,
    project_iam_member,
    project_service,
    provider,
    service_account,
)

SERVICES = ("compute.googleapis.com", "container.googleapis.com", "binaryauthorization.googleapis.com")
"""APIs every stack needs; enabled by it, and left enabled when it is destroyed (also
CERTIFICATE_SERVICES and FLEET_SERVICES, when the spec needs them)."""

GATEWAY_API_CHANNEL = "CHANNEL_STANDARD"
"""GKE installs the Gateway API's standard-channel CRDs (GatewayClass, Gateway, HTTPRoute, ...)
and its own GatewayClasses: the v1 resources the Gateway edge uses, nothing experimental."""

NODE_ROLES = (
    # What GKE's nodes need and nothing more: write logs and metrics (including Managed
    # Prometheus samples), read monitoring config, and attach resource metadata to them.
    "roles/logging.logWriter",
    "roles/monitoring.metricWriter",
    "roles/monitoring.viewer",
    "roles/stackdriver.resourceMetadata.writer",
    # Pull images from this project's Artifact Registry, where pinned images are mirrored
    # to pin them by digest. Read-only; the default images come from public registries.
    "roles/artifactregistry.reader",
)

PODS_RANGE = "pods"
SERVICES_RANGE = "services"
CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"
"""With a dedicated service account, IAM roles (NODE_ROLES), not scopes, bound what nodes can do."""

LOG4J_EXPRESSION = "evaluatePreconfiguredWaf('cve-canary')"
DEFAULT_RULE_PRIORITY = 2147483647


def state_file(stack_name: str) -> str:
    """The local state path, relative to the stack's working directory cdktf.out/stacks/<name>:
    the folder holding cdktf.out, so that `make clean` never deletes the state."""
    return f"../../../terraform.{stack_name}.tfstate"


class GkeStack(TerraformStack):
    """One VPC and, per cluster of the spec (ClusterSpec.clusters), a subnet, Cloud Router and
    NAT in its region, a private GKE cluster, its node pools and their service account; then
    the edge (global IP, SSL policy, Cloud Armor, Certificate Manager) and, for a spec with
    `gke.regions`, the fleet (GKE Hub) that joins the clusters.

    Props (keyword-only):
        spec: a validated ClusterSpec with a `gke` section. The stack is named after
            `spec.cluster_name` (cdktf.out/stacks/<cluster_name>), the first cluster.

    Attributes: `clusters` (cluster name -> ClusterResources, in spec order); the first
    cluster's `cluster`, `node_pools` (pool name -> node pool), `node_service_account` and
    `subnetwork`; `network`; `static_ip`, `ssl_policy`, `security_policy`, `certificates`
    and `fleet` (None where the spec has no such part).
    """

    def __init__(self, scope: Construct, *, spec: ClusterSpec) -> None:
        if spec.gke is None:
            raise EtherclusterError("GkeStack.spec has no gke section; add one (see docs/gke.md)")
        gke = spec.gke
        self.name = spec.cluster_name
        super().__init__(scope, self.name)
        self.spec, self._gke = spec, gke

        if gke.state:
            GcsBackend(self, bucket=gke.state.bucket, prefix=gke.state.prefix or f"terraform/{self.name}")
        else:
            LocalBackend(self, path=state_file(self.name))
        provider.GoogleProvider(
            self, "google", project=gke.project, region=gke.region, default_labels=_labels(spec.clusters[0])
        )
        apis = (
            SERVICES
            + (CERTIFICATE_SERVICES if spec.certificate_map_name else ())
            + (FLEET_SERVICES if spec.is_multi_cluster else ())
        )
        services = [
            project_service.ProjectService(self, f"api-{api.split('.')[0]}", service=api, disable_on_destroy=False)
            for api in apis
        ]

        self._network(services)
        self.clusters = {place.name: self._place(place, services) for place in spec.clusters}
        first = self.clusters[spec.clusters[0].name]
        self.cluster, self.node_pools = first.cluster, first.node_pools
        self.node_service_account, self.subnetwork = first.node_service_account, first.subnetwork
        self._edge()
        self.certificates = Certificates(self, spec=spec, depends_on=services) if spec.certificate_map_name else None
        self.fleet = None
        if spec.is_multi_cluster:
            self.fleet = Fleet(self, spec=spec, clusters=self.clusters, depends_on=services)
            # The MCS importer reads the VPC's endpoints; its Kubernetes service account exists
            # once the feature runs, and its Workload Identity pool once a cluster does.
            self._grant(
                "mcs-importer",
                MCS_IMPORTER_ROLE,
                mcs_importer_member(gke.workload_pool),
                depends_on=[resources.cluster for resources in self.clusters.values()],
            )
        self._workload_identity()
        self._outputs()

    def _place(self, place: ClusterPlace, services: list) -> ClusterResources:
        """A cluster of the spec with its subnet, router, NAT, node service account and pools."""
        subnetwork = self._subnetwork(place)
        account = service_account.ServiceAccount(
            self,
            _resource_id("nodes", place),
            account_id=f"{place.name}-nodes",
            display_name=f"GKE nodes of {place.name}",
        )
        for role in NODE_ROLES:
            self._grant(_resource_id("nodes", place), role, account.member)
        cluster = self._cluster(place, subnetwork, account, services)
        pools = {pool.name: self._node_pool(place, pool, cluster, account) for pool in place.node_pools}
        return ClusterResources(place, cluster, pools, account, subnetwork)

    # -- network ----------------------------------------------------------------------------

    def _network(self, services: list) -> None:
        """The one VPC every cluster shares, and its logged deny-ingress rule."""
        self.network = compute_network.ComputeNetwork(
            self,
            "network",
            name=f"{self.name}-vpc",
            auto_create_subnetworks=False,
            routing_mode="REGIONAL",
            depends_on=services,
        )
        # The VPC already denies unsolicited ingress implicitly; this rule makes the denial
        # explicit and logged. GKE's own allow rules (control plane, load balancer health
        # checks) and those multi-cluster Services creates between the fleet's pods have
        # priority 1000 and still apply.
        compute_firewall.ComputeFirewall(
            self,
            "deny-ingress",
            name=f"{self.name}-deny-ingress",
            network=self.network.id,
            direction="INGRESS",
            priority=65534,
            source_ranges=["0.0.0.0/0"],
            deny=[compute_firewall.ComputeFirewallDeny(protocol="all")],
            log_config=compute_firewall.ComputeFirewallLogConfig(metadata="INCLUDE_ALL_METADATA"),
        )

    def _subnetwork(self, place: ClusterPlace) -> compute_subnetwork.ComputeSubnetwork:
        """The cluster's subnet in its region, with Cloud Router and NAT for its private nodes."""
        assert place.network is not None and place.region is not None
        subnetwork = compute_subnetwork.ComputeSubnetwork(
            self,
            _resource_id("subnetwork", place),
            name=f"{place.name}-nodes",
            network=self.network.id,
            region=place.region,
            ip_cidr_range=place.network.subnet_cidr,
            secondary_ip_range=[
                compute_subnetwork.ComputeSubnetworkSecondaryIpRange(
                    range_name=PODS_RANGE, ip_cidr_range=place.network.pods_cidr
                ),
                compute_subnetwork.ComputeSubnetworkSecondaryIpRange(
                    range_name=SERVICES_RANGE, ip_cidr_range=place.network.services_cidr
                ),
            ],
            # Private nodes reach Google APIs (logging, monitoring, Artifact Registry) without NAT.
            private_ip_google_access=True,
            log_config=compute_subnetwork.ComputeSubnetworkLogConfig(
                aggregation_interval="INTERVAL_5_SEC", flow_sampling=0.5, metadata="INCLUDE_ALL_METADATA"
            ),
        )
        router = compute_router.ComputeRouter(
            self,
            _resource_id("router", place),
            name=f"{place.name}-router",
            network=self.network.id,
            region=place.region,
        )
        compute_router_nat.ComputeRouterNat(
            self,
            _resource_id("nat", place),
            name=f"{place.name}-nat",
            router=router.name,
            region=place.region,
            nat_ip_allocate_option="AUTO_ONLY",
            source_subnetwork_ip_ranges_to_nat="LIST_OF_SUBNETWORKS",
            subnetwork=[
                compute_router_nat.ComputeRouterNatSubnetwork(
                    name=subnetwork.id, source_ip_ranges_to_nat=["ALL_IP_RANGES"]
                )
            ],
            # devp2p discovery talks to hundreds of peers over UDP, and every destination takes
            # a NAT port: the default 64 ports per VM would drop discovery traffic.
            enable_dynamic_port_allocation=True,
            min_ports_per_vm=1024,
            max_ports_per_vm=16384,
            log_config=compute_router_nat.ComputeRouterNatLogConfig(enable=True, filter="ERRORS_ONLY"),
        )
        return subnetwork

    # -- cluster ----------------------------------------------------------------------------

    def _cluster(
        self,
        place: ClusterPlace,
        subnetwork: compute_subnetwork.ComputeSubnetwork,
        account: service_account.ServiceAccount,
        services: list,
    ) -> container_cluster.ContainerCluster:
        gke = self._gke
        assert place.network is not None
        labels = _labels(place)
        cc = container_cluster
        return cc.ContainerCluster(
            self,
            _resource_id("cluster", place),
            name=place.name,
            location=place.region,
            node_locations=list(place.zones) or None,
            deletion_protection=gke.deletion_protection,
            resource_labels=labels,
            release_channel=cc.ContainerClusterReleaseChannel(channel=gke.release_channel),
            # GKE creates the cluster with a default pool; it is deleted at once, and the
            # pools below replace it. Its node_config only hardens that short-lived pool.
            remove_default_node_pool=True,
            initial_node_count=1,
            node_config=self._node_config(labels, account, cc, "ContainerClusterNodeConfig"),
            lifecycle=TerraformResourceLifecycle(ignore_changes=["node_config"]),
            network=self.network.id,
            subnetwork=subnetwork.id,
            networking_mode="VPC_NATIVE",
            ip_allocation_policy=cc.ContainerClusterIpAllocationPolicy(
                cluster_secondary_range_name=PODS_RANGE, services_secondary_range_name=SERVICES_RANGE
            ),
            private_cluster_config=cc.ContainerClusterPrivateClusterConfig(
                enable_private_nodes=True,
                enable_private_endpoint=gke.private_endpoint,
                master_ipv4_cidr_block=place.network.master_cidr,
            ),
            master_authorized_networks_config=cc.ContainerClusterMasterAuthorizedNetworksConfig(
                cidr_blocks=[
                    cc.ContainerClusterMasterAuthorizedNetworksConfigCidrBlocks(
                        cidr_block=network.cidr, display_name=network.name
                    )
                    for network in gke.master_authorized_networks
                ],
                gcp_public_cidrs_access_enabled=False,
            ),
            master_auth=cc.ContainerClusterMasterAuth(
                client_certificate_config=cc.ContainerClusterMasterAuthClientCertificateConfig(
                    issue_client_certificate=False
                )
            ),
            enable_legacy_abac=False,
            authenticator_groups_config=cc.ContainerClusterAuthenticatorGroupsConfig(
                security_group=gke.rbac_security_group
            )
            if gke.rbac_security_group
            else None,
            workload_identity_config=cc.ContainerClusterWorkloadIdentityConfig(workload_pool=gke.workload_pool),
            enable_shielded_nodes=True,
            # Enforces the project's Binary Authorization policy (see docs/gke.md).
            binary_authorization=cc.ContainerClusterBinaryAuthorization(
                evaluation_mode="PROJECT_SINGLETON_POLICY_ENFORCE"
            ),
            # Dataplane V2 enforces NetworkPolicy itself; the Calico add-on stays off.
            datapath_provider="ADVANCED_DATAPATH",
            network_policy=cc.ContainerClusterNetworkPolicy(enabled=False),
            enable_intranode_visibility=True,
            # GKE's Gateway API (CRDs and GatewayClasses) in every cluster, whatever edge.api
            # says: moving an edge from the Ingress to a Gateway then needs no cluster change,
            # and both edges can serve side by side during the move (docs/gke.md).
            gateway_api_config=cc.ContainerClusterGatewayApiConfig(channel=GATEWAY_API_CHANNEL),
            addons_config=cc.ContainerClusterAddonsConfig(
                # The GCE Ingress and the GKE Gateway controller both need it.
                http_load_balancing=cc.ContainerClusterAddonsConfigHttpLoadBalancing(disabled=False),
                horizontal_pod_autoscaling=cc.ContainerClusterAddonsConfigHorizontalPodAutoscaling(disabled=False),
                gce_persistent_disk_csi_driver_config=cc.ContainerClusterAddonsConfigGcePersistentDiskCsiDriverConfig(
                    enabled=True
                ),
                # The fleets' NetworkPolicies allow DNS to NodeLocal DNSCache (169.254.20.10).
                dns_cache_config=cc.ContainerClusterAddonsConfigDnsCacheConfig(enabled=True),
                network_policy_config=cc.ContainerClusterAddonsConfigNetworkPolicyConfig(disabled=True),
            ),
            logging_config=cc.ContainerClusterLoggingConfig(enable_components=["SYSTEM_COMPONENTS", "WORKLOADS"]),
            monitoring_config=cc.ContainerClusterMonitoringConfig(
                enable_components=["SYSTEM_COMPONENTS", "STORAGE", "POD", "STATEFULSET"],
                managed_prometheus=cc.ContainerClusterMonitoringConfigManagedPrometheus(enabled=True),
            ),
            depends_on=services,
        )

    def _node_config(
        self,
        labels: dict[str, str],
        account: service_account.ServiceAccount,
        module,
        prefix: str,
        pool: NodePoolSpec | None = None,
    ):
        """The node settings every pool shares (and the removed default pool), built with the
        struct classes of `module` named `<prefix>...` (each resource has its own copies)."""
        sized = (
            {"machine_type": pool.machine_type, "disk_type": pool.disk_type, "disk_size_gb": pool.disk_size_gb}
            if pool
            else {}
        )
        return getattr(module, prefix)(
            **sized,
            spot=pool.spot if pool else None,
            image_type="COS_CONTAINERD",
            service_account=account.email,
            oauth_scopes=[CLOUD_PLATFORM_SCOPE],
            # Pods see the GKE metadata server: Workload Identity, and no node credentials.
            workload_metadata_config=getattr(module, f"{prefix}WorkloadMetadataConfig")(mode="GKE_METADATA"),
            shielded_instance_config=getattr(module, f"{prefix}ShieldedInstanceConfig")(
                enable_secure_boot=True, enable_integrity_monitoring=True
            ),
            metadata={"disable-legacy-endpoints": "true"},
            resource_labels=labels,
        )

    def _node_pool(
        self,
        place: ClusterPlace,
        pool: NodePoolSpec,
        cluster: container_cluster.ContainerCluster,
        account: service_account.ServiceAccount,
    ) -> container_node_pool.ContainerNodePool:
        np = container_node_pool
        return np.ContainerNodePool(
            self,
            _resource_id(f"pool-{pool.name}", place),
            name=pool.name,
            cluster=cluster.id,
            location=place.region,
            initial_node_count=place.initial_nodes_per_zone(pool),
            # initial_node_count forces a new pool when changed; the autoscaler owns the size after creation.
            lifecycle=TerraformResourceLifecycle(ignore_changes=["initial_node_count"]),
            autoscaling=np.ContainerNodePoolAutoscaling(
                total_min_node_count=pool.min_nodes, total_max_node_count=pool.max_nodes, location_policy="BALANCED"
            ),
            management=np.ContainerNodePoolManagement(auto_repair=True, auto_upgrade=True),
            # A replacement node joins before one drains: a fleet never loses two pods to an upgrade.
            upgrade_settings=np.ContainerNodePoolUpgradeSettings(strategy="SURGE", max_surge=1, max_unavailable=0),
            node_config=self._node_config(_labels(place), account, np, "ContainerNodePoolNodeConfig", pool),
        )

    # -- edge ---------------------------------------------------------------------------------

    def _edge(self) -> None:
        spec = self.spec
        self.static_ip = None
        self.security_policy = None
        self.ssl_policy = None
        if spec.edge is None:
            return
        # A GCE Ingress and the global Gateway classes can only use a *global* address (the 2019
        # regional one never worked). One address serves every cluster: anycast.
        self.static_ip = compute_global_address.ComputeGlobalAddress(
            self, "edge-ip", name=spec.static_ip_name, address_type="EXTERNAL", ip_version="IPV4"
        )
        # The edge's FrontendConfig (Ingress) or GCPGatewayPolicy (Gateway) names this policy:
        # no TLS 1.0 or 1.1, no weak ciphers.
        self.ssl_policy = compute_ssl_policy.ComputeSslPolicy(
            self,
            "edge-tls",
            name=spec.ssl_policy_name,
            description=f"HTTPS edge of {self.name}: TLS 1.2 or newer, MODERN cipher suites",
            min_tls_version="TLS_1_2",
            profile="MODERN",
        )
        if spec.security_policy_name is None:
            return
        sp = compute_security_policy
        match_all = sp.ComputeSecurityPolicyRuleMatch(
            versioned_expr="SRC_IPS_V1", config=sp.ComputeSecurityPolicyRuleMatchConfig(src_ip_ranges=["*"])
        )
        limit = self._gke.cloud_armor
        self.security_policy = sp.ComputeSecurityPolicy(
            self,
            "rpc-armor",
            name=spec.security_policy_name,
            description=f"JSON-RPC edge of {self.name}: Log4Shell block and a per-client-IP rate limit",
            type="CLOUD_ARMOR",
            # Parse JSON-RPC bodies as JSON, so WAF expressions see values, not raw text.
            advanced_options_config=sp.ComputeSecurityPolicyAdvancedOptionsConfig(json_parsing="STANDARD"),
            rule=[
                sp.ComputeSecurityPolicyRule(
                    priority=1000,
                    action="deny(403)",
                    description="Log4Shell (CVE-2021-44228) probes",
                    match=sp.ComputeSecurityPolicyRuleMatch(
                        expr=sp.ComputeSecurityPolicyRuleMatchExpr(expression=LOG4J_EXPRESSION)
                    ),
                ),
                sp.ComputeSecurityPolicyRule(
                    priority=2000,
                    action="throttle",
                    description=f"at most {limit.requests} requests per {limit.interval_seconds} s per client IP",
                    match=match_all,
                    rate_limit_options=sp.ComputeSecurityPolicyRuleRateLimitOptions(
                        enforce_on_key="IP",
                        conform_action="allow",
                        exceed_action="deny(429)",
                        rate_limit_threshold=sp.ComputeSecurityPolicyRuleRateLimitOptionsRateLimitThreshold(
                            count=limit.requests, interval_sec=limit.interval_seconds
                        ),
                    ),
                ),
                sp.ComputeSecurityPolicyRule(
                    priority=DEFAULT_RULE_PRIORITY, action="allow", description="default rule", match=match_all
                ),
            ],
        )

    # -- workload identity and outputs ------------------------------------------------------------

    def _workload_identity(self) -> None:
        gke = self._gke
        if not gke.workload_identity:
            return
        project = data_google_project.DataGoogleProject(self, "project", project_id=gke.project)
        for account, roles in gke.workload_identity.items():
            member = self.spec.workload_identity_principal(account, project_number=project.number)
            for role in roles:
                self._grant(f"wi-{account}", role, member)

    def _grant(self, grantee: str, role: str, member: str, *, depends_on: list | None = None) -> None:
        """Grant a project role; the resource is named `<grantee>-<role>` (e.g. nodes-logging-logWriter)."""
        short_role = re.sub(r"[^A-Za-z0-9]", "-", role.removeprefix("roles/"))
        project_iam_member.ProjectIamMember(
            self, f"{grantee}-{short_role}", project=self._gke.project, role=role, member=member, depends_on=depends_on
        )

    def _outputs(self) -> None:
        TerraformOutput(self, "cluster_name", value=self.cluster.name, description="GKE cluster name")
        TerraformOutput(
            self, "cluster_endpoint", value=self.cluster.endpoint, description="control plane IP (not a credential)"
        )
        TerraformOutput(
            self,
            "get_credentials",
            value=self._get_credentials(self.spec.clusters[0]),
            description="command that configures kubectl (credentials come from gcloud, never from this state)",
        )
        if self.static_ip is not None:
            TerraformOutput(
                self,
                "static_ip_address",
                value=self.static_ip.address,
                description=f"global address {self.spec.static_ip_name}: point the edge domains' A records here",
            )
        if self.spec.is_multi_cluster:
            TerraformOutput(
                self,
                "clusters",
                value={
                    name: {
                        "region": resources.place.region,
                        "endpoint": resources.cluster.endpoint,
                        "get_credentials": self._get_credentials(resources.place),
                        "config_cluster": resources.place.is_config,
                    }
                    for name, resources in self.clusters.items()
                },
                description="every cluster by name: its region, control plane IP and kubectl command",
            )

    def _get_credentials(self, place: ClusterPlace) -> str:
        return (
            f"gcloud container clusters get-credentials {place.name} --region {place.region} "
            f"--project {self._gke.project}"
        )


@dataclass(frozen=True)
class ClusterResources:
    """The resources of one cluster of the spec (GkeStack.clusters)."""

    place: ClusterPlace
    cluster: container_cluster.ContainerCluster
    node_pools: dict[str, container_node_pool.ContainerNodePool]
    node_service_account: service_account.ServiceAccount
    subnetwork: compute_subnetwork.ComputeSubnetwork


def _resource_id(base: str, place: ClusterPlace) -> str:
    """A per-cluster resource's construct id: `base` for the first cluster (the ids of a
    single-cluster stack, so its Terraform JSON and state stay as they were), `base-<cluster>`
    for the others."""
    return base if place.index == 0 else f"{base}-{place.name}"


def _labels(place: ClusterPlace) -> dict[str, str]:
    return {"app": "ethercluster", "cluster": place.name}


def synth_stack(spec: ClusterSpec, outdir: str | Path) -> Path:
    """Write the stack's Terraform JSON under `outdir` (cdktf's layout); returns its cdk.tf.json."""
    app = App(outdir=str(outdir))
    stack = GkeStack(app, spec=spec)
    app.synth()
    return Path(outdir) / "stacks" / stack.name / "cdk.tf.json"
