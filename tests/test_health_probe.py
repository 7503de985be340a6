"""The readiness sidecar against real JSON-RPC servers on loopback.

anvil (npm @foundry-rs/anvil, installed by `npm ci`) is a real Ethereum node; a small
scripted server stands in for states anvil cannot show (syncing, peers, errors).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ethercluster_constructs.pod_scripts.rpc_health import Settings, check_ready, make_server
from tests.support import ROOT


def anvil_binary() -> str | None:
    """The anvil that `npm ci` installed. Its platform package (@foundry-rs/anvil-<os>-<arch>)
    and the wrapper both declare an `anvil` bin, and npm 10 (Node.js 22) then links neither
    into node_modules/.bin, so the platform package's binary is the one to run."""
    installed = sorted(ROOT.glob("node_modules/@foundry-rs/anvil-*/bin/anvil"))
    linked = ROOT / "node_modules" / ".bin" / "anvil"
    return str(installed[0]) if installed else str(linked) if linked.exists() else shutil.which("anvil")


ANVIL = anvil_binary()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def settings(url: str, **overrides) -> Settings:
    values = {
        "rpc_url": url,
        "beacon_url": None,
        "min_peers": 0,
        "max_head_age_seconds": 0,
        "listen_port": 0,
        "rpc_timeout_seconds": 2.0,
        "cache_seconds": 0.0,
    }
    return Settings(**{**values, **overrides})


@contextmanager
def anvil(*args: str) -> Iterator[str]:
    if ANVIL is None:
        pytest.fail("anvil is missing: run `npm ci` (make setup installs it)")
    port = free_port()
    process = subprocess.Popen(
        [ANVIL, "--host", "127.0.0.1", "--port", str(port), "--silent", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("anvil did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run `server` on a thread; yield its base URL (no trailing slash)."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(BaseHTTPRequestHandler):
    def reply(self, status: int, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def scripted_node(answers: dict[str, object]) -> Iterator[str]:
    """A JSON-RPC server answering each method with a fixed result (or error if missing)."""
    # A synced node's head is a few seconds old; callers that care override this.
    answers.setdefault("eth_getBlockByNumber", {"number": "0x10", "timestamp": hex(int(time.time()) - 5)})

    class Handler(QuietHandler):
        def do_POST(self):  # noqa: N802
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if request["method"] in answers:
                self.reply(200, {"jsonrpc": "2.0", "id": request["id"], "result": answers[request["method"]]})
            else:
                self.reply(200, {"jsonrpc": "2.0", "id": request["id"], "error": {"code": -32601, "message": "nope"}})

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as url:
        yield f"{url}/"


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def health_server(node_settings: Settings):
    return serving(make_server(node_settings, host="127.0.0.1"))


def test_a_synced_anvil_node_is_ready_over_http():
    with anvil() as url, health_server(settings(url, max_head_age_seconds=600)) as health:
        assert get(f"{health}/ready") == (200, {"ready": True, "reason": "synced"})
        assert get(f"{health}/healthz")[0] == 200
        assert get(f"{health}/other")[0] == 404


def test_a_stale_head_is_not_ready():
    # Genesis dated 2020 and no blocks mined: the head is years old.
    with anvil("--timestamp", "1577836800") as url:
        ready, reason = check_ready(settings(url, max_head_age_seconds=600))
    assert not ready and reason.startswith("head: ") and "> 600s" in reason


def test_a_node_that_cannot_count_peers_is_not_ready():
    # anvil has no net_peerCount: an RPC error must mean "not ready", never "ready".
    with anvil() as url:
        ready, reason = check_ready(settings(url, min_peers=1))
    assert not ready and reason.startswith("rpc: net_peerCount")


def test_a_syncing_node_is_not_ready_and_says_how_far_it_got():
    syncing = {"startingBlock": "0x0", "currentBlock": "0x64", "highestBlock": "0x3e8"}
    with (
        scripted_node({"eth_syncing": syncing, "net_peerCount": "0x19"}) as url,
        health_server(settings(url)) as health,
    ):
        assert get(f"{health}/ready") == (503, {"ready": False, "reason": "syncing: block 100 of 1000"})


@pytest.mark.parametrize(("peers", "ready"), [("0x0", False), ("0x2", False), ("0x3", True)])
def test_peer_threshold(peers, ready):
    with scripted_node({"eth_syncing": False, "net_peerCount": peers}) as url:
        assert check_ready(settings(url, min_peers=3))[0] is ready


def test_an_unreachable_node_is_not_ready():
    ready, reason = check_ready(settings(f"http://127.0.0.1:{free_port()}/", rpc_timeout_seconds=1.0))
    assert not ready and reason.startswith("rpc: eth_syncing")


def test_verdicts_are_cached_so_load_balancer_probes_do_not_hammer_the_node():
    calls = []

    class Counting(dict):
        def __contains__(self, method):
            calls.append(method)
            return super().__contains__(method)

    with scripted_node(Counting(eth_syncing=False)) as url, health_server(settings(url, cache_seconds=60)) as health:
        for _ in range(5):
            assert get(f"{health}/ready")[0] == 200
            with urllib.request.urlopen(f"{health}/metrics", timeout=5) as response:
                assert response.status == 200
    assert calls == ["eth_syncing", "net_peerCount", "eth_getBlockByNumber"]


def test_settings_come_from_the_environment_the_manifest_sets():
    parsed = Settings.from_env(
        {"RPC_URL": "http://127.0.0.1:9545/etc", "MIN_PEERS": "3", "MAX_HEAD_AGE_SECONDS": "260", "LISTEN_PORT": "8080"}
    )
    assert (parsed.rpc_url, parsed.min_peers, parsed.max_head_age_seconds, parsed.listen_port) == (
        "http://127.0.0.1:9545/etc",
        3,
        260,
        8080,
    )


@contextmanager
def scripted_beacon(syncing: dict, status: int = 200) -> Iterator[str]:
    """A beacon API answering /eth/v1/node/syncing with `syncing` and HTTP `status`."""

    class Handler(QuietHandler):
        def do_GET(self):  # noqa: N802
            self.reply(status if self.path == "/eth/v1/node/syncing" else 404, {"data": syncing})

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as url:
        yield url


SYNCED_BEACON = {
    "head_slot": "100",
    "sync_distance": "0",
    "is_syncing": False,
    "is_optimistic": False,
    "el_offline": False,
}


@pytest.mark.parametrize(
    ("beacon", "ready", "reason"),
    [
        (SYNCED_BEACON, True, "synced"),
        (
            {**SYNCED_BEACON, "is_syncing": True, "sync_distance": "5000"},
            False,
            "beacon syncing: head slot 100, 5000 behind",
        ),
        ({**SYNCED_BEACON, "is_optimistic": True}, False, "beacon optimistic"),
        ({**SYNCED_BEACON, "el_offline": True}, False, "beacon: execution node offline"),
    ],
)
def test_beacon_readiness_reads_the_sync_status_not_the_http_code(beacon, ready, reason):
    # A syncing beacon node answers 206 on /eth/v1/node/health, which Kubernetes counts as
    # success; the sidecar reads /eth/v1/node/syncing instead.
    with scripted_node({"eth_syncing": False}) as url, scripted_beacon(beacon) as beacon_url:
        node = settings(url, beacon_url=beacon_url)
        with health_server(node) as health:
            status, body = get(f"{health}/ready/beacon")
            assert (status == 200, body["reason"].startswith(reason)) == (ready, True)
            assert get(f"{health}/ready")[0] == (200 if ready else 503)
            assert get(f"{health}/ready/execution")[0] == 200


def test_ready_needs_both_layers_and_names_each_failure():
    syncing = {**SYNCED_BEACON, "is_syncing": True}
    execution = {"eth_syncing": {"currentBlock": "0x1", "highestBlock": "0x2"}}
    with scripted_node(execution) as url, scripted_beacon(syncing) as beacon_url:  # noqa: SIM117 (inner needs url)
        with health_server(settings(url, beacon_url=beacon_url)) as health:
            status, body = get(f"{health}/ready")
    assert status == 503
    assert body["reason"].startswith("syncing: block 1 of 2; beacon syncing")


def test_metrics_report_the_same_readings_for_every_client():
    head = {"number": "0x64", "timestamp": hex(int(time.time()) - 30)}
    beacon = {**SYNCED_BEACON, "head_slot": "12345"}
    answers = {"eth_syncing": False, "net_peerCount": "0x7", "eth_getBlockByNumber": head}
    with scripted_node(answers) as url, scripted_beacon(beacon) as beacon_url:  # noqa: SIM117 (inner needs url)
        with health_server(settings(url, beacon_url=beacon_url, min_peers=1)) as health:
            with urllib.request.urlopen(f"{health}/metrics", timeout=5) as response:
                text = response.read().decode()
    samples = dict(line.rsplit(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    assert samples['ethercluster_ready{layer="execution"}'] == "1"
    assert samples['ethercluster_ready{layer="beacon"}'] == "1"
    assert samples["ethercluster_execution_head_block"] == "100"
    assert samples["ethercluster_execution_peers"] == "7"
    assert 29 <= int(samples["ethercluster_execution_head_age_seconds"]) <= 40
    assert samples["ethercluster_beacon_head_slot"] == "12345"
    assert samples["ethercluster_beacon_sync_distance"] == "0"


def test_without_a_beacon_node_there_is_no_beacon_endpoint():
    with scripted_node({"eth_syncing": False}) as url, health_server(settings(url)) as health:
        assert get(f"{health}/ready/beacon")[0] == 404
