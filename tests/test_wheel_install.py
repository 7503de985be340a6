"""A second, independent cdk8s app uses the library from a wheel built from this repo."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile

import yaml

from tests.support import ROOT

SECOND_APP = textwrap.dedent(
    """
    import cdk8s
    import ethercluster_constructs
    from ethercluster_constructs import ClusterNetwork, EthereumNode, PublicEdge

    app = cdk8s.App(outdir="out")
    chart = cdk8s.Chart(app, "my-rpc", namespace="rpc")
    cluster = ClusterNetwork(chart, "cluster", namespace="rpc", edge=PublicEdge(
        static_ip_name="rpc-ip", domains=("rpc.example.org",)))
    cluster.expose(EthereumNode(chart, "mordor", network="mordor", replicas=2, namespace="rpc",
                                rpc_path="/mordor", ws_path="/ws-mordor", rpc_hosts=("rpc.example.org",)))
    app.synth()
    print(ethercluster_constructs.__file__)
    """
)


def test_a_wheel_built_from_the_repo_serves_another_cdk8s_app(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "wheels"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "wheels").glob("ethercluster_constructs-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ethercluster_constructs/py.typed" in names
    assert "ethercluster_constructs/pod_scripts/rpc_health.py" in names
    assert any(n.startswith("ethercluster_constructs/crds/backendconfig/") and n.endswith(".jsii.tgz") for n in names)
    assert not any(n.startswith("tests/") for n in names)

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    app_dir = tmp_path / "my-app"
    app_dir.mkdir()
    (app_dir / "main.py").write_text(SECOND_APP)
    # The wheel's copy comes first on sys.path, ahead of this checkout's editable install.
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=app_dir, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(site))
    docs = [d for d in yaml.safe_load_all((app_dir / "out" / "my-rpc.k8s.yaml").read_text()) if d]
    statefulset = next(d for d in docs if d["kind"] == "StatefulSet")
    assert statefulset["metadata"]["namespace"] == "rpc"
    assert statefulset["spec"]["replicas"] == 2
    assert any(d["kind"] == "BackendConfig" for d in docs)  # generated CRD bindings work from the wheel
    health = next(d for d in docs if d["kind"] == "ConfigMap")
    assert "def check_ready" in next(iter(health["data"].values()))
