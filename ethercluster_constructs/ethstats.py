"""EthStats: a network stats dashboard that the nodes of one network report to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from . import _patches, _values, checkov_skips
from .catalog import EthstatsTarget, Resources
from .dns import dns_egress
from .generated_secret import GeneratedSecret
from .network_policy import allow_from, ip_block, network_policy, pods, tcp
from .node_containers import RUN_AS_UID, container_resources, restricted_container
from .validation import dns_label, pinned_image
from .validation import port as validate_port

ETHSTATS_IMAGE = "skylenet/ethstats-server:pow-latest"
"""goerli/ethstats-server is the one ethstats server still maintained; it publishes no image
of its own, and this build is the one the ethpandaops chart deploys. The tag moves, and no
digest of it could be verified from this project's build machines (no container registry is
reachable there): pin one through `image` (see docs/security.md, "Images"), which refuses
anything but a digest. tests/test_hardening.py tracks this default as a known gap."""
ETHSTATS_PORT = 3000
ETHSTATS_COMPONENT = "ethstats"
"""`app.kubernetes.io/component` of the dashboard's pods and Service."""
CLUSTER_SET_DOMAIN = "svc.clusterset.local"
"""Multi-cluster Services: an exported Service `<svc>` of namespace `<ns>` answers at
`<svc>.<ns>.svc.clusterset.local` in every cluster of the fleet (GKE docs, "Multi-cluster
Services"; the name scheme of kubernetes-sigs/mcs-api KEP-1645)."""


class EthStats(Construct):
    """An ethstats dashboard: a Deployment, a Service and the WebSocket secret.

    Nodes report to it with their client's own ethstats flag (EthereumNode's `ethstats`
    prop); the secret reaches them and the server through a Secret, never as a literal.

    Props (keyword-only):
        name: name of the Deployment and Service (DNS-1123 label).
        namespace: namespace of every object.
        secret_name: an existing Secret holding the WebSocket secret under `secret_key`.
            Default None: a GeneratedSecret `<name>-secret` is created in the cluster.
        secret_key: key in that Secret. Default "WS_SECRET".
        image: server image. Default ETHSTATS_IMAGE.
        port: server port (UI, node reports at /api). Default 3000.
        api_server_ranges: where the secret-creating Job may reach the API server (see ApiScript).
        remote_reporter_ranges: pod ranges (CIDRs) of other clusters whose nodes report here
            through the multi-cluster Service (see RemoteEthStats). Default none.

    Attributes: `name`, `namespace`, `service`, `port`, `secret_name`, `secret_key`,
    `selector_labels`, `target` (EthstatsTarget for the nodes), `remote_pod_ranges` (always
    empty: the dashboard is in the nodes' own cluster).
    """

    remote_pod_ranges: tuple[str, ...] = ()

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        secret_name: str | None = None,
        secret_key: str = "WS_SECRET",
        image: str = ETHSTATS_IMAGE,
        port: int = ETHSTATS_PORT,
        api_server_ranges: Sequence[str] | None = None,
        remote_reporter_ranges: Sequence[str] = (),
    ) -> None:
        super().__init__(scope, id)
        self.name = dns_label("EthStats.name", name, max_length=50)
        self.namespace = dns_label("EthStats.namespace", namespace)
        self.port = validate_port("EthStats.port", port)
        if image != ETHSTATS_IMAGE:
            # Internet-facing: only an image pinned by digest.
            pinned_image("EthStats.image", image, digest=True)
        self.secret_key = secret_key
        if secret_name:
            self.secret_name = dns_label("EthStats.secret_name", secret_name, max_length=253)
        else:
            self.secret_name = GeneratedSecret(
                self,
                "Secret",
                namespace=namespace,
                name=f"{self.name}-secret",
                key=secret_key,
                api_server_ranges=api_server_ranges,
            ).name
        self.selector_labels = {
            "app.kubernetes.io/instance": self.name,
            "app.kubernetes.io/component": ETHSTATS_COMPONENT,
        }
        labels = {
            **self.selector_labels,
            "app.kubernetes.io/name": "ethstats",
            "app.kubernetes.io/part-of": "ethercluster",
        }
        secret = kplus.Secret.from_secret_name(self, "SecretRef", self.secret_name)
        scratch = kplus.Volume.from_empty_dir(self, "Scratch", "scratch", size_limit=_values.size("256Mi"))
        deployment = kplus.Deployment(
            self,
            "Deployment",
            metadata=cdk8s.ApiObjectMetadata(
                name=self.name,
                namespace=namespace,
                labels=labels,
                annotations=checkov_skips.annotations("CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_35"),
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels),
            select=False,
            replicas=1,
            automount_service_account_token=False,
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=RUN_AS_UID, group=RUN_AS_UID),
            containers=[
                kplus.ContainerProps(
                    name="ethstats",
                    image=image,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    env_variables={
                        "PORT": _values.env_value(str(self.port)),
                        "WS_SECRET": kplus.EnvValue.from_secret_value(kplus.SecretValue(secret=secret, key=secret_key)),
                    },
                    ports=[kplus.ContainerPort(name="http", number=self.port)],
                    resources=container_resources(
                        Resources(cpu_request="100m", cpu_limit="500m", memory_request="256Mi", memory_limit="512Mi")
                    ),
                    security_context=restricted_container(),
                    volume_mounts=[kplus.VolumeMount(path="/tmp", volume=scratch)],
                    # The server has no health endpoint; its port answers once it listens.
                    readiness=kplus.Probe.from_tcp_socket(port=self.port, period_seconds=_values.seconds(10)),
                    liveness=kplus.Probe.from_tcp_socket(
                        port=self.port, period_seconds=_values.seconds(30), failure_threshold=5
                    ),
                )
            ],
        )
        deployment.select(kplus.LabelSelector.of(labels=self.selector_labels))
        _patches.harden_pod(deployment, containers=("containers/0",))
        self.service = kplus.Service(
            self,
            "Service",
            metadata=cdk8s.ApiObjectMetadata(name=self.name, namespace=namespace, labels=labels),
            ports=[kplus.ServicePort(name="http", port=self.port, target_port=self.port)],
            selector=kplus.Pods.select(self, "ServicePods", labels=self.selector_labels),
        )
        # Nodes of this namespace report here; the edge adds its own policy when published.
        network_policy(
            self,
            "NetworkPolicy",
            metadata=cdk8s.ApiObjectMetadata(name=self.name, namespace=namespace, labels=labels),
            pod_labels=self.selector_labels,
            # Nodes of other clusters arrive from their own pod addresses (no SNAT inside the VPC).
            ingress=[allow_from(peer, [tcp(self.port)]) for peer in [pods(), *map(ip_block, remote_reporter_ranges)]],
            # It calls nothing; name resolution only, like every pod (no route to the nodes' RPC).
            egress=dns_egress(),
        )
        self.target = EthstatsTarget(host=f"{self.name}.{namespace}.svc", port=self.port)


@dataclass(frozen=True)
class RemoteEthStats:
    """An EthStats dashboard of another cluster of the same fleet (GKE Hub), as the nodes of
    this cluster see it: they report to its multi-cluster Service name, and their
    NetworkPolicy lets them reach its pods in `remote_pod_ranges` (the dashboard's cluster's
    pod range) on `port`.

    The WebSocket secret is read from a Secret of the same name in this cluster: a Secret
    generated in the dashboard's cluster does not travel, so copy it (docs/multi-region.md).
    Until then the nodes run and serve RPC; only their reports are refused.
    """

    name: str
    namespace: str
    secret_name: str
    remote_pod_ranges: tuple[str, ...]
    secret_key: str = "WS_SECRET"
    port: int = ETHSTATS_PORT
    selector_labels: dict[str, str] = field(default_factory=dict)

    @property
    def target(self) -> EthstatsTarget:
        return EthstatsTarget(host=f"{self.name}.{self.namespace}.{CLUSTER_SET_DOMAIN}", port=self.port)
