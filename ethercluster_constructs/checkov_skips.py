"""The checkov checks this library skips, each with its reason, in one place.

Kubernetes (SKIPS): written as `checkov.io/skipN` annotations on the objects they concern;
docs/security.md lists them. Terraform (TERRAFORM_SKIPS): checkov's terraform_json
framework reads no skip comments from JSON, so scripts/checkov_gke.py passes these as
`--skip-check`; docs/gke.md lists them. Both tables are generated from here, and tests
keep them fresh.
"""

from __future__ import annotations

from cdk8s import ApiObject

SKIPS: dict[str, str] = {
    "CKV_K8S_43": (
        "Images are pinned to release tags, overridable per fleet. A digest cannot be resolved "
        "offline at synth time; set `image` to a `repo@sha256:` reference to pin by digest."
    ),
    "CKV_K8S_15": (
        "imagePullPolicy IfNotPresent with pinned tags: Always would make every node restart "
        "depend on the registry being reachable, an avoidable outage for an RPC fleet."
    ),
}

TERRAFORM_SKIPS: dict[str, str] = {
    "CKV_GCP_65": (
        "Google Groups for RBAC needs a Google Workspace or Cloud Identity domain with a "
        "`gke-security-groups@<domain>` group, which the library cannot assume. Set "
        "`gke.rbac_security_group` to turn it on."
    ),
}


def skip(api_object: ApiObject, *check_ids: str) -> None:
    """Annotate `api_object` so checkov skips `check_ids`, with the reason from SKIPS."""
    for index, check_id in enumerate(check_ids, start=1):
        api_object.metadata.add_annotation(f"checkov.io/skip{index}", f"{check_id}={SKIPS[check_id]}")
