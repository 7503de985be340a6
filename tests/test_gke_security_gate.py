"""checkov on the default GKE stack (scripts/checkov_gke.py): everything parsed, the GKE checks
ran, nothing failed, and each skip in TERRAFORM_SKIPS is still needed."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from ethercluster_constructs.checkov_skips import TERRAFORM_SKIPS
from tests.support import ROOT

_spec = importlib.util.spec_from_file_location("checkov_gke", ROOT / "scripts" / "checkov_gke.py")
gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gate)


@pytest.fixture(params=["default", "multi-region"])
def stack_dir(request):
    """ethercluster.yaml's stack, and examples/multi-region.yaml's (three clusters, one fleet)."""
    return request.getfixturevalue("default_stack_dir" if request.param == "default" else "multi_region_stack_dir")


def test_checkov_passes_the_stack(stack_dir):
    report = gate.run_checkov(stack_dir)
    assert gate.problems(stack_dir, report) == []
    summary = report["summary"]
    assert (summary["parsing_errors"], summary["failed"]) == (0, 0)
    assert summary["passed"] >= 50
    # checkov 3.3 reports resource_count 0 for terraform_json even when it scans; the gate
    # therefore requires named checks on the cluster, node pool, subnet and Cloud Armor policy.
    ran = {c["check_id"] for c in report["results"]["passed_checks"]}
    for checks in gate.REQUIRED_CHECKS.values():
        assert set(checks) <= ran
    # Every cluster, node pool and subnet was scanned, not only the first region's (checkov
    # names some `<type>.<name>`, others `resource.<name>`).
    terraform = json.loads((stack_dir / "cdk.tf.json").read_text())
    scanned = {c["resource"].rsplit(".", 1)[-1] for c in report["results"]["passed_checks"]}
    for resource_type in ("google_container_cluster", "google_container_node_pool", "google_compute_subnetwork"):
        assert set(terraform["resource"][resource_type]) <= scanned, resource_type


def test_every_terraform_skip_is_still_needed(stack_dir):
    report = gate.run_checkov(stack_dir, skips=False)
    failed = {c["check_id"] for c in report["results"]["failed_checks"]}
    assert failed == set(TERRAFORM_SKIPS), "without the skips, exactly the skipped checks fail"


def test_the_gate_fails_when_checkov_silently_scans_nothing(default_stack_dir, tmp_path):
    stack_dir = tmp_path / "stack"
    shutil.copytree(default_stack_dir, stack_dir)
    terraform = json.loads((stack_dir / "cdk.tf.json").read_text())
    terraform["terraform"]["required_version"] = ">= 1.5"
    (stack_dir / "cdk.tf.json").write_text(json.dumps(terraform))
    report = gate.run_checkov(stack_dir)
    assert report["summary"]["failed"] == 0, "checkov alone would call this a pass"
    found = gate.problems(stack_dir, report)
    assert found[0].startswith("terraform.required_version is set")
    assert "checkov could not parse 1 file(s)" in found
    assert any(p.startswith("these checks did not run or did not pass: CKV_GCP_10") for p in found)
