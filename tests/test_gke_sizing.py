"""Node pool sizing: GKE's allocatable formula, pod requests read from manifests, and the default fit."""

from __future__ import annotations

import pytest

from ethercluster_constructs.errors import EtherclusterError
from ethercluster_constructs.gke.sizing import (
    GIB,
    MIB,
    SIZING_KINDS,
    SYSTEM_PODS,
    Capacity,
    PodGroup,
    machine_shape,
    pod_groups,
    pod_request,
    pool_fit,
)
from ethercluster_constructs.spec import load_spec
from ethercluster_constructs.synthesis import _documents
from tests.support import ROOT, SPECS, synth_spec_yaml


@pytest.mark.parametrize(
    ("machine_type", "vcpus", "memory_gib"),
    [
        ("e2-standard-4", 4, 16),
        ("n2-highmem-8", 8, 64),
        ("n2d-highcpu-16", 16, 16),
        ("c3-highcpu-22", 22, 44),
        ("n1-standard-2", 2, 7.5),
        ("n2-custom-6-20480", 6, 20),
        ("custom-2-4096", 2, 4),
    ],
)
def test_machine_shapes(machine_type, vcpus, memory_gib):
    shape = machine_shape(machine_type)
    assert (shape.vcpus, shape.memory) == (vcpus, int(memory_gib * GIB))


@pytest.mark.parametrize("machine_type", ["e2-medium", "a3-highgpu-8g", "e2-ultramem-4", "t2d-highmem-4"])
def test_a_machine_type_of_unknown_size_is_refused_with_the_known_patterns(machine_type):
    with pytest.raises(
        EtherclusterError, match=rf"machine_type='{machine_type}': its size is unknown here; use one of e2-standard-N"
    ):
        machine_shape(machine_type)


@pytest.mark.parametrize(
    ("machine_type", "cpu_m", "memory_mib"),
    [
        # 4 vCPU: 60m + 10m + 2 x 5m reserved. 16 GiB: 1024 + 819.2 + 819.2 MiB reserved, 100 MiB eviction.
        ("e2-standard-4", 3920, 16384 - 2662.4 - 100),
        # 2 vCPU: 60m + 10m. 8 GiB: 1024 + 819.2 MiB.
        ("e2-standard-2", 1930, 8192 - 1843.2 - 100),
        # 8 vCPU: 80m + 4 x 2.5m. 32 GiB: 2662.4 + 16 GiB x 6% = 983.04 MiB.
        ("n2-standard-8", 7910, 32768 - 2662.4 - 983.04 - 100),
        # 1 vCPU: 60m. 3.75 GiB: 25% of it.
        ("n1-standard-1", 940, 3840 - 960 - 100),
        # 20 vCPU: 80m + 16 x 2.5m. 160 GiB: 2662.4 MiB + 112 GiB x 6% + 32 GiB x 2%.
        ("n2-highmem-20", 20000 - 60 - 10 - 10 - 40, 163840 - 2662.4 - 6881.28 - 655.36 - 100),
    ],
)
def test_allocatable_follows_gkes_reservation_formula(machine_type, cpu_m, memory_mib):
    allocatable = machine_shape(machine_type).allocatable
    assert allocatable.cpu_m == cpu_m
    assert allocatable.memory / MIB == pytest.approx(memory_mib, abs=0.01)


def test_pod_request_counts_sidecars_and_takes_the_larger_init_container():
    pod = {
        "containers": [
            {"resources": {"requests": {"cpu": "2", "memory": "4096Mi"}}},
            {"resources": {"requests": {"cpu": "10m", "memory": "32Mi"}}},
            {"name": "no-requests"},
        ],
        "initContainers": [
            {"resources": {"requests": {"cpu": "3", "memory": "1Gi"}}},
            {"restartPolicy": "Always", "resources": {"requests": {"cpu": "0.5", "memory": "0.5Gi"}}},
        ],
    }
    # Running: 2 + 0.01 + 0.5 (sidecar) CPU and 4096 + 32 + 512 MiB. The plain init container
    # asks for more CPU (3) but less memory.
    assert pod_request(pod) == Capacity(cpu_m=3000, memory=(4096 + 32 + 512) * MIB)


def test_pod_groups_of_the_default_cluster_come_from_its_manifests(default_docs):
    groups = {g.workload: g for g in pod_groups(default_docs)}
    assert set(groups) == {
        "StatefulSet/classic",
        "StatefulSet/mordor",
        "Deployment/etc-stats",
        "Deployment/mordor-stats",
        "Deployment/rpc-gateway",
    }
    classic, mordor = groups["StatefulSet/classic"], groups["StatefulSet/mordor"]
    # core-geth plus the readiness sidecar (10m, 32Mi).
    assert (classic.replicas, classic.request) == (3, Capacity(1510, (4096 + 32) * MIB))
    assert (mordor.replicas, mordor.request) == (2, Capacity(1010, (2048 + 32) * MIB))
    assert classic.one_per_node and mordor.one_per_node, "EthereumNode spreads its pods one per node"
    stats = groups["Deployment/etc-stats"]
    assert (stats.replicas, stats.request, stats.one_per_node) == (1, Capacity(100, 256 * MIB), False)
    # At its autoscaler's maximum, one pod per node.
    gateway = groups["Deployment/rpc-gateway"]
    assert (gateway.replicas, gateway.request, gateway.one_per_node) == (3, Capacity(250, 512 * MIB), True)


def test_the_default_node_pool_holds_the_default_cluster_at_its_minimum_size(default_docs):
    """The check behind docs/gke.md's sizing table: every pool of ethercluster.yaml, at
    min_nodes, schedules every pod of the manifests synthesized from the same file."""
    spec, _ = load_spec(ROOT / "ethercluster.yaml")
    assert spec.gke is not None
    for pool in spec.gke.node_pools:
        fit = pool_fit(pod_groups(default_docs), pool.machine_type, pool.min_nodes)
        assert fit.problems == ()
        # One classic, one mordor and one gateway pod, and both stats dashboards (not spread)
        # on the same node.
        assert fit.busiest_node == Capacity(1510 + 1010 + 250 + 2 * 100, (4128 + 2080 + 512 + 2 * 256) * MIB)
        assert fit.spare.cpu_m >= 100, "room left on the busiest node"
        assert pool.max_nodes > pool.min_nodes, "autoscaling room above the minimum"


def test_one_size_smaller_does_not_fit(default_docs):
    fit = pool_fit(pod_groups(default_docs), "e2-standard-2", 3)
    assert not fit.fits
    assert fit.problems == (
        "the busiest node needs 2970m CPU and 7232 MiB, but one e2-standard-2 node offers "
        f"{1930 - SYSTEM_PODS.cpu_m}m CPU and {(8192 - 1843.2 - 100 - 1024):.0f} MiB after GKE's reservations and system pods",
    )


def test_a_pool_with_fewer_nodes_than_a_spread_fleet_has_replicas_does_not_fit(default_docs):
    fit = pool_fit(pod_groups(default_docs), "e2-standard-8", 2)
    assert fit.problems == (
        "StatefulSet/classic runs 3 pods, one per node, but the pool has 2 nodes",
        "Deployment/rpc-gateway runs 3 pods, one per node, but the pool has 2 nodes",
    )


def test_pods_without_a_node_spread_may_all_land_on_one_node():
    spread = PodGroup("StatefulSet/a", replicas=3, request=Capacity(1000, GIB), one_per_node=True)
    packed = PodGroup("Deployment/b", replicas=3, request=Capacity(500, GIB), one_per_node=False)
    idle = PodGroup("Deployment/c", replicas=0, request=Capacity(9000, 90 * GIB), one_per_node=False)
    fit = pool_fit([spread, packed, idle], "e2-standard-4", 3)
    assert fit.busiest_node == Capacity(1000 + 3 * 500, 4 * GIB)
    assert fit.fits


def test_autoscaled_fleets_count_at_their_maximum():
    docs = [
        {
            "kind": "StatefulSet",
            "metadata": {"name": "classic", "namespace": "n"},
            "spec": {
                "template": {
                    "spec": {
                        "containers": [{"resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}],
                        "topologySpreadConstraints": [
                            {"topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule"}
                        ],
                    }
                }
            },
        },
        {
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": "classic", "namespace": "n"},
            "spec": {"scaleTargetRef": {"kind": "StatefulSet", "name": "classic"}, "maxReplicas": 7},
        },
    ]
    (group,) = pod_groups(docs)
    assert group.replicas == 7


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda path: path.name)
def test_the_capacity_check_reads_exactly_the_workloads_of_a_synth(spec_path):
    """synth_manifests parses only the objects pod_groups reads, picked by their `kind:` line."""
    text = synth_spec_yaml(spec_path)
    every = _documents(text)
    picked = _documents(text, SIZING_KINDS)
    assert picked == [doc for doc in every if doc["kind"] in SIZING_KINDS]
    assert pod_groups(picked) == pod_groups(every)


def test_picking_by_kind_ignores_kind_lines_inside_block_scalars():
    text = "kind: ConfigMap\ndata:\n  x: |\n    ---\n    kind: StatefulSet\n---\nkind: Deployment\nspec: {}\n"
    assert _documents(text, SIZING_KINDS) == [{"kind": "Deployment", "spec": {}}]
