"""ruff lint and format, so `make test` alone keeps the code style."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support import ROOT

RUFF = Path(sys.executable).parent / "ruff"


def test_ruff_lint_and_format_are_clean():
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([str(RUFF), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
