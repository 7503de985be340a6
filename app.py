"""Synth entry point for `cdk8s synth`, `cdktf synth` and `python app.py [SPEC]`.

Reads the cluster spec (default: ethercluster.yaml next to this file) and writes
- the Kubernetes manifests to $CDK8S_OUTDIR (set by the cdk8s CLI) or dist/, or,
- when $CDKTF_OUTDIR is set (by the cdktf CLI) and $CDK8S_OUTDIR is not, the GKE
  stack's Terraform JSON there.
The google provider (about 10 s to import) is only imported for the second.
A bad spec prints one error naming the file and key path, and writes nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ethercluster_constructs.errors import EtherclusterError

DEFAULT_SPEC = "ethercluster.yaml"


def main(argv: list[str]) -> int:
    spec_file = argv[1] if len(argv) > 1 else DEFAULT_SPEC
    terraform_outdir = os.environ.get("CDKTF_OUTDIR")
    try:
        if terraform_outdir and "CDK8S_OUTDIR" not in os.environ:
            synth_infrastructure(spec_file, terraform_outdir)
        else:
            synth_manifests(spec_file, os.environ.get("CDK8S_OUTDIR", "dist"))
    except EtherclusterError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def synth_manifests(spec_file: str | Path, outdir: str) -> None:
    import cdk8s

    from ethercluster_constructs.app_builder import ClusterChart
    from ethercluster_constructs.spec import load_spec

    spec, spec_dir = load_spec(spec_file)
    app = cdk8s.App(outdir=outdir)
    # Every construct validates while it is built, so an error stops us before any file is written.
    ClusterChart(app, spec=spec, spec_dir=spec_dir, spec_name=str(spec_file))
    check_capacity(spec, app, str(spec_file))
    app.synth()


def check_capacity(spec, app, spec_name: str) -> None:
    """With a gke section, refuse fleets that cannot be scheduled on its node pools."""
    if spec.gke is None:
        return
    import yaml

    from ethercluster_constructs.gke.sizing import check_pools_fit

    docs = [doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc]
    check_pools_fit(docs, spec.gke.node_pools, where=f"{spec_name}: gke.node_pools")


def synth_infrastructure(spec_file: str | Path, outdir: str) -> None:
    import cdk8s

    from ethercluster_constructs.app_builder import ClusterChart
    from ethercluster_constructs.spec import SpecError, load_spec

    spec, spec_dir = load_spec(spec_file)
    if spec.gke is None:
        raise SpecError(f"{spec_file}: gke: the spec has no gke section, so there is no GKE stack to synthesize")
    # Build (not write) the manifests too: a spec they reject, or whose fleets cannot fit
    # the node pools, gets no infrastructure either.
    manifests = cdk8s.App()
    ClusterChart(manifests, spec=spec, spec_dir=spec_dir, spec_name=str(spec_file))
    check_capacity(spec, manifests, str(spec_file))

    from ethercluster_constructs.gke.stack import synth_stack

    synth_stack(spec, outdir)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
