"""The catalog is plain data: these tests need no synth."""

from __future__ import annotations

import json

import pytest

from ethercluster_constructs.catalog import (
    CLIENTS,
    NETWORKS,
    Network,
    NodePorts,
    NodeSettings,
    RpcExposure,
    get_client,
    get_network,
)
from ethercluster_constructs.errors import EtherclusterError
from ethercluster_constructs.validation import distinct_ports, dns_label, storage_bytes, storage_size

GENESIS = json.dumps({"config": {"chainId": 990088}, "difficulty": "0x1", "gasLimit": "0x1", "alloc": {}})


def settings(network: Network, **rpc) -> NodeSettings:
    exposure = {"apis": ("eth", "net", "web3"), "vhosts": ("localhost",), "cors_origins": (), "websocket": True}
    return NodeSettings(
        network=network,
        ports=NodePorts(),
        rpc=RpcExposure(**{**exposure, **rpc}),
        data_dir="/data",
        max_peers=50,
        genesis_path="/genesis/genesis.json" if network.is_private else None,
    )


def test_etc_networks_carry_their_chain_and_network_ids():
    assert (NETWORKS["classic"].chain_id, NETWORKS["classic"].network_id) == (61, 1)
    assert (NETWORKS["mordor"].chain_id, NETWORKS["mordor"].network_id) == (63, 7)
    assert not NETWORKS["classic"].proof_of_stake


def test_classic_default_disk_leaves_headroom_over_the_measured_chain():
    # 51 GiB measured in Sept 2026; the default must hold several times that.
    assert storage_bytes(NETWORKS["classic"].disk_size) >= 4 * 51 * 2**30
    assert storage_bytes(NETWORKS["mordor"].disk_size) >= 4 * 10 * 2**30


@pytest.mark.parametrize(("retired", "replacement"), [("kotti", "mordor"), ("goerli", "sepolia")])
def test_retired_networks_name_their_replacement(retired, replacement):
    with pytest.raises(EtherclusterError, match=rf"network='{retired}' is a retired network; use {replacement}"):
        get_network("network", retired)


def test_unknown_network_lists_the_known_ones():
    with pytest.raises(
        EtherclusterError,
        match="'atlantis' is not a known network; use one of: classic, hoodi, mainnet, mordor, sepolia",
    ):
        get_network("network", "atlantis")


def test_unknown_client_lists_the_known_ones():
    with pytest.raises(
        EtherclusterError,
        match="client='parity' is not a known client; use one of: besu, core-geth, erigon, geth, nethermind, reth",
    ):
        get_client("client", "parity", NETWORKS["classic"])


def test_core_geth_selects_the_network_by_flag_and_never_by_network_id():
    args = CLIENTS["core-geth"].args(settings(NETWORKS["classic"]))
    assert args[0] == "--classic"
    assert not any(a.startswith("--networkid") for a in args)
    assert CLIENTS["core-geth"].args(settings(NETWORKS["mordor"]))[0] == "--mordor"


def test_core_geth_serves_rpc_ws_and_metrics_on_the_configured_ports():
    args = CLIENTS["core-geth"].args(settings(NETWORKS["classic"]))
    for flag in (
        "--http",
        "--http.addr=0.0.0.0",
        "--http.port=8545",
        "--http.api=eth,net,web3",
        "--ws",
        "--ws.port=8546",
        "--ws.api=eth,net,web3",
        "--port=30303",
        "--metrics",
        "--metrics.addr=0.0.0.0",  # without it core-geth starts no metrics server
        "--metrics.port=6060",
        "--datadir=/data",
    ):
        assert flag in args
    assert not any(a.startswith(("--http.corsdomain", "--ws.origins", "--http.rpcprefix")) for a in args)


def test_core_geth_path_prefix_and_origins_and_no_websocket():
    args = CLIENTS["core-geth"].args(
        settings(NETWORKS["classic"], http_path="/etc", ws_path="/ws-etc", cors_origins=("https://a.example",))
    )
    assert {"--http.rpcprefix=/etc", "--ws.rpcprefix=/ws-etc", "--http.corsdomain=https://a.example"} <= set(args)
    assert "--ws.origins=https://a.example" in args
    no_ws = CLIENTS["core-geth"].args(settings(NETWORKS["classic"], websocket=False))
    assert not any(a.startswith("--ws") for a in no_ws)


def test_private_network_reads_chain_id_from_genesis_and_passes_network_id_and_bootnodes():
    network = Network.private(
        name="nazgul", genesis_json=GENESIS, network_id=88, bootnodes=("enode://abc@10.0.0.1:30303",)
    )
    assert network.chain_id == 990088 and network.is_private
    args = CLIENTS["core-geth"].args(settings(network))
    assert args[:2] == ["--networkid=88", "--bootnodes=enode://abc@10.0.0.1:30303"]
    assert CLIENTS["core-geth"].genesis_init_args(settings(network)) == [
        "init",
        "--datadir=/data",
        "/genesis/genesis.json",
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"genesis_json": "{}"}, "genesis is not a JSON object with config.chainId"),
        ({"genesis_json": "not json"}, "genesis is not a JSON object"),
        ({"name": "classic"}, "public network's name"),
        ({"name": "Nazgul"}, "not a DNS-1123 label"),
        ({"network_id": 0}, "network_id=0 must be a whole number >= 1"),
        ({"bootnodes": ("10.0.0.1:30303",)}, "is not an enode:// URL"),
        ({"disk_size": "lots"}, "disk_size='lots' is not a storage size"),
    ],
)
def test_private_network_rejects_bad_input(kwargs, message):
    with pytest.raises(EtherclusterError, match=message):
        Network.private(**{"name": "nazgul", "genesis_json": GENESIS, "network_id": 88, **kwargs})


def test_head_age_check_scales_with_block_time_and_can_be_disabled():
    assert NETWORKS["classic"].max_head_age_seconds == 20 * 13
    assert Network.private(name="p", genesis_json=GENESIS, network_id=5, block_time_seconds=0).max_head_age_seconds == 0


@pytest.mark.parametrize("value", ["250Gi", "1Ti", "500G"])
def test_storage_size_accepts_disk_quantities(value):
    assert storage_size("disk_size", value) == value


@pytest.mark.parametrize("value", ["250", "250gi", "-5Gi", "0Gi", "1.5Ti", "250m", ""])
def test_storage_size_rejects_everything_else(value):
    with pytest.raises(EtherclusterError, match=r"disk_size=.* is not a storage size: use a whole number"):
        storage_size("disk_size", value)


@pytest.mark.parametrize("value", ["Classic", "-a", "a-", "a_b", "x" * 64, ""])
def test_dns_label_rejects_invalid_names(value):
    with pytest.raises(EtherclusterError, match="is not a DNS-1123 label"):
        dns_label("name", value)


def test_clashing_ports_name_both_users():
    with pytest.raises(EtherclusterError, match="port 8545 is given to both 'rpc' and 'ws'"):
        distinct_ports("ports", {"rpc": 8545, "ws": 8545})
