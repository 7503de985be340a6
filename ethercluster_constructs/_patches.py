"""Every escape hatch around cdk8s-plus-27 lives here, each with the reason it exists.

cdk8s-plus-27 has no StatefulSet volumeClaimTemplates or claim retention policy, no pod
seccompProfile and no topologySpreadConstraints. These functions add them as JSON patches
on the synthesized object, so the rest of the library keeps using the L2 constructs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cdk8s import ApiObject, Chart, JsonPatch
from constructs import IConstruct

from . import _values


@dataclass(frozen=True)
class ClaimTemplate:
    """One volumeClaimTemplate. `users` are JSON-pointer prefixes ("containers/0") that mount it."""

    name: str
    storage_class: str
    size: str
    mount_path: str
    users: tuple[str, ...]
    data_source_snapshot: str | None = None


def add_claim_templates(statefulset: IConstruct, claims: list[ClaimTemplate]) -> None:
    """Give each replica its own PersistentVolumeClaims, kept on scale-down and on delete.

    Each claim is mounted at index 0 of its users' volumeMounts, which must already exist.
    """
    templates = []
    patches = []
    for claim in claims:
        spec: dict = {
            "accessModes": ["ReadWriteOnce"],
            "storageClassName": claim.storage_class,
            # A Quantity, not a plain string: cdk8s resolves this schema field as a Quantity
            # and would turn a string into null.
            "resources": {"requests": {"storage": _values.quantity(claim.size)}},
        }
        if claim.data_source_snapshot:
            spec["dataSourceRef"] = {
                "apiGroup": "snapshot.storage.k8s.io",
                "kind": "VolumeSnapshot",
                "name": claim.data_source_snapshot,
            }
        templates.append({"metadata": {"name": claim.name}, "spec": spec})
        patches += [
            _add(f"/spec/template/spec/{user}/volumeMounts/0", {"name": claim.name, "mountPath": claim.mount_path})
            for user in claim.users
        ]
    _api_object(statefulset).add_json_patch(
        JsonPatch.add("/spec/volumeClaimTemplates", templates),
        # Retain/Retain: chain data is never deleted as a side effect of scaling or deleting.
        _add("/spec/persistentVolumeClaimRetentionPolicy", {"whenDeleted": "Retain", "whenScaled": "Retain"}),
        *patches,
    )


def harden_pod(workload: IConstruct, *, containers: tuple[str, ...], template: str = "/spec/template") -> None:
    """Pod seccomp RuntimeDefault and `capabilities: drop: [ALL]` on each container.

    Both are required by the "restricted" Pod Security Standard; cdk8s-plus-27 has no pod
    seccompProfile and its Capability enum has no "ALL". `containers` are JSON-pointer
    prefixes such as "containers/0" whose securityContext already exists.
    """
    _api_object(workload).add_json_patch(
        _add(f"{template}/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"}),
        *(
            _add(f"{template}/spec/{container}/securityContext/capabilities", {"drop": ["ALL"]})
            for container in containers
        ),
    )


def spread_across_nodes_and_zones(workload: IConstruct, match_labels: dict[str, str]) -> None:
    """At most one replica per node (hard), and an even spread over zones (soft).

    The zone rule is soft because a replica's disk pins it to one zone: a hard rule could
    leave a pod unschedulable when one zone is short of capacity.
    """
    selector = {"matchLabels": dict(match_labels)}
    _api_object(workload).add_json_patch(
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
        api_object.add_json_patch(_remove("/metadata/namespace"))


def _add(path: str, value: dict) -> JsonPatch:
    """JsonPatch.add for a plain-JSON value; the same patch is reused for every object it applies to.

    Each JsonPatch is a jsii round trip to make, and cdk8s deep-copies a patch's value when it
    applies it, so sharing one is safe (and these repeat on every fleet).
    """
    return _cached_add(path, json.dumps(value))


@cache
def _cached_add(path: str, value_json: str) -> JsonPatch:
    return JsonPatch.add(path, json.loads(value_json))


@cache
def _remove(path: str) -> JsonPatch:
    """JsonPatch.remove, made once per path and shared like `_add`'s patches."""
    return JsonPatch.remove(path)


def _api_object(construct: IConstruct) -> ApiObject:
    """The ApiObject of a cdk8s-plus construct; one already found by the caller costs no jsii round trip."""
    return construct if isinstance(construct, ApiObject) else ApiObject.of(construct)
