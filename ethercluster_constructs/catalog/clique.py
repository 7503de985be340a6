"""Clique proof-of-authority: the genesis `extraData` layout and a genesis for a new chain.

Pure data, no cryptography (see clique_keys.py for keys). Layout from core-geth's
consensus/clique/clique.go (ethereumclassic/core-geth, v1.12.20): 32 vanity bytes, then the
20-byte signer addresses in ascending order, then a 65-byte seal (zero in the genesis).
"""

from __future__ import annotations

import json
import re

from ..errors import EtherclusterError

VANITY_BYTES = 32
SEAL_BYTES = 65
ADDRESS_BYTES = 20
DEFAULT_EPOCH = 30000
"""Blocks between checkpoints that reset pending votes (the value geth's own tools use)."""
FORKS_AT_GENESIS = (
    "homesteadBlock",
    "eip150Block",
    "eip155Block",
    "eip158Block",
    "byzantiumBlock",
    "constantinopleBlock",
    "petersburgBlock",
    "istanbulBlock",
    "berlinBlock",
)
"""Every fork up to Berlin from block 0: the rules Ethereum Classic shares (it never took
London's fee market), written in the go-ethereum genesis format core-geth reads."""
_ADDRESS = re.compile(r"^0x[0-9a-f]{40}$")


def extra_data(addresses: list[str]) -> str:
    """The genesis extraData naming `addresses` as the initial signers (sorted, as clique stores them)."""
    for address in addresses:
        if not _ADDRESS.match(address):
            raise EtherclusterError(f"signer address {address!r} is not 0x and 40 lowercase hex digits")
    if len(set(addresses)) != len(addresses) or not addresses:
        raise EtherclusterError(f"signers {addresses} must be at least one distinct address")
    body = "".join(a[2:] for a in sorted(addresses))
    return "0x" + "00" * VANITY_BYTES + body + "00" * SEAL_BYTES


def signers_from_extra_data(extra: str) -> list[str]:
    """The signer addresses a genesis extraData names (the inverse of extra_data)."""
    if not isinstance(extra, str) or not re.fullmatch(r"0x([0-9a-fA-F]{2})*", extra):
        raise EtherclusterError(f"extraData {extra!r} is not a 0x-prefixed hex string")
    raw = bytes.fromhex(extra[2:])
    body = raw[VANITY_BYTES : len(raw) - SEAL_BYTES]
    if len(raw) < VANITY_BYTES + SEAL_BYTES or len(body) % ADDRESS_BYTES:
        raise EtherclusterError(
            f"extraData of {len(raw)} bytes is not a clique genesis extraData: {VANITY_BYTES} vanity bytes, "
            f"20 bytes per signer, {SEAL_BYTES} seal bytes"
        )
    return ["0x" + body[i : i + ADDRESS_BYTES].hex() for i in range(0, len(body), ADDRESS_BYTES)]


def clique_genesis(
    *, chain_id: int, signers: list[str], period_seconds: int, gas_limit: int = 8_000_000, alloc: dict[str, int]
) -> str:
    """A clique genesis file's text: stable key order, so the same inputs give the same bytes."""
    config: dict[str, object] = {"chainId": chain_id}
    config |= {fork: 0 for fork in FORKS_AT_GENESIS}
    config["clique"] = {"period": period_seconds, "epoch": DEFAULT_EPOCH}
    genesis = {
        "config": config,
        "nonce": "0x0",
        "timestamp": "0x0",
        "extraData": extra_data(signers),
        "gasLimit": hex(gas_limit),
        "difficulty": "0x1",
        "alloc": {address: {"balance": hex(wei)} for address, wei in sorted(alloc.items())},
    }
    return json.dumps(genesis, indent=2) + "\n"
