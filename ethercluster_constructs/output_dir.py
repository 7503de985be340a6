"""Writing an output directory so that it holds exactly one synth's files, and nothing is lost.

A synth writes into a fresh staging directory beside the target. Only when it has succeeded
does the staging directory replace the target, so a failed synth leaves the target as it was.
The target is replaced only if this tool wrote everything in it: each synth leaves a list of
the files it wrote (`.ethercluster-output`), and a target that holds any other file, or has no
such list, is refused. `kubectl apply -f DIR` reads only *.yaml, *.yml and *.json files, so the
list does not disturb it. Files that a downstream tool keeps in the directory (Terraform's
`.terraform/` beside a stack) can be named in `keep`: they are carried over untouched.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import EtherclusterError

RECORD = ".ethercluster-output"
"""The list of files a synth wrote, one relative POSIX path a line, in the output directory."""


class OutputDirError(EtherclusterError):
    """The output directory holds files this tool did not write, or is not a directory."""


def write_output(target: str | Path, write: Callable[[Path], None], *, keep: tuple[str, ...] = ()) -> list[str]:
    """Run `write(staging_dir)`, then make `target` hold exactly what it wrote.

    Returns the relative paths written. Raises OutputDirError, before `write` runs, when
    `target` holds anything an earlier synth did not write, other than files matching a
    `keep` pattern (fnmatch, `*` spans folders), which move over unchanged. Whatever `write`
    raises leaves `target` untouched.
    """
    target = Path(target)
    previous = _previous_output(target, keep)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the output is an ordinary folder
    try:
        write(staging)
        written = _files(staging)
        (staging / RECORD).write_text("".join(f"{name}\n" for name in written))
        if previous is not None:
            for name in _files(target):
                if name not in previous:  # a kept file
                    (staging / name).parent.mkdir(parents=True, exist_ok=True)
                    (target / name).rename(staging / name)
            _remove(target, previous)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _previous_output(target: Path, keep: tuple[str, ...]) -> list[str] | None:
    """The files of an earlier synth in `target` (kept files aside), or None when there is no target yet."""
    if not target.exists() and not target.is_symlink():
        return None
    if target.is_symlink() or not target.is_dir():
        raise OutputDirError(f"{target}: is not a directory; choose another output directory")
    present = [name for name in _files(target) if not any(fnmatch.fnmatchcase(name, k) for k in keep)]
    if not present:
        return []
    record = target / RECORD
    listed = set(record.read_text().splitlines()) if record.is_file() else set()
    foreign = [name for name in present if name not in listed and name != RECORD]
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise OutputDirError(
            f"{target}: holds files this tool did not write ({shown}); nothing was written. "
            "Move them away or choose another output directory"
        )
    return present


def _files(directory: Path) -> list[str]:
    """Every file and symlink under `directory`, as sorted relative POSIX paths."""
    return sorted(
        path.relative_to(directory).as_posix() for path in directory.rglob("*") if path.is_file() or path.is_symlink()
    )


def _remove(target: Path, files: list[str]) -> None:
    """Delete an earlier synth's files, then the directories left empty, then `target`."""
    for name in files:
        (target / name).unlink()
    for directory in sorted((p for p in target.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        directory.rmdir()
    target.rmdir()
