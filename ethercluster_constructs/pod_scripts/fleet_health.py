"""Per-fleet health of this cluster, for the load balancer, run as a sidecar in the eRPC gateway's pods.

Standard library only: mounted from a ConfigMap into the same stock Python image as the nodes'
readiness sidecar (rpc_health.py).

Why: with several clusters, the multi-cluster load balancer health-checks each public fleet's
HTTP path at the gateway pods of every cluster. eRPC's own health check cannot say whether this
cluster has a ready node of a fleet: its per-network evaluations (erpc/erpc 0.1.2,
erpc/healthcheck.go evaluateNetworkHealth) count registered upstreams, or error rates of past
traffic (none before the first request), or ask eth_chainId, which a syncing node and an
external fallback both answer. This server asks the fleet's replicas in this cluster for their
own sync-aware verdict (rpc_health.py's /ready), so a cluster whose nodes of one fleet are all
unready (syncing, down, partitioned) fails that fleet's health check alone, and the load
balancer sends that fleet's traffic to the other clusters while the gateway keeps serving the rest.

Endpoints (GET):
  /fleets/<name>  200 when at least one replica of fleet <name> answers 200 on its /ready;
                  503 otherwise; 404 for a fleet this gateway does not front. JSON body.
  /healthz        200 while this server runs (the sidecar's own liveness and readiness).

Configuration (environment):
  FLEETS           JSON object: fleet name -> list of its replicas' readiness URLs
                   (http://<pod>.<fleet>-headless.<namespace>.svc:<health port>/ready)
  LISTEN_PORT      port to serve on, default 8081
  TIMEOUT_SECONDS  per replica, default 2
  CACHE_SECONDS    reuse a verdict this long; the load balancer probes from many places, default 2
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Settings:
    fleets: dict[str, list[str]]
    listen_port: int = 8081
    timeout_seconds: float = 2.0
    cache_seconds: float = 2.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        fleets = json.loads(env.get("FLEETS", "{}"))
        if not isinstance(fleets, dict) or not all(isinstance(urls, list) for urls in fleets.values()):
            raise SystemExit("FLEETS must be a JSON object of fleet name -> list of readiness URLs")
        return cls(
            fleets=fleets,
            listen_port=int(env.get("LISTEN_PORT", "8081")),
            timeout_seconds=float(env.get("TIMEOUT_SECONDS", "2")),
            cache_seconds=float(env.get("CACHE_SECONDS", "2")),
        )


def replica_ready(url: str, timeout: float) -> bool:
    """Whether one replica's readiness endpoint answers 200. A replica that does not resolve
    (Kubernetes leaves an unready pod out of its headless Service's DNS), refuses or times out
    is not ready."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def fleet_ready(urls: list[str], timeout: float) -> tuple[bool, str]:
    """Ready when one replica is. The replicas are asked at once, so the answer comes within
    one `timeout` (below the load balancer's own 5 s) however many of them hang."""
    if not urls:
        return False, "no replica of this fleet runs in this cluster"
    with ThreadPoolExecutor(max_workers=min(len(urls), 16)) as pool:
        asked = {pool.submit(replica_ready, url, timeout): url for url in urls}
        for answer in as_completed(asked):
            if answer.result():
                return True, f"ready replica: {asked[answer]}"
    return False, f"none of {len(urls)} replica(s) in this cluster is ready"


class _CachedVerdicts:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._verdicts: dict[str, tuple[float, tuple[bool, str]]] = {}

    def get(self, fleet: str) -> tuple[bool, str]:
        with self._lock:
            at, verdict = self._verdicts.get(fleet, (float("-inf"), (False, "")))
            if time.monotonic() - at >= self._settings.cache_seconds:
                verdict = fleet_ready(self._settings.fleets[fleet], self._settings.timeout_seconds)
                self._verdicts[fleet] = (time.monotonic(), verdict)
            return verdict


def make_server(settings: Settings, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    cache = _CachedVerdicts(settings)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            path = self.path.split("?", 1)[0]
            fleet = path.removeprefix("/fleets/") if path.startswith("/fleets/") else None
            if path == "/healthz":
                self._reply(200, {"alive": True})
            elif fleet in settings.fleets:
                ready, reason = cache.get(fleet)
                self._reply(200 if ready else 503, {"fleet": fleet, "ready": ready, "reason": reason})
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
            pass  # the load balancer probes every few seconds from many places

    return ThreadingHTTPServer((host, settings.listen_port), Handler)


if __name__ == "__main__":
    make_server(Settings.from_env()).serve_forever()
