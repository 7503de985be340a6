"""Sync-aware health endpoint for an Ethereum node, run as a sidecar in the node's pod.

Standard library only: the file is mounted from a ConfigMap into a stock Python image,
so there is no image of our own to build, scan or pin.

Why a sidecar: core-geth and geth answer 200 on their RPC port while they are still
syncing, and the standard beacon health endpoint answers 206 while syncing; Kubernetes
counts any 2xx/3xx as ready. This server turns the nodes' own answers into a status code
that Kubernetes readiness probes and the GCE load balancer's health check can use directly.

Endpoints (GET):
  /ready/execution  200 when the execution node is synced, has enough peers and a fresh head.
  /ready/beacon     200 when the beacon node is synced, not optimistic and sees its execution
                    node (from /eth/v1/node/syncing, not from the 206 status). 404 if no
                    BEACON_URL is configured.
  /ready            both of the above (only execution when there is no beacon node).
  /healthz          200 while this server runs (the sidecar's own liveness).
Every "not ready" answer is 503 with a JSON reason.

Configuration (environment):
  RPC_URL               execution JSON-RPC URL, default http://127.0.0.1:8545/
  BEACON_URL            beacon API base URL, e.g. http://127.0.0.1:5052; unset: no beacon node
  MIN_PEERS             fewest execution peers for "ready"; 0 skips the check, default 1
  MAX_HEAD_AGE_SECONDS  oldest acceptable head block timestamp; 0 disables, default 0
  LISTEN_PORT           port to serve on, default 8080
  RPC_TIMEOUT_SECONDS   per-request timeout towards the nodes, default 3
  CACHE_SECONDS         reuse a verdict this long; GCE probes from many places, default 2
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Settings:
    rpc_url: str
    beacon_url: str | None
    min_peers: int
    max_head_age_seconds: int
    listen_port: int
    rpc_timeout_seconds: float
    cache_seconds: float

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            rpc_url=env.get("RPC_URL", "http://127.0.0.1:8545/"),
            beacon_url=env.get("BEACON_URL") or None,
            min_peers=int(env.get("MIN_PEERS", "1")),
            max_head_age_seconds=int(env.get("MAX_HEAD_AGE_SECONDS", "0")),
            listen_port=int(env.get("LISTEN_PORT", "8080")),
            rpc_timeout_seconds=float(env.get("RPC_TIMEOUT_SECONDS", "3")),
            cache_seconds=float(env.get("CACHE_SECONDS", "2")),
        )


class RpcError(Exception):
    """A node did not give a usable answer."""


def rpc_call(settings: Settings, method: str, params: list | None = None) -> object:
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []})
    request = urllib.request.Request(
        settings.rpc_url,
        data=body.encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.rpc_timeout_seconds) as response:
            answer = json.loads(response.read())
    except (OSError, ValueError) as error:  # URLError, timeouts and bad JSON
        raise RpcError(f"{method}: {error}") from error
    if not isinstance(answer, dict) or "error" in answer or "result" not in answer:
        raise RpcError(f"{method}: unexpected answer {answer!r}")
    return answer["result"]


def check_execution(settings: Settings) -> tuple[bool, str]:
    """Return (ready, reason). Each check names what failed so `kubectl describe` explains it."""
    try:
        syncing = rpc_call(settings, "eth_syncing")
        if syncing:
            current = _hex(syncing.get("currentBlock")) if isinstance(syncing, dict) else None
            highest = _hex(syncing.get("highestBlock")) if isinstance(syncing, dict) else None
            return False, f"syncing: block {current} of {highest}"
        if settings.min_peers > 0:
            peers = _hex(rpc_call(settings, "net_peerCount"))
            if peers < settings.min_peers:
                return False, f"peers: {peers} < {settings.min_peers}"
        if settings.max_head_age_seconds > 0:
            head = rpc_call(settings, "eth_getBlockByNumber", ["latest", False])
            if not isinstance(head, dict):
                return False, "head: no latest block"
            age = time.time() - _hex(head.get("timestamp"))
            if age > settings.max_head_age_seconds:
                return False, f"head: {int(age)}s old > {settings.max_head_age_seconds}s"
    except RpcError as error:
        return False, f"rpc: {error}"
    return True, "synced"


def check_beacon(settings: Settings) -> tuple[bool, str]:
    """Judge the beacon node by its sync status body, whatever HTTP status it answers with."""
    assert settings.beacon_url
    url = f"{settings.beacon_url.rstrip('/')}/eth/v1/node/syncing"
    try:
        with urllib.request.urlopen(url, timeout=settings.rpc_timeout_seconds) as response:
            status = json.loads(response.read())["data"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return False, f"beacon: {error}"
    if status.get("is_syncing"):
        return False, f"beacon syncing: head slot {status.get('head_slot')}, {status.get('sync_distance')} behind"
    if status.get("is_optimistic"):
        return False, "beacon optimistic: execution payloads not yet verified"
    if status.get("el_offline"):
        return False, "beacon: execution node offline"
    return True, "beacon synced"


def check_ready(settings: Settings, part: str = "all") -> tuple[bool, str]:
    """`part` is "execution", "beacon" or "all"."""
    verdicts = []
    if part in ("execution", "all"):
        verdicts.append(check_execution(settings))
    if part in ("beacon", "all") and settings.beacon_url:
        verdicts.append(check_beacon(settings))
    failed = [reason for ok, reason in verdicts if not ok]
    return (not failed, "; ".join(failed) if failed else "synced")


def _hex(value: object) -> int:
    if isinstance(value, str):
        return int(value, 16)
    if isinstance(value, int):
        return value
    raise RpcError(f"expected a hex quantity, got {value!r}")


class _CachedVerdicts:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, tuple[bool, str]]] = {}

    def get(self, part: str) -> tuple[bool, str]:
        with self._lock:
            at, verdict = self._cache.get(part, (float("-inf"), (False, "")))
            if time.monotonic() - at >= self._settings.cache_seconds:
                verdict = check_ready(self._settings, part)
                self._cache[part] = (time.monotonic(), verdict)
            return verdict


def make_server(settings: Settings, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    verdicts = _CachedVerdicts(settings)
    parts = {"/ready": "all", "/ready/execution": "execution"}
    if settings.beacon_url:
        parts["/ready/beacon"] = "beacon"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            path = self.path.split("?", 1)[0]
            if path == "/healthz":
                self._reply(200, {"alive": True})
            elif path in parts:
                ready, reason = verdicts.get(parts[path])
                self._reply(200 if ready else 503, {"ready": ready, "reason": reason})
            else:
                self._reply(404, {"error": f"unknown path {path}"})

        def _reply(self, status: int, payload: dict) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # probes arrive every few seconds; logging each would drown the node's logs

    return ThreadingHTTPServer((host, settings.listen_port), Handler)


if __name__ == "__main__":
    make_server(Settings.from_env()).serve_forever()
