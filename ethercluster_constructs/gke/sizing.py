"""Does a node pool hold the pods of a cluster? Plain Python over synthesized manifests (no cdktf).

The model, also written out in docs/gke.md:

- A pod asks for the sum of its containers' requests (sidecars included), or for its
  largest init container's if that is more (Kubernetes' effective request).
- A fleet whose pods carry a hard `kubernetes.io/hostname` topology spread (every
  EthereumNode does) runs one pod per node, so it needs a pool of at least `replicas`
  nodes, and any node may hold one pod of every such fleet. Pods without that spread may
  all land on one node. The busiest possible node is the sum of both.
- A node offers GKE's allocatable capacity (machine size minus GKE's reservations and the
  eviction threshold) minus what GKE's own pods take (SYSTEM_PODS, an estimate).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import EtherclusterError
from .catalog import MEMORY_GIB_PER_VCPU

MIB = 2**20
GIB = 2**30


@dataclass(frozen=True)
class Capacity:
    """CPU in millicores and memory in bytes."""

    cpu_m: int
    memory: int

    def __add__(self, other: Capacity) -> Capacity:
        return Capacity(self.cpu_m + other.cpu_m, self.memory + other.memory)

    def __sub__(self, other: Capacity) -> Capacity:
        return Capacity(self.cpu_m - other.cpu_m, self.memory - other.memory)

    def __mul__(self, times: int) -> Capacity:
        return Capacity(self.cpu_m * times, self.memory * times)

    def covers(self, demand: Capacity) -> bool:
        return self.cpu_m >= demand.cpu_m and self.memory >= demand.memory

    def __str__(self) -> str:
        return f"{self.cpu_m}m CPU and {self.memory / MIB:.0f} MiB"


SYSTEM_PODS = Capacity(cpu_m=700, memory=1024 * MIB)
"""Estimate of what GKE's own pods request on the busiest node of a small Standard cluster
with Dataplane V2, Managed Prometheus, NodeLocal DNSCache, Workload Identity and the PD CSI
driver: the DaemonSets (anetd, fluentbit-gke, gke-metadata-server, gke-metrics-agent,
pdcsi-node, netd, node-local-dns, the GMP collector; about 0.4 CPU and 0.6 GiB) plus one
replica of kube-dns, metrics-server and konnectivity-agent (about 0.3 CPU and 0.3 GiB).
Versions differ: compare with `kubectl describe node` on a running cluster."""

EVICTION_THRESHOLD = 100 * MIB


@dataclass(frozen=True)
class MachineShape:
    machine_type: str
    vcpus: int
    memory: int

    @property
    def capacity(self) -> Capacity:
        return Capacity(self.vcpus * 1000, self.memory)

    @property
    def allocatable(self) -> Capacity:
        """What GKE leaves to pods: capacity minus kube-reserved and the eviction threshold."""
        return self.capacity - Capacity(_cpu_reserved_m(self.vcpus), _memory_reserved(self.memory) + EVICTION_THRESHOLD)


_PREDEFINED = re.compile(r"^(?P<family>[a-z0-9]+)-(?P<kind>standard|highmem|highcpu)-(?P<vcpus>[0-9]+)$")
_CUSTOM = re.compile(r"^(?:(?P<family>e2|n2|n2d|n4)-)?custom-(?P<vcpus>[0-9]+)-(?P<mib>[0-9]+)(?:-ext)?$")


def machine_shape(machine_type: str) -> MachineShape:
    """vCPUs and memory of a predefined (`e2-standard-4`) or custom (`n2-custom-4-20480`) machine type."""
    if custom := _CUSTOM.match(machine_type):
        return MachineShape(machine_type, int(custom["vcpus"]), int(custom["mib"]) * MIB)
    predefined = _PREDEFINED.match(machine_type)
    per_vcpu = MEMORY_GIB_PER_VCPU.get(predefined["family"], {}) if predefined else {}
    if not predefined or predefined["kind"] not in per_vcpu:
        known = ", ".join(f"{family}-{kind}-N" for family, kinds in MEMORY_GIB_PER_VCPU.items() for kind in kinds)
        raise EtherclusterError(
            f"machine_type={machine_type!r}: its size is unknown here; use one of {known}, "
            "or a custom type such as 'n2-custom-4-20480' (vCPUs, MiB)"
        )
    vcpus = int(predefined["vcpus"])
    return MachineShape(machine_type, vcpus, int(vcpus * per_vcpu[predefined["kind"]] * GIB))


def _cpu_reserved_m(vcpus: int) -> int:
    """GKE: 6% of the first core, 1% of the next, 0.5% of the next 2, 0.25% of any above 4."""
    tiers = ((1, 0.06), (1, 0.01), (2, 0.005), (math.inf, 0.0025))
    return round(_tiered(vcpus * 1000, ((size * 1000, rate) for size, rate in tiers)))


def _memory_reserved(memory: int) -> int:
    """GKE: 255 MiB below 1 GiB; else 25% of the first 4 GiB, 20% of the next 4, 10% of the
    next 8, 6% of the next 112 and 2% of any above 128 GiB."""
    if memory < GIB:
        return 255 * MIB
    tiers = ((4, 0.25), (4, 0.20), (8, 0.10), (112, 0.06), (math.inf, 0.02))
    return int(_tiered(memory, ((size * GIB, rate) for size, rate in tiers)))


def _tiered(amount: float, tiers: Iterable[tuple[float, float]]) -> float:
    reserved, left = 0.0, amount
    for size, rate in tiers:
        part = min(left, size)
        reserved += part * rate
        left -= part
    return reserved


@dataclass(frozen=True)
class PodGroup:
    """The pods of one workload: how many, what each requests, and whether they spread one per node."""

    workload: str
    replicas: int
    request: Capacity
    one_per_node: bool


POD_KINDS = ("StatefulSet", "Deployment")
SIZING_KINDS = (*POD_KINDS, "HorizontalPodAutoscaler")
"""The kinds `pod_groups` reads: a caller may leave every other object out."""


def pod_groups(docs: Iterable[dict]) -> list[PodGroup]:
    """The pod-running workloads (StatefulSet, Deployment) of synthesized manifests.

    An autoscaled workload counts with its HorizontalPodAutoscaler's maxReplicas: the pool
    must hold the fleet at its largest.
    """
    docs = list(docs)
    autoscaled = {
        (d["metadata"].get("namespace"), d["spec"]["scaleTargetRef"]["kind"], d["spec"]["scaleTargetRef"]["name"]): d[
            "spec"
        ]["maxReplicas"]
        for d in docs
        if d.get("kind") == "HorizontalPodAutoscaler"
    }
    groups = []
    for doc in docs:
        if doc.get("kind") not in POD_KINDS:
            continue
        pod = doc["spec"]["template"]["spec"]
        one_per_node = any(
            c.get("topologyKey") == "kubernetes.io/hostname" and c.get("whenUnsatisfiable") == "DoNotSchedule"
            for c in pod.get("topologySpreadConstraints", [])
        )
        groups.append(
            PodGroup(
                workload=f"{doc['kind']}/{doc['metadata']['name']}",
                replicas=autoscaled.get(
                    (doc["metadata"].get("namespace"), doc["kind"], doc["metadata"]["name"]),
                    doc["spec"].get("replicas", 1),
                ),
                request=pod_request(pod),
                one_per_node=one_per_node,
            )
        )
    return groups


def pod_request(pod: dict) -> Capacity:
    """Kubernetes' effective request of a pod spec: the containers (and sidecar init
    containers) together, or the largest plain init container if that is more."""
    sidecars = [c for c in pod.get("initContainers", []) if c.get("restartPolicy") == "Always"]
    running = sum((_container_request(c) for c in [*pod["containers"], *sidecars]), Capacity(0, 0))
    init = [_container_request(c) for c in pod.get("initContainers", []) if c.get("restartPolicy") != "Always"]
    return Capacity(max([running.cpu_m, *(c.cpu_m for c in init)]), max([running.memory, *(c.memory for c in init)]))


def _container_request(container: dict) -> Capacity:
    requests = container.get("resources", {}).get("requests", {})
    return Capacity(cpu_millicores(str(requests.get("cpu", "0"))), quantity_bytes(str(requests.get("memory", "0"))))


_BINARY = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40}
_DECIMAL = {"k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}


def cpu_millicores(quantity: str) -> int:
    return int(quantity[:-1]) if quantity.endswith("m") else round(float(quantity) * 1000)


def quantity_bytes(quantity: str) -> int:
    for suffix, factor in (_BINARY | _DECIMAL).items():
        if quantity.endswith(suffix):
            return int(float(quantity[: -len(suffix)]) * factor)
    return int(float(quantity))


@dataclass(frozen=True)
class PoolFit:
    """How `groups` fit on `nodes` nodes of `machine_type`. `problems` is empty when they fit."""

    machine_type: str
    nodes: int
    node_offers: Capacity
    busiest_node: Capacity
    problems: tuple[str, ...]

    @property
    def fits(self) -> bool:
        return not self.problems

    @property
    def spare(self) -> Capacity:
        return self.node_offers - self.busiest_node


def pool_fit(groups: Iterable[PodGroup], machine_type: str, nodes: int) -> PoolFit:
    """Check that every pod of `groups` can be scheduled on `nodes` nodes of `machine_type`.

    Raises EtherclusterError for a machine type of unknown size (see machine_shape).
    """
    groups = [g for g in groups if g.replicas > 0]
    offers = machine_shape(machine_type).allocatable - SYSTEM_PODS
    busiest = sum((g.request if g.one_per_node else g.request * g.replicas for g in groups), Capacity(0, 0))
    problems = [
        f"{g.workload} runs {g.replicas} pods, one per node, but the pool has {nodes} nodes"
        for g in groups
        if g.one_per_node and g.replicas > nodes
    ]
    if not offers.covers(busiest):
        problems.append(
            f"the busiest node needs {busiest}, but one {machine_type} node offers {offers} "
            "after GKE's reservations and system pods"
        )
    return PoolFit(machine_type, nodes, offers, busiest, tuple(problems))


def pools_fit(docs: Iterable[dict], pools: Iterable) -> PoolFit:
    """How the workloads of `docs` fit the node pools at their autoscaling maximum.

    Pods may land on any pool, so the pools' `max_nodes` add up, and the busiest node is
    checked against the smallest machine type among them. `pools` are NodePoolSpecs.
    """
    pools = list(pools)
    smallest = min(
        pools,
        key=lambda p: (
            machine_shape(p.machine_type).allocatable.cpu_m,
            machine_shape(p.machine_type).allocatable.memory,
        ),
    )
    return pool_fit(pod_groups(docs), smallest.machine_type, sum(p.max_nodes for p in pools))


def check_pools_fit(docs: Iterable[dict], pools: Iterable, where: str = "gke.node_pools") -> None:
    """Fail unless the workloads of `docs` fit the node pools (see pools_fit).

    Raises EtherclusterError naming every problem.
    """
    pools = list(pools)
    fit = pools_fit(docs, pools)
    if not fit.fits:
        names = ", ".join(f"{p.name} (max_nodes={p.max_nodes}, {p.machine_type})" for p in pools)
        raise EtherclusterError(
            f"{where}: the fleets do not fit the node pools [{names}] at their autoscaling maximum: "
            + "; ".join(fit.problems)
            + ". Raise max_nodes, use a larger machine_type, or lower the fleets' (max) replicas or requests."
        )
