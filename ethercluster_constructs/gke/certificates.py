"""Certificate Manager for a Gateway API edge without `tls_secret`: Google-managed certificates.

The Gateway names the map in its `networking.gke.io/certmap` annotation
(ClusterSpec.certificate_map_name); the load balancer then picks a certificate per SNI
hostname from the map's entries. The certificate is authorized by DNS (a CNAME per domain,
the `dns_authorizations` output), not by the load balancer answering HTTP-01 challenges, so
it can be issued before DNS points at the edge and renews whichever region serves.

- One DNS authorization per domain: each RPC domain (`edge.domains`) and the dashboards'
  domain (ClusterSpec.stats_domain). An authorization for `D` covers `D` and `*.D` (the
  pattern of the hashicorp/google managed-certificate examples: domains `[D, "*.D"]` with
  D's one authorization; Google's Certificate Manager page itself was not reachable here).
- One managed certificate for the RPC domains and `*.<stats domain>`: the wildcard covers
  every `<slug>-stats.<domain>` dashboard, present and future, with one authorization.
- One map, and one map entry per edge hostname (ClusterSpec.edge_hostnames).
"""

from __future__ import annotations

import hashlib
import re

from cdktf import TerraformOutput
from constructs import Construct

from ..errors import EtherclusterError, quoted
from ..spec import ClusterSpec
from .google_provider import install_lazy_package

install_lazy_package()  # before the provider import: see google_provider
from cdktf_cdktf_provider_google import (  # noqa: E402
    certificate_manager_certificate,
    certificate_manager_certificate_map,
    certificate_manager_certificate_map_entry,
    certificate_manager_dns_authorization,
)

CERTIFICATE_SERVICES = ("certificatemanager.googleapis.com",)
"""Enabled when the spec's edge takes its certificates from Certificate Manager."""

_HOSTNAME = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")

NAME_MAX = 63
"""Certificate Manager resource names: lowercase letters, digits and '-', at most 63."""


def resource_name(prefix: str, hostname: str) -> str:
    """`<prefix>-<hostname with '.' as '-'>`, a valid resource name and construct id; a name that
    would be too long is cut and ends in a hash of the hostname, so that it stays unique."""
    slug = re.sub(r"[^a-z0-9]+", "-", hostname.lower()).strip("-")
    name = f"{prefix}-{slug}"
    if len(name) <= NAME_MAX:
        return name
    digest = hashlib.sha256(hostname.encode()).hexdigest()[:10]
    return f"{name[: NAME_MAX - len(digest) - 1].rstrip('-')}-{digest}"


class Certificates:
    """DNS authorizations, one managed certificate, the map and its entries, and the
    `dns_authorizations` output; created in `scope`, so their Terraform names are the ids below.

    Props (keyword-only): `spec` (with `certificate_map_name` set), `depends_on` (API enablements).
    Attributes: `dns_authorizations` (domain -> authorization), `certificate`, `map`, `entries`
    (hostname -> map entry).
    """

    def __init__(self, scope: Construct, *, spec: ClusterSpec, depends_on: list) -> None:
        map_name = spec.certificate_map_name
        if map_name is None or spec.edge is None or not spec.edge.domains:
            raise EtherclusterError(
                "Certificates: the spec's edge has no certificate map or no domains "
                "(edge.api: gateway without tls_secret needs edge.domains)"
            )
        for hostname in spec.edge_hostnames:
            # The manifests refuse a bad host name first; the stack checks again, because a
            # string in Terraform JSON is a template: `${...}` in a domain would be evaluated.
            if not _HOSTNAME.fullmatch(hostname):
                raise EtherclusterError(
                    f"Certificates: {quoted(hostname)} is not a lowercase host name such as 'rpc.example.com'"
                )
        namespace = spec.namespace
        stats_domain = spec.stats_domain
        domains = list(dict.fromkeys([*spec.edge.domains, *([stats_domain] if stats_domain else [])]))
        dns = certificate_manager_dns_authorization
        self.dns_authorizations = {
            domain: dns.CertificateManagerDnsAuthorization(
                scope,
                resource_name("dns-auth", domain),
                name=resource_name(namespace, domain),
                domain=domain,
                description=f"proves control of {domain} for the edge certificate of {namespace}",
                depends_on=depends_on,
            )
            for domain in domains
        }
        cert = certificate_manager_certificate
        self.certificate = cert.CertificateManagerCertificate(
            scope,
            "edge-certificate",
            name=f"{map_name}-managed",
            description=f"Google-managed certificate of the {namespace} edge",
            managed=cert.CertificateManagerCertificateManaged(
                domains=[*spec.edge.domains, *([f"*.{stats_domain}"] if stats_domain else [])],
                dns_authorizations=[authorization.id for authorization in self.dns_authorizations.values()],
            ),
            depends_on=depends_on,
        )
        self.map = certificate_manager_certificate_map.CertificateManagerCertificateMap(
            scope,
            "edge-certs",
            name=map_name,
            description=f"certificates of the {namespace} edge, by hostname (the Gateway's certmap)",
            depends_on=depends_on,
        )
        entry = certificate_manager_certificate_map_entry
        self.entries = {
            hostname: entry.CertificateManagerCertificateMapEntry(
                scope,
                resource_name("edge-certs", hostname),
                name=resource_name(namespace, hostname),
                map=self.map.name,
                hostname=hostname,
                certificates=[self.certificate.id],
            )
            for hostname in spec.edge_hostnames
        }
        TerraformOutput(
            scope,
            "dns_authorizations",
            value={
                domain: {
                    "name": authorization.dns_resource_record.get(0).name,
                    "type": authorization.dns_resource_record.get(0).type,
                    "data": authorization.dns_resource_record.get(0).data,
                }
                for domain, authorization in self.dns_authorizations.items()
            },
            description="DNS records to create (CNAMEs) so that Certificate Manager can issue the edge certificate",
        )
