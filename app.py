"""Synth entry point for `cdk8s synth` (and `python app.py [SPEC]`).

Reads the cluster spec (default: ethercluster.yaml next to this file) and writes the
Kubernetes manifests to $CDK8S_OUTDIR (set by the cdk8s CLI) or dist/.
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
    try:
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
    app.synth()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
