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
        "Images are pinned by tag and every image is overridable. A digest cannot be resolved "
        "offline at synth time; set `image` to a `repo@sha256:` reference to pin by digest."
    ),
    "CKV_K8S_15": (
        "imagePullPolicy IfNotPresent with pinned tags: Always would make every node restart "
        "depend on the registry being reachable, an avoidable outage for an RPC fleet."
    ),
    "CKV_K8S_38": (
        "Jobs that call the API server mount their own token: GeneratedSecret (may only `create` "
        "Secrets) and ChainSnapshots (may only create/list/delete VolumeSnapshots and patch their "
        "contents). No node or dashboard pod mounts a token."
    ),
    "CKV_K8S_35": (
        "The ethstats secret must reach a command-line flag (`--ethstats name:secret@host`) or the "
        "ethstats server's WS_SECRET variable, and the gateway's fallback URLs and Redis URI reach "
        "eRPC's config through `${VAR}` expansion; none of them reads a file. Each comes from a "
        "Secret by reference, never as a literal."
    ),
}

TERRAFORM_SKIPS: dict[str, str] = {
    "CKV_GCP_65": (
        "Google Groups for RBAC needs a Google Workspace or Cloud Identity domain with a "
        "`gke-security-groups@<domain>` group, which the library cannot assume. Set "
        "`gke.rbac_security_group` to turn it on."
    ),
}


def annotations(*check_ids: str) -> dict[str, str]:
    """The annotations that make checkov skip `check_ids`, with the reasons from SKIPS: pass
    them in an object's metadata when it is created (no jsii round trip)."""
    return dict(_annotation(index, check_id) for index, check_id in enumerate(check_ids, start=1))


def skip(api_object: ApiObject, *check_ids: str) -> None:
    """Annotate an existing `api_object` so checkov skips `check_ids`, with the reason from SKIPS.

    May be called more than once per object: numbering continues after existing skips. Costs
    jsii round trips: for an object made here, pass `annotations()` in its metadata instead.
    """
    metadata = api_object.metadata  # one jsii round trip, not one per annotation
    present = metadata.to_json().get("annotations", {})
    start = 1 + sum(1 for key in present if key.startswith("checkov.io/skip"))
    for index, check_id in enumerate(check_ids, start=start):
        metadata.add_annotation(*_annotation(index, check_id))


def _annotation(index: int, check_id: str) -> tuple[str, str]:
    return f"checkov.io/skip{index}", f"{check_id}={SKIPS[check_id]}"
