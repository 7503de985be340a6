"""Prepare this pod's clique signer at pod start: pick its own key, nothing else. Standard library only.

Runs as an init container with the signers' Secret mounted. Pod `<fleet>-<i>` of the signer
StatefulSet takes `signer-<i>.key` and `signer-<i>.address` (written by `ethercluster clique
init`), then writes into memory-backed volumes:
  STAGING_DIR/key          the raw key, for the next init container's `geth account import`
  SIGNER_DIR/password      a fresh random password for this pod's keystore (never stored)
  SIGNER_DIR/config.toml   `[Eth.Miner] Etherbase`, the address the node seals with
and empties SIGNER_DIR/keystore, so that a re-run after a pod restart imports cleanly.
The main container sees SIGNER_DIR only; the Secret and the raw key stay in the init steps.

Environment: KEYS_DIR, SIGNER_DIR, STAGING_DIR; POD_NAME (default: the host name).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import sys
from pathlib import Path

_ADDRESS = re.compile(r"^0x[0-9a-f]{40}$")
_KEY = re.compile(r"^[0-9a-f]{64}$")


class SetupError(Exception):
    pass


def ordinal(pod_name: str) -> int:
    match = re.fullmatch(r".+-([0-9]+)", pod_name)
    if not match:
        raise SetupError(f"pod name {pod_name!r} is not a StatefulSet pod name ending in -<ordinal>")
    return int(match[1])


def prepare(*, pod_name: str, keys_dir: Path, signer_dir: Path, staging_dir: Path) -> str:
    """Set up this pod's signer files; return its address."""
    index = ordinal(pod_name)
    key_file, address_file = keys_dir / f"signer-{index}.key", keys_dir / f"signer-{index}.address"
    if not key_file.exists() or not address_file.exists():
        raise SetupError(
            f"the signer Secret has no signer-{index}.key/.address for pod {pod_name}: the fleet has more "
            "replicas than signer keys (add one with `ethercluster clique add-signer`)"
        )
    key = key_file.read_text().strip().removeprefix("0x")
    address = address_file.read_text().strip().lower()
    if not _KEY.match(key) or not _ADDRESS.match(address):
        raise SetupError(f"signer-{index}.key or signer-{index}.address is malformed in the signer Secret")
    shutil.rmtree(signer_dir / "keystore", ignore_errors=True)
    (signer_dir / "keystore").mkdir(mode=0o700)
    _write(signer_dir / "password", secrets.token_hex(32))
    _write(signer_dir / "config.toml", f'[Eth.Miner]\nEtherbase = "{address}"\n')
    _write(staging_dir / "key", key)
    return address


def _write(path: Path, text: str) -> None:
    path.unlink(missing_ok=True)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
        file.write(text)


def main() -> int:
    try:
        address = prepare(
            pod_name=os.environ.get("POD_NAME") or socket.gethostname(),
            keys_dir=Path(os.environ["KEYS_DIR"]),
            signer_dir=Path(os.environ["SIGNER_DIR"]),
            staging_dir=Path(os.environ["STAGING_DIR"]),
        )
    except SetupError as error:
        print(f"signer setup failed: {error}", file=sys.stderr)
        return 1
    print(f"this pod seals as {address}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
