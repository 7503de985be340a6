"""Every escape hatch around cdk8s-plus-27 lives here, each with the reason it exists.

cdk8s-plus-27 has no StatefulSet volumeClaimTemplates or claim retention policy, no pod
seccompProfile and no topologySpreadConstraints. These functions add them as JSON patches
on the synthesized object, so the rest of the library keeps using the L2 constructs.
"""

from __future__ import annotations

from cdk8s import ApiObject, Chart, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import IConstruct


def add_claim_template(
    statefulset: IConstruct,
    *,
    name: str,
    storage_class: str,
    size: str,
    mount_path: str,
    containers: tuple[str, ...],
    data_source_snapshot: str | None = None,
) -> None:
    """Give each replica its own PersistentVolumeClaim, kept on scale-down and on delete.

    `containers` are JSON-pointer prefixes (for example "containers/0") that mount the claim.
    The claim is mounted at index 0 of each container's volumeMounts, which therefore
    must already exist.
    """
    claim_spec: dict = {
        "accessModes": ["ReadWriteOnce"],
        "storageClassName": storage_class,
        # A Quantity, not a plain string: cdk8s resolves this schema field as a Quantity
        # and would turn a string into null.
        "resources": {"requests": {"storage": k8s.Quantity.from_string(size)}},
    }
    if data_source_snapshot:
        claim_spec["dataSourceRef"] = {
            "apiGroup": "snapshot.storage.k8s.io",
            "kind": "VolumeSnapshot",
            "name": data_source_snapshot,
        }
    patches = [
        JsonPatch.add("/spec/volumeClaimTemplates", [{"metadata": {"name": name}, "spec": claim_spec}]),
        # Retain/Retain: chain data is never deleted as a side effect of scaling or deleting.
        JsonPatch.add("/spec/persistentVolumeClaimRetentionPolicy", {"whenDeleted": "Retain", "whenScaled": "Retain"}),
    ]
    patches += [
        JsonPatch.add(f"/spec/template/spec/{container}/volumeMounts/0", {"name": name, "mountPath": mount_path})
        for container in containers
    ]
    ApiObject.of(statefulset).add_json_patch(*patches)


def harden_pod(workload: IConstruct, *, containers: tuple[str, ...]) -> None:
    """Pod seccomp RuntimeDefault and `capabilities: drop: [ALL]` on each container.

    Both are required by the "restricted" Pod Security Standard; cdk8s-plus-27 has no pod
    seccompProfile and its Capability enum has no "ALL". `containers` are JSON-pointer
    prefixes such as "containers/0" whose securityContext already exists.
    """
    ApiObject.of(workload).add_json_patch(
        JsonPatch.add("/spec/template/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"}),
        *(
            JsonPatch.add(f"/spec/template/spec/{container}/securityContext/capabilities", {"drop": ["ALL"]})
            for container in containers
        ),
    )


def spread_across_nodes_and_zones(workload: IConstruct, match_labels: dict[str, str]) -> None:
    """At most one replica per node (hard), and an even spread over zones (soft).

    The zone rule is soft because a replica's disk pins it to one zone: a hard rule could
    leave a pod unschedulable when one zone is short of capacity.
    """
    selector = {"matchLabels": dict(match_labels)}
    ApiObject.of(workload).add_json_patch(
        JsonPatch.add(
            "/spec/template/spec/topologySpreadConstraints",
            [
                {
                    "maxSkew": 1,
                    "topologyKey": "kubernetes.io/hostname",
                    "whenUnsatisfiable": "DoNotSchedule",
                    "labelSelector": selector,
                },
                {
                    "maxSkew": 1,
                    "topologyKey": "topology.kubernetes.io/zone",
                    "whenUnsatisfiable": "ScheduleAnyway",
                    "labelSelector": selector,
                },
            ],
        )
    )


def cluster_scoped(api_object: ApiObject) -> None:
    """Drop the namespace a namespaced Chart stamps on every object, for a cluster-scoped kind."""
    if Chart.of(api_object).namespace:
        api_object.add_json_patch(JsonPatch.remove("/metadata/namespace"))
