"""Small, shared input checks. Each raises EtherclusterError naming the prop and value."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .errors import EtherclusterError, quoted

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
# Kubernetes quantities for disk sizes: binary (Gi, Ti) or decimal (G, T) suffixes only,
# since a chain volume sized in bytes or milli-units is always a typo.
_STORAGE_SIZE = re.compile(r"^([1-9][0-9]*)(Mi|Gi|Ti|M|G|T)$")
_UNIT_BYTES = {"Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "M": 10**6, "G": 10**9, "T": 10**12}
MAX_DISK_BYTES = 64 * 2**40
"""64 TiB: the largest Persistent Disk / Hyperdisk volume Compute Engine creates."""

SYSTEM_NAMESPACES = frozenset(
    {
        "default",  # every unqualified kubectl command and many controllers use it
        "config-management-system",  # Config Sync
        "config-management-monitoring",
        "resource-group-system",
        "gatekeeper-system",  # Policy Controller
        "cnrm-system",  # Config Connector
        "istio-system",  # Cloud Service Mesh
        "asm-system",
        "anthos-identity-service",
        "cert-manager",
    }
)
SYSTEM_NAMESPACE_PREFIXES = ("kube-", "gke-", "gmp-")
"""kube-system, kube-public, kube-node-lease (Kubernetes); gke-managed-*, gke-gmp-system,
gke-connect (GKE); gmp-system, gmp-public (Managed Service for Prometheus)."""


def dns_label(prop: str, value: str, *, max_length: int = 63) -> str:
    if not isinstance(value, str) or len(value) > max_length or not _DNS_LABEL.match(value):
        raise EtherclusterError(
            f"{prop}={quoted(value)} is not a DNS-1123 label: use at most {max_length} lowercase "
            "letters, digits and '-', starting and ending with a letter or digit"
        )
    return value


def storage_size(prop: str, value: str) -> str:
    if not isinstance(value, str) or not _STORAGE_SIZE.match(value):
        raise EtherclusterError(
            f"{prop}={quoted(value)} is not a storage size: use a whole number with one of the "
            f"suffixes {', '.join(_UNIT_BYTES)}, for example '250Gi'"
        )
    if storage_bytes(value) > MAX_DISK_BYTES:
        raise EtherclusterError(f"{prop}={quoted(value)} is larger than 64Ti, the largest disk GKE can provision")
    return value


def storage_bytes(value: str) -> int:
    match = _STORAGE_SIZE.match(value)
    assert match, value
    return int(match.group(1)) * _UNIT_BYTES[match.group(2)]


def non_negative_int(prop: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise EtherclusterError(f"{prop}={quoted(value)} must be a whole number >= 0")
    return value


def port(prop: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise EtherclusterError(f"{prop}={quoted(value)} must be a port number from 1 to 65535")
    return value


def one_of(prop: str, value: str, allowed: Iterable[str]) -> str:
    allowed = sorted(allowed)
    if value not in allowed:
        raise EtherclusterError(f"{prop}={quoted(value)} is not supported; use one of: {', '.join(allowed)}")
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


def system_namespace_problem(name: str) -> str | None:
    """Why the library must not own namespace `name` (None if it may). It labels its namespace
    "restricted" and adds a default-deny NetworkPolicy: in a system namespace, an outage."""
    if name in SYSTEM_NAMESPACES or name.startswith(SYSTEM_NAMESPACE_PREFIXES):
        return (
            f"{quoted(name)} is a system namespace (default, kube-*, gke-*, gmp-* and the add-ons listed "
            "in docs/security.md); the cluster would get a default-deny policy there: use a namespace of your own"
        )
    return None


def owned_namespace(prop: str, value: str) -> str:
    dns_label(prop, value)
    if problem := system_namespace_problem(value):
        raise EtherclusterError(f"{prop}: {problem}")
    return value


def is_in_cluster_host(host: str) -> bool:
    """Loopback, or a Service name in the cluster: traffic that never leaves it."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost" or host.endswith((".svc", ".svc.cluster.local")) or "." not in host


def checkpoint_url(prop: str, value: str) -> str:
    """A beacon API base URL: https, or http only to loopback or an in-cluster Service."""
    try:
        url = urlsplit(value) if isinstance(value, str) else None
        _ = url and url.port  # raises on a malformed port
    except ValueError:
        url = None
    if url is None or url.scheme not in ("https", "http") or not url.hostname:
        raise EtherclusterError(f"{prop}={quoted(value)} must be an https:// URL of a beacon node's API")
    if url.username or url.password:
        raise EtherclusterError(f"{prop}: the URL carries credentials; they would be a secret in the manifest")
    if url.query or url.fragment:
        raise EtherclusterError(f"{prop}={quoted(value)} must be a base URL, without query or fragment")
    if url.scheme == "http" and not is_in_cluster_host(url.hostname):
        raise EtherclusterError(
            f"{prop}={quoted(value)}: the finalized state would arrive over plaintext; use https:// "
            "(http:// only for loopback or an in-cluster Service)"
        )
    return value.rstrip("/")


_ORIGIN_HOST = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def cors_origin(prop: str, value: str, *, public_only: bool) -> str:
    """A browser origin `scheme://host[:port]`; a lone '*' only on fleets serving public APIs only."""
    if value == "*":
        if not public_only:
            raise EtherclusterError(f"{prop}: '*' lets any web page call this node's non-public APIs; list each origin")
        return value
    try:
        url = urlsplit(value) if isinstance(value, str) else None
        valid_port = url is not None and (url.port is None or url.port > 0)
    except ValueError:
        url, valid_port = None, False
    if (
        url is None
        or not valid_port
        or url.scheme not in ("http", "https")
        or url.path
        or url.query
        or url.fragment
        or url.username
        or not url.hostname
        or not _ORIGIN_HOST.match(url.hostname.strip("[]"))
        and not _is_ip(url.hostname)
        or value != value.lower()
    ):
        raise EtherclusterError(
            f"{prop}: {quoted(value)} is not an origin: use scheme://host[:port] in lowercase, e.g. "
            "'https://app.example.org' ('null' and wildcards inside an origin are refused)"
        )
    return value


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


_DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")
_IMAGE_REFERENCE = re.compile(
    r"^[a-z0-9]([a-z0-9._/-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9._-]+)*(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$"
)
_RELEASE_TAG = re.compile(r":[A-Za-z-]*v?[0-9]+\.[0-9]+\.[0-9]+[\w.-]*$")
"""A tag that names one release (`v1.13.0`, `26.8.0`, `multiarch-v26.7.0`, `3.13.5-alpine3.22`):
registries let a tag move, but release tags do not in practice; moving tags (`latest`,
`pow-latest`, `stable`, `v1`) name no version."""


def is_digest_pinned(image: str) -> bool:
    return bool(_DIGEST.search(image))


def is_release_pinned(image: str) -> bool:
    without_digest = _DIGEST.sub("", image)
    return bool(_RELEASE_TAG.search(without_digest)) and "latest" not in without_digest.rsplit(":", 1)[-1]


def pinned_image(prop: str, value: str, *, digest: bool = False) -> str:
    """An image reference pinned by digest, or (unless `digest`) by a release tag."""
    if not isinstance(value, str) or len(value) > 512 or not _IMAGE_REFERENCE.match(value):
        raise EtherclusterError(f"{prop}={quoted(value)} is not an image reference such as 'repo/name:v1.2.3'")
    if is_digest_pinned(value) or (not digest and is_release_pinned(value)):
        return value
    wanted = "a digest (name@sha256:...)" if digest else "a release tag (name:v1.2.3) or a digest (name@sha256:...)"
    raise EtherclusterError(f"{prop}={quoted(value)} may change under a running cluster: pin it by {wanted}")
