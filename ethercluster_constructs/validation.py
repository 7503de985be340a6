"""Small, shared input checks. Each raises EtherclusterError naming the prop and value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import EtherclusterError

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
# Kubernetes quantities for disk sizes: binary (Gi, Ti) or decimal (G, T) suffixes only,
# since a chain volume sized in bytes or milli-units is always a typo.
_STORAGE_SIZE = re.compile(r"^([1-9][0-9]*)(Mi|Gi|Ti|M|G|T)$")
_UNIT_BYTES = {"Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "M": 10**6, "G": 10**9, "T": 10**12}


def dns_label(prop: str, value: str, *, max_length: int = 63) -> str:
    if not isinstance(value, str) or len(value) > max_length or not _DNS_LABEL.match(value):
        raise EtherclusterError(
            f"{prop}={value!r} is not a DNS-1123 label: use at most {max_length} lowercase "
            "letters, digits and '-', starting and ending with a letter or digit"
        )
    return value


def storage_size(prop: str, value: str) -> str:
    if not isinstance(value, str) or not _STORAGE_SIZE.match(value):
        raise EtherclusterError(
            f"{prop}={value!r} is not a storage size: use a whole number with one of the "
            f"suffixes {', '.join(_UNIT_BYTES)}, for example '250Gi'"
        )
    return value


def storage_bytes(value: str) -> int:
    match = _STORAGE_SIZE.match(value)
    assert match, value
    return int(match.group(1)) * _UNIT_BYTES[match.group(2)]


def non_negative_int(prop: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise EtherclusterError(f"{prop}={value!r} must be a whole number >= 0")
    return value


def port(prop: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise EtherclusterError(f"{prop}={value!r} must be a port number from 1 to 65535")
    return value


def one_of(prop: str, value: str, allowed: Iterable[str]) -> str:
    allowed = sorted(allowed)
    if value not in allowed:
        raise EtherclusterError(f"{prop}={value!r} is not supported; use one of: {', '.join(allowed)}")
    return value


def distinct_ports(prop: str, ports: dict[str, int]) -> None:
    """Every named port in a pod must have its own number."""
    seen: dict[int, str] = {}
    for name, number in ports.items():
        if number in seen:
            raise EtherclusterError(
                f"{prop}: port {number} is given to both {seen[number]!r} and {name!r}; each port needs its own number"
            )
        seen[number] = name
