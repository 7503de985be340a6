"""checkov on the synthesized default cluster: resources scanned, nothing failed, skips all justified."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ethercluster_constructs.checkov_skips import SKIPS
from tests.support import CLUSTER_SETS, SPECS, synth_spec_yaml

CHECKOV = Path(sys.executable).parent / "checkov"


def test_checkov_kubernetes_finds_no_failures_on_the_default_cluster_and_every_example(tmp_path):
    for spec in SPECS:
        (tmp_path / f"{spec.stem}.k8s.yaml").write_text(synth_spec_yaml(spec))
    for spec, cluster in CLUSTER_SETS:  # each cluster's set of a multi-cluster spec
        (tmp_path / f"{spec.stem}.{cluster}.k8s.yaml").write_text(synth_spec_yaml(spec, cluster))
    result = subprocess.run(
        [str(CHECKOV), "--framework", "kubernetes", "--skip-download", "-o", "json", "-d", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    report = report[0] if isinstance(report, list) else report
    summary = report["summary"]
    assert summary["parsing_errors"] == 0
    assert summary["resource_count"] >= 20 * (len(SPECS) + len(CLUSTER_SETS)), (
        "checkov must actually scan the manifests"
    )
    assert summary["passed"] > 100
    failed = [(f["check_id"], f["resource"]) for f in report["results"]["failed_checks"]]
    assert failed == []
    skipped = {s["check_id"] for s in report["results"]["skipped_checks"]}
    assert skipped and skipped <= set(SKIPS), f"undocumented skips: {skipped - set(SKIPS)}"
