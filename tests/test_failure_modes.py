"""The failure-mode table of docs/multi-region.md: every test it names exists, and the
mitigations no other test pins down are tested here."""

from __future__ import annotations

import re

from tests.support import ROOT, find

DOC = ROOT / "docs" / "multi-region.md"
FAILURES = (
    "zone loss",
    "region loss",
    "spot or preemptible node loss",
    "a bad client release",
    "a full disk",
    "a request flood",
    "a lost chain volume",
)


def failure_table() -> dict[str, str]:
    """The rows of the table under `## Failure modes`: failure (first cell, lowercased) -> row."""
    section = DOC.read_text().split("## Failure modes", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| failure")]
    return {row.split("|")[1].strip().lower(): row for row in rows}


def test_the_table_has_a_row_per_failure_and_every_test_it_names_exists():
    table = failure_table()
    assert list(table) == list(FAILURES)
    defined = {
        name
        for path in (ROOT / "tests").glob("test_*.py")
        for name in re.findall(r"^def (test_\w+)", path.read_text(), re.M)
    }
    for failure, row in table.items():
        named = re.findall(r"`(test_\w+)`", row)
        assert named, f"the {failure!r} row names no test"
        assert not set(named) - defined, f"the {failure!r} row names tests that do not exist: {set(named) - defined}"


def test_a_filling_chain_volume_raises_an_alert_and_the_volume_can_grow(default_docs):
    rules = {r["alert"]: r for group in find(default_docs, "Rules")["spec"]["groups"] for r in group["rules"]}
    filling = rules["EthereumChainVolumeFilling"]
    assert "kubelet_volume_stats_used_bytes" in filling["expr"] and filling["expr"].endswith("> 0.85")
    storage_classes = [d for d in default_docs if d["kind"] == "StorageClass"]
    assert storage_classes and all(s["allowVolumeExpansion"] is True for s in storage_classes), "grow it in place"
