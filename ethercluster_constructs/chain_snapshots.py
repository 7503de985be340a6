"""Scheduled VolumeSnapshots of a fleet's chain volumes, and the snapshot class they use."""

from __future__ import annotations

import re
from collections.abc import Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches
from .api_script import ApiScript
from .chain_storage import CSI_PROVISIONER
from .errors import EtherclusterError, quoted
from .ethereum_node import EthereumNode
from .node_containers import HEALTH_IMAGE
from .validation import dns_label, non_negative_int, one_of

_CRON_FIELD = r"(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?(,(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?)*"
_CRON = re.compile(rf"^{_CRON_FIELD}( {_CRON_FIELD}){{4}}$")
DELETION_POLICIES = ("Retain", "Delete")


class ChainSnapshotClass(Construct):
    """A VolumeSnapshotClass on the GKE PD CSI driver.

    Props: name; deletion_policy "Retain" (default: deleting a VolumeSnapshot object keeps
    the disk snapshot) or "Delete". Attributes: `name`, `deletion_policy`.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, deletion_policy: str = "Retain") -> None:
        super().__init__(scope, id)
        self.name = dns_label("ChainSnapshotClass.name", name)
        self.deletion_policy = one_of("ChainSnapshotClass.deletion_policy", deletion_policy, DELETION_POLICIES)
        # Imported here, not at the top: the binding loads its jsii assembly at import, and
        # only a spec with snapshots needs it.
        from .crds.volumesnapshotclass.io.k8s.storage.snapshot import (
            VolumeSnapshotClass,
            VolumeSnapshotClassDeletionPolicy,
        )

        snapshot_class = VolumeSnapshotClass(
            self,
            "Resource",
            metadata=cdk8s.ApiObjectMetadata(name=self.name),
            driver=CSI_PROVISIONER,
            deletion_policy={
                "Retain": VolumeSnapshotClassDeletionPolicy.RETAIN,
                "Delete": VolumeSnapshotClassDeletionPolicy.DELETE,
            }[deletion_policy],
        )
        _patches.cluster_scoped(snapshot_class)


MAX_KEEP = 100
STALE_SECONDS = 2 * 86400
"""A snapshot not ready two days after it was requested failed (a first full copy of a
multi-TiB disk takes hours, not days); the job then removes it."""


class ChainSnapshots(Construct):
    """A CronJob that snapshots one replica's chain volumes and keeps the newest `keep`.

    It only ever removes snapshots it created itself (by label), never the node's
    bootstrap snapshots, and removes snapshots still unready after STALE_SECONDS. With a
    "Retain" class it needs one cluster-wide grant, `patch` on VolumeSnapshotContents, to
    mark a pruned snapshot's content for deletion; with a "Delete" class it needs none
    (see docs/security.md).

    Crash-consistent snapshots are safe for these clients: their databases (LevelDB/Pebble
    with a write-ahead log, MDBX for erigon) recover from a power cut, and a geth-family node
    rewinds to its last persisted state and re-imports the few blocks after it. See
    docs/snapshots.md.

    Props (keyword-only):
        node: the EthereumNode whose volumes to snapshot.
        snapshot_class: the ChainSnapshotClass to use.
        schedule: five-field cron expression, UTC. Default "0 3 * * *" (daily 03:00).
        keep: ready snapshots to keep per volume. Default 7.
        replica: ordinal of the replica to snapshot, below the fleet's replicas (or its
            autoscaling minimum, so it always exists). Default 0.
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
        api_server_ranges: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not isinstance(schedule, str) or not _CRON.match(schedule):
            raise EtherclusterError(
                f"ChainSnapshots.schedule={quoted(schedule)} is not a five-field cron expression, e.g. '0 3 * * *'"
            )
        if non_negative_int("ChainSnapshots.keep", keep) < 1:
            raise EtherclusterError("ChainSnapshots.keep=0 must be at least 1: pruning would delete every snapshot")
        if keep > MAX_KEEP:
            raise EtherclusterError(f"ChainSnapshots.keep={keep} is above {MAX_KEEP}")
        non_negative_int("ChainSnapshots.replica", replica)
        if node.autoscaling is None and replica >= max(node.replicas, 1):
            raise EtherclusterError(
                f"ChainSnapshots.replica={replica} does not exist: fleet {node.name!r} has {node.replicas} replicas"
            )
        if node.autoscaling is not None and replica >= node.autoscaling.min_replicas:
            raise EtherclusterError(
                f"ChainSnapshots.replica={replica} may not exist: fleet {node.name!r} scales down to "
                f"{node.autoscaling.min_replicas} replicas"
            )
        namespace, name = node.namespace, f"{node.name}-snapshots"
        # The job's script; it imports urllib and ssl, so only a spec with snapshots loads it.
        from .pod_scripts.snapshot_volumes import API_CALLS, CONTENT_CALLS

        delete_content = snapshot_class.deletion_policy == "Retain"
        self.role_rules = sorted(API_CALLS if delete_content else API_CALLS - CONTENT_CALLS)
        protected = [s for s in (node.bootstrap_snapshot, node.consensus_bootstrap_snapshot) if s]
        script = ApiScript(
            self,
            "Script",
            name=name,
            namespace=namespace,
            labels={"app.kubernetes.io/name": "chain-snapshots", "app.kubernetes.io/instance": name},
            script="snapshot_volumes.py",
            image=image,
            env={
                "FLEET": node.name,
                "REPLICA": str(replica),
                "CLAIMS": ",".join(node.claim_names),
                "KEEP": str(keep),
                "SNAPSHOT_CLASS": snapshot_class.name,
                "CREATED_BY": name,
                "PROTECTED": ",".join(protected),
                "STALE_SECONDS": str(STALE_SECONDS),
                "DELETE_CONTENT": "1" if delete_content else "0",
            },
            api_server_ranges=api_server_ranges,
        )
        labels = script.labels
        script.bind(
            k8s.KubeRole(
                self,
                "Role",
                metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=labels),
                rules=_rules([(r, v) for r, v in self.role_rules if r == "volumesnapshots"]),
            )
        )
        if delete_content:
            # Contents are cluster-scoped: the prune marks the ones it removes for deletion.
            # RBAC cannot narrow this to the job's own contents (their names are generated);
            # docs/security.md explains the grant and how to avoid it (a "Delete" class).
            cluster_role = k8s.KubeClusterRole(
                self,
                "ClusterRole",
                metadata=k8s.ObjectMeta(name=f"{namespace}-{name}", labels=labels),
                rules=_rules([(r, v) for r, v in self.role_rules if r == "volumesnapshotcontents"]),
            )
            _patches.cluster_scoped(cluster_role)
            _patches.cluster_scoped(script.bind(cluster_role))
        minute, hour, day, month, week_day = schedule.split()
        self.cron_job = kplus.CronJob(
            self,
            "CronJob",
            metadata=script.workload_meta(),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels),
            schedule=cdk8s.Cron.schedule(minute=minute, hour=hour, day=day, month=month, week_day=week_day),
            time_zone="Etc/UTC",
            # Never two runs at once: a slow snapshot must not overlap the next.
            concurrency_policy=kplus.ConcurrencyPolicy.FORBID,
            starting_deadline=cdk8s.Duration.hours(1),
            successful_jobs_retained=3,
            failed_jobs_retained=3,
            backoff_limit=2,
            service_account=script.account,
            automount_service_account_token=True,
            security_context=script.pod_security,
            containers=[script.container],
        )
        _patches.harden_pod(self.cron_job, containers=("containers/0",), template="/spec/jobTemplate/spec/template")


def _rules(calls: list[tuple[str, str]]) -> list[k8s.PolicyRule]:
    by_resource: dict[str, list[str]] = {}
    for resource, verb in calls:
        by_resource.setdefault(resource, []).append(verb)
    return [
        k8s.PolicyRule(api_groups=["snapshot.storage.k8s.io"], resources=[resource], verbs=sorted(verbs))
        for resource, verbs in sorted(by_resource.items())
    ]
