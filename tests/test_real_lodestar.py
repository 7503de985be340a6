"""The real lodestar, started with the arguments the catalog emits, under its runtime contract.

It runs as the pod's UID (10001, via setpriv) in a directory tree where only the catalog's
writable mounts are writable by that UID: the working directory and $HOME are root-owned,
as on a read-only root filesystem. The health sidecar's beacon check then reads the node's
/eth/v1/node/syncing. Loopback only, bounded in time, always killed.

Adaptations, because nothing outside this machine is reachable:
- `--network=hoodi` and `--checkpointSyncUrl` become `--network=dev --genesisValidators=8`,
  a genesis made locally (whether `beacon` takes these at the installed version is not
  verified: the package could not be installed here, see NOT_INSTALLABLE);
- the Engine API URL points at a closed loopback port (no execution client here), so the
  node reports the execution layer offline, which the sidecar must read as not ready.
Every other argument is the catalog's, unchanged.

Where the package is not installed, the test skips with the reason recorded below.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from ethercluster_constructs.catalog import CONSENSUS_CLIENTS, NETWORKS, ConsensusPorts, ConsensusSettings
from ethercluster_constructs.node_containers import RUN_AS_UID
from ethercluster_constructs.pod_scripts.rpc_health import Settings, check_beacon
from tests.support import ROOT

LODESTAR = Path(os.environ.get("LODESTAR_BIN", ROOT / "node_modules" / ".bin" / "lodestar"))
NOT_INSTALLABLE = (
    "@chainsafe/lodestar is not installed: this machine's npm registry lists no 1.48.0 (the pinned "
    "image tag); its newest, 1.44.0, and 1.30.0 both need @chainsafe/snappy-wasm@^0.5.0 (via "
    "@lodestar/beacon-node), which the registry answers with 404. Set LODESTAR_BIN to a lodestar CLI to run this"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def offline_args(catalog_args: list[str]) -> list[str]:
    """The catalog's arguments with only the adaptations listed in the module docstring."""
    adapted = []
    for arg in catalog_args:
        if arg.startswith("--network="):
            adapted += ["--network=dev", "--genesisValidators=8"]
        elif not arg.startswith("--checkpointSyncUrl="):
            adapted.append(arg)
    return adapted


@pytest.mark.skipif(not LODESTAR.exists(), reason=NOT_INSTALLABLE)
def test_lodestar_starts_under_its_contract_and_the_sidecar_reads_its_sync_status():
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run as the pod's UID")
    # Not pytest's tmp_path: its parents are 0700, closed to the pod's UID.
    with tempfile.TemporaryDirectory(prefix="lodestar-") as top:
        run_lodestar(Path(top))


def run_lodestar(tmp_path: Path) -> None:
    profile = CONSENSUS_CLIENTS["lodestar"]
    root = tmp_path / "root"  # root-owned, 0755: the read-only image root as seen by UID 10001
    consensus, scratch, jwt = root / "consensus", root / "tmp", root / "jwt"
    for directory in (consensus, scratch, jwt):
        directory.mkdir(parents=True)
    (jwt / "jwt.hex").write_text("ab" * 32)
    for writable in (consensus, scratch):  # the catalog's writable mounts
        os.chown(writable, RUN_AS_UID, RUN_AS_UID)
    for path in (tmp_path, root):
        path.chmod(0o755)
    ports = ConsensusPorts(beacon=free_port(), p2p=free_port(), metrics=free_port())
    settings = ConsensusSettings(
        network=NETWORKS["hoodi"],
        ports=ports,
        data_dir=str(consensus),
        jwt_path=str(jwt / "jwt.hex"),
        execution_endpoint=f"http://127.0.0.1:{free_port()}",
        checkpoint_sync_url="https://checkpoint.invalid",
    )
    args = offline_args(profile.args(settings))
    env = {"PATH": os.environ["PATH"], "HOME": str(scratch), "TMPDIR": str(scratch)}
    command = ["setpriv", f"--reuid={RUN_AS_UID}", f"--regid={RUN_AS_UID}", "--clear-groups", str(LODESTAR), *args]
    log = tmp_path / "lodestar.log"
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        beacon = f"http://127.0.0.1:{ports.beacon}"
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, f"lodestar exited {process.returncode}:\n{log.read_text()[-3000:]}"
            try:
                urllib.request.urlopen(f"{beacon}/eth/v1/node/version", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, f"lodestar did not serve in 120 s:\n{log.read_text()[-3000:]}"
                time.sleep(1)
        verdict = check_beacon(
            Settings(
                rpc_url="http://127.0.0.1:1/",
                beacon_url=beacon,
                min_peers=0,
                max_head_age_seconds=0,
                listen_port=0,
                rpc_timeout_seconds=5.0,
                cache_seconds=0.0,
            )
        )
        # The sidecar read a real sync status: a head slot, and no execution client behind it.
        assert "beacon_head_slot" in verdict.metrics, verdict.reason
        assert not verdict.ready, verdict.reason
        written = {p.relative_to(root).parts[0] for p in root.rglob("*") if p.stat().st_uid == RUN_AS_UID}
        assert written <= {"consensus", "tmp"}, f"lodestar wrote outside its writable mounts: {written}"
    finally:
        process.kill()
        process.wait(timeout=30)
