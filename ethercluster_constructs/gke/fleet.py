"""The fleet (GKE Hub) that joins the clusters of a multi-region spec.

Multi-cluster Services (MCS: ServiceExport/ServiceImport) and the multi-cluster Gateway
(`gke-l7-global-external-managed-mc`) need every cluster registered in one fleet, with fleet
Workload Identity, the `multiclusterservicediscovery` and `multiclusteringress` features on,
and the latter pointed at the config cluster's membership: the cluster whose Gateway,
HTTPRoutes and policies the controller reads (`gke.config_cluster`).

Sources (Google Cloud documentation, read 2026-11-30):
- https://cloud.google.com/kubernetes-engine/docs/how-to/multi-cluster-services: MCS needs
  VPC-native clusters in one VPC (or peered/Shared VPC) with Workload Identity, manages the
  Cloud DNS records and the firewall rules between the fleet's pods itself, and uses Cloud
  Service Mesh (trafficdirector) as its control plane; its importer runs as the Kubernetes
  service account gke-mcs/gke-mcs-importer, which needs roles/compute.networkViewer.
- https://cloud.google.com/kubernetes-engine/docs/how-to/enabling-multi-cluster-gateways:
  the Gateway API on (at least) the config cluster, Workload Identity, registered clusters,
  the Cloud Service Mesh, multi-cluster Services and Multi Cluster Ingress APIs, and
  `gcloud container fleet ingress enable --config-membership=...`.
- The hashicorp/google provider's own gke_hub_feature example (mirrored in
  GoogleCloudPlatform/k8s-config-connector, scripts/resource-autogen/generated/samples/
  GKEHub2-GKEHub2Feature-gkehub_feature_multi_cluster_ingress-skipped/main.tf): membership
  endpoint `//container.googleapis.com/${cluster.id}`, feature location `global`,
  `spec.multiclusteringress.config_membership = membership.id`.
Memberships are created in the `global` location (the provider's default, and what those
examples and the MCI/MCG guides use). GKE also offers regional memberships; whether the
multi-cluster Gateway accepts a regional config membership could not be confirmed offline,
so the stack keeps the documented global form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct

from ..spec import ClusterSpec
from .google_provider import install_lazy_package

if TYPE_CHECKING:
    from .stack import ClusterResources

install_lazy_package()  # before the provider import: see google_provider
from cdktf_cdktf_provider_google import gke_hub_feature, gke_hub_membership  # noqa: E402

FLEET_SERVICES = (
    "gkehub.googleapis.com",
    "multiclusterservicediscovery.googleapis.com",
    "multiclusteringress.googleapis.com",
    "trafficdirector.googleapis.com",
    "dns.googleapis.com",
    "cloudresourcemanager.googleapis.com",
)
"""The APIs of the fleet, MCS (Cloud DNS, Cloud Service Mesh) and the multi-cluster Gateway,
enabled with a multi-region spec (see the module's sources)."""

MEMBERSHIP_LOCATION = "global"
FEATURE_LOCATION = "global"
MULTI_CLUSTER_SERVICES = "multiclusterservicediscovery"
MULTI_CLUSTER_GATEWAY = "multiclusteringress"
"""The fleet feature behind both Multi Cluster Ingress and the multi-cluster Gateway controller."""

MCS_IMPORTER_ROLE = "roles/compute.networkViewer"


def mcs_importer_member(workload_pool: str) -> str:
    """The IAM member of MCS's importer, the Kubernetes service account gke-mcs/gke-mcs-importer."""
    return f"serviceAccount:{workload_pool}[gke-mcs/gke-mcs-importer]"


class Fleet:
    """A membership per cluster (named after it) and the two multi-cluster features.

    Props (keyword-only): `spec` (multi-region), `clusters` (GkeStack.clusters), `depends_on`
    (the API enablements). Its resources are created in `scope` itself, so that their
    Terraform names are the ids below.

    Attributes: `memberships` (cluster name -> membership), `services_feature`,
    `gateway_feature`, `config_membership` (the config cluster's).
    """

    def __init__(
        self, scope: Construct, *, spec: ClusterSpec, clusters: dict[str, ClusterResources], depends_on: list
    ) -> None:
        hub = gke_hub_membership
        self.memberships = {
            name: hub.GkeHubMembership(
                scope,
                f"membership-{name}",
                membership_id=name,
                location=MEMBERSHIP_LOCATION,
                endpoint=hub.GkeHubMembershipEndpoint(
                    gke_cluster=hub.GkeHubMembershipEndpointGkeCluster(
                        resource_link=f"//container.googleapis.com/{resources.cluster.id}"
                    )
                ),
                # Fleet Workload Identity: the cluster's own OIDC issuer (what
                # `gcloud container fleet memberships register --enable-workload-identity` sets).
                authority=hub.GkeHubMembershipAuthority(
                    issuer=f"https://container.googleapis.com/v1/{resources.cluster.id}"
                ),
                labels={"app": "ethercluster", "cluster": name},
                depends_on=depends_on,
            )
            for name, resources in clusters.items()
        }
        self.config_membership = self.memberships[spec.config_cluster.name]
        feature = gke_hub_feature
        self.services_feature = feature.GkeHubFeature(
            scope,
            "fleet-multi-cluster-services",
            name=MULTI_CLUSTER_SERVICES,
            location=FEATURE_LOCATION,
            depends_on=depends_on,
        )
        self.gateway_feature = feature.GkeHubFeature(
            scope,
            "fleet-multi-cluster-gateway",
            name=MULTI_CLUSTER_GATEWAY,
            location=FEATURE_LOCATION,
            spec=feature.GkeHubFeatureSpec(
                multiclusteringress=feature.GkeHubFeatureSpecMulticlusteringress(
                    config_membership=self.config_membership.id
                )
            ),
            depends_on=depends_on,
        )
