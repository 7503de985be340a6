"""From a spec file to checked output: the steps the `ethercluster` command and app.py share.

Every step validates before anything is written: the spec model, every construct, and (with a
`gke:` section) that the fleets fit the node pools at their autoscaling maximum. Output goes
through output_dir.write_output, so a directory holds exactly one synth's files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import EtherclusterError
from .output_dir import write_output
from .spec import ClusterSpec, SpecError, load_spec

GKE_EXTRA_HINT = "pip install 'ethercluster-constructs[gke]'"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it (its wheels do): parsing the output for the capacity
check is then ten times faster. Plain data either way, no tags."""
TERRAFORM_WORKING_FILES = ("stacks/*/.terraform/*", "stacks/*/.terraform.lock.hcl")
"""What `terraform init` (run by `cdktf deploy` in a stack's folder) keeps beside the JSON."""


@dataclass(frozen=True)
class CheckedSpec:
    """A spec that passed every check, with the Kubernetes objects it synthesizes."""

    spec: ClusterSpec
    spec_dir: Path
    spec_name: str
    docs: list[dict]


def check_spec(spec_file: str | Path) -> CheckedSpec:
    """Load `spec_file` and run every check, writing nothing. Raises EtherclusterError."""
    import cdk8s

    spec, spec_dir = load_spec(spec_file)
    app = cdk8s.App()
    _build(app, spec, spec_dir, str(spec_file))
    docs = _documents(app.synth_yaml())
    _check_capacity(spec, docs, str(spec_file))
    return CheckedSpec(spec, spec_dir, str(spec_file), docs)


def synth_manifests(spec_file: str | Path, outdir: str | Path) -> list[str]:
    """Write the spec's Kubernetes manifests to `outdir`; returns the files written."""
    import cdk8s

    spec, spec_dir = load_spec(spec_file)

    def write(staging: Path) -> None:
        app = cdk8s.App(outdir=str(staging))
        _build(app, spec, spec_dir, str(spec_file))
        app.synth()
        if spec.gke is not None:  # the only reader of the written objects
            docs = [doc for path in sorted(staging.glob("*.yaml")) for doc in _documents(path.read_text())]
            _check_capacity(spec, docs, str(spec_file))

    return write_output(outdir, write)


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


def _documents(text: str) -> list[dict]:
    return [doc for doc in yaml.load_all(text, Loader=_LOADER) if doc]


def _build(app, spec: ClusterSpec, spec_dir: Path, spec_name: str) -> None:
    from .app_builder import ClusterChart

    ClusterChart(app, spec=spec, spec_dir=spec_dir, spec_name=spec_name)


def _check_capacity(spec: ClusterSpec, docs: list[dict], spec_name: str) -> None:
    """With a gke section, refuse fleets that cannot be scheduled on its node pools."""
    if spec.gke is None:
        return
    from .gke.sizing import check_pools_fit

    check_pools_fit(docs, spec.gke.node_pools, where=f"{spec_name}: gke.node_pools")
