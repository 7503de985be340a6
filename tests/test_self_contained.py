"""A clone is all a user has: no tracked file may point outside the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.support import ROOT

RELATIVE = re.compile(r"(?<![\w./-])((?:\.\./)+[\w.-][\w./-]*)")
"""`../something`: must name something that exists in the repository, seen from the file's folder."""
LOCAL_STATE = re.compile(r"^\.\./\.\./\.\./terraform(\.[\w-]+\.tfstate)?$")
"""The GKE stack's local Terraform state, relative to cdktf.out/stacks/<name>/: the repo root."""
WORKSPACE = re.compile(r"(?<![\w.-])/work/[\w.-]+")
"""Absolute paths of this workplace (container paths such as /home/user in client images are fine)."""


def tracked_text_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = []
    for name in filter(None, names.decode().split("\0")):
        path = ROOT / name
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" not in data[:8000]:  # text only: the jsii assemblies are gzip
            files.append(path)
    return files


def outside_references(path: Path) -> list[str]:
    text = path.read_text(errors="replace")
    found = []
    for match in RELATIVE.finditer(text):
        target = match.group(1).rstrip(".")
        resolved = (path.parent / target).resolve()
        # A TypeScript import names its module without the `.ts` (schemas/erpc/types/*.ts).
        exists = resolved.exists() or resolved.with_name(resolved.name + ".ts").exists()
        if not LOCAL_STATE.match(target) and (not resolved.is_relative_to(ROOT) or not exists):
            found.append(target)
    found += WORKSPACE.findall(text)
    return found


def test_no_tracked_file_refers_outside_the_repository():
    files = tracked_text_files()
    assert len(files) > 50
    this_check = Path(__file__).resolve()  # its examples of offences are deliberate
    offenders = {
        str(p.relative_to(ROOT)): refs for p in files if p.resolve() != this_check and (refs := outside_references(p))
    }
    assert offenders == {}


def test_the_check_catches_a_reference_outside(tmp_path):
    # Spelt in parts, so that no tracked file holds a real-looking reference to the workspace.
    shared = ".." + "/" + "shared" + "/crds/x.yaml"
    workplace = "/" + "work" + "/" + "shared"
    for text in (f"see {shared}", "imports: ../../elsewhere/file", f"cd {workplace} && ls"):
        probe = ROOT / "docs" / "probe.md"
        try:
            probe.write_text(text)
            assert outside_references(probe), text
        finally:
            probe.unlink()
    inside = ROOT / "imports" / "probe.md"
    try:
        inside.write_text("see [sources](../crds/SOURCES.md)")
        assert outside_references(inside) == []
    finally:
        inside.unlink()
