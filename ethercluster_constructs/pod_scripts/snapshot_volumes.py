"""Snapshot one replica's chain volumes and prune old snapshots. Runs from a CronJob.

For each claim template name in CLAIMS, it snapshots `<claim>-<FLEET>-<REPLICA>` (the
StatefulSet's claim of the designated replica) as a VolumeSnapshot labelled with the fleet,
the claim and CREATED_BY (this job's name). Then, among the snapshots carrying all three
labels, so only ones this job made:

- it keeps the newest KEEP ready ones, ordered by `status.creationTime` (when the disk was
  captured, not when the object was written), and removes the older ones;
- it removes snapshots still not ready STALE_SECONDS after they were created (a capture
  that failed), so they cannot pile up; a younger unready one is left alone;
- it never removes a snapshot named in PROTECTED (the fleet's bootstrap snapshots: new
  replicas' claims are created from them).

Removing a snapshot: if DELETE_CONTENT is "1" (the class retains contents, so the prune is
the one place a disk snapshot is removed, on purpose), it first sets the
VolumeSnapshotContent's deletionPolicy to Delete; then it deletes the VolumeSnapshot.

Every API call it can make is listed in API_CALLS; its RBAC grants exactly these.
Standard library only. Environment: FLEET, REPLICA, CLAIMS (comma-separated), KEEP,
SNAPSHOT_CLASS, CREATED_BY, PROTECTED (comma-separated, may be empty), STALE_SECONDS,
DELETE_CONTENT; API_URL and ACCOUNT_DIR only to point it at a test server.
"""

from __future__ import annotations

import json
import os
import ssl
import sys
import time
import urllib.request
from datetime import UTC, datetime

SNAPSHOT_API = "/apis/snapshot.storage.k8s.io/v1"
API_CALLS = frozenset(
    {
        ("volumesnapshots", "create"),
        ("volumesnapshots", "list"),
        ("volumesnapshots", "delete"),
        ("volumesnapshotcontents", "patch"),
    }
)
CONTENT_CALLS = frozenset(call for call in API_CALLS if call[0] == "volumesnapshotcontents")
"""Cluster-scoped calls, made only with DELETE_CONTENT=1."""
FLEET_LABEL = "ethercluster.io/fleet"
CLAIM_LABEL = "ethercluster.io/claim"
CREATED_BY_LABEL = "ethercluster.io/created-by"


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


def snapshot(api: Api, fleet: str, replica: int, claim: str, snapshot_class: str, stamp: str, creator: str) -> str:
    name = f"{fleet}-{claim}-{stamp}"
    api.call(
        "POST",
        f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots",
        {
            "apiVersion": "snapshot.storage.k8s.io/v1",
            "kind": "VolumeSnapshot",
            "metadata": {"name": name, "labels": {FLEET_LABEL: fleet, CLAIM_LABEL: claim, CREATED_BY_LABEL: creator}},
            "spec": {
                "volumeSnapshotClassName": snapshot_class,
                "source": {"persistentVolumeClaimName": f"{claim}-{fleet}-{replica}"},
            },
        },
    )
    return name


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def to_prune(items: list[dict], *, keep: int, protected: set[str], stale_seconds: int, now: datetime) -> list[dict]:
    """The snapshots to remove: ready ones beyond the newest `keep`, and stale unready ones."""
    candidates = [s for s in items if s["metadata"]["name"] not in protected]
    ready = [s for s in candidates if (s.get("status") or {}).get("readyToUse") and s["status"].get("creationTime")]
    ready.sort(key=lambda s: _time(s["status"]["creationTime"]), reverse=True)
    unready = [s for s in candidates if not (s.get("status") or {}).get("readyToUse")]
    stale = [s for s in unready if (now - _time(s["metadata"]["creationTimestamp"])).total_seconds() > stale_seconds]
    return ready[keep:] + stale


def prune(api: Api, env: dict[str, str], claim: str, now: datetime) -> list[str]:
    selector = f"{FLEET_LABEL}={env['FLEET']},{CLAIM_LABEL}={claim},{CREATED_BY_LABEL}={env['CREATED_BY']}"
    listing = api.call("GET", f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots?labelSelector={selector}")
    old = to_prune(
        listing.get("items", []),
        keep=int(env["KEEP"]),
        protected={name for name in env.get("PROTECTED", "").split(",") if name},
        stale_seconds=int(env["STALE_SECONDS"]),
        now=now,
    )
    pruned = []
    for item in old:
        content = (item.get("status") or {}).get("boundVolumeSnapshotContentName")
        if content and env.get("DELETE_CONTENT") == "1":
            api.call(
                "PATCH",
                f"{SNAPSHOT_API}/volumesnapshotcontents/{content}",
                {"spec": {"deletionPolicy": "Delete"}},
                content_type="application/merge-patch+json",
            )
        api.call("DELETE", f"{SNAPSHOT_API}/namespaces/{api.namespace}/volumesnapshots/{item['metadata']['name']}")
        pruned.append(item["metadata"]["name"])
    return pruned


def main(env: dict[str, str]) -> int:
    api = Api(
        env.get("API_URL", "https://kubernetes.default.svc"),
        env.get("ACCOUNT_DIR", "/var/run/secrets/kubernetes.io/serviceaccount"),
    )
    fleet, replica = env["FLEET"], int(env["REPLICA"])
    now = datetime.now(UTC)
    stamp = time.strftime("%Y%m%d-%H%M%S", now.timetuple())
    for claim in env["CLAIMS"].split(","):
        print("created", snapshot(api, fleet, replica, claim, env["SNAPSHOT_CLASS"], stamp, env["CREATED_BY"]))
        for name in prune(api, env, claim, now):
            print("pruned", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(dict(os.environ)))
