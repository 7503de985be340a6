"""The private-network pod scripts, run for real: the peering sidecar against a stand-in for
the node's IPC socket and a second replica's sidecar on loopback, the signer setup on folders,
and the readiness sidecar against anvil sealing at a block time and stalled."""

from __future__ import annotations

import json
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ethercluster_constructs.app_builder import private_min_peers
from ethercluster_constructs.pod_scripts import fleet_peering, signer_setup
from ethercluster_constructs.pod_scripts.rpc_health import check_ready, rpc_call
from tests.test_health_probe import anvil, get, scripted_node, serving, settings

NODE_A, NODE_B = "a" * 128, "b" * 128


@contextmanager
def fake_ipc(node_id: str) -> Iterator[tuple[str, list]]:
    """A Unix-socket JSON-RPC server answering like geth's admin API; yields (path, calls)."""
    calls: list = []
    folder = tempfile.mkdtemp(prefix="ipc")
    path = f"{folder}/geth.ipc"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen()

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            with connection:
                request = json.loads(connection.recv(65536))
                calls.append((request["method"], request["params"]))
                result = (
                    {"enode": f"enode://{node_id}@127.0.0.1:30303?discport=0", "id": "x"}
                    if request["method"] == "admin_nodeInfo"
                    else True
                )
                # Split the answer in two writes: the client must read until the JSON is whole.
                answer = json.dumps({"jsonrpc": "2.0", "id": request["id"], "result": result}).encode()
                connection.sendall(answer[:10])
                time.sleep(0.01)
                connection.sendall(answer[10:])

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield path, calls
    finally:
        server.close()


def peering_settings(ipc: str, peers: list[str], peering_port: int, pod: str = "node-0") -> fleet_peering.Settings:
    return fleet_peering.Settings(peers=peers, pod_name=pod, ipc_path=ipc, peering_port=peering_port)


def test_a_replica_adds_every_other_replica_as_a_static_peer_by_its_current_address(monkeypatch):
    with fake_ipc(NODE_A) as (ipc_a, calls_a), fake_ipc(NODE_B) as (ipc_b, _):
        # Replica B's sidecar serves B's enode id on loopback.
        server_b = fleet_peering.make_server(peering_settings(ipc_b, [], 0), host="127.0.0.1")
        with serving(server_b) as url_b:
            port_b = int(url_b.rsplit(":", 1)[1])
            assert get(f"{url_b}/enode") == (200, {"id": NODE_B})
            own = "node-0.nodes-headless.ns.svc"
            peering = fleet_peering.Peering(peering_settings(ipc_a, [own, "localhost"], port_b))
            notes = peering.round()
            assert calls_a == [("admin_addPeer", [f"enode://{NODE_B}@127.0.0.1:30303"])], notes
            peering.round()  # nothing changed: nothing is re-added
            assert len(calls_a) == 1
            # B was rescheduled and its name now resolves elsewhere: replace the static peer.
            real = fleet_peering.resolve
            monkeypatch.setattr(
                fleet_peering, "resolve", lambda name: "10.0.0.9" if name == "localhost" else real(name)
            )
            peering.round()
            assert calls_a[1:] == [
                ("admin_removePeer", [f"enode://{NODE_B}@127.0.0.1:30303"]),
                ("admin_addPeer", [f"enode://{NODE_B}@10.0.0.9:30303"]),
            ]


def test_an_unreachable_peer_is_retried_and_nothing_is_added():
    with fake_ipc(NODE_A) as (ipc, calls):
        peering = fleet_peering.Peering(peering_settings(ipc, ["nodes-1.nowhere.invalid"], 1))
        notes = peering.round()
    assert calls == [] and notes and notes[0].startswith("waiting for nodes-1.nowhere.invalid")


def test_enode_is_503_until_the_node_answers_on_ipc():
    server = fleet_peering.make_server(peering_settings("/nonexistent/geth.ipc", [], 0), host="127.0.0.1")
    with serving(server) as url:
        status, body = get(f"{url}/enode")
    assert status == 503 and "admin_nodeInfo" in body["error"]


def test_settings_from_the_environment_the_manifest_sets():
    s = fleet_peering.Settings.from_env(
        {"PEERS": "a-0.a-headless.n.svc, a-1.a-headless.n.svc", "POD_NAME": "a-1", "IPC_PATH": "/ipc/geth.ipc"}
    )
    assert s.others() == ["a-0.a-headless.n.svc"] and (s.p2p_port, s.peering_port) == (30303, 8081)


# -- signer setup -------------------------------------------------------------------------------------


def _signer_folders(tmp_path: Path) -> dict[str, Path]:
    folders = {name: tmp_path / name for name in ("keys", "signer", "staging")}
    for folder in folders.values():
        folder.mkdir()
    (folders["keys"] / "signer-1.key").write_text("ab" * 32)
    (folders["keys"] / "signer-1.address").write_text("0x" + "12" * 20)
    return folders


def test_a_signer_pod_takes_the_key_of_its_ordinal_and_a_fresh_password(tmp_path):
    folders = _signer_folders(tmp_path)
    (folders["signer"] / "keystore").mkdir()
    (folders["signer"] / "keystore" / "old-import").write_text("{}")  # from a previous pod start
    address = signer_setup.prepare(
        pod_name="signers-1", keys_dir=folders["keys"], signer_dir=folders["signer"], staging_dir=folders["staging"]
    )
    assert address == "0x" + "12" * 20
    assert (folders["staging"] / "key").read_text() == "ab" * 32
    assert (folders["signer"] / "config.toml").read_text() == f'[Eth.Miner]\nEtherbase = "{address}"\n'
    assert re.fullmatch(r"[0-9a-f]{64}", (folders["signer"] / "password").read_text())
    assert list((folders["signer"] / "keystore").iterdir()) == []
    # A second start gets a new password, and the key never reaches the node's folder.
    first = (folders["signer"] / "password").read_text()
    signer_setup.prepare(
        pod_name="signers-1", keys_dir=folders["keys"], signer_dir=folders["signer"], staging_dir=folders["staging"]
    )
    assert (folders["signer"] / "password").read_text() != first
    assert not any("ab" * 32 in p.read_text() for p in folders["signer"].rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("pod", "message"), [("signers-2", "more replicas than signer keys"), ("signers", "not a StatefulSet pod name")]
)
def test_a_pod_without_a_key_fails_its_start_with_the_reason(tmp_path, pod, message):
    folders = _signer_folders(tmp_path)
    with pytest.raises(signer_setup.SetupError, match=message):
        signer_setup.prepare(
            pod_name=pod, keys_dir=folders["keys"], signer_dir=folders["signer"], staging_dir=folders["staging"]
        )


# -- readiness on a private chain ---------------------------------------------------------------------


def test_a_dev_chain_sealing_at_its_block_time_is_ready_and_a_stalled_one_is_not():
    # A single-node dev chain (no peers needed), one block a second, judged on a 3 s head age.
    with anvil("--block-time", "1") as url:
        judge = settings(url, min_peers=0, max_head_age_seconds=3)
        first = rpc_call(judge, "eth_blockNumber")
        time.sleep(4)
        assert check_ready(judge) == (True, "synced")
        assert int(rpc_call(judge, "eth_blockNumber"), 16) >= int(first, 16) + 3  # the head advances
        rpc_call(judge, "evm_setIntervalMining", [0])  # sealing stops
        time.sleep(4.5)
        ready, reason = check_ready(judge)
        assert not ready and re.fullmatch(r"head: \d+s old > 3s", reason), reason
        rpc_call(judge, "evm_setIntervalMining", [1])  # sealing resumes
        time.sleep(1.5)
        assert check_ready(judge) == (True, "synced")


@pytest.mark.parametrize(("peers", "ready"), [("0x0", False), ("0x1", True), ("0x2", True)])
def test_a_node_of_a_three_node_network_is_ready_with_one_of_its_two_peers(peers, ready):
    # anvil has no net_peerCount: a scripted node stands in for the peer count.
    threshold = private_min_peers(3)
    with scripted_node({"eth_syncing": False, "net_peerCount": peers}) as url:
        verdict = check_ready(settings(url, min_peers=threshold, max_head_age_seconds=30))
    assert verdict == ((True, "synced") if ready else (False, f"peers: 0 < {threshold}"))
