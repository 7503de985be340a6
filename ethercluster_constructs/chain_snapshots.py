"""Scheduled VolumeSnapshots of a fleet's chain volumes, and the snapshot class they use."""

from __future__ import annotations

import re

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches, checkov_skips, pod_scripts
from .catalog import Resources
from .chain_storage import CSI_PROVISIONER
from .crds.volumesnapshotclass.io.k8s.storage.snapshot import (
    VolumeSnapshotClass,
    VolumeSnapshotClassDeletionPolicy,
)
from .errors import EtherclusterError
from .ethereum_node import EthereumNode
from .node_containers import HEALTH_IMAGE, RUN_AS_UID, container_resources, restricted_container
from .pod_scripts.snapshot_volumes import API_CALLS
from .validation import dns_label, non_negative_int, one_of

_CRON_FIELD = r"(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?(,(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?)*"
_CRON = re.compile(rf"^{_CRON_FIELD}( {_CRON_FIELD}){{4}}$")
DELETION_POLICIES = {
    "Retain": VolumeSnapshotClassDeletionPolicy.RETAIN,
    "Delete": VolumeSnapshotClassDeletionPolicy.DELETE,
}


class ChainSnapshotClass(Construct):
    """A VolumeSnapshotClass on the GKE PD CSI driver.

    Props: name; deletion_policy "Retain" (default: deleting a VolumeSnapshot object keeps
    the disk snapshot) or "Delete". Attribute: `name`.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, deletion_policy: str = "Retain") -> None:
        super().__init__(scope, id)
        self.name = dns_label("ChainSnapshotClass.name", name)
        one_of("ChainSnapshotClass.deletion_policy", deletion_policy, DELETION_POLICIES)
        snapshot_class = VolumeSnapshotClass(
            self,
            "Resource",
            metadata=cdk8s.ApiObjectMetadata(name=self.name),
            driver=CSI_PROVISIONER,
            deletion_policy=DELETION_POLICIES[deletion_policy],
        )
        _patches.cluster_scoped(snapshot_class)


class ChainSnapshots(Construct):
    """A CronJob that snapshots one replica's chain volumes and keeps the newest `keep`.

    Crash-consistent snapshots are safe for these clients: their databases (LevelDB/Pebble
    with a write-ahead log, MDBX for erigon) recover from a power cut, and a geth-family node
    rewinds to its last persisted state and re-imports the few blocks after it. See
    docs/snapshots.md.

    Props (keyword-only):
        node: the EthereumNode whose volumes to snapshot.
        snapshot_class: the ChainSnapshotClass to use.
        schedule: five-field cron expression, UTC. Default "0 3 * * *" (daily 03:00).
        keep: ready snapshots to keep per volume. Default 7.
        replica: ordinal of the replica to snapshot. Default 0 (always present).
        image: a stock Python image for the job. Default node_containers.HEALTH_IMAGE.

    Attributes: `role_rules` ((resource, verb) pairs granted), `cron_job`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        node: EthereumNode,
        snapshot_class: ChainSnapshotClass,
        schedule: str = "0 3 * * *",
        keep: int = 7,
        replica: int = 0,
        image: str = HEALTH_IMAGE,
    ) -> None:
        super().__init__(scope, id)
        if not isinstance(schedule, str) or not _CRON.match(schedule):
            raise EtherclusterError(
                f"ChainSnapshots.schedule={schedule!r} is not a five-field cron expression, e.g. '0 3 * * *'"
            )
        if non_negative_int("ChainSnapshots.keep", keep) < 1:
            raise EtherclusterError("ChainSnapshots.keep=0 must be at least 1: pruning would delete every snapshot")
        non_negative_int("ChainSnapshots.replica", replica)
        if node.autoscaling is None and replica >= max(node.replicas, 1):
            raise EtherclusterError(
                f"ChainSnapshots.replica={replica} does not exist: fleet {node.name!r} has {node.replicas} replicas"
            )
        namespace, name = node.namespace, f"{node.name}-snapshots"
        labels = {"app.kubernetes.io/name": "chain-snapshots", "app.kubernetes.io/instance": name}
        self.role_rules = sorted(API_CALLS)
        namespaced = [(r, v) for r, v in self.role_rules if r == "volumesnapshots"]
        cluster_wide = [(r, v) for r, v in self.role_rules if r == "volumesnapshotcontents"]

        account = kplus.ServiceAccount(self, "Account", metadata=_meta(name, namespace, labels), automount_token=False)
        subject = k8s.Subject(kind="ServiceAccount", name=account.name, namespace=namespace)
        role = k8s.KubeRole(
            self,
            "Role",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=labels),
            rules=_rules(namespaced),
        )
        k8s.KubeRoleBinding(
            self,
            "RoleBinding",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=role.name),
            subjects=[subject],
        )
        # Contents are cluster-scoped: the prune marks the ones it removes for deletion.
        cluster_name = f"{namespace}-{name}"
        cluster_role = k8s.KubeClusterRole(
            self, "ClusterRole", metadata=k8s.ObjectMeta(name=cluster_name, labels=labels), rules=_rules(cluster_wide)
        )
        cluster_binding = k8s.KubeClusterRoleBinding(
            self,
            "ClusterRoleBinding",
            metadata=k8s.ObjectMeta(name=cluster_name, labels=labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=cluster_role.name),
            subjects=[subject],
        )
        _patches.cluster_scoped(cluster_role)
        _patches.cluster_scoped(cluster_binding)
        script = kplus.ConfigMap(
            self,
            "Script",
            metadata=_meta(name, namespace, labels),
            data={"snapshot_volumes.py": pod_scripts.read("snapshot_volumes.py")},
        )
        volume = kplus.Volume.from_config_map(self, "ScriptVolume", script, name="script")
        env = {
            "FLEET": node.name,
            "REPLICA": str(replica),
            "CLAIMS": ",".join(node.claim_names),
            "KEEP": str(keep),
            "SNAPSHOT_CLASS": snapshot_class.name,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        minute, hour, day, month, week_day = schedule.split()
        self.cron_job = kplus.CronJob(
            self,
            "CronJob",
            metadata=_meta(name, namespace, labels),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels),
            schedule=cdk8s.Cron.schedule(minute=minute, hour=hour, day=day, month=month, week_day=week_day),
            time_zone="Etc/UTC",
            # Never two runs at once: a slow snapshot must not overlap the next.
            concurrency_policy=kplus.ConcurrencyPolicy.FORBID,
            starting_deadline=cdk8s.Duration.hours(1),
            successful_jobs_retained=3,
            failed_jobs_retained=3,
            backoff_limit=2,
            service_account=account,
            automount_service_account_token=True,
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=RUN_AS_UID, group=RUN_AS_UID),
            containers=[
                kplus.ContainerProps(
                    name="snapshot",
                    image=image,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=["python3", "/script/snapshot_volumes.py"],
                    env_variables={k: kplus.EnvValue.from_value(v) for k, v in env.items()},
                    resources=container_resources(
                        Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
                    ),
                    security_context=restricted_container(),
                    volume_mounts=[kplus.VolumeMount(path="/script", volume=volume, read_only=True)],
                )
            ],
        )
        checkov_skips.skip(cdk8s.ApiObject.of(self.cron_job), "CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_38")
        _patches.harden_pod(self.cron_job, containers=("containers/0",), template="/spec/jobTemplate/spec/template")
        policy = kplus.NetworkPolicy(
            self,
            "Egress",
            metadata=_meta(name, namespace, labels),
            selector=kplus.Pods.select(self, "JobPods", labels=labels),
        )
        dns = [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)]
        policy.add_egress_rule(kplus.Namespaces.select(self, "KubeSystem", names=["kube-system"]), dns)
        policy.add_egress_rule(
            kplus.NetworkPolicyIpBlock.any_ipv4(self, "ApiServer"),
            [kplus.NetworkPolicyPort.tcp(443), kplus.NetworkPolicyPort.tcp(6443)],
        )


def _meta(name: str, namespace: str, labels: dict[str, str]) -> cdk8s.ApiObjectMetadata:
    return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=labels)


def _rules(calls: list[tuple[str, str]]) -> list[k8s.PolicyRule]:
    by_resource: dict[str, list[str]] = {}
    for resource, verb in calls:
        by_resource.setdefault(resource, []).append(verb)
    return [
        k8s.PolicyRule(api_groups=["snapshot.storage.k8s.io"], resources=[resource], verbs=sorted(verbs))
        for resource, verbs in sorted(by_resource.items())
    ]
