"""Bad specs: every refusal is one line in the spec's own terms, exit 2, and nothing written.

Each row is a spec, the YAML key path the error must name, and the value it must quote.
The table runs in-process through the `ethercluster` command (one jsii start-up for all);
a few rows also run as real processes for the exit code, stderr and the time taken.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from ethercluster_constructs import cli
from tests.support import ROOT

FLEET = "fleets: {classic: {network: classic, %s}}"
GKE = "fleets: {classic: {network: classic, replicas: 1}}\ngke: {project: my-project, region: us-central1, %s}"
PRIVATE = "fleets: {p: {network: {name: p, genesis_file: genesis.json, network_id: 5, %s}}}"

CASES = [
    # (spec text, key path, quoted value, more the line must say)
    (FLEET % "replica: 3", "fleets.classic.replica", "3", "did you mean 'replicas'?"),
    (FLEET % "replicas: many", "fleets.classic.replicas", "'many'", "expected a whole number"),
    (FLEET % "replicas: -1", "fleets.classic.replicas", "-1", "whole number >= 0"),
    (FLEET % "disk_size: 10", "fleets.classic.disk_size", "10", "for example '250Gi'"),
    (FLEET % "disk_size: '10'", "fleets.classic.disk_size", "'10'", "not a storage size"),
    (FLEET % "disk_size: 250GB", "fleets.classic.disk_size", "'250GB'", "not a storage size"),
    (FLEET % "websocket: maybe", "fleets.classic.websocket", "'maybe'", "true or false"),
    (FLEET % "rpc_apis: eth", "fleets.classic.rpc_apis", "'eth'", "expected a list"),
    (FLEET % "mode: pruned", "fleets.classic.mode", "'pruned'", "'full' or 'archive'"),
    (FLEET % "service_type: Foo", "fleets.classic.service_type", "'Foo'", "'LoadBalancer'"),
    (FLEET % "max_peers: -5", "fleets.classic.max_peers", "-5", ">= 0"),
    (FLEET % "client: gethh", "fleets.classic.client", "'gethh'", "core-geth"),
    ("edge: {domains: [rpc.example.com]}\n" + FLEET % "path: etc", "fleets.classic.path", "'etc'", "starting with '/'"),
    (FLEET % "autoscaling: {min_replicas: 0, max_replicas: 2}", "fleets.classic.autoscaling.min_replicas", "0", ""),
    (
        FLEET % "autoscaling: {min_replicas: 1, max_replica: 2}",
        "fleets.classic.autoscaling.max_replica",
        "2",
        "did you mean 'max_replicas'?",
    ),
    (FLEET % "snapshots: {keep: 0}", "fleets.classic.snapshots.keep", "0", "at least 1"),
    (FLEET % "snapshots: {keep: lots}", "fleets.classic.snapshots.keep", "'lots'", "whole number"),
    (FLEET % "snapshots: {schedul: daily}", "fleets.classic.snapshots.schedul", "'daily'", "did you mean 'schedule'?"),
    ("fleets: {etc: {network: kotti}}", "fleets.etc.network", "'kotti'", "retired network; use mordor"),
    ("fleets: {etc: {network: ropsten}}", "fleets.etc.network", "'ropsten'", "retired network; use sepolia"),
    ("fleets: {etc: {network: 61}}", "fleets.etc.network", "61", "for example 'classic'"),
    ("fleets: {classic: {replicas: 1}}", "fleets.classic.network", "", "required key is missing"),
    ("fleets: {Classic: {network: classic}}", "fleets", "'Classic'", "not a fleet name"),
    ("fleets: {}", "fleets", "{}", "at least 1 item"),
    ("fleets: [classic]", "fleets", '["classic"]', "expected a mapping"),
    ("fleet: {classic: {network: classic}}", "fleet", '{"classic": {"network": "classic"}}', "did you mean 'fleets'?"),
    ("- classic\n- mordor\n", "(top level)", '["classic", "mordor"]', "expected a mapping"),
    ("namespace: Bad_NS\n" + FLEET % "replicas: 1", "namespace", "'Bad_NS'", "DNS-1123"),
    ("namespace: [a, b]\n" + FLEET % "replicas: 1", "namespace", '["a", "b"]', "expected text"),
    (
        "edge: {domainz: [rpc.example.com]}\n" + FLEET % "replicas: 1",
        "edge.domainz",
        '["rpc.example.com"]',
        "did you mean 'domains'?",
    ),
    ("edge: {domains: [localhost]}\n" + FLEET % "replicas: 1", "edge.domains", "'localhost'", "host name"),
    ("edge: {domains: [rpc.example.com], http: maybe}\n" + FLEET % "replicas: 1", "edge.http", "'maybe'", "'redirect'"),
    (
        "edge: {domains: [rpc.example.com], static_ip_name: Bad_IP}\n" + FLEET % "replicas: 1",
        "edge.static_ip_name",
        "'Bad_IP'",
        "DNS-1123",
    ),
    (
        "edge: {domains: [rpc.example.com], backend_timeout_seconds: 0}\n" + FLEET % "replicas: 1",
        "edge.backend_timeout_seconds",
        "0",
        "at least 1",
    ),
    ("monitoring: {scraper: datadog}\n" + FLEET % "replicas: 1", "monitoring.scraper", "'datadog'", "'gmp'"),
    (
        "monitoring: {alerts: {lag_blocks: 0}}\n" + FLEET % "replicas: 1",
        "monitoring.alerts.lag_blocks",
        "0",
        "greater than or equal to 1",
    ),
    (
        "monitoring: {alerts: {not_ready_for: 15 minutes}}\n" + FLEET % "replicas: 1",
        "monitoring.alerts.not_ready_for",
        "'15 minutes'",
        "pattern",
    ),
    ("stats: {enabled: yes-please}\n" + FLEET % "replicas: 1", "stats.enabled", "'yes-please'", "true or false"),
    (
        "snapshot_class: {deletion_policy: Keep}\n" + FLEET % "snapshots: {}",
        "snapshot_class.deletion_policy",
        "'Keep'",
        "'Retain'",
    ),
    (PRIVATE % "bootnodes: ['http://x']", "fleets.p.network.bootnodes", "'http://x'", "enode"),
    (
        (PRIVATE % "block_time_seconds: 15").replace("network_id: 5", "network_id: 0"),
        "fleets.p.network.network_id",
        "0",
        "greater than or equal to 1",
    ),
    (
        "fleets: {p: {network: {name: p, genesis_file: missing.json, network_id: 5}}}",
        "fleets.p.network.genesis_file",
        "'missing.json'",
        "cannot read",
    ),
    ((GKE % "zones: []").replace("my-project", "X"), "gke.project", "'X'", "project id"),
    (
        (GKE % "zones: []").replace("us-central1", "us-centrall"),
        "gke.region",
        "'us-centrall'",
        "did you mean 'us-central1'?",
    ),
    (
        (GKE % "zones: []").replace("region: us-central1", "region: us-central1-a"),
        "gke.region",
        "'us-central1-a'",
        "that is a zone",
    ),
    (
        GKE % "node_pools: [{name: rpc, min_nodes: 5, max_nodes: 2}]",
        "gke.node_pools[0]",
        "min_nodes=5",
        "more than max_nodes=2",
    ),
    (
        GKE % "node_pools: [{name: rpc, machine_type: e2-small}]",
        "gke.node_pools[0].machine_type",
        "'e2-small'",
        "size is unknown",
    ),
    (
        GKE
        % "node_pools: [{name: rpc, machine_type: e2-standard-2, max_nodes: 1, min_nodes: 1}]".replace(
            "replicas: 1", "replicas: 2"
        ),
        "gke.node_pools",
        "max_nodes=1",
        "do not fit",
    ),
    (
        GKE % "master_authorized_networks: [{name: all, cidr: 0.0.0.0/0}]",
        "gke.master_authorized_networks[0].cidr",
        "'0.0.0.0/0'",
        "wider than a /8",
    ),
    (GKE % "network: {master_cidr: 172.16.0.0/24}", "gke.network.master_cidr", "'172.16.0.0/24'", "/28"),
    (GKE % "workload_identity: {snapshots: [owner]}", "gke.workload_identity", "'owner'", "IAM role"),
    (GKE % "cloud_armor: {interval_seconds: 7}", "gke.cloud_armor.interval_seconds", "7", "Cloud Armor interval"),
    ("fleets: {classic: {network: classic}\n", "spec.yaml:2:1", "not valid YAML", "expected ',' or '}'"),
    (
        "fleets:\n  classic: {network: classic}\n  classic: {network: mordor}\n",
        "spec.yaml:3:3",
        "'classic'",
        "duplicate key",
    ),
    (GKE % "release_channel: NIGHTLY", "gke.release_channel", "'NIGHTLY'", "'REGULAR'"),
]


def _id(case: tuple) -> str:
    return f"{case[1]}={case[2]}"[:60]


@pytest.fixture
def spec_file(tmp_path: Path):
    def write(text: str) -> Path:
        (tmp_path / "genesis.json").write_text('{"config": {"chainId": 5}}')
        path = tmp_path / "spec.yaml"
        path.write_text(text)
        return path

    return write


@pytest.mark.parametrize(("text", "key_path", "value", "says"), CASES, ids=[_id(c) for c in CASES])
def test_a_bad_spec_is_refused_in_one_line_in_spec_terms(spec_file, tmp_path, capsys, text, key_path, value, says):
    spec = spec_file(text)
    out = tmp_path / "out"
    assert cli.main(["synth", str(spec), "-o", str(out)]) == cli.EXIT_REFUSED
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    (line,) = lines
    assert captured.out == ""
    assert line.startswith(f"error: {spec}"), line
    assert f" {key_path}" in line or f"/{key_path}:" in line, line
    assert value in line, line
    assert says in line, line
    for python_term in (
        "EthereumNode",
        "PublicEdge",
        "ClusterNetwork",
        "Autoscaling",
        "PrivateNetworkSpec",
        "Input should",
    ):
        assert python_term not in line, line
    assert "Traceback" not in captured.err
    assert not out.exists(), "a refused spec must write nothing"


def test_the_table_covers_at_least_forty_bad_specs():
    assert len(CASES) >= 40
    assert len({case[0] for case in CASES}) == len(CASES), "each row is a different spec"


@pytest.mark.parametrize("case", [CASES[0], CASES[4], CASES[45]], ids=_id)
def test_a_refusal_is_exit_2_and_one_stderr_line_from_a_real_process(spec_file, tmp_path, case):
    spec = spec_file(case[0])
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "ethercluster_constructs.cli", "synth", str(spec), "-o", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert case[1] in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    assert time.monotonic() - started < 30  # generous: a slow CI machine, with jsii starting
