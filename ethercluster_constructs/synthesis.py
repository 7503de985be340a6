"""From a spec file to checked output: the steps the `ethercluster` command and app.py share.

Every step validates before anything is written: the spec model, every construct, and (with a
`gke:` section) that each cluster's fleets fit its node pools at their autoscaling maximum.
Output goes through output_dir.write_output, so a directory holds exactly one synth's files.

A single-cluster spec writes `<outdir>/<namespace>.k8s.yaml`. A multi-cluster spec
(`gke.regions`) writes one set per cluster, `<outdir>/<cluster>/<namespace>.k8s.yaml`, each
applied with that cluster's credentials (docs/multi-region.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .errors import EtherclusterError
from .output_dir import write_output
from .spec import ClusterPlace, ClusterSpec, SpecError, load_spec

if TYPE_CHECKING:
    import cdk8s

    from .app_builder import ClusterChart
    from .multi_cluster import ExportedService

GKE_EXTRA_HINT = "pip install 'ethercluster-constructs[gke]'"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it (its wheels do): parsing the output for the capacity
check is then ten times faster. Plain data either way, no tags."""
TERRAFORM_WORKING_FILES = ("stacks/*/.terraform/*", "stacks/*/.terraform.lock.hcl")
"""What `terraform init` (run by `cdktf deploy` in a stack's folder) keeps beside the JSON."""


@dataclass(frozen=True)
class CheckedSpec:
    """A spec that passed every check, with the Kubernetes objects it synthesizes per cluster
    (`manifests`: cluster name -> objects, in spec order; one entry for a single-cluster spec)."""

    spec: ClusterSpec
    spec_dir: Path
    spec_name: str
    manifests: dict[str, list[dict]]
    exports: dict[str, tuple[ExportedService, ...]] = field(default_factory=dict)
    """Per cluster, the Services it exports to the fleet (multi_cluster.exports_by_cluster)."""

    @property
    def docs(self) -> list[dict]:
        """Every cluster's objects, one cluster after the other."""
        return [doc for docs in self.manifests.values() for doc in docs]


def check_spec(spec_file: str | Path) -> CheckedSpec:
    """Load `spec_file` and run every check, writing nothing. Raises EtherclusterError."""
    spec, spec_dir = load_spec(spec_file)
    apps = build_cluster_apps(spec, spec_dir, str(spec_file))
    from .multi_cluster import exports_by_cluster

    manifests = {name: _documents(app.synth_yaml()) for name, (app, _) in apps.items()}
    for place in spec.clusters:
        _check_capacity(spec, place, manifests[place.name], str(spec_file))
    exports = exports_by_cluster({name: chart for name, (_, chart) in apps.items()})
    return CheckedSpec(spec, spec_dir, str(spec_file), manifests, exports)


def synth_manifests(spec_file: str | Path, outdir: str | Path) -> list[str]:
    """Write the spec's Kubernetes manifests to `outdir` (a folder per cluster when the spec
    has several); returns the files written, relative to `outdir`."""
    spec, spec_dir = load_spec(spec_file)

    def write(staging: Path) -> None:
        apps = build_cluster_apps(
            spec, spec_dir, str(spec_file), outdir=lambda place: staging / cluster_dir(spec, place)
        )
        for place in spec.clusters:
            apps[place.name][0].synth()
            if spec.gke is not None:  # the only reader of the written objects
                from .gke.sizing import SIZING_KINDS

                written = sorted((staging / cluster_dir(spec, place)).glob("*.yaml"))
                docs = [doc for path in written for doc in _documents(path.read_text(), SIZING_KINDS)]
                _check_capacity(spec, place, docs, str(spec_file))

    return write_output(outdir, write)


def cluster_dir(spec: ClusterSpec, place: ClusterPlace) -> str:
    """Where a cluster's manifests go inside the output folder: the folder itself for a
    single-cluster spec, `<cluster name>/` for each cluster of a multi-cluster spec."""
    return place.name if spec.is_multi_cluster else "."


def build_cluster_apps(
    spec: ClusterSpec,
    spec_dir: Path,
    spec_name: str,
    *,
    outdir: Callable[[ClusterPlace], Path] | None = None,
) -> dict[str, tuple[cdk8s.App, ClusterChart]]:
    """One cdk8s App with the ClusterChart of each cluster of `spec`, by cluster name, in
    spec order (`outdir(place)`: where each App writes). Every chart is built before any is
    synthesized, so that the config cluster's multi-cluster Gateway (`gke.config_cluster`) gets
    the routes and health-check policies of what all clusters export."""
    import cdk8s

    from .app_builder import ClusterChart

    apps = {}
    for place in spec.clusters:
        app = cdk8s.App(outdir=str(outdir(place))) if outdir else cdk8s.App()
        chart = ClusterChart(app, spec=spec, spec_dir=spec_dir, spec_name=spec_name, place=place)
        apps[place.name] = (app, chart)
    config = apps[spec.config_cluster.name][1]
    if spec.is_multi_cluster and config.cluster.gateway_edge is not None:
        from .multi_cluster import route_service_imports, service_imports

        charts = {name: chart for name, (_, chart) in apps.items()}
        config._guard("fleets", lambda: route_service_imports(config.cluster.gateway_edge, service_imports(charts)))
    return apps


def synth_terraform(spec_file: str | Path, outdir: str | Path) -> list[str]:
    """Write the spec's GKE stack as Terraform JSON to `outdir` (cdktf's layout)."""
    checked = check_spec(spec_file)
    if checked.spec.gke is None:
        raise SpecError(f"{spec_file}: gke: the spec has no gke section, so there is no GKE stack to synthesize")
    synth_stack = _gke_stack_writer()
    return write_output(outdir, lambda staging: synth_stack(checked.spec, staging), keep=TERRAFORM_WORKING_FILES)


def _gke_stack_writer():
    try:
        from .gke.stack import synth_stack
    except ImportError as error:
        if error.name and error.name.split(".")[0] in ("cdktf", "cdktf_cdktf_provider_google"):
            raise EtherclusterError(
                f"the GKE stack needs cdktf and the google provider, which are not installed: {GKE_EXTRA_HINT}"
            ) from None
        raise
    return synth_stack


def _documents(text: str, kinds: Collection[str] | None = None) -> list[dict]:
    """The objects of a synthesized YAML stream; with `kinds`, only the objects of those kinds.

    Those are picked before parsing, by each document's top-level `kind:` line: cdk8s writes
    block style, where only a top-level key or a document separator starts at column 0.
    Parsing the few workloads instead of every object saves most of the time."""
    if kinds is not None:
        text = "---\n".join(doc for doc in _DOCUMENT_START.split(text) if _kind(doc) in kinds)
    return [doc for doc in yaml.load_all(text, Loader=_LOADER) if doc]


_DOCUMENT_START = re.compile(r"^---\n", re.MULTILINE)
_KIND = re.compile(r"^kind: (\S+)$", re.MULTILINE)


def _kind(document: str) -> str | None:
    found = _KIND.search(document)
    return found[1] if found else None


def node_pools_key(spec: ClusterSpec, place: ClusterPlace) -> str:
    """The spec key of the node pools a cluster runs on: `gke.node_pools`, or
    `gke.regions[N].node_pools` when that region sets its own."""
    if place.index > 0 and spec.gke is not None and spec.gke.regions[place.index - 1].node_pools is not None:
        return f"gke.regions[{place.index - 1}].node_pools"
    return "gke.node_pools"


def _check_capacity(spec: ClusterSpec, place: ClusterPlace, docs: list[dict], spec_name: str) -> None:
    """With a gke section, refuse fleets that cannot be scheduled on their cluster's node pools."""
    if spec.gke is None:
        return
    from .gke.sizing import check_pools_fit

    where = f"{spec_name}: {node_pools_key(spec, place)}"
    if spec.is_multi_cluster:
        where += f" (cluster {place.name!r}, {place.region})"
    check_pools_fit(docs, place.node_pools, where=where)
