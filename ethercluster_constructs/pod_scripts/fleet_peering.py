"""Peer the nodes of a private network with each other: a sidecar, standard library only.

Each node keeps its devp2p key on its own volume (geth creates <datadir>/geth/nodekey on the
first start), so its enode id is stable across restarts and rescheduling, but it is not known
at synth time. This sidecar
  - asks its own node for its enode over IPC (admin_nodeInfo) and serves the id at
    GET /enode, so that the other replicas can learn it (a public key: nothing secret);
  - every PERIOD_SECONDS, for each other replica's per-pod DNS name (the headless Service's
    `<pod>.<service>.<namespace>.svc`), resolves the name, fetches that replica's id, and
    adds `enode://<id>@<ip>:<p2p port>` as a static peer over IPC (admin_addPeer); geth then
    keeps redialling it. A peer that moved to a new IP is removed and re-added.
Names are resolved here, at every round, not by geth: geth resolves a DNS name in an enode
URL once, when it parses it (p2p/enode/urlv4.go parseComplete), and would keep a stale IP.

Environment:
  PEERS           comma-separated DNS names of every node of the network (this pod's own is skipped)
  P2P_PORT        devp2p TCP port of the peers, default 30303
  PEERING_PORT    port of this server on every replica, default 8081
  IPC_PATH        the node's IPC socket
  PERIOD_SECONDS  seconds between rounds, default 15
  POD_NAME        this pod's name, default the host name
"""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_ENODE_ID = re.compile(r"^enode://([0-9a-f]{128})@")


class PeeringError(Exception):
    pass


@dataclass
class Settings:
    peers: list[str]
    pod_name: str
    ipc_path: str
    p2p_port: int = 30303
    peering_port: int = 8081
    period_seconds: float = 15.0
    timeout_seconds: float = 3.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            peers=[p.strip() for p in env.get("PEERS", "").split(",") if p.strip()],
            pod_name=env.get("POD_NAME") or socket.gethostname(),
            ipc_path=env["IPC_PATH"],
            p2p_port=int(env.get("P2P_PORT", "30303")),
            peering_port=int(env.get("PEERING_PORT", "8081")),
            period_seconds=float(env.get("PERIOD_SECONDS", "15")),
        )

    def others(self) -> list[str]:
        """Every peer name but this pod's own (its first DNS label is the pod name)."""
        return [p for p in self.peers if p.split(".", 1)[0] != self.pod_name]


def ipc_call(path: str, method: str, params: list | None = None, timeout: float = 5.0) -> object:
    """One JSON-RPC call over the node's IPC socket."""
    request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []}).encode()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(timeout)
            connection.connect(path)
            connection.sendall(request)
            buffer = b""
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    raise PeeringError(f"{method}: the node closed the IPC connection")
                buffer += chunk
                try:
                    answer = json.loads(buffer)
                    break
                except ValueError:
                    continue
    except OSError as error:
        raise PeeringError(f"{method}: {error}") from error
    if not isinstance(answer, dict) or "error" in answer or "result" not in answer:
        raise PeeringError(f"{method}: unexpected answer {answer!r}")
    return answer["result"]


def own_enode_id(settings: Settings) -> str:
    info = ipc_call(settings.ipc_path, "admin_nodeInfo")
    match = _ENODE_ID.match(info.get("enode", "") if isinstance(info, dict) else "")
    if not match:
        raise PeeringError(f"admin_nodeInfo: no enode in {info!r}")
    return match[1]


def resolve(name: str) -> str:
    """The IPv4 address a DNS name has now."""
    return socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)[0][4][0]


def peer_enode(settings: Settings, name: str) -> str:
    """The enode URL of the replica at DNS name `name`, with the address it has now."""
    try:
        address = resolve(name)
        url = f"http://{name}:{settings.peering_port}/enode"
        with urllib.request.urlopen(url, timeout=settings.timeout_seconds) as response:
            node_id = json.loads(response.read())["id"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PeeringError(f"{name}: {error}") from error
    if not isinstance(node_id, str) or not re.fullmatch(r"[0-9a-f]{128}", node_id):
        raise PeeringError(f"{name}: served {node_id!r}, not an enode id")
    return f"enode://{node_id}@{address}:{settings.p2p_port}"


@dataclass
class Peering:
    """Remembers the enode URL added for each peer name, to replace it when the peer moves."""

    settings: Settings
    added: dict[str, str] = field(default_factory=dict)

    def round(self) -> list[str]:
        """One pass over the peers; returns a line per change or problem (for the log)."""
        notes = []
        for name in self.settings.others():
            try:
                enode = peer_enode(self.settings, name)
                previous = self.added.get(name)
                if previous == enode:
                    continue
                if previous:
                    ipc_call(self.settings.ipc_path, "admin_removePeer", [previous])
                ipc_call(self.settings.ipc_path, "admin_addPeer", [enode])
                self.added[name] = enode
                notes.append(f"static peer {name}: {enode}")
            except PeeringError as error:
                notes.append(f"waiting for {error}")
        return notes


def make_server(settings: Settings, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            if self.path == "/enode":
                try:
                    status, body = 200, {"id": own_enode_id(settings)}
                except PeeringError as error:
                    status, body = 503, {"error": str(error)}
            elif self.path == "/healthz":
                status, body = 200, {"alive": True}
            else:
                status, body = 404, {"error": f"unknown path {self.path}"}
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return ThreadingHTTPServer((host, settings.peering_port), Handler)


def main() -> int:
    settings = Settings.from_env()
    server = make_server(settings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    peering = Peering(settings)
    while True:
        for note in peering.round():
            print(note, flush=True)
        time.sleep(settings.period_seconds)


if __name__ == "__main__":
    sys.exit(main())
