"""The eRPC gateway: its config is valid against eRPC's own types at the pinned tag, it fronts
exactly the fleets' pods with exactly their public APIs, and the edge reaches the nodes only
through it (HTTP) or directly (WebSocket, which eRPC does not serve at the pinned version)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from ethercluster_constructs import EtherclusterError
from ethercluster_constructs.catalog import CLIENTS, get_network
from ethercluster_constructs.rpc_gateway import GATEWAY_IMAGE, GATEWAY_VERSION, public_methods
from ethercluster_constructs.spec import FleetSpec, load_spec
from tests.support import ROOT, SPECS, find, find_all, pod_spec, synth_app, synth_spec
from tests.traffic import Address, Pod, allowed

SCHEMAS = ROOT / "schemas" / "erpc"
NODE = ROOT / ".venv" / "bin" / "node"
TSC = ROOT / "node_modules" / "typescript" / "bin" / "tsc"
GOOGLE_PROXY = Address("130.211.0.5")

FALLBACK_SPEC = """\
namespace: rpc
edge: {domains: [rpc.example.org]}
gateway:
  rate_limit: {requests: 20, per: minute}
  cache: {max_items: 5000, max_size: 1GB, redis_secret: gateway-redis}
  fallbacks:
    - {network: classic, secret: etc-fallback}
    - {network: mordor, secret: mordor-fallback, key: endpoint}
fleets:
  classic: {network: classic, replicas: 2}
  mordor: {network: mordor, autoscaling: {min_replicas: 1, max_replicas: 3}}
  archive: {network: classic, internal_only: true, rpc_apis: [eth, net, web3, debug]}
"""


@pytest.fixture(scope="module")
def fallback_docs(tmp_path_factory) -> tuple[Path, list[dict]]:
    path = tmp_path_factory.mktemp("gateway") / "fallback.yaml"
    path.write_text(FALLBACK_SPEC)
    return path, synth_spec(path)


def erpc_config(docs: list[dict]) -> dict:
    return yaml.safe_load(find(docs, "ConfigMap", "rpc-gateway")["data"]["erpc.yaml"])


def fronted(spec_path: Path) -> dict[str, FleetSpec]:
    spec, _ = load_spec(spec_path)
    return {name: fleet for name, fleet in spec.fleets.items() if fleet.is_public and spec.edge}


# -- config correctness ---------------------------------------------------------------------


def test_the_pinned_types_match_their_recorded_sha256():
    sources = (SCHEMAS / "SOURCES.md").read_text()
    assert f"tag `{GATEWAY_VERSION}`" in sources and f":{GATEWAY_VERSION}" in GATEWAY_IMAGE
    import hashlib

    for path in sorted(SCHEMAS.rglob("*.ts")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert f"| `{path.relative_to(SCHEMAS)}` | `{digest}` |" in sources, path


def test_every_generated_config_type_checks_against_erpc_types(tmp_path, fallback_docs):
    """Each config, rendered as a TypeScript `Config` value, passes `tsc --strict` against
    typescript/config/src/generated.ts of the pinned eRPC tag; a wrong one is refused."""
    configs = {spec.stem: erpc_config(synth_spec(spec)) for spec in SPECS}
    configs["fallbacks"] = erpc_config(fallback_docs[1])
    broken = json.loads(json.dumps(configs["ethercluster"]))
    broken["projects"][0]["networks"][0]["evm"]["chainId"] = "61"  # a string, not a number
    broken["projects"][0]["upstreams"][0]["endpoints"] = "typo"  # not a field of UpstreamConfig
    broken["server"]["httpPortV4"] = None
    good = tmp_path / "good.ts"
    lines = [f'import type {{ Config }} from "{SCHEMAS / "generated"}";']
    lines += [f"export const c{i}: Config = {json.dumps(c)};" for i, c in enumerate(configs.values())]
    good.write_text("\n".join(lines) + "\n")
    bad = tmp_path / "bad.ts"
    bad.write_text(f"{lines[0]}\nexport const broken: Config = {json.dumps(broken)};\n")
    result = subprocess.run(
        [
            str(NODE),
            str(TSC),
            "--noEmit",
            "--strict",
            "--target",
            "es2022",
            "--moduleResolution",
            "node",
            str(good),
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if "error TS" in line]
    assert errors and all(line.startswith(str(bad)) or "bad.ts" in line for line in errors), result.stdout
    assert len(errors) == 3, result.stdout


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.name)
def test_upstreams_are_the_fleets_pods_and_the_allowlist_their_public_apis(spec_path):
    docs = synth_spec(spec_path)
    config = erpc_config(docs)
    (project,) = config["projects"]
    networks = {n["alias"]: n["evm"]["chainId"] for n in project["networks"]}
    headless = {s["metadata"]["name"]: s for s in find_all(docs, "Service") if s["spec"].get("clusterIP") == "None"}
    expected: dict[str, tuple[str, list[str]]] = {}
    fleets = fronted(spec_path)
    rewrites = load_spec(spec_path)[0].edge.api == "gateway" if fleets else False
    for name in fleets:
        sts = find(docs, "StatefulSet", name)
        service = headless[sts["spec"]["serviceName"]]
        namespace = sts["metadata"]["namespace"]
        hpa = [h for h in find_all(docs, "HorizontalPodAutoscaler") if h["spec"]["scaleTargetRef"]["name"] == name]
        replicas = hpa[0]["spec"]["maxReplicas"] if hpa else sts["spec"]["replicas"]
        main = pod_spec(sts)["containers"][0]
        profile = CLIENTS[main["name"]]
        network = fleets[name].network
        edge_path = fleets[name].path or (
            get_network("network", network).rpc_path if isinstance(network, str) else f"/{network.name}"
        )
        if rewrites:
            # Gateway edge: the node serves at '/', the gateway serves the public path.
            assert not any(a.startswith(("--http.rpcprefix=", "--ws.rpcprefix=")) for a in main["args"])
            prefix = "/"
        elif profile.rpc_path_mode == "prefix-flag":
            prefix = next(a.split("=", 1)[1] for a in main["args"] if a.startswith("--http.rpcprefix="))
            assert prefix == edge_path
        else:  # the client serves RPC on every path: the edge path from the spec
            prefix = edge_path
        public = sorted(set(fleets[name].rpc_apis) & profile.public_apis)
        assert networks[edge_path.strip("/")] > 0
        vhosts = [a.split("=", 1)[1].split(",") for a in main["args"] if a.startswith("--http.vhosts=")]
        for index in range(replicas):
            # <pod>.<headless service>.<namespace>.svc: the pod's own DNS name, which the node
            # accepts as Host where the client checks it.
            host = f"{name}-{index}.{service['metadata']['name']}.{namespace}.svc"
            assert all(host in accepted for accepted in vhosts)
            rpc = next(p["containerPort"] for p in main["ports"] if p["name"] == "rpc")
            expected[f"{name}-{index}"] = (f"http://{host}:{rpc}{prefix}", [f"{api}_*" for api in public])
    primary = [u for u in project["upstreams"] if "tier:fallback" not in u.get("tags", [])]
    assert {u["id"]: (u["endpoint"], u["allowMethods"]) for u in primary} == expected
    assert (project["ignoreMethods"], project["allowMethods"]) == (
        ["*"],
        sorted({m for _, methods in expected.values() for m in methods}),
    )
    for upstream in project["upstreams"]:
        assert upstream["ignoreMethods"] == ["*"]  # with allowMethods: an allowlist (eRPC docs)
        assert upstream["evm"]["chainId"] in networks.values()


def test_the_allowlist_follows_the_fleets_apis(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text("edge: {domains: [rpc.example.org]}\nfleets: {classic: {network: classic, rpc_apis: [eth, net]}}\n")
    (upstream,) = erpc_config(synth_spec(spec))["projects"][0]["upstreams"]
    assert upstream["allowMethods"] == ["eth_*", "net_*"]


def test_fallbacks_and_the_external_cache_come_from_secrets_by_name(fallback_docs):
    _, docs = fallback_docs
    config = erpc_config(docs)
    (project,) = config["projects"]
    fallbacks = [u for u in project["upstreams"] if u.get("tags") == ["tier:fallback"]]
    assert [(u["endpoint"], u["evm"]["chainId"]) for u in fallbacks] == [
        ("${ERPC_FALLBACK_0}", 61),
        ("${ERPC_FALLBACK_1}", 63),
    ]
    connectors = config["database"]["evmJsonRpcCache"]["connectors"]
    assert connectors[1] == {"id": "redis", "driver": "redis", "redis": {"uri": "${ERPC_CACHE_REDIS_URI}"}}
    assert connectors[0]["memory"] == {"maxItems": 5000, "maxTotalSize": "1GB"}
    assert config["rateLimiters"]["budgets"][0]["rules"] == [
        {"method": "*", "maxCount": 20, "period": 1, "perIP": True}
    ]
    env = {e["name"]: e for e in pod_spec(find(docs, "Deployment", "rpc-gateway"))["containers"][0]["env"]}
    assert {name: e["valueFrom"]["secretKeyRef"] for name, e in env.items()} == {
        "ERPC_FALLBACK_0": {"name": "etc-fallback", "key": "url"},
        "ERPC_FALLBACK_1": {"name": "mordor-fallback", "key": "endpoint"},
        "ERPC_CACHE_REDIS_URI": {"name": "gateway-redis", "key": "uri"},
    }
    # The autoscaled fleet: one upstream per pod the autoscaler may create; the internal
    # archive fleet (same chain, not public) is not fronted.
    assert [u["id"] for u in project["upstreams"] if u["id"].startswith("mordor")] == [
        "mordor-0",
        "mordor-1",
        "mordor-2",
    ]
    assert not [u for u in project["upstreams"] if u["id"].startswith("archive")]
    gateway = Pod("rpc", find(docs, "Deployment", "rpc-gateway")["spec"]["template"]["metadata"]["labels"])
    assert allowed(docs, gateway, Address("198.51.100.7"), 443)  # fallbacks are on the internet
    assert not allowed(docs, gateway, Address("10.1.2.3"), 443)  # never cluster ranges


# -- the workload -----------------------------------------------------------------------------


def test_the_gateway_is_highly_available_and_restricted():
    docs = synth_spec(SPECS[0])
    deployment = find(docs, "Deployment", "rpc-gateway")
    pod = pod_spec(deployment)
    (main,) = pod["containers"]
    assert deployment["spec"]["replicas"] >= 2
    spread = {c["topologyKey"]: c["whenUnsatisfiable"] for c in pod["topologySpreadConstraints"]}
    assert spread == {"kubernetes.io/hostname": "DoNotSchedule", "topology.kubernetes.io/zone": "ScheduleAnyway"}
    assert main["securityContext"]["readOnlyRootFilesystem"] is True
    assert main["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert main["image"] == GATEWAY_IMAGE and "env" not in main  # no secret by default
    assert main["args"] == ["--config", "/etc/erpc/erpc.yaml", "--require-config"]
    (mount,) = [m for m in main["volumeMounts"] if m["mountPath"] == "/etc/erpc"]
    (volume,) = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    assert volume["configMap"]["name"] == "rpc-gateway"
    assert find(docs, "PodDisruptionBudget", "rpc-gateway")["spec"]["minAvailable"] == 1
    hpa = find(docs, "HorizontalPodAutoscaler", "rpc-gateway")
    assert hpa["spec"]["scaleTargetRef"]["name"] == "rpc-gateway" and hpa["spec"]["minReplicas"] == 2
    config = erpc_config(docs)
    ports = {p["name"]: p["containerPort"] for p in main["ports"]}
    assert (ports["http"], ports["metrics"]) == (config["server"]["httpPortV4"], config["metrics"]["port"])


def test_the_client_address_header_is_set_by_the_load_balancer_and_trusted_only_from_it():
    docs = synth_spec(SPECS[0])
    config = erpc_config(docs)
    backend = find(docs, "BackendConfig", "rpc-gateway")
    (header,) = backend["spec"]["customRequestHeaders"]["headers"]
    name, value = header.split(":", 1)
    assert value == "{client_ip_address}" and config["server"]["trustedIPHeaders"] == [name]
    assert config["server"]["trustedIPForwarders"] == ["130.211.0.0/22", "35.191.0.0/16"]


# -- edge wiring ------------------------------------------------------------------------------


def routes(docs: list[dict]) -> dict[str, tuple[str, int]]:
    (ingress,) = find_all(docs, "Ingress")
    return {
        p["path"]: (p["backend"]["service"]["name"], p["backend"]["service"]["port"]["number"])
        for rule in ingress["spec"]["rules"]
        for p in rule["http"]["paths"]
    }


def test_the_default_spec_serves_etc_and_mordor_through_the_gateway():
    docs = synth_spec(SPECS[0])
    assert {p: r for p, r in routes(docs).items() if "stats" not in r[0]} == {
        "/etc": ("rpc-gateway", 4000),
        "/mordor": ("rpc-gateway", 4000),
        "/ws-etc": ("classic", 8546),
        "/ws-mordor": ("mordor", 8546),
    }
    aliases = {n["alias"]: n["evm"]["chainId"] for n in erpc_config(docs)["projects"][0]["networks"]}
    assert aliases == {"etc": 61, "mordor": 63}
    node = Pod("ethercluster", find(docs, "StatefulSet", "classic")["spec"]["template"]["metadata"]["labels"])
    assert not allowed(docs, GOOGLE_PROXY, node, 8545)
    assert allowed(docs, GOOGLE_PROXY, node, 8546)


def test_without_the_gateway_the_edge_routes_to_the_nodes_as_before(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPECS[0].read_text().replace("fleets:\n", "gateway: {enabled: false}\nfleets:\n", 1))
    docs = synth_spec(spec)
    assert not [d for d in docs if "rpc-gateway" in d["metadata"]["name"]]
    assert routes(docs)["/etc"] == ("classic", 8545)
    node = Pod("ethercluster", find(docs, "StatefulSet", "classic")["spec"]["template"]["metadata"]["labels"])
    assert allowed(docs, GOOGLE_PROXY, node, 8545)


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gateway", "message"),
    [
        ("{replicas: 1}", r"gateway\.replicas: .*greater than or equal to 2"),
        ("{replicas: 4, max_replicas: 3}", r"gateway: .*max_replicas=3 is below replicas=4"),
        ("{rate_limit: {requests: 0}}", r"gateway\.rate_limit\.requests"),
        ("{rate_limit: {per: week}}", r"gateway\.rate_limit\.per"),
        ("{cache: {max_size: 1TB}}", r"gateway\.cache\.max_size"),
        (
            "{fallbacks: [{network: sepolia, secret: x}]}",
            r"gateway\.fallbacks\.0\.network: 'sepolia' is not supported; use one of: classic",
        ),
        (
            "{fallbacks: [{network: classic, secret: Bad_Name}]}",
            r"gateway\.fallbacks\.0\.secret: 'Bad_Name' is not a DNS-1123 label",
        ),
        ("{cache: {redis_secret: 'a b'}}", r"gateway\.cache\.redis_secret: 'a b' is not a DNS-1123 label"),
    ],
)
def test_bad_gateway_values_get_one_line(tmp_path, gateway, message):
    import re

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        f"edge: {{domains: [rpc.example.org]}}\ngateway: {gateway}\nfleets: {{classic: {{network: classic}}}}\n"
    )
    code, stdout, stderr = synth_app(spec, tmp_path / "out")
    assert code == 2 and stdout == "" and len(stderr.splitlines()) == 1, stderr
    assert re.search(message, stderr), stderr
    assert not (tmp_path / "out").exists()


def test_one_fleet_per_chain_behind_the_gateway(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "edge: {domains: [rpc.example.org]}\n"
        "fleets: {classic: {network: classic}, more: {network: classic, path: /etc2, ws_path: /ws-etc2}}\n"
    )
    code, _, stderr = synth_app(spec, tmp_path / "out")
    assert code == 2 and "spec.yaml: fleets: 'classic' and 'more' both serve chain 61" in stderr, stderr


def test_the_allowlist_helper_keeps_only_public_apis():
    class Node:
        rpc_apis = ("eth", "debug", "net")
        client = CLIENTS["core-geth"]

    assert public_methods(Node()) == ["eth_*", "net_*"]  # type: ignore[arg-type]
    with pytest.raises(EtherclusterError):
        from ethercluster_constructs.rpc_gateway import GatewayLimits

        GatewayLimits(cache_max_size="0MB").validated()


def test_a_fleet_cannot_take_the_gateways_name(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text("edge: {domains: [rpc.example.org]}\nfleets: {rpc-gateway: {network: classic}}\n")
    code, _, stderr = synth_app(spec, tmp_path / "out")
    assert code == 2 and "spec.yaml: fleets: 'rpc-gateway' is the gateway's name" in stderr, stderr
    spec.write_text(spec.read_text() + "gateway: {enabled: false}\n")
    assert synth_app(spec, tmp_path / "out2")[0] == 0
