"""Every flag the catalog emits exists, with the right value form, in its client's CLI.

The flag data (tests/data/client_flags/, see its README) is extracted from each client's
source at the pinned tag by scripts/extract_client_flags.py. The matrix covers every
client × network it runs × combination of the options the spec allows; the settings are
built by the same functions EthereumNode uses, so no synth is needed.
"""

from __future__ import annotations

import functools
import itertools
import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethercluster_constructs.catalog import (
    CLIENTS,
    CONSENSUS_CLIENTS,
    NETWORKS,
    ConsensusPorts,
    EthstatsTarget,
    ExecutionProfile,
    Network,
    NodePorts,
    RpcExposure,
    clients_for,
    consensus_clients_for,
)
from ethercluster_constructs.ethereum_node import beacon_settings, execution_settings

DATA = Path(__file__).parent / "data" / "client_flags"

GENESIS = json.dumps({"config": {"chainId": 4242}, "difficulty": "0x1", "gasLimit": "0x7a1200", "alloc": {}})
ENODES = ("enode://" + "a" * 128 + "@10.0.0.1:30303", "enode://" + "b" * 128 + "@10.0.0.2:30303")
PRIVATE_NETWORKS = (
    Network.private(name="lab", genesis_json=GENESIS, network_id=4242),
    Network.private(name="lab-boot", genesis_json=GENESIS, network_id=4242, bootnodes=ENODES),
)

# One line per spec option: its name and the values worth emitting flags for. Options
# other than RPC_OPTIONS are passed to execution_settings / beacon_settings by name.
RPC_OPTIONS = ("websocket", "internal_only", "cors_origins", "rpc_hosts", "rpc_path")
EXECUTION_OPTIONS: dict[str, tuple] = {
    "websocket": (True, False),
    "internal_only": (False, True),
    "cors_origins": ((), ("https://app.example.org", "https://wallet.example.org")),
    "rpc_hosts": ((), ("rpc.example.org", "eth.example.org")),
    "rpc_path": ("/", "/mainnet-rpc"),
    "ethstats": (None, EthstatsTarget(host="ethstats.monitoring.svc.cluster.local", port=3000)),
    "ports": (NodePorts(), NodePorts(rpc=18545, ws=18546, p2p=30313, metrics=16060, engine=18551)),
    "max_peers": (50, 0),
    "mode": ("full", "archive"),
    "ipc_path": (None, "/run/ipc/geth.ipc"),
}
CONSENSUS_OPTIONS: dict[str, tuple] = {
    "ports": (ConsensusPorts(), ConsensusPorts(beacon=15052, p2p=19000, quic=19001, metrics=15054)),
    "engine_port": (8551, 18551),
    "checkpoint_sync_url": (None, "https://beacon.example.org:5052"),
    "beacon_address": ("127.0.0.1", "0.0.0.0"),
}


def _combinations(options: dict[str, tuple]) -> Iterator[dict]:
    for values in itertools.product(*options.values()):
        yield dict(zip(options, values, strict=True))


def _execution_args(profile: ExecutionProfile, network: Network) -> Iterator[tuple[str, dict, list[str]]]:
    """(what, combination, args) for every valid combination; `what` names the container."""
    for combo in _combinations(EXECUTION_OPTIONS):
        # EthereumNode refuses these; see its rpc_path and ethstats checks.
        if combo["rpc_path"] != "/" and not profile.supports_rpc_path:
            continue
        if combo["ethstats"] and not profile.ethstats_args:
            continue
        apis = sorted(profile.public_apis) + (sorted(profile.internal_apis) if combo["internal_only"] else [])
        settings = execution_settings(
            network,
            client=profile,
            rpc=RpcExposure(
                apis=tuple(apis),
                vhosts=("localhost", "node", "node.eth.svc.cluster.local", *combo["rpc_hosts"]),
                cors_origins=combo["cors_origins"],
                websocket=combo["websocket"],
                http_path=combo["rpc_path"],
                ws_path=combo["rpc_path"],
            ),
            with_consensus=network.proof_of_stake,
            **{k: v for k, v in combo.items() if k not in RPC_OPTIONS},
        )
        yield "main", combo, profile.args(settings)
        if network.is_private and profile.genesis_init_args:
            yield "init-genesis", combo, profile.genesis_init_args(settings)


def _consensus_args(profile, network: Network) -> Iterator[tuple[str, dict, list[str]]]:
    for combo in _combinations(CONSENSUS_OPTIONS):
        settings = beacon_settings(
            network,
            consensus=profile,
            **{**combo, "checkpoint_sync_url": combo["checkpoint_sync_url"] or network.checkpoint_sync_url},
        )
        yield "main", combo, profile.args(settings)
        if profile.checkpoint_init:
            yield "checkpoint-sync", combo, _exec_args(profile.checkpoint_init(settings))


def _exec_args(command: list[str]) -> list[str]:
    """The client's own arguments inside a `sh -c '... exec BINARY SUBCOMMAND ARGS'` command."""
    script = command[-1]
    assert "exec " in script, f"expected an exec in {command!r}"
    return shlex.split(script.rsplit("exec ", 1)[1])[1:]


def _cases() -> list[tuple[str, str]]:
    cases = [(c, n.name) for n in NETWORKS.values() for c in clients_for(n)]
    cases += [(c, n.name) for n in PRIVATE_NETWORKS for c in clients_for(n)]
    cases += [(c, n.name) for n in NETWORKS.values() if n.proof_of_stake for c in consensus_clients_for(n)]
    return sorted(set(cases))


def _network(name: str) -> Network:
    return NETWORKS.get(name) or next(n for n in PRIVATE_NETWORKS if n.name == name)


def _emitted(client: str, network: Network) -> Iterator[tuple[str, dict, list[str]]]:
    if client in CLIENTS:
        return _execution_args(CLIENTS[client], network)
    return _consensus_args(CONSENSUS_CLIENTS[client], network)


@functools.cache
def flag_data(client: str) -> dict:
    return json.loads((DATA / f"{client}.json").read_text(encoding="utf-8"))


def problems(args: list[str], flags: dict[str, dict], subcommands: list[str] = ()) -> list[str]:
    """What is wrong with `args` for a client whose options are `flags` (empty when all is well).

    Tokens before the first option are subcommands; other tokens not starting with '-' are
    positional arguments: every value the catalog passes is attached with '='.
    """
    found, seen = [], set()
    leading = True
    for token in args:
        if not token.startswith("-"):
            if leading and token not in subcommands:
                found.append(f"{token}: no such subcommand")
            continue
        leading = False
        name, has_value, value = token.partition("=")
        flag = flags.get(name)
        if not name.startswith("--") or flag is None:
            found.append(f"{name}: no such option (in {token})")
            continue
        key = flag.get("alias_of", name)
        if key in seen and flag["kind"] != "list" and not flag.get("repeatable"):
            found.append(f"{name}: given more than once (in {token})")
        seen.add(key)
        if flag["kind"] == "switch":
            if not has_value and not flag["bare"]:
                found.append(f"{name}: this switch needs =true or =false (in {token})")
            elif has_value and not (flag["explicit_bool"] and value in ("true", "false")):
                takes = "only true or false" if flag["explicit_bool"] else "no value"
                found.append(f"{name}: this switch takes {takes} (in {token})")
        elif not has_value and not flag.get("optional_value"):
            found.append(f"{name}: this option needs a value, as {name}=... (in {token})")
        elif "," in value and flag["kind"] != "list":
            found.append(f"{name}: given a comma list, but it takes one value (in {token})")
    return found


def _check(client: str, network_name: str) -> None:
    data = flag_data(client)
    failures = {}
    for what, combo, args in _emitted(client, _network(network_name)):
        for problem in problems(args, data["flags"], data["subcommands"]):
            # One line per flag and mistake, whatever the value (ports vary across combinations).
            failures.setdefault(f"{what}: {problem.split(' (in ', 1)[0]}", f"{problem} with {_describe(combo)}")
    assert not failures, f"{client} on {network_name}:\n" + "\n".join(
        f"  {problem}\n    e.g. {example}" for problem, example in sorted(failures.items())
    )


def _describe(combo: dict) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in combo.items() if not isinstance(v, NodePorts | ConsensusPorts))


@pytest.mark.parametrize(("client", "network"), _cases())
def test_emitted_flags_exist_at_the_pinned_tag(client: str, network: str) -> None:
    data = flag_data(client)
    if data["flags"] is None:
        pytest.skip(f"{client}: no flag data: {data['unavailable']}")
    if not data["source"]["exact_tag"]:
        pytest.skip(
            f"{client}: flag data read at {data['source']['ref']}, not the pinned {data['tag']} "
            f"({data['source']['obtained']}); checked against that release by the next test"
        )
    _check(client, network)


@pytest.mark.parametrize(
    ("client", "network"),
    [
        (c, n)
        for c, n in _cases()
        # A missing file fails test_flag_data_is_for_the_pinned_image_tag, not the collection.
        if (DATA / f"{c}.json").exists()
        and flag_data(c)["flags"] is not None
        and not flag_data(c)["source"]["exact_tag"]
    ],
)
def test_emitted_flags_exist_in_the_nearest_release_available(client: str, network: str) -> None:
    """Where the pinned tag's source was not reachable, the nearest release read still catches typos
    and value-form mistakes (a flag added after that release would show up here as missing)."""
    _check(client, network)


ALL_PROFILES = {**CLIENTS, **CONSENSUS_CLIENTS}


@pytest.mark.parametrize("client", sorted(ALL_PROFILES))
def test_flag_data_is_for_the_pinned_image_tag(client: str) -> None:
    """Changing a pinned tag without refreshing that client's flag data fails here."""
    image_tag = ALL_PROFILES[client].image.rsplit(":", 1)[1]
    data = flag_data(client)
    assert data["image_tag"] == image_tag, (
        f"{client} is pinned at {image_tag} but tests/data/client_flags/{client}.json is for "
        f"{data['image_tag']}: refresh it (see tests/data/client_flags/README.md)"
    )
    assert data["client"] == client
    source = data["source"]
    assert source["repository"] and (source["files"] or data["flags"] is None)
    if source["exact_tag"]:
        assert source["ref"] == data["tag"] and len(source["commit"]) == 40


def test_every_data_file_belongs_to_a_catalog_client() -> None:
    assert {p.stem for p in DATA.glob("*.json")} == set(ALL_PROFILES)


def test_the_matrix_covers_every_option_value() -> None:
    """Each option value reaches at least one args builder (a new option is not silently dropped)."""
    cases = _cases()
    assert {c for c, _ in cases} == set(ALL_PROFILES)
    seen = {(k, repr(v)) for c, n in cases for _, combo, _ in _emitted(c, _network(n)) for k, v in combo.items()}
    wanted = {
        (k, repr(v)) for options in (EXECUTION_OPTIONS, CONSENSUS_OPTIONS) for k, vs in options.items() for v in vs
    }
    assert wanted <= seen


# -- the checker itself -----------------------------------------------------------------------

FLAGS = {
    "--http": {"kind": "switch", "bare": True, "explicit_bool": False},
    "--metrics": {"kind": "switch", "bare": True, "explicit_bool": True},
    "--port": {"kind": "value"},
    "--api": {"kind": "list"},
    "--apis": {"kind": "list", "alias_of": "--api"},
    "--el": {"kind": "value", "repeatable": True},
    "--otlp": {"kind": "value", "optional_value": True},
    "--Init.Enabled": {"kind": "switch", "bare": False, "explicit_bool": True},
}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            [
                "node",
                "--otlp",
                "--http",
                "--metrics=false",
                "--port=1",
                "--api=eth,net",
                "--apis=web3",
                "--el=a",
                "--el=b",
            ],
            [],
        ),
        (["init", "--port=1", "/genesis.json"], []),
        (["beacon_node", "--port=1"], ["beacon_node: no such subcommand"]),
        (["--bogus"], ["--bogus: no such option (in --bogus)"]),
        (["-port=1"], ["-port: no such option (in -port=1)"]),
        (["--port"], ["--port: this option needs a value, as --port=... (in --port)"]),
        (["--http=true"], ["--http: this switch takes no value (in --http=true)"]),
        (["--metrics=yes"], ["--metrics: this switch takes only true or false (in --metrics=yes)"]),
        (["--port=1,2"], ["--port: given a comma list, but it takes one value (in --port=1,2)"]),
        (["--port=1", "--port=2"], ["--port: given more than once (in --port=2)"]),
        (["--Init.Enabled"], ["--Init.Enabled: this switch needs =true or =false (in --Init.Enabled)"]),
        (["--Init.Enabled=false"], []),
    ],
)
def test_problems_reports_each_kind_of_mistake(args: list[str], expected: list[str]) -> None:
    assert problems(args, FLAGS, ["node", "init"]) == expected
