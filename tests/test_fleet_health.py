"""The gateway's per-fleet health sidecar, run for real: in front of the nodes' own readiness
sidecars (rpc_health.py) serving synced, syncing and missing nodes. It is what the multi-cluster
load balancer asks about each fleet at each cluster's gateway (docs/multi-region.md)."""

from __future__ import annotations

import time
from contextlib import ExitStack

from ethercluster_constructs.pod_scripts import fleet_health
from tests.test_health_probe import free_port, get, health_server, scripted_node, serving, settings

SYNCED = {"eth_syncing": False, "net_peerCount": "0x5"}
SYNCING = {"eth_syncing": {"currentBlock": "0x10", "highestBlock": "0x2000"}, "net_peerCount": "0x5"}


def node_readiness(stack: ExitStack, answers: dict) -> str:
    """A stand-in node behind the real readiness sidecar; its /ready URL."""
    node = stack.enter_context(scripted_node(dict(answers)))
    return stack.enter_context(health_server(settings(node))) + "/ready"


def gateway_sidecar(stack: ExitStack, fleets: dict[str, list[str]]) -> str:
    sidecar = fleet_health.Settings(fleets=fleets, listen_port=0, timeout_seconds=1.0, cache_seconds=0.0)
    return stack.enter_context(serving(fleet_health.make_server(sidecar, host="127.0.0.1")))


def test_a_fleet_is_healthy_while_one_of_its_replicas_here_is_ready():
    with ExitStack() as stack:
        synced, syncing = node_readiness(stack, SYNCED), node_readiness(stack, SYNCING)
        gone = f"http://127.0.0.1:{free_port()}/ready"
        base = gateway_sidecar(stack, {"etc": [syncing, gone, synced], "mordor": [syncing, gone]})
        status, body = get(f"{base}/fleets/etc")
        assert (status, body["ready"]) == (200, True)
        status, body = get(f"{base}/fleets/mordor")
        assert (status, body["ready"]) == (503, False)
        assert "none of 2 replica(s)" in body["reason"]


def test_an_unknown_fleet_or_path_is_not_found_and_the_sidecar_reports_itself_alive():
    with ExitStack() as stack:
        base = gateway_sidecar(stack, {"etc": []})
        assert get(f"{base}/fleets/other")[0] == 404
        assert get(f"{base}/ready")[0] == 404
        assert get(f"{base}/healthz") == (200, {"alive": True})
        assert get(f"{base}/fleets/etc")[0] == 503  # no replica in this cluster


def test_a_replica_name_that_does_not_resolve_is_not_ready():
    # Kubernetes leaves an unready pod out of its headless Service's DNS.
    started = time.monotonic()
    assert not fleet_health.replica_ready("http://etc-0.etc-headless.nowhere.invalid:8080/ready", 1.0)
    assert time.monotonic() - started < 5


def test_settings_come_from_the_environment():
    env = {"FLEETS": '{"etc": ["http://a:8080/ready"]}', "LISTEN_PORT": "9000", "CACHE_SECONDS": "1"}
    parsed = fleet_health.Settings.from_env(env)
    assert parsed.fleets == {"etc": ["http://a:8080/ready"]} and parsed.listen_port == 9000
