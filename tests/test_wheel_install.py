"""The library as a user gets it: `python -m build`, then the wheel in a clean venv.

The venv gets the wheel without the [gke] extra, at both ends of the dependency ranges
(requirements/lock.txt and requirements/lowest.txt, as pip constraints). There it runs the
README's library example with no network (a fresh network namespace) and only the system's
folders on PATH, whose Node.js may be end-of-life: no banner may appear.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT

SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stdout + result.stderr
    for warning in ("BuildBackendWarning", "DeprecationWarning", "deprecated"):
        assert warning not in log, f"the build warns: {warning}"
    (wheel,) = out.glob("ethercluster_constructs-*.whl")
    (sdist,) = out.glob("ethercluster_constructs-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def readme_library_example() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## As a library") :]
    (code,) = re.findall(r"```python\n(.*?)```", section.split("\n## ", 1)[0], re.DOTALL)
    return code


def test_the_wheel_holds_the_package_its_data_and_the_command(built):
    names = zipfile.ZipFile(built["wheel"]).namelist()
    assert "ethercluster_constructs/py.typed" in names
    assert "ethercluster_constructs/starter.yaml" in names
    assert "ethercluster_constructs/pod_scripts/rpc_health.py" in names
    assert any(n.startswith("ethercluster_constructs/crds/backendconfig/") and n.endswith(".jsii.tgz") for n in names)
    assert not any(n.startswith(("tests/", "crds/", "imports/")) for n in names)
    (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    text = zipfile.ZipFile(built["wheel"]).read(metadata).decode()
    assert "License-Expression: Apache-2.0" in text
    assert "Provides-Extra: gke" in text
    assert re.search(r"^Requires-Dist: cdktf.*extra == \"gke\"", text, re.MULTILINE)
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    assert (
        "ethercluster = ethercluster_constructs.cli:run" in zipfile.ZipFile(built["wheel"]).read(entry_points).decode()
    )
    with tarfile.open(built["sdist"]) as sdist:
        assert any(n.endswith("/pyproject.toml") for n in sdist.getnames())


@pytest.mark.parametrize("constraints", ["lock.txt", "lowest.txt"])
def test_the_readme_example_runs_from_the_wheel_offline_without_a_banner(built, tmp_path, constraints):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--constraint", str(ROOT / "requirements" / constraints)]
        + [str(built["wheel"])],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    freeze = subprocess.run([str(python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True).stdout
    assert "cdktf" not in freeze, "the manifest path installs without the [gke] extra"
    pinned = [line for line in (ROOT / "requirements" / constraints).read_text().splitlines() if "==" in line]
    for pin in pinned:
        name = pin.split("==")[0]
        if re.search(rf"^{re.escape(name)}==", freeze, re.IGNORECASE | re.MULTILINE):
            assert pin.lower() in freeze.lower(), f"{pin} is not what was installed"

    app = tmp_path / "my-app"
    app.mkdir()
    (app / "main.py").write_text(readme_library_example())
    result = offline([str(python), "main.py"], cwd=app)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "no banner or warning may appear"
    docs = [d for d in yaml.safe_load_all((app / "dist" / "rpc.k8s.yaml").read_text()) if d]
    statefulsets = {d["metadata"]["name"]: d for d in docs if d["kind"] == "StatefulSet"}
    assert set(statefulsets) == {"classic", "eth"}
    assert statefulsets["classic"]["spec"]["replicas"] == 3
    assert any(d["kind"] == "BackendConfig" for d in docs), "the generated CRD bindings load from the wheel"

    command = venv / "bin" / "ethercluster"
    validate = offline([str(command), "validate", str(ROOT / "ethercluster.yaml")], cwd=app)
    assert validate.returncode == 0, validate.stderr
    gke = offline([str(command), "synth", str(ROOT / "ethercluster.yaml"), "--gke", "-o", "tf"], cwd=app)
    assert gke.returncode == 2
    assert "ethercluster-constructs[gke]" in gke.stderr and len(gke.stderr.splitlines()) == 1
    assert not (app / "tf").exists()


def offline(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run with no network at all (a new network namespace) and only system folders on PATH."""
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True) if unshare else None
    if probe is None or probe.returncode != 0:
        pytest.fail("`unshare -n` is needed to prove the example runs offline (util-linux, as root)")
    env = {"PATH": SYSTEM_PATH, "HOME": os.environ.get("HOME", "/root"), "LANG": "C.UTF-8"}
    return subprocess.run([unshare, "-n", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
