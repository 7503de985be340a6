"""Every client container against its runtime contract (catalog/clients/contract.py).

Shape is not behaviour: these tests read the synthesized pods the way the container runtime
and the client would. Where does each default write go, and is that place writable under a
read-only root? Does the image's entrypoint take these arguments? Does the heap fit the
memory limit? Does WebSocket serve eth_subscribe? Is the Engine or beacon API reachable
from outside the pod?

The matrix covers every client on every network it runs, in both sync modes: on each
(network, mode) the execution clients are paired with the consensus clients in rotation,
so each client appears once per cell.
"""

from __future__ import annotations

import json
import shlex
from functools import cache

import cdk8s
import pytest
import yaml

from ethercluster_constructs import EtherclusterError, EthereumNode, Network
from ethercluster_constructs.catalog import (
    CLIENTS,
    CONSENSUS_CLIENTS,
    NETWORKS,
    SYNC_MODES,
    clients_for,
    consensus_clients_for,
)
from ethercluster_constructs.catalog.clients.contract import HEAP_CEILING_PERCENT, RuntimeContract, flag_value
from ethercluster_constructs.validation import storage_bytes
from tests.support import find, find_all, pod_spec, synth, synth_spec

PRIVATE = Network.private(
    name="nazgul",
    genesis_json=json.dumps({"config": {"chainId": 990088}, "difficulty": "0x1", "gasLimit": "0x1", "alloc": {}}),
    network_id=990088,
)


def _cells() -> list[tuple[str, str, str | None, str]]:
    cells = []
    for network_name in sorted(NETWORKS):
        network = NETWORKS[network_name]
        executions = clients_for(network)
        consensus = consensus_clients_for(network) if network.proof_of_stake else []
        for mode_index, mode in enumerate(SYNC_MODES):
            for index, client in enumerate(executions):
                paired = consensus[(index + mode_index) % len(consensus)] if consensus else None
                cells.append((network_name, client, paired, mode))
    return cells + [("nazgul", "core-geth", None, mode) for mode in SYNC_MODES]


CELLS = _cells()


@cache
def pods() -> dict[tuple, tuple[dict, list[dict]]]:
    """One synth for the whole matrix: (StatefulSet, NetworkPolicies) per cell."""
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "contracts", disable_resource_name_hashes=True)
    for index, (network, client, consensus, mode) in enumerate(CELLS):
        EthereumNode(
            chart,
            f"c{index}",
            namespace="contracts",
            network=PRIVATE if network == "nazgul" else network,
            client=client,
            consensus_client=consensus,
            mode=mode,
        )
    docs = [d for d in yaml.safe_load_all(app.synth_yaml()) if d]
    result = {}
    for index, cell in enumerate(CELLS):
        own = [d for d in docs if d["metadata"]["name"].split("-")[0] == f"c{index}"]
        result[cell] = (find(own, "StatefulSet"), find_all(own, "NetworkPolicy"))
    return result


def client_containers(cell) -> list[tuple[dict, RuntimeContract]]:
    """Every container that runs a client image, with that client's contract."""
    _, client, consensus, _ = cell
    spec = pod_spec(pods()[cell][0])
    owners = {client: CLIENTS[client], "init-genesis": CLIENTS[client]}
    if consensus:
        owners |= {consensus: CONSENSUS_CLIENTS[consensus], "checkpoint-sync": CONSENSUS_CLIENTS[consensus]}
    return [
        (c, owners[c["name"]].contract)
        for c in spec.get("initContainers", []) + spec["containers"]
        if c["name"] in owners
    ]


def tokens(container: dict) -> list[str]:
    """The arguments the client binary sees (an init script's words included)."""
    command = container.get("command", [])
    if command[:2] == ["/bin/sh", "-c"]:
        return shlex.split(command[2])
    return [*command, *container.get("args", [])]


def env_of(container: dict) -> dict[str, str]:
    return {e["name"]: e.get("value", "") for e in container.get("env", [])}


def writable_mounts(container: dict) -> list[str]:
    return [m["mountPath"] for m in container.get("volumeMounts", []) if not m.get("readOnly")]


def mount_of(path: str, mounts: list[str]) -> str | None:
    return next((m for m in mounts if path == m or path.startswith(m.rstrip("/") + "/")), None)


def cell_id(cell) -> str:
    network, client, consensus, mode = cell
    return f"{network}-{client}-{consensus or 'none'}-{mode}"


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_every_write_path_lies_on_a_writable_mount_under_a_read_only_root(cell):
    for container, contract in client_containers(cell):
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        mounts = writable_mounts(container)
        for what, path in contract.resolve_writes(tokens(container), env_of(container)):
            assert mount_of(path, mounts), (
                f"{container['name']} writes {what} to {path}, which is on the read-only root "
                f"(writable mounts: {mounts})"
            )


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_home_is_writable_in_every_client_container(cell):
    for container, contract in client_containers(cell):
        home = contract.home(env_of(container))
        assert mount_of(home, writable_mounts(container)), f"{container['name']}: HOME={home} is not writable"


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_a_data_dir_the_client_chmods_or_owns_is_a_subdirectory_of_its_volume(cell):
    for container, contract in client_containers(cell):
        if not contract.data_dir.needs_own_directory:
            continue
        data_dir = flag_value(tokens(container), contract.data_dir.flag)
        volume = mount_of(data_dir, writable_mounts(container))
        assert volume and data_dir != volume, (
            f"{container['name']} sets mode {contract.data_dir.mode} on {data_dir}, the root of its volume, "
            "which the pod's UID does not own"
        )


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_command_and_args_fit_the_image_entrypoint(cell):
    for container, contract in client_containers(cell):
        image, command, args = contract.image, container.get("command"), container.get("args", [])
        name = container["name"]
        if command and command[:2] == ["/bin/sh", "-c"]:
            assert image.shell, f"{name}: the image has no shell for {command[:2]}"
            assert shlex.split(command[2]).count(image.binary), f"{name}: the script does not run {image.binary}"
            continue
        if command:
            runs = [command[0]] if command[0].startswith("/") else [f"{d}/{command[0]}" for d in image.path]
            assert image.binary in runs, f"{name}: command {command[0]!r} is not the client binary {image.binary}"
        else:
            assert image.entrypoint, f"{name}: the image has no entrypoint and no command is given"
            assert image.entrypoint_passes_args, (
                f"{name}: the image entrypoint {image.entrypoint} re-parses its arguments in a shell; run the binary"
            )
        if name == "init-genesis":
            continue  # `init`, a subcommand of its own
        if image.subcommand:
            assert args[0] == image.subcommand, f"{name}: arguments must start with `{image.subcommand}`"
        else:
            assert args[0].startswith("-"), f"{name}: {args[0]!r} is not a flag"


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_the_heap_fits_inside_the_memory_limit_with_headroom(cell):
    for container, contract in client_containers(cell):
        if not contract.heap:
            continue
        limit = storage_bytes(container["resources"]["limits"]["memory"])
        heap = contract.heap.heap_bytes(env_of(container), limit)
        assert heap <= limit * HEAP_CEILING_PERCENT // 100, (
            f"{container['name']}: {contract.heap.runtime} heap {heap // 2**20} MiB is over "
            f"{HEAP_CEILING_PERCENT} % of the {limit // 2**20} MiB limit"
        )


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_websocket_serves_eth_subscribe_and_the_public_apis(cell):
    _, client, _, _ = cell
    profile = CLIENTS[client]
    execution = next(c for c, _ in client_containers(cell) if c["name"] == client)
    assert any(p["name"] == "ws" for p in execution["ports"]), "WebSocket is on by default"
    served = flag_value(execution["args"], profile.apis.ws_flag)
    assert served, f"{client}: no {profile.apis.ws_flag}"
    modules = served.strip("[]").split(",")
    for api in ("eth", "net", "web3"):
        assert profile.apis.modules[api] in modules
    if profile.apis.subscription_module:
        assert profile.apis.subscription_module in modules, (
            f"{client}: eth_subscribe lives in {profile.apis.subscription_module!r}, not in {modules}"
        )


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_engine_and_beacon_apis_are_on_loopback_or_never_admitted(cell):
    _, client, consensus, _ = cell
    if not consensus:
        return
    statefulset, policies = pods()[cell]
    admitted = {
        port["port"] for policy in policies for rule in policy["spec"].get("ingress", []) for port in rule["ports"]
    }
    containers = {c["name"]: c for c in pod_spec(statefulset)["containers"]}
    for name, contract, surface, number in (
        (client, CLIENTS[client].contract, "engine", 8551),
        (consensus, CONSENSUS_CLIENTS[consensus].contract, "beacon", 5052),
    ):
        binding = contract.binding(surface)
        assert binding, f"{name}: no {surface} binding recorded"
        if binding.loopback:
            bound = flag_value(containers[name]["args"], binding.flag)
            assert bound == "127.0.0.1", f"{name}: the {surface} API listens on {bound}, not loopback"
        assert number not in admitted, f"a NetworkPolicy admits the {surface} port {number}"


def test_the_beacon_api_is_served_to_the_namespace_only_when_asked():
    docs = synth(
        lambda chart: EthereumNode(
            chart, "n", network="hoodi", client="geth", consensus_client="teku", expose_beacon_api=True
        )
    )
    args = next(c for c in pod_spec(find(docs, "StatefulSet"))["containers"] if c["name"] == "teku")["args"]
    assert "--rest-api-interface=0.0.0.0" in args
    admitted = {p["port"] for r in find(docs, "NetworkPolicy")["spec"]["ingress"] for p in r["ports"]}
    assert 5052 in admitted


def test_expose_beacon_api_is_refused_without_a_consensus_client():
    with pytest.raises(EtherclusterError, match="expose_beacon_api needs a consensus client"):
        synth(lambda chart: EthereumNode(chart, "n", network="mordor", expose_beacon_api=True))


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_each_mode_has_its_arguments_and_full_mode_never_drops_receipts(client):
    profile = CLIENTS[client]
    assert set(profile.modes.args) == set(SYNC_MODES) == set(profile.modes.keeps)
    receipt_pruning = ("--full", "--minimal", "--prune.receipts", "--history.chain=postmerge", "--prune.mode=full")
    assert not [a for a in profile.modes.args["full"] if a.startswith(receipt_pruning)]


def test_the_public_api_set_means_the_same_methods_on_every_client():
    for name, profile in CLIENTS.items():
        assert profile.public_apis == {"eth", "net", "web3"}, name
        assert set(profile.apis.modules) >= profile.public_apis | profile.internal_apis, name


@pytest.mark.parametrize("network", sorted(NETWORKS))
def test_archive_volumes_default_larger_than_full_ones(network):
    net = NETWORKS[network]
    for client in clients_for(net):
        factor = CLIENTS[client].modes.archive_disk_factor
        assert storage_bytes(net.default_disk_size("archive", factor)) > storage_bytes(net.default_disk_size("full"))


def test_mode_picks_the_disk_default_and_is_validated():
    docs = synth(
        lambda chart: EthereumNode(
            chart, "n", network="mainnet", client="reth", consensus_client="lighthouse", mode="archive"
        )
    )
    claims = find(docs, "StatefulSet")["spec"]["volumeClaimTemplates"]
    assert claims[0]["spec"]["resources"]["requests"]["storage"] == NETWORKS["mainnet"].archive_disk_size
    with pytest.raises(EtherclusterError, match="EthereumNode.mode='pruned'"):
        synth(lambda chart: EthereumNode(chart, "n", network="mordor", mode="pruned"))


def test_the_spec_mode_key_reaches_the_client_and_the_disk(tmp_path):
    spec = tmp_path / "cluster.yaml"
    spec.write_text("fleets: {etc: {network: classic, mode: archive}}\n")
    docs = synth_spec(spec)
    statefulset = find(docs, "StatefulSet", "etc")
    args = next(c for c in pod_spec(statefulset)["containers"] if c["name"] == "core-geth")["args"]
    assert all(a in args for a in CLIENTS["core-geth"].modes.args["archive"])
    claim = statefulset["spec"]["volumeClaimTemplates"][0]
    assert claim["spec"]["resources"]["requests"]["storage"] == NETWORKS["classic"].archive_disk_size


@pytest.mark.parametrize("name", sorted(CLIENTS) + sorted(CONSENSUS_CLIENTS))
def test_a_tag_bump_needs_the_contract_reviewed_again(name):
    profile = CLIENTS.get(name) or CONSENSUS_CLIENTS[name]
    assert profile.contract.reviewed_for == profile.image, (
        f"{name}: the image is {profile.image} but its runtime contract was reviewed for "
        f"{profile.contract.reviewed_for}; re-read the upstream sources at the new tag, then update it"
    )


@pytest.mark.parametrize(("disk", "factor", "archive"), [("50G", 4, "200G"), ("50Gi", 1, "50Gi"), ("3Ti", 4, "12Ti")])
def test_archive_disk_default_keeps_the_unit_it_was_given(disk, factor, archive):
    network = Network.private(name="p", genesis_json=PRIVATE.genesis_json, network_id=5, disk_size=disk)
    assert network.default_disk_size("archive", factor) == archive
    assert network.default_disk_size("full", factor) == disk
