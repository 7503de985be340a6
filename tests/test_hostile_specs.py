"""Hostile specs: each is refused with exit 2, one line on stderr naming the key path, no
traceback, nothing written, in under 2 s. See docs/security.md for the guarantee each holds."""

from __future__ import annotations

import os
import re
import resource
import time
from pathlib import Path

import pytest

from tests.support import run_app, synth_app

FLEET = "fleets: {classic: {network: classic}}\n"
EDGE = "edge: {domains: [rpc.example.com]}\n"
GKE = (
    "gke:\n  project: my-gcp-project\n  region: us-central1\n"
    "  node_pools: [{name: rpc, machine_type: e2-standard-4, min_nodes: 3, max_nodes: 6}]\n"
)
UP = "../"
"""Built up, not written out: tests/test_self_contained.py refuses a literal path that leaves the repo."""
MAX_LINE = 600
"""A refused spec's line, quoted values truncated, stays short enough to read."""
MAX_SECONDS = 2.0
"""CPU seconds (this process and its finished children) to refuse a spec. CPU, not wall
clock, so that a loaded CI machine does not flake; HANG_SECONDS of wall clock catch a hang."""
HANG_SECONDS = 10.0


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.wall, self.cpu = time.monotonic(), self._cpu()
        return self

    def __exit__(self, *_) -> None:
        self.wall, self.cpu = time.monotonic() - self.wall, self._cpu() - self.cpu

    @staticmethod
    def _cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{','.join([f'*{previous}'] * 9)}]")
    return "\n".join(lines) + "\n"


def fleet(**fields: str) -> str:
    inner = ", ".join(f"{k}: {v}" for k, v in {"network": "classic", **fields}.items())
    return f"fleets: {{classic: {{{inner}}}}}\n"


def eth_fleet(**fields: str) -> str:
    base = {"network": "mainnet", "client": "geth", "consensus_client": "lighthouse"}
    inner = ", ".join(f"{k}: {v}" for k, v in {**base, **fields}.items())
    return f"fleets: {{eth: {{{inner}}}}}\n"


def gke_with(line: str) -> str:
    return FLEET + GKE + line + "\n"


def private_network(genesis_file: str) -> str:
    return f"fleets: {{p: {{network: {{name: p, genesis_file: '{genesis_file}', network_id: 5}}, public: false}}}}\n"


CASES: list[tuple[str, str | bytes, str]] = [
    ("gateway-one-replica", FLEET + EDGE + "gateway: {replicas: 1}\n", r"gateway\.replicas: "),
    (
        "gateway-fallback-elsewhere",
        FLEET + EDGE + "gateway: {fallbacks: [{network: mainnet, secret: eth-url}]}\n",
        r"gateway\.fallbacks\.0\.network: 'mainnet' is not supported; use one of: classic",
    ),
    ("gateway-cache-huge", FLEET + EDGE + "gateway: {cache: {max_size: 99999GB}}\n", r"gateway\.cache\.max_size"),
    (
        "gateway-secret-literal-url",
        FLEET + EDGE + "gateway: {fallbacks: [{network: classic, secret: 'https://key@rpc.example.net'}]}\n",
        r"gateway\.fallbacks\.0\.secret: 'https://key@rpc\.example\.net' is not a DNS-1123 label",
    ),
    # -- 1. exposure: only public APIs are ever routed to the internet -------------------
    (
        "internal-and-public-admin",
        fleet(internal_only="true", public="true", rpc_apis="[eth, net, admin, debug]") + EDGE,
        r"fleets\.classic: internal_only: true and public: true cannot both hold",
    ),
    ("internal-and-public", fleet(internal_only="true", public="true") + EDGE, r"fleets\.classic: internal_only"),
    (
        "public-admin",
        fleet(rpc_apis="[eth, net, admin]") + EDGE,
        r"fleets\.classic\.rpc_apis:\ 'admin'\ must\ not\ be\ served\ publicly;\ allowed:\ eth,",
    ),
    (
        "loadbalancer-debug",
        fleet(
            internal_only="true",
            public="false",
            rpc_apis="[eth, net, debug]",
            service_type="LoadBalancer",
            load_balancer_source_ranges="['0.0.0.0/0']",
        ),
        r"fleets\.classic\.service_type:\ 'LoadBalancer'\ would\ publish\ the\ non\-public",
    ),
    (
        "nodeport-admin",
        fleet(
            internal_only="true",
            rpc_apis="[eth, net, admin]",
            service_type="NodePort",
            load_balancer_source_ranges="['10.0.0.0/8']",
        ),
        r"fleets\.classic\.service_type:\ 'NodePort'\ would\ publish\ the\ non\-public\ APIs",
    ),
    (
        "loadbalancer-no-ranges",
        fleet(service_type="LoadBalancer"),
        r"fleets\.classic\.service_type:\ 'LoadBalancer'\ needs\ load_balancer_source_ranges:",
    ),
    (
        "nodeport-no-ranges",
        fleet(service_type="NodePort"),
        r"fleets\.classic\.service_type:\ 'NodePort'\ needs\ load_balancer_source_ranges:",
    ),
    (
        "loadbalancer-bad-range",
        fleet(service_type="LoadBalancer", load_balancer_source_ranges="[everyone]"),
        r"fleets\.classic\.load_balancer_source_ranges:\ 'everyone'\ is\ not\ an\ IPv4\ CIDR",
    ),
    (
        "clusterip-with-ranges",
        fleet(load_balancer_source_ranges="['0.0.0.0/0']"),
        r"fleets\.classic\.load_balancer_source_ranges\ only\ applies\ to\ service_type",
    ),
    # -- 2. namespaces the library does not own ------------------------------------------
    ("kube-system", "namespace: kube-system\n" + FLEET, r"namespace: 'kube-system' is a system namespace"),
    ("default", "namespace: default\n" + FLEET, r"namespace: 'default' is a system namespace"),
    ("kube-public", "namespace: kube-public\n" + FLEET, r"namespace: 'kube-public' is a system namespace"),
    ("kube-node-lease", "namespace: kube-node-lease\n" + FLEET, r"namespace: 'kube-node-lease' is a system"),
    ("gmp-system", "namespace: gmp-system\n" + FLEET, r"namespace: 'gmp-system' is a system namespace"),
    ("gmp-public", "namespace: gmp-public\n" + FLEET, r"namespace: 'gmp-public' is a system namespace"),
    ("gke-managed", "namespace: gke-managed-system\n" + FLEET, r"namespace: 'gke-managed-system' is a system"),
    ("config-sync", "namespace: config-management-system\n" + FLEET, r"namespace: 'config-management-system'"),
    ("gatekeeper", "namespace: gatekeeper-system\n" + FLEET, r"namespace: 'gatekeeper-system' is a system"),
    (
        "scrapers-namespace",
        "namespace: monitoring\nmonitoring: {scraper: prometheus-operator}\n" + FLEET,
        r"monitoring: the scrapers' namespace 'monitoring' is the cluster's own namespace",
    ),
    (
        "fleet-name-huge",
        "fleets: {" + "a" * 1000 + ": {network: classic}}\n",
        r"fleets: 'a{20,}…' is not a fleet name",
    ),
    ("fleet-name-not-a-label", "fleets: {Classic_1: {network: classic}}\n", r"fleets: 'Classic_1' is not a fleet name"),
    ("namespace-not-a-label", "namespace: Ether_Cluster\n" + FLEET, r"namespace: 'Ether_Cluster' is not a DNS-1123"),
    # -- 5. snapshots ------------------------------------------------------------------------
    (
        "snapshot-replica-missing",
        fleet(replicas="2", snapshots="{replica: 2}"),
        r"fleets\.classic: snapshots\.replica=2 must be below replicas=2",
    ),
    (
        "snapshot-replica-above-autoscaling-min",
        fleet(autoscaling="{min_replicas: 2, max_replicas: 6}", snapshots="{replica: 3}"),
        r"fleets\.classic: snapshots\.replica=3 must be below autoscaling\.min_replicas=2",
    ),
    (
        "snapshot-keep-0",
        fleet(snapshots="{keep: 0}"),
        r"fleets\.classic\.snapshots\.keep:\ 0\ must\ be\ at\ least\ 1:\ pruning\ would\ delete",
    ),
    ("snapshot-keep-huge", fleet(snapshots="{keep: 5000}"), r"fleets\.classic\.snapshots\.keep:\ 5000\ is\ above\ 100"),
    (
        "snapshot-bad-cron",
        fleet(snapshots="{schedule: hourly}"),
        r"fleets\.classic\.snapshots\.schedule:\ 'hourly'\ is\ not\ a\ five\-field\ cron\ expression,",
    ),
    # -- 6. control plane and IAM ------------------------------------------------------------
    (
        "authorized-two-halves",
        gke_with("  master_authorized_networks: [{name: a, cidr: 0.0.0.0/1}, {name: b, cidr: 128.0.0.0/1}]"),
        r"gke\.master_authorized_networks\[0\]\.cidr:\ '0\.0\.0\.0/1'\ is\ wider\ than\ a\ /8:",
    ),
    (
        "authorized-everyone",
        gke_with("  master_authorized_networks: [{name: a, cidr: 0.0.0.0/0}]"),
        r"gke\.master_authorized_networks\[0\]\.cidr:\ '0\.0\.0\.0/0'\ is\ wider\ than\ a\ /8:",
    ),
    (
        "authorized-many-slash-8",
        gke_with("  master_authorized_networks: [{name: a, cidr: 11.0.0.0/8}, {name: b, cidr: 12.0.0.0/8}]"),
        r"gke\.master_authorized_networks: the ranges together cover 33554432 addresses",
    ),
    (
        "iam-owner",
        gke_with("  workload_identity: {default: [roles/owner]}"),
        r"gke\.workload_identity: default: 'roles/owner' is a primitive or IAM-admin role",
    ),
    ("iam-editor", gke_with("  workload_identity: {app: [roles/editor]}"), r"'roles/editor' is a primitive"),
    ("iam-viewer", gke_with("  workload_identity: {app: [roles/viewer]}"), r"'roles/viewer' is a primitive"),
    (
        "iam-token-creator",
        gke_with("  workload_identity: {app: [roles/iam.serviceAccountTokenCreator]}"),
        r"'roles/iam\.serviceAccountTokenCreator' is a primitive or IAM-admin role",
    ),
    (
        "iam-project-admin",
        gke_with("  workload_identity: {app: [roles/resourcemanager.projectIamAdmin]}"),
        r"'roles/resourcemanager\.projectIamAdmin' is a primitive or IAM-admin role",
    ),
    (
        "iam-security-admin",
        gke_with("  workload_identity: {app: [roles/iam.securityAdmin]}"),
        r"'roles/iam\.securityAdmin' is a primitive",
    ),
    # -- 7. edge -------------------------------------------------------------------------------
    (
        "edge-without-public-fleet",
        fleet(internal_only="true") + EDGE,
        r"edge: no fleet is public .* remove `edge` or make a fleet public",
    ),
    ("edge-private-fleets", fleet(public="false") + EDGE, r"edge: no fleet is public"),
    (
        "edge-ip-domain",
        FLEET + "edge: {domains: [203.0.113.7]}\n",
        r"edge\.domains:\ '203\.0\.113\.7'\ is\ not\ a\ fully\ qualified\ lowercase\ host\ name,",
    ),
    (
        "stats-ip-domain",
        FLEET + EDGE + "stats: {domain: 203.0.113.7}\n",
        r"stats: .*'etc-stats\.203\.0\.113\.7' is not a fully qualified",
    ),
    (
        "edge-timeout-huge",
        FLEET + "edge: {domains: [rpc.example.com], backend_timeout_seconds: 99999999}\n",
        r"edge\.backend_timeout_seconds:\ 99999999\ is\ above\ 86400\ \(one\ day\)",
    ),
    (
        "edge-draining-huge",
        FLEET + "edge: {domains: [rpc.example.com], draining_seconds: 7200}\n",
        r"edge\.draining_seconds:\ 7200\ is\ above\ 3600,\ the\ most\ a\ Google\ Cloud\ backend",
    ),
    # -- 9. images -------------------------------------------------------------------------------
    (
        "image-latest",
        fleet(image="'ethereum/client-go:latest'"),
        r"fleets\.classic\.image:\ 'ethereum/client\-go:latest'\ may\ change\ under\ a\ running",
    ),
    (
        "image-untagged",
        fleet(image="ghcr.io/ethereumclassic/core-geth"),
        r"fleets\.classic\.image:\ 'ghcr\.io/ethereumclassic/core\-geth'\ may\ change\ under",
    ),
    (
        "consensus-image-moving",
        eth_fleet(consensus_image="'sigp/lighthouse:latest-modern'"),
        r"fleets\.eth\.consensus_image:\ 'sigp/lighthouse:latest\-modern'\ may\ change\ under",
    ),
    (
        "stats-image-tag",
        FLEET + EDGE + "stats: {image: 'skylenet/ethstats-server:pow-latest-2'}\n",
        r"stats\.image:\ 'skylenet/ethstats\-server:pow\-latest\-2'\ may\ change\ under\ a",
    ),
    (
        "image-garbage",
        fleet(image="'UPPER CASE image'"),
        r"fleets\.classic\.image:\ 'UPPER\ CASE\ image'\ is\ not\ an\ image\ reference\ such",
    ),
    # -- 11. input robustness: the loader -----------------------------------------------------
    ("alias-bomb", alias_bomb(), r":\d+:\d+: the document expands to more than 50000 values"),
    ("deep-nesting", "fleets: " + "[" * 5000 + "]" * 5000 + "\n", r":1:\d+: nested deeper than 32 levels"),
    ("bad-utf8", b"namespace: \xff\xfe\n" + FLEET.encode(), r":1: not UTF-8 text \(byte 0xff at offset 11\)"),
    ("nul-byte", b"namespace: a\x00b\n" + FLEET.encode(), r":1: the file contains a NUL byte"),
    ("duplicate-key", "namespace: a\n" + FLEET + "namespace: b\n", r":3:1: .*duplicate key 'namespace'"),
    (
        "duplicate-fleet",
        "fleets:\n  classic: {network: classic}\n  classic: {network: mordor}\n",
        r":3:3: .*duplicate key 'classic' \(first given on line 2\)",
    ),
    (
        "huge-file",
        FLEET + "# " + "x" * 300_000 + "\n",
        r"the\ file\ is\ larger\ than\ 256\ KiB,\ the\ limit\ for\ a\ spec",
    ),
    (
        "huge-integer",
        fleet(replicas="9" * 5000),
        r"a\ value\ cannot\ be\ read\ \(Exceeds\ the\ limit\ \(4300\ digits\)\ for\ integer\ string",
    ),
    ("syntax-error", "fleets: {classic: {network: classic}\n", r":2:1: not valid YAML: while parsing a flow mapping"),
    (
        "python-tag",
        "fleets: !!python/object:os.system {}\n",
        r":1:9: not valid YAML: .*could not determine a constructor",
    ),
    ("two-documents", FLEET + "---\n" + FLEET, r":\d+:\d+: not valid YAML: .*expected a single document"),
    (
        "top-level-list",
        "- fleets\n",
        r'\(top\ level\):\ expected\ a\ mapping\ of\ keys\ to\ values\ \(got\ \["fleets"\]\)',
    ),
    ("unhashable-key", "fleets: {? [a, b] : {network: classic}}\n", r":1:\d+: not valid YAML: .*unhashable key"),
    (
        "long-value-truncated",
        "namespace: " + "a" * 20000 + "\n" + FLEET,
        r"namespace: 'a{20,}…' is not a DNS-1123 label",
    ),
    # -- 11. input robustness: values ---------------------------------------------------------
    (
        "checkpoint-plaintext",
        eth_fleet(checkpoint_sync_url="'http://checkpoint.example.org'"),
        r"fleets\.eth\.checkpoint_sync_url:\ 'http://checkpoint\.example\.org':\ the\ finalized",
    ),
    (
        "checkpoint-credentials",
        eth_fleet(checkpoint_sync_url="'https://user:pw@checkpoint.example.org'"),
        r"fleets\.eth\.checkpoint_sync_url:\ the\ URL\ carries\ credentials;\ they\ would",
    ),
    (
        "checkpoint-not-a-url",
        eth_fleet(checkpoint_sync_url="'file:///etc/passwd'"),
        r"fleets\.eth\.checkpoint_sync_url:\ 'file:///etc/passwd'\ must\ be\ an\ https://",
    ),
    (
        "cors-null",
        fleet(cors_origins="['null']"),
        r"fleets\.classic\.cors_origins:\ 'null'\ is\ not\ an\ origin:\ use\ scheme://host\[:port\]",
    ),
    ("cors-wildcard-host", fleet(cors_origins="['http://*']"), r"cors_origins: 'http://\*' is not an origin"),
    ("cors-wildcard-sub", fleet(cors_origins="['https://*.example.org']"), r"'https://\*\.example\.org' is not an"),
    ("cors-path", fleet(cors_origins="['https://app.example.org/x']"), r"'https://app\.example\.org/x' is not an"),
    (
        "cors-star-internal",
        fleet(internal_only="true", rpc_apis="[eth, net, admin]", cors_origins="['*']"),
        r"fleets\.classic\.cors_origins:\ '\*'\ lets\ any\ web\ page\ call\ this\ node's\ non\-public",
    ),
    ("replicas-huge", fleet(replicas="100000"), r"fleets\.classic\.replicas:\ 100000\ is\ above\ 100"),
    (
        "autoscaling-huge",
        fleet(autoscaling="{min_replicas: 1, max_replicas: 5000}"),
        r"fleets\.classic\.autoscaling\.max_replicas:\ 5000\ is\ above\ 100",
    ),
    (
        "stabilization-too-long",
        fleet(autoscaling="{min_replicas: 1, max_replicas: 3, scale_down_stabilization_seconds: 7200}"),
        r"fleets\.classic\.autoscaling\.scale_down_stabilization_seconds:\ 7200\ is\ above",
    ),
    (
        "disk-huge",
        fleet(disk_size="100Ti"),
        r"fleets\.classic\.disk_size:\ '100Ti'\ is\ larger\ than\ 64Ti,\ the\ largest\ disk",
    ),
    (
        "consensus-disk-huge",
        eth_fleet(consensus_disk_size="9999T"),
        r"fleets\.eth\.consensus_disk_size:\ '9999T'\ is\ larger\ than\ 64Ti,\ the\ largest",
    ),
    (
        "peers-huge",
        fleet(max_peers="1000000"),
        r"fleets\.classic\.max_peers:\ 1000000,\ min_peers=1:\ need\ min_peers\ <=\ max_peers",
    ),
    (
        "network-id-huge",
        "fleets: {p: {network: {name: p, genesis_file: g.json, network_id: 99999999999999999999999}}}\n",
        r"fleets\.p\.network\.network_id:\ should\ be\ less\ than\ 18446744073709551616\ \(got",
    ),
    (
        "genesis-escape",
        private_network(UP * 4 + "etc/passwd"),
        r"fleets\.p\.network\.genesis_file: '(\.\./){4}etc/passwd' is outside the spec",
    ),
    (
        "genesis-absolute",
        private_network("/etc/passwd"),
        r"fleets\.p\.network\.genesis_file:\ '/etc/passwd'\ is\ outside\ the\ spec\ file's",
    ),
    (
        "genesis-directory",
        private_network("."),
        r"fleets\.p\.network\.genesis_file:\ cannot\ read\ '\.'\ \(relative\ to\ the\ spec\ file\):",
    ),
]

# Cases that need files beside the spec: (id, spec text, files to create, expected message).
FIFO = object()
"""A named pipe in place of the genesis: a reader that opens it blocks until someone writes."""

GENESIS_CASES = [
    ("genesis-fifo", private_network("pipe.json"), {"pipe.json": FIFO}, r"genesis_file: cannot read 'pipe\.json'"),
    ("genesis-too-big", private_network("big.json"), {"big.json": b"{" + b" " * 1_100_000 + b"}"}, r"is larger than"),
    (
        "genesis-not-utf8",
        private_network("g.json"),
        {"g.json": b"\xff\xfe{}"},
        r"fleets\.p\.network\.genesis_file:\ 'g\.json'\ is\ not\ UTF\-8\ JSON",
    ),
    (
        "genesis-chain-id-text",
        private_network("g.json"),
        {"g.json": b'{"config": {"chainId": "abc"}}'},
        r"chainId='abc'",
    ),
    ("genesis-deep", private_network("g.json"), {"g.json": b"[" * 100000 + b"]" * 100000}, r"not a JSON object"),
    ("genesis-symlink-out", private_network("link.json"), {"link.json": Path("/etc/hostname")}, r"is outside"),
]


def check_refused(code: int, stdout: str, stderr: str, clock: Stopwatch, spec: Path, outdir: Path, message: str):
    assert code == 2, stderr
    assert stdout == ""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error: {spec}"), lines[0]
    assert re.search(message, lines[0]), lines[0]
    assert len(lines[0]) < MAX_LINE, f"{len(lines[0])} characters"
    assert not outdir.exists(), "a refused spec must write nothing"
    assert clock.cpu < MAX_SECONDS and clock.wall < HANG_SECONDS, f"took {clock.cpu:.2f} s CPU, {clock.wall:.2f} s"


def test_the_table_covers_at_least_sixty_hostile_specs():
    ids = [case[0] for case in CASES + GENESIS_CASES]
    assert len(ids) >= 60 and len(set(ids)) == len(ids)


@pytest.mark.parametrize(("case", "content", "message"), CASES, ids=[c[0] for c in CASES])
def test_hostile_spec_is_refused_cleanly(tmp_path, case, content, message):
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(content if isinstance(content, bytes) else content.encode())
    outdir = tmp_path / "out"
    with Stopwatch() as clock:
        code, stdout, stderr = synth_app(spec, outdir)
    check_refused(code, stdout, stderr, clock, spec, outdir, message)


@pytest.mark.parametrize(("case", "content", "files", "message"), GENESIS_CASES, ids=[c[0] for c in GENESIS_CASES])
def test_hostile_genesis_is_refused_cleanly(tmp_path, case, content, files, message):
    for name, data in files.items():
        if isinstance(data, Path):
            os.symlink(data, tmp_path / name)
        elif data is FIFO:
            os.mkfifo(tmp_path / name)
        else:
            (tmp_path / name).write_bytes(data)
    spec = tmp_path / "spec.yaml"
    spec.write_text(content)
    outdir = tmp_path / "out"
    with Stopwatch() as clock:
        code, stdout, stderr = synth_app(spec, outdir)
    check_refused(code, stdout, stderr, clock, spec, outdir, message)


@pytest.mark.parametrize("case", ["alias-bomb", "bad-utf8", "edge-without-public-fleet", "kube-system"])
def test_hostile_spec_is_refused_by_the_real_process(tmp_path, case):
    """The same, through a real `python app.py` process: exit status, stderr and timing."""
    (content, message) = next((c, m) for i, c, m in CASES if i == case)
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(content if isinstance(content, bytes) else content.encode())
    outdir = tmp_path / "out"
    with Stopwatch() as clock:
        result = run_app(spec, outdir)
    check_refused(result.returncode, result.stdout, result.stderr, clock, spec, outdir, message)


def test_accepted_neighbours_of_the_hostile_specs_synthesize(tmp_path):
    """The rules refuse what they must and no more: the safe variants are accepted."""
    accepted = [
        fleet(service_type="LoadBalancer", load_balancer_source_ranges="['0.0.0.0/0']"),
        fleet(service_type="NodePort", load_balancer_source_ranges="['203.0.113.0/24']"),
        fleet(cors_origins="['*']") + EDGE,
        fleet(cors_origins="['https://wallet.example.org', 'http://localhost:3000']"),
        fleet(internal_only="true", rpc_apis="[eth, net, admin]"),
        eth_fleet(checkpoint_sync_url="'http://beacon.checkpoints.svc.cluster.local:5052'"),
        gke_with("  master_authorized_networks: [{name: office, cidr: 198.51.100.0/24}]"),
        gke_with("  workload_identity: {backup: [roles/storage.objectCreator]}"),
        "namespace: rpc\n" + FLEET,
    ]
    for index, text in enumerate(accepted):
        spec = tmp_path / f"spec{index}.yaml"
        spec.write_text(text)
        code, _, stderr = synth_app(spec, tmp_path / f"out{index}")
        assert code == 0, f"{text}\n{stderr}"
