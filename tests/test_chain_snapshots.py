"""Chain data safety and scaling: snapshot class, snapshot CronJob and its RBAC, bootstrap
from a snapshot, autoscaling, and that nothing deletes chain data implicitly."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ethercluster_constructs import EtherclusterError, EthereumNode
from ethercluster_constructs.chain_snapshots import ChainSnapshotClass, ChainSnapshots
from ethercluster_constructs.ethereum_node import Autoscaling
from ethercluster_constructs.pod_scripts import snapshot_volumes
from tests.support import SPECS, container, find, find_all, pod_spec, run_app, synth, synth_spec


def snapshots_docs(node_props=None, **props) -> list[dict]:
    def build(chart):
        node = EthereumNode(chart, "classic", network="classic", **(node_props or {"replicas": 2}))
        snapshot_class = ChainSnapshotClass(chart, "class", name="chain-snapshots")
        ChainSnapshots(chart, "snapshots", node=node, snapshot_class=snapshot_class, **props)

    return synth(build)


def test_snapshot_class_uses_the_pd_csi_driver_and_retains_by_default():
    docs = snapshots_docs()
    snapshot_class = find(docs, "VolumeSnapshotClass", "chain-snapshots")
    assert snapshot_class["driver"] == "pd.csi.storage.gke.io"
    assert snapshot_class["deletionPolicy"] == "Retain"
    assert "namespace" not in snapshot_class["metadata"]
    deleting = synth(lambda chart: ChainSnapshotClass(chart, "c", name="c", deletion_policy="Delete"))
    assert find(deleting, "VolumeSnapshotClass")["deletionPolicy"] == "Delete"


def test_cron_job_snapshots_the_designated_replica_on_schedule():
    docs = snapshots_docs(schedule="30 2 * * 0", keep=4, replica=1)
    cron = find(docs, "CronJob", "classic-snapshots")
    assert cron["spec"]["schedule"] == "30 2 * * 0"
    assert cron["spec"]["timeZone"] == "Etc/UTC"
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"
    job_pod = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    env = {e["name"]: e["value"] for e in job_pod["containers"][0]["env"]}
    assert (env["FLEET"], env["REPLICA"], env["CLAIMS"], env["KEEP"]) == ("classic", "1", "data", "4")
    assert env["SNAPSHOT_CLASS"] == "chain-snapshots"
    assert job_pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert job_pod["containers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_post_merge_fleets_snapshot_both_volumes():
    def build(chart):
        node = EthereumNode(chart, "eth", network="mainnet", client="geth", consensus_client="lighthouse")
        ChainSnapshots(chart, "s", node=node, snapshot_class=ChainSnapshotClass(chart, "c", name="c"))

    cron = find(synth(build), "CronJob")
    env = {
        e["name"]: e["value"] for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["CLAIMS"] == "data,consensus-data"


class FakeApi:
    """A loopback Kubernetes API that records calls and serves a VolumeSnapshot listing."""

    def __init__(self, items: list[dict]):
        self.calls: list[tuple[str, str]] = []
        self.items = items
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, body: dict) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                fake.calls.append((self.command, self.path))
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # noqa: N802
                self._answer({"items": fake.items})

            def do_POST(self):  # noqa: N802
                self._answer({})

            do_PATCH = do_DELETE = do_POST  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def snapshot_item(name: str, created: str, ready: bool, captured: str | None = None) -> dict:
    """A VolumeSnapshot as the API lists it: `created` is when the object was written,
    `captured` (default: the same) when the disk was (status.creationTime)."""
    status = {"readyToUse": ready, "boundVolumeSnapshotContentName": f"content-{name}"}
    if ready:
        status["creationTime"] = captured or created
    return {"metadata": {"name": name, "creationTimestamp": created}, "status": status}


def run_script(tmp_path, items, keep="2", **extra_env):
    account = tmp_path / "account"
    account.mkdir()
    (account / "token").write_text("test-token")
    (account / "namespace").write_text("ethercluster")
    api = FakeApi(items)
    try:
        env = {
            "API_URL": api.url,
            "ACCOUNT_DIR": str(account),
            "FLEET": "classic",
            "REPLICA": "0",
            "CLAIMS": "data",
            "KEEP": keep,
            "SNAPSHOT_CLASS": "chain-snapshots",
            "CREATED_BY": "classic-snapshots",
            "PROTECTED": "",
            "STALE_SECONDS": "172800",
            "DELETE_CONTENT": "1",
        } | extra_env
        assert snapshot_volumes.main(env) == 0
    finally:
        api.close()
    return api.calls


def test_prune_keeps_the_newest_ready_snapshots_and_never_touches_young_unready_ones(tmp_path):
    young = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    items = [
        snapshot_item("s1", "2026-11-01T03:00:00Z", True),
        snapshot_item("s2", "2026-11-02T03:00:00Z", True),
        snapshot_item("s3", "2026-11-03T03:00:00Z", True),
        snapshot_item("s4", young, False),
    ]
    calls = run_script(tmp_path, items)
    assert calls[0][0] == "POST" and calls[0][1].endswith("/namespaces/ethercluster/volumesnapshots")
    deleted = [path.rsplit("/", 1)[1] for method, path in calls if method == "DELETE"]
    assert deleted == ["s1"]
    # The content is marked for deletion before its snapshot object goes.
    patch_index = calls.index(("PATCH", "/apis/snapshot.storage.k8s.io/v1/volumesnapshotcontents/content-s1"))
    assert patch_index < calls.index(
        ("DELETE", "/apis/snapshot.storage.k8s.io/v1/namespaces/ethercluster/volumesnapshots/s1")
    )


def _deleted(calls) -> list[str]:
    return [path.rsplit("/", 1)[1] for method, path in calls if method == "DELETE"]


def test_prune_lists_only_the_snapshots_this_job_created(tmp_path):
    calls = run_script(tmp_path, [])
    (listing,) = [path for method, path in calls if method == "GET"]
    selector = listing.split("labelSelector=", 1)[1]
    assert set(selector.split(",")) == {
        "ethercluster.io/fleet=classic",
        "ethercluster.io/claim=data",
        "ethercluster.io/created-by=classic-snapshots",
    }


def test_prune_orders_by_the_capture_time_not_the_object_time(tmp_path):
    # s-old was captured first but its object was written (restored) last.
    items = [
        snapshot_item("s-old", "2026-11-09T00:00:00Z", True, captured="2026-11-01T03:00:00Z"),
        snapshot_item("s-mid", "2026-11-02T03:00:00Z", True),
        snapshot_item("s-new", "2026-11-03T03:00:00Z", True),
    ]
    assert _deleted(run_script(tmp_path, items)) == ["s-old"]


def test_prune_never_removes_a_bootstrap_snapshot(tmp_path):
    items = [snapshot_item(f"s{i}", f"2026-11-0{i}T03:00:00Z", True) for i in range(1, 6)]
    deleted = _deleted(run_script(tmp_path, items, keep="1", PROTECTED="s1,s2"))
    assert deleted == ["s4", "s3"]  # s5 is kept; s1 and s2 are protected


def test_snapshots_never_ready_are_removed_after_the_bound(tmp_path):
    now = datetime.now(UTC)
    items = [
        snapshot_item("stuck", "2026-01-01T03:00:00Z", False),
        snapshot_item("running", now.strftime("%Y-%m-%dT%H:%M:%SZ"), False),
    ]
    calls = run_script(tmp_path, items)
    assert _deleted(calls) == ["stuck"]
    assert ("PATCH", "/apis/snapshot.storage.k8s.io/v1/volumesnapshotcontents/content-stuck") in calls


def test_with_a_delete_class_the_job_has_no_cluster_wide_grant(tmp_path):
    def build(chart):
        node = EthereumNode(chart, "classic", network="classic", replicas=2)
        snapshot_class = ChainSnapshotClass(chart, "class", name="chain-snapshots", deletion_policy="Delete")
        ChainSnapshots(chart, "snapshots", node=node, snapshot_class=snapshot_class)

    docs = synth(build)
    assert not find_all(docs, "ClusterRole") and not find_all(docs, "ClusterRoleBinding")
    cron = find(docs, "CronJob", "classic-snapshots")
    env = {
        e["name"]: e["value"] for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["DELETE_CONTENT"] == "0"
    items = [snapshot_item(f"s{i}", f"2026-11-0{i}T03:00:00Z", True) for i in range(1, 4)]
    calls = run_script(tmp_path, items, DELETE_CONTENT="0")
    assert _deleted(calls) == ["s1"] and not [c for c in calls if c[0] == "PATCH"]


def test_the_job_protects_the_fleets_bootstrap_snapshots():
    def build(chart):
        node = EthereumNode(
            chart,
            "eth",
            network="mainnet",
            client="geth",
            consensus_client="teku",
            bootstrap_snapshot="eth-data-1",
            consensus_bootstrap_snapshot="eth-cl-1",
        )
        ChainSnapshots(chart, "s", node=node, snapshot_class=ChainSnapshotClass(chart, "c", name="c"))

    cron = find(synth(build), "CronJob")
    env = {
        e["name"]: e["value"] for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["PROTECTED"] == "eth-data-1,eth-cl-1"
    assert env["CREATED_BY"] == "eth-snapshots"


def test_snapshot_rbac_grants_exactly_the_calls_the_script_makes(tmp_path):
    calls = run_script(tmp_path, [snapshot_item(f"s{i}", f"2026-11-0{i}T03:00:00Z", True) for i in range(1, 5)])
    verbs = {"POST": "create", "GET": "list", "DELETE": "delete", "PATCH": "patch"}
    made = {
        (path.split("?")[0].split("/")[-1] if method in ("POST", "GET") else path.split("/")[-2], verbs[method])
        for method, path in calls
    }
    assert made == set(snapshot_volumes.API_CALLS)

    docs = snapshots_docs()
    granted = set()
    for kind in ("Role", "ClusterRole"):
        (role,) = find_all(docs, kind)
        for rule in role["rules"]:
            assert rule["apiGroups"] == ["snapshot.storage.k8s.io"] and "resourceNames" not in rule
            granted |= {(resource, verb) for resource in rule["resources"] for verb in rule["verbs"]}
    assert granted == made
    assert find(docs, "ClusterRole")["rules"][0]["resources"] == ["volumesnapshotcontents"]
    binding = find(docs, "RoleBinding", "classic-snapshots")
    cron = find(docs, "CronJob", "classic-snapshots")
    assert (
        binding["subjects"][0]["name"] == cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["serviceAccountName"]
    )


def test_new_replicas_start_from_a_named_snapshot():
    docs = synth(
        lambda chart: EthereumNode(
            chart,
            "eth",
            network="mainnet",
            client="geth",
            consensus_client="teku",
            bootstrap_snapshot="eth-data-1",
            consensus_bootstrap_snapshot="eth-cl-1",
        )
    )
    claims = {c["metadata"]["name"]: c["spec"] for c in find(docs, "StatefulSet")["spec"]["volumeClaimTemplates"]}
    source = {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot"}
    assert claims["data"]["dataSourceRef"] == {**source, "name": "eth-data-1"}
    assert claims["consensus-data"]["dataSourceRef"] == {**source, "name": "eth-cl-1"}


def test_autoscaling_hands_replicas_to_a_slow_to_scale_down_autoscaler():
    docs = synth(
        lambda chart: EthereumNode(
            chart, "classic", network="classic", autoscaling=Autoscaling(min_replicas=2, max_replicas=5)
        )
    )
    assert "replicas" not in find(docs, "StatefulSet")["spec"]
    hpa = find(docs, "HorizontalPodAutoscaler", "classic")["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 5)
    assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "classic"}
    assert hpa["metrics"][0]["resource"]["target"] == {"averageUtilization": 70, "type": "Utilization"}
    assert hpa["behavior"]["scaleDown"]["stabilizationWindowSeconds"] == 1800


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda c: EthereumNode(c, "n", network="classic", autoscaling=Autoscaling(3, 2)),
            r"Autoscaling.max_replicas=2 is below min_replicas=3",
        ),
        (
            lambda c: EthereumNode(c, "n", network="classic", autoscaling=Autoscaling(0, 2)),
            r"Autoscaling.min_replicas=0 must be at least 1",
        ),
        (
            lambda c: EthereumNode(c, "n", network="classic", replicas=3, autoscaling=Autoscaling(1, 4)),
            r"EthereumNode.replicas=3 conflicts with autoscaling",
        ),
        (
            lambda c: EthereumNode(c, "n", network="classic", consensus_bootstrap_snapshot="x"),
            r"consensus_bootstrap_snapshot needs a consensus client",
        ),
    ],
)
def test_bad_scaling_input_is_refused(build, message):
    with pytest.raises(EtherclusterError, match=message):
        synth(build)


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"schedule": "daily"}, r"ChainSnapshots.schedule='daily' is not a five-field cron expression"),
        ({"schedule": "0 3 * *"}, r"is not a five-field cron expression"),
        ({"keep": 0}, r"ChainSnapshots.keep=0 must be at least 1"),
        ({"replica": 2}, r"ChainSnapshots.replica=2 does not exist: fleet 'classic' has 2 replicas"),
        ({"keep": 101}, r"ChainSnapshots.keep=101 is above 100"),
        (
            {"node_props": {"autoscaling": Autoscaling(2, 6)}, "replica": 2},
            r"ChainSnapshots.replica=2 may not exist: fleet 'classic' scales down to 2 replicas",
        ),
    ],
)
def test_bad_snapshot_input_is_refused(props, message):
    with pytest.raises(EtherclusterError, match=message):
        snapshots_docs(**props)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_nothing_deletes_chain_data_implicitly(spec):
    docs = synth_spec(spec)
    statefulsets = find_all(docs, "StatefulSet")
    assert statefulsets
    for sts in statefulsets:
        assert sts["spec"]["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}
        for claim in sts["spec"]["volumeClaimTemplates"]:
            storage_class = find(docs, "StorageClass", claim["spec"]["storageClassName"])
            assert storage_class["reclaimPolicy"] == "Retain"
        assert not any("emptyDir" in v and v["name"] in ("data", "consensus-data") for v in pod_spec(sts)["volumes"])
    for snapshot_class in find_all(docs, "VolumeSnapshotClass"):
        assert snapshot_class["deletionPolicy"] == "Retain"


def test_default_cluster_snapshots_classic_nightly(default_docs):
    cron = find(default_docs, "CronJob", "classic-snapshots")
    assert cron["spec"]["schedule"] == "0 3 * * *"
    assert find(default_docs, "VolumeSnapshotClass", "ethercluster-chain-snapshots")["deletionPolicy"] == "Retain"
    assert container(find(default_docs, "StatefulSet", "classic"), "core-geth")


GKE = """
gke:
  project: my-gcp-project
  region: us-central1
  node_pools:
    - {name: rpc, machine_type: e2-standard-4, min_nodes: 3, max_nodes: 5}
"""


def test_synth_fails_when_the_autoscaled_fleet_cannot_fit_the_node_pool(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "fleets:\n  classic:\n    network: classic\n    autoscaling: {min_replicas: 2, max_replicas: 8}\n" + GKE
    )
    result = run_app(spec, tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert "gke.node_pools: the fleets do not fit the node pools [rpc (max_nodes=5, e2-standard-4)]" in result.stderr
    assert "StatefulSet/classic runs 8 pods, one per node, but the pool has 5 nodes" in result.stderr
    assert not (tmp_path / "out").exists()

    spec.write_text(
        "fleets:\n  classic:\n    network: classic\n    autoscaling: {min_replicas: 2, max_replicas: 5}\n" + GKE
    )
    assert run_app(spec, tmp_path / "out").returncode == 0


def test_the_shipped_example_never_prunes_its_own_bootstrap_snapshot():
    """examples/snapshot-autoscale.yaml names a snapshot its own nightly job makes: the job protects it."""
    from ethercluster_constructs.spec import load_spec
    from tests.support import ROOT

    spec_path = ROOT / "examples" / "snapshot-autoscale.yaml"
    spec, _ = load_spec(spec_path)
    named = spec.fleets["classic"].bootstrap_snapshot
    cron = find(synth_spec(spec_path), "CronJob", "classic-snapshots")
    env = {
        e["name"]: e["value"] for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert named and env["PROTECTED"].split(",") == [named]
    # The job names its snapshots <fleet>-<claim>-<stamp>: the example's name is one of them.
    assert named.startswith(f"{env['FLEET']}-data-")
