"""GkeStack: the GKE infrastructure of one cluster spec, as a cdktf stack.

Importing this module loads the google provider's jsii assembly and the 14 resource
modules below (about 3 s, see google_provider): import it only to build a Terraform stack.
Every name the Kubernetes manifests also use (the static IP, the Cloud Armor policy, the
namespace in Workload Identity principals) comes from ClusterSpec.
"""

from __future__ import annotations

import re
from pathlib import Path

from cdktf import App, GcsBackend, LocalBackend, TerraformOutput, TerraformResourceLifecycle, TerraformStack
from constructs import Construct

from ..errors import EtherclusterError
from ..spec import ClusterSpec, NodePoolSpec
from .google_provider import install_lazy_package

# Before the import below, so that it loads the provider's assembly and these 14 modules,
# not the whole package (see google_provider).
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
"""APIs the stack needs; enabled by it, and left enabled when it is destroyed."""

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
    """Network, private GKE cluster, node pools, edge IP and Cloud Armor for one ClusterSpec.

    Props (keyword-only):
        spec: a validated ClusterSpec with a `gke` section. The stack is named after
            `spec.cluster_name` (cdktf.out/stacks/<cluster_name>).

    Attributes: `cluster`, `node_pools` (pool name -> node pool), `node_service_account`,
    `network`, `subnetwork`, `static_ip` and `security_policy` (None without an edge /
    Cloud Armor).
    """

    def __init__(self, scope: Construct, *, spec: ClusterSpec) -> None:
        if spec.gke is None:
            raise EtherclusterError("GkeStack.spec has no gke section; add one (see docs/gke.md)")
        gke = spec.gke
        self.name = spec.cluster_name
        super().__init__(scope, self.name)
        self.spec, self._gke = spec, gke
        labels = {"app": "ethercluster", "cluster": self.name}

        if gke.state:
            GcsBackend(self, bucket=gke.state.bucket, prefix=gke.state.prefix or f"terraform/{self.name}")
        else:
            LocalBackend(self, path=state_file(self.name))
        provider.GoogleProvider(self, "google", project=gke.project, region=gke.region, default_labels=labels)
        services = [
            project_service.ProjectService(self, f"api-{api.split('.')[0]}", service=api, disable_on_destroy=False)
            for api in SERVICES
        ]

        self._network(services)
        self.node_service_account = service_account.ServiceAccount(
            self,
            "nodes",
            account_id=f"{self.name}-nodes",
            display_name=f"GKE nodes of {self.name}",
        )
        for role in NODE_ROLES:
            self._grant("nodes", role, self.node_service_account.member)
        self.cluster = self._cluster(labels, services)
        self.node_pools = {pool.name: self._node_pool(pool, labels) for pool in gke.node_pools}
        self._edge()
        self._workload_identity()
        self._outputs()

    # -- network ----------------------------------------------------------------------------

    def _network(self, services: list) -> None:
        gke = self._gke
        self.network = compute_network.ComputeNetwork(
            self,
            "network",
            name=f"{self.name}-vpc",
            auto_create_subnetworks=False,
            routing_mode="REGIONAL",
            depends_on=services,
        )
        self.subnetwork = compute_subnetwork.ComputeSubnetwork(
            self,
            "subnetwork",
            name=f"{self.name}-nodes",
            network=self.network.id,
            region=gke.region,
            ip_cidr_range=gke.network.subnet_cidr,
            secondary_ip_range=[
                compute_subnetwork.ComputeSubnetworkSecondaryIpRange(
                    range_name=PODS_RANGE, ip_cidr_range=gke.network.pods_cidr
                ),
                compute_subnetwork.ComputeSubnetworkSecondaryIpRange(
                    range_name=SERVICES_RANGE, ip_cidr_range=gke.network.services_cidr
                ),
            ],
            # Private nodes reach Google APIs (logging, monitoring, Artifact Registry) without NAT.
            private_ip_google_access=True,
            log_config=compute_subnetwork.ComputeSubnetworkLogConfig(
                aggregation_interval="INTERVAL_5_SEC", flow_sampling=0.5, metadata="INCLUDE_ALL_METADATA"
            ),
        )
        router = compute_router.ComputeRouter(
            self, "router", name=f"{self.name}-router", network=self.network.id, region=gke.region
        )
        compute_router_nat.ComputeRouterNat(
            self,
            "nat",
            name=f"{self.name}-nat",
            router=router.name,
            region=gke.region,
            nat_ip_allocate_option="AUTO_ONLY",
            source_subnetwork_ip_ranges_to_nat="LIST_OF_SUBNETWORKS",
            subnetwork=[
                compute_router_nat.ComputeRouterNatSubnetwork(
                    name=self.subnetwork.id, source_ip_ranges_to_nat=["ALL_IP_RANGES"]
                )
            ],
            # devp2p discovery talks to hundreds of peers over UDP, and every destination takes
            # a NAT port: the default 64 ports per VM would drop discovery traffic.
            enable_dynamic_port_allocation=True,
            min_ports_per_vm=1024,
            max_ports_per_vm=16384,
            log_config=compute_router_nat.ComputeRouterNatLogConfig(enable=True, filter="ERRORS_ONLY"),
        )
        # The VPC already denies unsolicited ingress implicitly; this rule makes the denial
        # explicit and logged. GKE's own allow rules (control plane, load balancer health
        # checks) have priority 1000 and still apply.
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

    # -- cluster ----------------------------------------------------------------------------

    def _cluster(self, labels: dict[str, str], services: list) -> container_cluster.ContainerCluster:
        gke = self._gke
        cc = container_cluster
        return cc.ContainerCluster(
            self,
            "cluster",
            name=self.name,
            location=gke.region,
            node_locations=gke.zones or None,
            deletion_protection=gke.deletion_protection,
            resource_labels=labels,
            release_channel=cc.ContainerClusterReleaseChannel(channel=gke.release_channel),
            # GKE creates the cluster with a default pool; it is deleted at once, and the
            # pools below replace it. Its node_config only hardens that short-lived pool.
            remove_default_node_pool=True,
            initial_node_count=1,
            node_config=self._node_config(labels, cc, "ContainerClusterNodeConfig"),
            lifecycle=TerraformResourceLifecycle(ignore_changes=["node_config"]),
            network=self.network.id,
            subnetwork=self.subnetwork.id,
            networking_mode="VPC_NATIVE",
            ip_allocation_policy=cc.ContainerClusterIpAllocationPolicy(
                cluster_secondary_range_name=PODS_RANGE, services_secondary_range_name=SERVICES_RANGE
            ),
            private_cluster_config=cc.ContainerClusterPrivateClusterConfig(
                enable_private_nodes=True,
                enable_private_endpoint=gke.private_endpoint,
                master_ipv4_cidr_block=gke.network.master_cidr,
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
            addons_config=cc.ContainerClusterAddonsConfig(
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

    def _node_config(self, labels: dict[str, str], module, prefix: str, pool: NodePoolSpec | None = None):
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
            service_account=self.node_service_account.email,
            oauth_scopes=[CLOUD_PLATFORM_SCOPE],
            # Pods see the GKE metadata server: Workload Identity, and no node credentials.
            workload_metadata_config=getattr(module, f"{prefix}WorkloadMetadataConfig")(mode="GKE_METADATA"),
            shielded_instance_config=getattr(module, f"{prefix}ShieldedInstanceConfig")(
                enable_secure_boot=True, enable_integrity_monitoring=True
            ),
            metadata={"disable-legacy-endpoints": "true"},
            resource_labels=labels,
        )

    def _node_pool(self, pool: NodePoolSpec, labels: dict[str, str]) -> container_node_pool.ContainerNodePool:
        gke = self._gke
        np = container_node_pool
        return np.ContainerNodePool(
            self,
            f"pool-{pool.name}",
            name=pool.name,
            cluster=self.cluster.id,
            location=gke.region,
            initial_node_count=self.spec.clusters[0].initial_nodes_per_zone(pool),
            # initial_node_count forces a new pool when changed; the autoscaler owns the size after creation.
            lifecycle=TerraformResourceLifecycle(ignore_changes=["initial_node_count"]),
            autoscaling=np.ContainerNodePoolAutoscaling(
                total_min_node_count=pool.min_nodes, total_max_node_count=pool.max_nodes, location_policy="BALANCED"
            ),
            management=np.ContainerNodePoolManagement(auto_repair=True, auto_upgrade=True),
            # A replacement node joins before one drains: a fleet never loses two pods to an upgrade.
            upgrade_settings=np.ContainerNodePoolUpgradeSettings(strategy="SURGE", max_surge=1, max_unavailable=0),
            node_config=self._node_config(labels, np, "ContainerNodePoolNodeConfig", pool),
        )

    # -- edge ---------------------------------------------------------------------------------

    def _edge(self) -> None:
        spec = self.spec
        self.static_ip = None
        self.security_policy = None
        self.ssl_policy = None
        if spec.edge is None:
            return
        # A GCE Ingress can only use a *global* address (the 2019 regional one never worked).
        self.static_ip = compute_global_address.ComputeGlobalAddress(
            self, "edge-ip", name=spec.static_ip_name, address_type="EXTERNAL", ip_version="IPV4"
        )
        # The edge's FrontendConfig names this policy: no TLS 1.0 or 1.1, no weak ciphers.
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

    def _grant(self, grantee: str, role: str, member: str) -> None:
        """Grant a project role; the resource is named `<grantee>-<role>` (e.g. nodes-logging-logWriter)."""
        short_role = re.sub(r"[^A-Za-z0-9]", "-", role.removeprefix("roles/"))
        project_iam_member.ProjectIamMember(
            self, f"{grantee}-{short_role}", project=self._gke.project, role=role, member=member
        )

    def _outputs(self) -> None:
        gke = self._gke
        TerraformOutput(self, "cluster_name", value=self.cluster.name, description="GKE cluster name")
        TerraformOutput(
            self, "cluster_endpoint", value=self.cluster.endpoint, description="control plane IP (not a credential)"
        )
        command = f"gcloud container clusters get-credentials {self.name} --region {gke.region} --project {gke.project}"
        TerraformOutput(
            self,
            "get_credentials",
            value=command,
            description="command that configures kubectl (credentials come from gcloud, never from this state)",
        )
        if self.static_ip is not None:
            TerraformOutput(
                self,
                "static_ip_address",
                value=self.static_ip.address,
                description=f"global address {self.spec.static_ip_name}: point the edge domains' A records here",
            )


def synth_stack(spec: ClusterSpec, outdir: str | Path) -> Path:
    """Write the stack's Terraform JSON under `outdir` (cdktf's layout); returns its cdk.tf.json."""
    app = App(outdir=str(outdir))
    stack = GkeStack(app, spec=spec)
    app.synth()
    return Path(outdir) / "stacks" / stack.name / "cdk.tf.json"
