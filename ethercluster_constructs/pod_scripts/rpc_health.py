"""Sync-aware health and metrics endpoint for an Ethereum node, run as a sidecar in its pod.

Standard library only: the file is mounted from a ConfigMap into a stock Python image,
so there is no image of our own to build, scan or pin.

Why a sidecar: core-geth and geth answer 200 on their RPC port while they are still
syncing, and the standard beacon health endpoint answers 206 while syncing; Kubernetes
counts any 2xx/3xx as ready. This server turns the nodes' own answers into a status code
that Kubernetes readiness probes and the GCE load balancer's health check can use directly,
and into the same metrics for every client.

Endpoints (GET):
  /ready/execution  200 when the execution node is synced, has enough peers and a fresh head.
  /ready/beacon     200 when the beacon node is synced, not optimistic and sees its execution
                    node (from /eth/v1/node/syncing, not from the 206 status). 404 if no
                    BEACON_URL is configured.
  /ready            both of the above (only execution when there is no beacon node).
  /metrics          Prometheus text: readiness, head, head age, peers, sync distance.
  /healthz          200 while this server runs (the sidecar's own liveness).
Every "not ready" answer is 503 with a JSON reason.

Configuration (environment):
  RPC_URL               execution JSON-RPC URL, default http://127.0.0.1:8545/
  BEACON_URL            beacon API base URL, e.g. http://127.0.0.1:5052; unset: no beacon node
  MIN_PEERS             fewest execution peers for "ready"; 0 skips the check, default 1
  MAX_HEAD_AGE_SECONDS  oldest acceptable head block timestamp; 0 disables, default 0
  LISTEN_PORT           port to serve on, default 8080
  RPC_TIMEOUT_SECONDS   per-request timeout towards the nodes, default 3
  CACHE_SECONDS         reuse a reading this long; GCE probes from many places, default 2
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.request
from collections.abc import Iterable
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


@dataclass(frozen=True)
class Verdict:
    ready: bool
    reason: str
    metrics: dict[str, float]


def rpc_call(settings: Settings, method: str, params: list | None = None) -> object:
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []})
    request = urllib.request.Request(
        settings.rpc_url, data=body.encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.rpc_timeout_seconds) as response:
            answer = json.loads(response.read())
    except (OSError, ValueError) as error:  # URLError, timeouts and bad JSON
        raise RpcError(f"{method}: {error}") from error
    if not isinstance(answer, dict) or "error" in answer or "result" not in answer:
        raise RpcError(f"{method}: unexpected answer {answer!r}")
    return answer["result"]


def check_execution(settings: Settings) -> Verdict:
    """Judge the execution node. Each reason names what failed, so `kubectl describe` explains it."""
    metrics: dict[str, float] = {}
    try:
        syncing = rpc_call(settings, "eth_syncing")
        metrics["execution_syncing"] = 1 if syncing else 0
        if syncing:
            current = _hex(syncing.get("currentBlock")) if isinstance(syncing, dict) else None
            highest = _hex(syncing.get("highestBlock")) if isinstance(syncing, dict) else None
            if current is not None and highest is not None:
                metrics["execution_head_block"] = current
                metrics["execution_sync_distance"] = highest - current
            return Verdict(False, f"syncing: block {current} of {highest}", metrics)
        try:
            peers = _hex(rpc_call(settings, "net_peerCount"))
            metrics["execution_peers"] = peers
        except RpcError:
            if settings.min_peers > 0:
                raise
        else:
            if peers < settings.min_peers:
                return Verdict(False, f"peers: {peers} < {settings.min_peers}", metrics)
        head = rpc_call(settings, "eth_getBlockByNumber", ["latest", False])
        if not isinstance(head, dict):
            return Verdict(False, "head: no latest block", metrics)
        age = time.time() - _hex(head.get("timestamp"))
        metrics["execution_head_block"] = _hex(head.get("number"))
        metrics["execution_head_age_seconds"] = round(age)
        metrics["execution_sync_distance"] = 0
        if 0 < settings.max_head_age_seconds < age:
            return Verdict(False, f"head: {int(age)}s old > {settings.max_head_age_seconds}s", metrics)
    except RpcError as error:
        return Verdict(False, f"rpc: {error}", metrics)
    return Verdict(True, "synced", metrics)


def check_beacon(settings: Settings) -> Verdict:
    """Judge the beacon node by its sync status body, whatever HTTP status it answers with."""
    assert settings.beacon_url
    url = f"{settings.beacon_url.rstrip('/')}/eth/v1/node/syncing"
    try:
        with urllib.request.urlopen(url, timeout=settings.rpc_timeout_seconds) as response:
            status = json.loads(response.read())["data"]
        metrics = {"beacon_head_slot": int(status["head_slot"]), "beacon_sync_distance": int(status["sync_distance"])}
    except (OSError, ValueError, KeyError, TypeError) as error:
        return Verdict(False, f"beacon: {error}", {})
    if status.get("is_syncing"):
        reason = f"beacon syncing: head slot {status.get('head_slot')}, {status.get('sync_distance')} behind"
        return Verdict(False, reason, metrics)
    if status.get("is_optimistic"):
        return Verdict(False, "beacon optimistic: execution payloads not yet verified", metrics)
    if status.get("el_offline"):
        return Verdict(False, "beacon: execution node offline", metrics)
    return Verdict(True, "beacon synced", metrics)


def check_ready(settings: Settings, part: str = "all") -> tuple[bool, str]:
    """`part` is "execution", "beacon" or "all"."""
    return combine(_check(settings, part).values())


def combine(verdicts: Iterable[Verdict]) -> tuple[bool, str]:
    """Ready only if every verdict is; the reason lists each failure."""
    failed = [v.reason for v in verdicts if not v.ready]
    return (not failed, "; ".join(failed) if failed else "synced")


def _check(settings: Settings, part: str) -> dict[str, Verdict]:
    verdicts = {}
    if part in ("execution", "all"):
        verdicts["execution"] = check_execution(settings)
    if part in ("beacon", "all") and settings.beacon_url:
        verdicts["beacon"] = check_beacon(settings)
    return verdicts


def render_metrics(verdicts: dict[str, Verdict]) -> str:
    lines = [
        "# HELP ethercluster_ready 1 when the node layer passes its readiness checks.",
        "# TYPE ethercluster_ready gauge",
        *(f'ethercluster_ready{{layer="{layer}"}} {int(v.ready)}' for layer, v in verdicts.items()),
    ]
    for verdict in verdicts.values():
        for name, value in sorted(verdict.metrics.items()):
            lines += [f"# TYPE ethercluster_{name} gauge", f"ethercluster_{name} {value:g}"]
    return "\n".join(lines) + "\n"


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
        self._at = float("-inf")
        self._verdicts: dict[str, Verdict] = {}

    def get(self) -> dict[str, Verdict]:
        with self._lock:
            if time.monotonic() - self._at >= self._settings.cache_seconds:
                self._verdicts = _check(self._settings, "all")
                self._at = time.monotonic()
            return self._verdicts


def make_server(settings: Settings, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    cache = _CachedVerdicts(settings)
    parts = {"/ready": ("execution", "beacon"), "/ready/execution": ("execution",)}
    if settings.beacon_url:
        parts["/ready/beacon"] = ("beacon",)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            path = self.path.split("?", 1)[0]
            if path == "/healthz":
                self._reply(200, json.dumps({"alive": True}), "application/json")
            elif path == "/metrics":
                self._reply(200, render_metrics(cache.get()), "text/plain; version=0.0.4")
            elif path in parts:
                verdicts = [v for layer, v in cache.get().items() if layer in parts[path]]
                ready, reason = combine(verdicts)
                self._reply(200 if ready else 503, json.dumps({"ready": ready, "reason": reason}), "application/json")
            else:
                self._reply(404, json.dumps({"error": f"unknown path {path}"}), "application/json")

        def _reply(self, status: int, text: str, content_type: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # probes arrive every few seconds; logging each would drown the node's logs

    return ThreadingHTTPServer((host, settings.listen_port), Handler)


if __name__ == "__main__":
    make_server(Settings.from_env()).serve_forever()
