"""Synth entry point for `cdk8s synth`, `cdktf synth` and `python app.py [SPEC]`.

Reads the cluster spec (default: ethercluster.yaml) and writes
- the Kubernetes manifests to $CDK8S_OUTDIR (set by the cdk8s CLI: cdk8s.out/) or dist/, or,
- when $CDKTF_OUTDIR is set (by the cdktf CLI) and $CDK8S_OUTDIR is not, the GKE stack's
  Terraform JSON there.
It is `ethercluster synth` with the directories the CLIs choose; see ethercluster_constructs/cli.py
(`cli.run`: the process ends when the synth is written).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    """Exits the process when the project is installed; returns 2 when it is not."""
    try:
        from ethercluster_constructs import cli
    except ImportError as error:
        print(
            f"error: {error}: install the project first (`make setup`) and run this with .venv/bin/python",
            file=sys.stderr,
        )
        return 2
    spec = argv[1] if len(argv) > 1 else cli.DEFAULT_SPEC
    terraform_outdir = os.environ.get("CDKTF_OUTDIR")
    if terraform_outdir and "CDK8S_OUTDIR" not in os.environ:
        cli.run(["synth", spec, "--gke", "-o", terraform_outdir])
    else:
        cli.run(["synth", spec, "-o", os.environ.get("CDK8S_OUTDIR", cli.DEFAULT_MANIFEST_DIR)])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
