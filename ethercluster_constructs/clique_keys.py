"""Clique signer keys, made on the operator's machine: never in the cluster spec, the repo or dist/.

`ethercluster clique init` writes a genesis naming the signers (public addresses only) and a
Secret manifest holding their private keys, to a path outside any git work tree; the operator
applies it with kubectl and keeps it safe. Each signer pod imports only its own key at start
(see signer_pod.py). secp256k1 from coincurve, keccak-256 from pycryptodome.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from coincurve import PrivateKey
from Crypto.Hash import keccak

from .catalog.clique import clique_genesis
from .errors import EtherclusterError

KEY_FILE = "signer-{index}.key"
"""Secret key of signer `index`: the private key as 64 hex digits, the form `geth account import` reads."""
ADDRESS_FILE = "signer-{index}.address"
"""Secret key of signer `index`'s address (public): the pod's --miner.etherbase."""


@dataclass(frozen=True)
class SignerKey:
    private_key: bytes
    address: str


def address_of(private_key: bytes) -> str:
    """The Ethereum address of a secp256k1 private key: the last 20 bytes of keccak-256(public key)."""
    public = PrivateKey(private_key).public_key.format(compressed=False)[1:]
    return "0x" + keccak.new(digest_bits=256, data=public).hexdigest()[-40:]


def new_signer_key() -> SignerKey:
    key = PrivateKey()  # 32 bytes from the OS's CSPRNG, checked to lie in the curve order
    return SignerKey(key.secret, address_of(key.secret))


def signer_secret(*, name: str, namespace: str, keys: list[SignerKey]) -> dict:
    """The Secret manifest: signer i's key and address under KEY_FILE / ADDRESS_FILE."""
    data: dict[str, str] = {}
    for index, key in enumerate(keys):
        data[KEY_FILE.format(index=index)] = key.private_key.hex()
        data[ADDRESS_FILE.format(index=index)] = key.address
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {"app.kubernetes.io/part-of": "ethercluster", "ethercluster.io/secret": "clique-signers"},
        },
        "type": "Opaque",
        "stringData": data,
    }


def keys_in_secret(manifest: dict) -> list[SignerKey]:
    """The signer keys of a manifest written by signer_secret, checked against their addresses."""
    data = manifest.get("stringData") if isinstance(manifest, dict) else None
    if not isinstance(data, dict):
        raise EtherclusterError("not a signer Secret manifest written by `ethercluster clique init` (no stringData)")
    keys = []
    while KEY_FILE.format(index=len(keys)) in data:
        index = len(keys)
        private_key = bytes.fromhex(str(data[KEY_FILE.format(index=index)]))
        key = SignerKey(private_key, address_of(private_key))
        if data.get(ADDRESS_FILE.format(index=index)) != key.address:
            raise EtherclusterError(f"{ADDRESS_FILE.format(index=index)} does not match the address of its key")
        keys.append(key)
    return keys


def check_outside_repository(path: Path) -> None:
    """Refuse a key file path inside a git work tree: a key there is one `git add` from being public."""
    for folder in path.resolve().parents:
        if (folder / ".git").exists():
            raise EtherclusterError(
                f"{path}: is inside the git work tree {folder}; write signer keys outside any repository "
                "(for example ~/ethercluster-secrets/) and keep them there"
            )


def write_private(path: Path, text: str, *, replace: bool = False) -> None:
    """Write a file readable by its owner only; a new file never overwrites an existing one."""
    check_outside_repository(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if replace:
        temporary = path.with_name(path.name + ".tmp")
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as file:
            file.write(text)
        os.replace(temporary, path)
        return
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise EtherclusterError(f"{path}: exists already; signer keys are never overwritten") from None
    with os.fdopen(descriptor, "w") as file:
        file.write(text)


def init_chain(
    *,
    genesis_path: Path,
    secret_path: Path,
    secret_name: str,
    namespace: str,
    chain_id: int,
    signers: int,
    period_seconds: int,
    alloc: dict[str, int],
    force_genesis: bool = False,
) -> list[SignerKey]:
    """Create `signers` keys; write the Secret manifest, then the genesis naming them. Checks first."""
    if signers < 1:
        raise EtherclusterError(f"--signers {signers}: a clique chain needs at least 1 signer")
    if period_seconds < 1:
        raise EtherclusterError(f"--period {period_seconds}: must be at least 1 second")
    if not 1 <= chain_id < 2**63:
        raise EtherclusterError(f"--chain-id {chain_id}: must be a whole number from 1")
    if genesis_path.exists() and not force_genesis:
        raise EtherclusterError(f"{genesis_path}: exists already; choose another path or pass --force-genesis")
    check_outside_repository(secret_path)
    if secret_path.exists():
        raise EtherclusterError(f"{secret_path}: exists already; signer keys are never overwritten")
    keys = sorted((new_signer_key() for _ in range(signers)), key=lambda k: k.address)
    manifest = signer_secret(name=secret_name, namespace=namespace, keys=keys)
    write_private(secret_path, yaml.safe_dump(manifest, sort_keys=False))
    genesis = clique_genesis(
        chain_id=chain_id, signers=[k.address for k in keys], period_seconds=period_seconds, alloc=alloc
    )
    genesis_path.parent.mkdir(parents=True, exist_ok=True)
    genesis_path.write_text(genesis)
    return keys


def add_signer(secret_path: Path) -> SignerKey:
    """Append a new signer key to an existing Secret manifest; return it (it still needs the votes)."""
    try:
        manifest = yaml.safe_load(secret_path.read_text())
    except OSError as error:
        raise EtherclusterError(f"{secret_path}: cannot read ({error.strerror})") from None
    keys = keys_in_secret(manifest)
    key = new_signer_key()
    manifest["stringData"][KEY_FILE.format(index=len(keys))] = key.private_key.hex()
    manifest["stringData"][ADDRESS_FILE.format(index=len(keys))] = key.address
    write_private(secret_path, yaml.safe_dump(manifest, sort_keys=False), replace=True)
    return key
