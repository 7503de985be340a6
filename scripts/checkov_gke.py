"""checkov gate for the synthesized GKE stacks. Run: .venv/bin/python scripts/checkov_gke.py [STACK_DIR ...]

Default: every stack under cdktf.out/stacks (write them first with `make synth-gke`).
checkov exits 0 even when it scanned nothing: a `terraform.required_version` key, for one,
makes its terraform_json parser fail on the file and report only a parsing error. So this
reads checkov's JSON report and fails unless every file parsed, the GKE, node pool,
subnet and Cloud Armor checks ran, and nothing failed. The skipped checks and their
reasons are TERRAFORM_SKIPS in ethercluster_constructs/checkov_skips.py (docs/gke.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ethercluster_constructs.checkov_skips import TERRAFORM_SKIPS  # noqa: E402

CHECKOV = Path(sys.executable).parent / "checkov"
REQUIRED_CHECKS: dict[str, dict[str, str]] = {
    "google_container_cluster": {
        "CKV_GCP_12": "NetworkPolicy enforced (Dataplane V2)",
        "CKV_GCP_13": "no client certificate",
        "CKV_GCP_20": "master authorized networks",
        "CKV_GCP_25": "private cluster",
        "CKV_GCP_64": "private nodes",
        "CKV_GCP_69": "GKE metadata server",
        "CKV_GCP_70": "release channel",
        "CKV_GCP_71": "shielded nodes",
    },
    "google_container_node_pool": {
        "CKV_GCP_9": "node auto-repair",
        "CKV_GCP_10": "node auto-upgrade",
        "CKV_GCP_68": "secure boot",
    },
    "google_compute_subnetwork": {"CKV_GCP_26": "subnet flow logs", "CKV_GCP_74": "private Google access"},
    "google_compute_security_policy": {"CKV_GCP_73": "Cloud Armor blocks Log4Shell"},
}
"""Checks that must have run and passed for each resource type the stack holds: proof that
checkov really parsed the cluster, its node pools, the subnet and the Cloud Armor policy."""


def run_checkov(stack_dir: Path, *, skips: bool = True) -> dict:
    """checkov's JSON report for one stack directory, with TERRAFORM_SKIPS skipped unless `skips=False`."""
    command = [str(CHECKOV), "--framework", "terraform_json", "--skip-download", "-o", "json", "-d", str(stack_dir)]
    if skips:
        command += ["--skip-check", ",".join(sorted(TERRAFORM_SKIPS))]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"checkov printed no JSON report (exit {result.returncode}):\n{result.stderr}") from None
    return report[0] if isinstance(report, list) else report


def problems(stack_dir: Path, report: dict) -> list[str]:
    """Why the report does not pass the gate: an empty list when it does."""
    found = []
    terraform = json.loads((stack_dir / "cdk.tf.json").read_text())
    if "required_version" in terraform.get("terraform", {}):
        found.append("terraform.required_version is set: checkov's terraform_json parser cannot read the file")
    summary = report.get("summary", {})
    if summary.get("parsing_errors", 1) != 0:
        found.append(f"checkov could not parse {summary.get('parsing_errors')} file(s)")
    results = report.get("results", {})
    ran = {check["check_id"] for check in results.get("passed_checks", [])}
    required = {
        check: why
        for resource_type in terraform.get("resource", {})
        for check, why in REQUIRED_CHECKS.get(resource_type, {}).items()
    }
    if missing := sorted(set(required) - ran):
        found.append("these checks did not run or did not pass: " + ", ".join(f"{c} ({required[c]})" for c in missing))
    found += [
        f"FAILED {check['check_id']} on {check['resource']}: {check['check_name']}"
        for check in results.get("failed_checks", [])
    ]
    return found


def main(stack_dirs: list[Path]) -> int:
    if not stack_dirs:
        stack_dirs = sorted(p for p in (ROOT / "cdktf.out" / "stacks").glob("*") if p.is_dir())
    if not stack_dirs:
        print("no stacks under cdktf.out/stacks: run `make synth-gke` first", file=sys.stderr)
        return 1
    failed = False
    for stack_dir in stack_dirs:
        report = run_checkov(stack_dir)
        found = problems(stack_dir, report)
        summary = report.get("summary", {})
        skipped = ", ".join(sorted(TERRAFORM_SKIPS))
        print(f"{stack_dir}: {summary.get('passed')} passed, {summary.get('failed')} failed, skipped {skipped}")
        for problem in found:
            print(f"  {problem}")
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main([Path(arg) for arg in sys.argv[1:]]))
