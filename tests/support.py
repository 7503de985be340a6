"""Shared test helpers: synth a spec or a chart once, and look objects up in the output."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import cdk8s
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _is_multi_cluster(spec_path: Path) -> bool:
    from ethercluster_constructs.spec import load_spec

    return load_spec(spec_path)[0].is_multi_cluster


def _cluster_names(spec_path: Path) -> list[str]:
    from ethercluster_constructs.spec import load_spec

    return [place.name for place in load_spec(spec_path)[0].clusters]


EXAMPLES = sorted(path for path in (ROOT / "examples").glob("*.yaml") if not _is_multi_cluster(path))
SPECS = [ROOT / "ethercluster.yaml", *EXAMPLES]
"""Every single-cluster spec: one manifest set each (dist/<namespace>.k8s.yaml)."""
MULTI_CLUSTER_SPECS = sorted(path for path in (ROOT / "examples").glob("*.yaml") if _is_multi_cluster(path))
CLUSTER_SETS = [(path, cluster) for path in MULTI_CLUSTER_SPECS for cluster in _cluster_names(path)]
"""Every manifest set of every multi-cluster spec: (spec, cluster name), dist/<cluster>/."""


def cluster_set_id(cluster_set: tuple[Path, str]) -> str:
    return f"{cluster_set[0].relative_to(ROOT)}:{cluster_set[1]}"


@cache
def synth_spec_yaml(spec_path: Path, cluster: str | None = None) -> str:
    """The YAML `app.py <spec>` would write for one cluster (default: the spec's only one),
    as one string."""
    from ethercluster_constructs.spec import load_spec
    from ethercluster_constructs.synthesis import build_cluster_apps

    spec, spec_dir = load_spec(spec_path)
    # Every cluster's chart is built: the config cluster's Gateway routes what the others export.
    apps = build_cluster_apps(spec, spec_dir, spec_path.name)
    app, _ = apps[cluster or spec.clusters[0].name]
    return app.synth_yaml()


def synth_spec(spec_path: Path, cluster: str | None = None) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(synth_spec_yaml(spec_path, cluster)) if doc]


def synth(build: Callable[[cdk8s.Chart], object], namespace: str = "test") -> list[dict]:
    """Build constructs in a fresh chart and return the synthesized objects."""
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "test", namespace=namespace, disable_resource_name_hashes=True)
    build(chart)
    return [doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc]


def find(docs: list[dict], kind: str, name: str | None = None) -> dict:
    matches = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(matches) == 1, f"expected one {kind} {name or ''}, found {len(matches)}"
    return matches[0]


def find_all(docs: list[dict], kind: str) -> list[dict]:
    return [d for d in docs if d["kind"] == kind]


def pod_spec(workload: dict) -> dict:
    return workload["spec"]["template"]["spec"]


def container(workload: dict, name: str) -> dict:
    spec = pod_spec(workload)
    (match,) = [c for c in spec["containers"] + spec.get("initContainers", []) if c["name"] == name]
    return match


def synth_terraform(spec, outdir: Path) -> dict:
    """The GKE stack of a ClusterSpec, as the Terraform JSON `cdktf synth` writes (imports the google provider)."""
    import json

    from ethercluster_constructs.gke.stack import synth_stack

    return json.loads(synth_stack(spec, outdir).read_text())


def resources(terraform: dict, resource_type: str) -> dict[str, dict]:
    """The resources of one type in a synthesized stack, by name."""
    return terraform["resource"].get(resource_type, {})


def resource(terraform: dict, resource_type: str) -> dict:
    (only,) = resources(terraform, resource_type).values()
    return only


def run_app(spec: Path | None, outdir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CDK8S_OUTDIR": str(outdir)}
    args = [sys.executable, str(ROOT / "app.py")] + ([str(spec)] if spec else [])
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def synth_app(spec: Path, outdir: Path) -> tuple[int, str, str]:
    """Run `ethercluster synth SPEC -o OUTDIR` in this process: (exit code, stdout, stderr).
    The one place the hostile-spec tests call the command through."""
    import contextlib
    import io

    from ethercluster_constructs import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["synth", str(spec), "-o", str(outdir)])
    return code, out.getvalue(), err.getvalue()
