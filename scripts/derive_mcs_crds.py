"""Re-create the DERIVED crds/net.gke.io_service{exports,imports}.yaml (see crds/SOURCES.md).

GKE installs its multi-cluster Services CRDs (net.gke.io/v1) itself and publishes no YAML for
them. Their shape follows the upstream MCS API's v1alpha1 version, so each file is that schema
from kubernetes-sigs/mcs-api at MCS_API_TAG, renamed to GKE's group and version.

    git clone https://github.com/kubernetes-sigs/mcs-api && git -C mcs-api checkout v0.5.0
    .venv/bin/python scripts/derive_mcs_crds.py mcs-api
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

MCS_API_TAG = "v0.5.0"
MCS_API_COMMIT = "4546fabf72519b16fd13f82ee665dfe6520bc4c3"
ROOT = Path(__file__).resolve().parent.parent

HEADER = """\
# NOT A VERBATIM UPSTREAM FILE. GKE installs its multi-cluster Services CRDs (net.gke.io/v1)
# itself when the fleet's multi-cluster Services feature is on, and publishes no YAML for them.
# Derived by scripts/derive_mcs_crds.py from kubernetes-sigs/mcs-api {tag} ({commit}),
# {path}:
# its v1alpha1 schema (the API GKE's implementation follows), with the group renamed to
# net.gke.io and the version to v1, GKE's documented apiVersion.
{extra}# See crds/SOURCES.md.
"""
NO_SPEC = """\
# GKE's ServiceExport has no spec (GKE docs, "Configuring multi-cluster Services": an export is
# a name and a namespace only), so the upstream spec (exportedLabels/exportedAnnotations, added
# to the MCS API after GKE adopted v1alpha1) is left out.
"""


def derive(source: Path, target: Path, upstream_path: str, *, drop_spec: bool) -> None:
    crd = yaml.safe_load(source.read_text())
    (version,) = [v for v in crd["spec"]["versions"] if v["name"] == "v1alpha1"]
    version = {**version, "name": "v1", "served": True, "storage": True}
    if drop_spec:
        version["schema"]["openAPIV3Schema"]["properties"].pop("spec")
    names = crd["spec"]["names"]
    derived = {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{names['plural']}.net.gke.io"},
        "spec": {"group": "net.gke.io", "scope": "Namespaced", "names": names, "versions": [version]},
    }
    header = HEADER.format(
        tag=MCS_API_TAG, commit=MCS_API_COMMIT, path=upstream_path, extra=NO_SPEC if drop_spec else ""
    )
    target.write_text(header + yaml.safe_dump(derived, sort_keys=False, width=100))


def main(mcs_api: Path) -> None:
    for kind, drop_spec in (("serviceexports", True), ("serviceimports", False)):
        upstream_path = f"config/crd/multicluster.x-k8s.io_{kind}.yaml"
        derive(mcs_api / upstream_path, ROOT / "crds" / f"net.gke.io_{kind}.yaml", upstream_path, drop_spec=drop_spec)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
