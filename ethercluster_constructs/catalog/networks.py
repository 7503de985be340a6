"""Chains the library knows, as plain data. No cdk8s imports: unit-testable in milliseconds."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..errors import EtherclusterError
from ..validation import dns_label, non_negative_int, storage_size
from .clique import signers_from_extra_data


@dataclass(frozen=True)
class Resources:
    """Per-container compute. CPU in cores (Kubernetes millicores as strings), memory as quantities."""

    cpu_request: str
    cpu_limit: str
    memory_request: str
    memory_limit: str


@dataclass(frozen=True)
class Network:
    """One chain.

    Attributes:
        name: the catalog key, also the flag name clients use (`--classic`, `--mordor`).
        chain_id: EIP-155 chain id.
        network_id: devp2p network id.
        ecosystem: "etc" (Ethereum Classic, proof-of-work) or "eth" (Ethereum).
        proof_of_stake: whether an execution node needs a consensus client.
        disk_size: default chain volume size of a full node; see docs/networks.md for how it was sized.
        archive_disk_size: default volume size of an archive node whose client keeps flat state
            history (erigon, reth, geth's path scheme); clients that keep whole historical tries
            multiply it (SyncModes.archive_disk_factor). Default: disk_size.
        resources: default compute for the execution client container.
        block_time_seconds: target block interval; readiness treats a head older than
            `head_age_blocks` intervals as stale.
        genesis_json: for private networks, the genesis file's text (else None).
        bootnodes: enode URLs for private networks (built-in networks ship their own).
        path_slug: public route name; the edge serves `/<slug>` and `/ws-<slug>` (the 2019
            paths). Default: the network name.
        consensus_disk_size / consensus_resources: defaults for the consensus client
            (proof-of-stake networks only).
        checkpoint_sync_url: default beacon checkpoint-sync source (proof-of-stake only).
        clique_signers: for a clique proof-of-authority genesis, the signers its extraData
            names (empty for any other chain). Signers voted in later are not listed.
    """

    name: str
    chain_id: int
    network_id: int
    ecosystem: str
    proof_of_stake: bool
    disk_size: str
    resources: Resources
    block_time_seconds: int
    genesis_json: str | None = None
    bootnodes: tuple[str, ...] = field(default=())
    path_slug: str = ""
    consensus_disk_size: str | None = None
    consensus_resources: Resources | None = None
    checkpoint_sync_url: str | None = None
    archive_disk_size: str | None = None
    clique_signers: tuple[str, ...] = field(default=())

    def default_disk_size(self, mode: str, archive_disk_factor: int = 1) -> str:
        """The execution volume size for a sync mode ("full" or "archive")."""
        if mode != "archive":
            return self.disk_size
        size = self.archive_disk_size or self.disk_size
        number, unit = re.fullmatch(r"(\d+)(\D*)", size).groups()
        return f"{int(number) * archive_disk_factor}{unit}"

    @property
    def is_clique(self) -> bool:
        return bool(self.clique_signers)

    @property
    def rpc_path(self) -> str:
        return f"/{self.path_slug or self.name}"

    @property
    def ws_path(self) -> str:
        return f"/ws-{self.path_slug or self.name}"

    @property
    def is_private(self) -> bool:
        return self.genesis_json is not None

    @property
    def max_head_age_seconds(self) -> int:
        """Head block age past which a node counts as behind, whatever eth_syncing says.

        Twenty block intervals: proof-of-work block times vary a lot, and a node that
        has not begun syncing reports eth_syncing=false at block 0. A private network with
        block_time_seconds=0 (no block production expected) disables the check.

        A clique chain seals every period exactly (an out-of-turn signer waits at most half a
        second per signer longer), so there a head five periods old, and at least 30 s,
        means sealing stopped.
        """
        if self.is_clique and self.block_time_seconds:
            return max(5 * self.block_time_seconds, CLIQUE_MIN_HEAD_AGE_SECONDS)
        return 20 * self.block_time_seconds

    @classmethod
    def private(
        cls,
        *,
        name: str,
        genesis_json: str,
        network_id: int,
        bootnodes: tuple[str, ...] = (),
        disk_size: str = "50Gi",
        block_time_seconds: int | None = None,
    ) -> Network:
        """A private network from a geth-style genesis file: proof-of-work (like 2019's `nazgul`)
        or clique proof-of-authority (a `config.clique` section; see `ethercluster clique init`).

        The chain id is read from the genesis `config.chainId`, a clique chain's signers from its
        `extraData`. block_time_seconds defaults to the clique period, else 15; 0 means no block
        production is expected, so readiness does not judge the head's age.
        """
        dns_label("network.name", name)
        if name in NETWORKS or name in RETIRED_NETWORKS:
            raise EtherclusterError(
                f"network.name={name!r} is a public network's name; give the private network its own name"
            )
        storage_size("network.disk_size", disk_size)
        try:
            genesis = json.loads(genesis_json)
            chain_id = genesis["config"]["chainId"]
        except (ValueError, KeyError, TypeError, RecursionError) as error:
            raise EtherclusterError(
                f"network {name!r}: the genesis is not a JSON object with config.chainId ({str(error)[:120]})"
            ) from None
        if not isinstance(chain_id, int) or isinstance(chain_id, bool) or not 1 <= chain_id < 2**64:
            raise EtherclusterError(
                f"network {name!r}: the genesis config.chainId={str(chain_id)[:40]!r} is not a whole number "
                "from 1 to 2^64-1"
            )
        signers, period = _clique(name, genesis)
        if block_time_seconds is None:
            block_time_seconds = 15 if period is None else period
        elif period is not None and block_time_seconds != period:
            raise EtherclusterError(
                f"network.block_time_seconds={block_time_seconds!r} differs from the genesis clique.period "
                f"{period}; leave block_time_seconds unset, a clique chain's block time is its period"
            )
        if not isinstance(network_id, int) or isinstance(network_id, bool) or network_id < 1:
            raise EtherclusterError(f"network.network_id={network_id!r} must be a whole number >= 1")
        non_negative_int("network.block_time_seconds", block_time_seconds)
        for enode in bootnodes:
            if not str(enode).startswith("enode://"):
                raise EtherclusterError(f"network.bootnodes: {enode!r} is not an enode:// URL")
        return cls(
            name=name,
            chain_id=int(chain_id),
            network_id=network_id,
            ecosystem="etc",
            proof_of_stake=False,
            disk_size=disk_size,
            resources=_SMALL,
            block_time_seconds=block_time_seconds,
            genesis_json=genesis_json,
            bootnodes=tuple(bootnodes),
            clique_signers=signers,
        )


CLIQUE_MIN_HEAD_AGE_SECONDS = 30


def _clique(name: str, genesis: dict) -> tuple[tuple[str, ...], int | None]:
    """A clique genesis's signers and period; ((), None) for another chain."""
    clique = genesis["config"].get("clique")
    if clique is None:
        return (), None
    period = clique.get("period") if isinstance(clique, dict) else None
    if not isinstance(period, int) or isinstance(period, bool) or period < 0:
        raise EtherclusterError(f"network {name!r}: the genesis config.clique.period {period!r} is not whole seconds")
    if "terminalTotalDifficulty" in genesis["config"]:
        raise EtherclusterError(
            f"network {name!r}: the genesis sets both clique and terminalTotalDifficulty (proof-of-stake); "
            "clique signers seal only a proof-of-authority chain"
        )
    try:
        signers = tuple(signers_from_extra_data(genesis.get("extraData", "0x")))
    except EtherclusterError as error:
        raise EtherclusterError(f"network {name!r}: the genesis {error}") from None
    if not signers:
        raise EtherclusterError(
            f"network {name!r}: the clique genesis names no signers in its extraData, so no block can ever be "
            "sealed; make one with `ethercluster clique init`"
        )
    return signers, period


_SMALL = Resources(cpu_request="1", cpu_limit="2", memory_request="2Gi", memory_limit="4Gi")
_TESTNET_EXECUTION = Resources(cpu_request="2", cpu_limit="4", memory_request="8Gi", memory_limit="16Gi")
_TESTNET_CONSENSUS = Resources(cpu_request="1", cpu_limit="2", memory_request="4Gi", memory_limit="8Gi")

NETWORKS: dict[str, Network] = {
    network.name: network
    for network in (
        # ETC mainnet: 51 GiB of snap-synced chain data in Sept 2026 (core-geth v1.13.0
        # hardware notes), hash-scheme state grows until pruned: 250Gi is ~5x headroom, and
        # pd-ssd IOPS scale with size (250Gi -> 7,500 IOPS).
        Network(
            name="classic",
            chain_id=61,
            network_id=1,
            ecosystem="etc",
            proof_of_stake=False,
            disk_size="250Gi",
            # No published ETC archive measurement was found: an estimate of ~12x the full
            # node (hash-scheme archives keep every trie).
            archive_disk_size="3Ti",
            # At the head core-geth uses well under a core; the 4-core limit serves sync bursts.
            resources=Resources(cpu_request="1500m", cpu_limit="4", memory_request="4Gi", memory_limit="8Gi"),
            block_time_seconds=13,
            path_slug="etc",
        ),
        # Mordor: 10 GiB in Sept 2026; 50Gi leaves room for years of growth.
        Network(
            name="mordor",
            chain_id=63,
            network_id=7,
            ecosystem="etc",
            proof_of_stake=False,
            disk_size="50Gi",
            # Estimate, as for classic: ~5x the full node.
            archive_disk_size="250Gi",
            resources=_SMALL,
            block_time_seconds=13,
        ),
        # Ethereum mainnet: full (non-archive) execution nodes measured 1.0-1.8 TiB in
        # April 2026 (erigon smallest, reth largest); beacon nodes 20-80 GiB without blobs
        # archives. Execution RAM 8-18 GiB depending on client.
        Network(
            name="mainnet",
            chain_id=1,
            network_id=1,
            ecosystem="eth",
            proof_of_stake=True,
            disk_size="2Ti",
            # Archives with flat state history: erigon ~1.77 TB (its docs, late 2025; 4 TB
            # recommended), geth path scheme ~1.9-2.0 TB (geth docs, v1.16+), summarized at
            # 7blocklabs.com/blog/ethereum-archive-node-disk-size-2026-...; trie-keeping
            # archives (besu FOREST, nethermind) run to "well over" 10 TB (ethdocker.com/Usage/NodeTypes).
            archive_disk_size="4Ti",
            resources=Resources(cpu_request="4", cpu_limit="8", memory_request="16Gi", memory_limit="32Gi"),
            block_time_seconds=12,
            path_slug="eth",
            consensus_disk_size="200Gi",
            consensus_resources=Resources(cpu_request="2", cpu_limit="4", memory_request="8Gi", memory_limit="16Gi"),
            checkpoint_sync_url="https://mainnet.checkpoint.sigp.io",
        ),
        # Sepolia: ~409 GB full node (Nethermind docs, late 2025).
        Network(
            name="sepolia",
            chain_id=11155111,
            network_id=11155111,
            ecosystem="eth",
            proof_of_stake=True,
            disk_size="750Gi",
            # Estimate: no published archive measurement for Sepolia was found.
            archive_disk_size="2Ti",
            resources=_TESTNET_EXECUTION,
            block_time_seconds=12,
            consensus_disk_size="150Gi",
            consensus_resources=_TESTNET_CONSENSUS,
            checkpoint_sync_url="https://checkpoint-sync.sepolia.ethpandaops.io",
        ),
        # Hoodi (launched March 2025): no published measurements; sized like a young testnet.
        Network(
            name="hoodi",
            chain_id=560048,
            network_id=560048,
            ecosystem="eth",
            proof_of_stake=True,
            disk_size="300Gi",
            # Estimate: a young chain; no published archive measurement.
            archive_disk_size="1Ti",
            resources=_TESTNET_EXECUTION,
            block_time_seconds=12,
            consensus_disk_size="100Gi",
            consensus_resources=_TESTNET_CONSENSUS,
            checkpoint_sync_url="https://checkpoint-sync.hoodi.ethpandaops.io",
        ),
    )
}

# Networks that no longer run, and what replaces each.
RETIRED_NETWORKS: dict[str, str] = {
    "kotti": "mordor",
    "goerli": "sepolia or hoodi",
    "holesky": "hoodi",
    "ropsten": "sepolia",
    "rinkeby": "sepolia",
    "morden": "mordor",
}


def get_network(prop: str, name: str) -> Network:
    if name in RETIRED_NETWORKS:
        raise EtherclusterError(f"{prop}={name!r} is a retired network; use {RETIRED_NETWORKS[name]} instead")
    if name not in NETWORKS:
        raise EtherclusterError(
            f"{prop}={name!r} is not a known network; use one of: {', '.join(sorted(NETWORKS))}, "
            "or a private network (Network.private in Python, a mapping with genesis_file in a spec)"
        )
    return NETWORKS[name]
