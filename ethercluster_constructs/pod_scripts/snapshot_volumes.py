"""Snapshot one replica's chain volumes and prune old snapshots. Runs from a CronJob.

For each claim template name in CLAIMS, it snapshots `<claim>-<FLEET>-<REPLICA>` (the
StatefulSet's claim of the designated replica) as a VolumeSnapshot labelled with the fleet
and claim. It then keeps the newest KEEP ready snapshots of that claim. For each older one
it first sets its VolumeSnapshotContent's deletionPolicy to Delete (the class retains
contents by default, so this prune is the one place a disk snapshot is removed, on
purpose), then deletes the VolumeSnapshot. Snapshots that are not ready yet are never
pruned, so a failing snapshot run cannot eat into the good ones.

Every API call it makes is listed in API_CALLS; its RBAC grants exactly these.
Standard library only. Environment: FLEET, REPLICA, CLAIMS (comma-separated), KEEP,
SNAPSHOT_CLASS; API_URL and ACCOUNT_DIR only to point it at a test server.
"""

from __future__ import annotations

import json
import os
import ssl
import sys
import time
import urllib.request

SNAPSHOT_API = "/apis/snapshot.storage.k8s.io/v1"
API_CALLS = frozenset(
    {
        ("volumesnapshots", "create"),
        ("volumesnapshots", "list"),
        ("volumesnapshots", "delete"),
        ("volumesnapshotcontents", "patch"),
    }
)
FLEET_LABEL = "ethercluster.io/fleet"
CLAIM_LABEL = "ethercluster.io/claim"


class Api:
    def __init__(self, url: str, account_dir: str) -> None:
        self.url = url.rstrip("/")
        with open(f"{account_dir}/token") as file:
            self.token = file.read().strip()
        with open(f"{account_dir}/namespace") as file:
            self.namespace = file.read().strip()
        ca = f"{account_dir}/ca.crt"
        self.context = ssl.create_default_context(cafile=ca) if os.path.exists(ca) else None

    def call(self, method: str, path: str, body: dict | None = None, content_type: str = "application/json") -> dict:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode() if body is not None else None,
            method=method,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": content_type},
        )
        with urllib.request.urlopen(request, context=self.context, timeout=60) as response:
            return json.loads(response.read() or b"{}")


def snapshot(api: Api, fleet: str, replica: int, claim: str, snapshot_class: str, stamp: str) -> str:
    name = f"{fleet}-{claim}-{stamp}"
    api.call(
        "POST",
        f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots",
        {
            "apiVersion": "snapshot.storage.k8s.io/v1",
            "kind": "VolumeSnapshot",
            "metadata": {"name": name, "labels": {FLEET_LABEL: fleet, CLAIM_LABEL: claim}},
            "spec": {
                "volumeSnapshotClassName": snapshot_class,
                "source": {"persistentVolumeClaimName": f"{claim}-{fleet}-{replica}"},
            },
        },
    )
    return name


def prune(api: Api, fleet: str, claim: str, keep: int) -> list[str]:
    selector = f"{FLEET_LABEL}={fleet},{CLAIM_LABEL}={claim}"
    listing = api.call("GET", f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots?labelSelector={selector}")
    ready = [s for s in listing.get("items", []) if (s.get("status") or {}).get("readyToUse")]
    ready.sort(key=lambda s: s["metadata"]["creationTimestamp"], reverse=True)
    pruned = []
    for old in ready[keep:]:
        content = (old.get("status") or {}).get("boundVolumeSnapshotContentName")
        if content:
            api.call(
                "PATCH",
                f"{SNAPSHOT_API}/volumesnapshotcontents/{content}",
                {"spec": {"deletionPolicy": "Delete"}},
                content_type="application/merge-patch+json",
            )
        api.call("DELETE", f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots/{old['metadata']['name']}")
        pruned.append(old["metadata"]["name"])
    return pruned


def main(env: dict[str, str]) -> int:
    api = Api(
        env.get("API_URL", "https://kubernetes.default.svc"),
        env.get("ACCOUNT_DIR", "/var/run/secrets/kubernetes.io/serviceaccount"),
    )
    fleet, replica, keep = env["FLEET"], int(env["REPLICA"]), int(env["KEEP"])
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    for claim in env["CLAIMS"].split(","):
        print("created", snapshot(api, fleet, replica, claim, env["SNAPSHOT_CLASS"], stamp))
        for name in prune(api, fleet, claim, keep):
            print("pruned", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(dict(os.environ)))
