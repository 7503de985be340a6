"""ChainStorage: the StorageClass that chain volumes are provisioned from."""

from __future__ import annotations

from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches
from .validation import dns_label, one_of

CSI_PROVISIONER = "pd.csi.storage.gke.io"
"""GKE's Persistent Disk CSI driver. The in-tree kubernetes.io/gce-pd was removed in 1.28."""

DISK_TYPES = ("pd-ssd", "pd-balanced", "hyperdisk-balanced")
"""Disk types fit for chain data. pd-standard is refused: its IOPS cannot keep a node in sync."""


class ChainStorage(Construct):
    """A GKE Persistent Disk StorageClass for chain data.

    Chain data takes days to rebuild, so the class never deletes a disk by itself
    (reclaimPolicy Retain), binds a disk in the zone where its pod lands
    (WaitForFirstConsumer), and lets volumes grow in place (allowVolumeExpansion).

    Props:
        name: StorageClass name (cluster-scoped; DNS-1123 label).
        disk_type: GCE disk type, one of DISK_TYPES. Default "pd-ssd".
    """

    def __init__(self, scope: Construct, id: str, *, name: str, disk_type: str = "pd-ssd") -> None:
        super().__init__(scope, id)
        self.name = dns_label("ChainStorage.name", name)
        self.disk_type = one_of("ChainStorage.disk_type", disk_type, DISK_TYPES)
        storage_class = k8s.KubeStorageClass(
            self,
            "Resource",
            metadata={"name": self.name},
            provisioner=CSI_PROVISIONER,
            parameters={"type": self.disk_type, "csi.storage.k8s.io/fstype": "ext4"},
            reclaim_policy="Retain",
            volume_binding_mode="WaitForFirstConsumer",
            allow_volume_expansion=True,
        )
        _patches.cluster_scoped(storage_class)
