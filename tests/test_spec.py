"""The cluster spec and app.py: validation errors name file and key path, and write nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ethercluster_constructs.spec import SpecError, load_spec
from tests.support import ROOT, find, find_all, run_app, synth_spec


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return path


def test_default_spec_is_the_modernized_2019_topology(default_docs):
    assert find(default_docs, "Namespace", "ethercluster")
    replicas = {s["metadata"]["name"]: s["spec"]["replicas"] for s in find_all(default_docs, "StatefulSet")}
    assert replicas == {"classic": 3, "mordor": 2}
    for fleet in ("classic", "mordor"):
        sts = find(default_docs, "StatefulSet", fleet)
        assert sts["metadata"]["namespace"] == "ethercluster"
        storage = sts["spec"]["volumeClaimTemplates"][0]["spec"]["storageClassName"]
        assert find(default_docs, "StorageClass", storage)["parameters"]["type"] == "pd-ssd"
        assert find(default_docs, "Service", fleet)["spec"]["ports"][0]["port"] == 8545


def test_private_network_example_reads_its_genesis_relative_to_the_spec():
    docs = synth_spec(ROOT / "examples" / "ethercluster-2019.yaml")
    assert "990088" in find(docs, "ConfigMap", "nazgul-genesis")["data"]["genesis.json"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "fleets: {classic: {network: classic, replica: 3}}",
            r"fleets\.classic\.replica: Extra inputs are not permitted",
        ),
        (
            "fleets: {classic: {network: classic, replicas: many}}",
            r"fleets\.classic\.replicas: Input should be a valid integer",
        ),
        ("fleets: {classic: {replicas: 1}}", r"fleets\.classic\.network: Field required"),
        ("fleets: {}", r"fleets: .*at least 1 item"),
        ("fleets: [classic]", r"fleets: Input should be a valid dictionary"),
    ],
)
def test_schema_errors_name_the_file_and_key_path(tmp_path, text, message):
    spec = write(tmp_path, text)
    with pytest.raises(SpecError, match=rf"^{spec}: .*{message}"):
        load_spec(spec)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fleets: {classic: {network: classic, replicas: -1}}", r"fleets\.classic: EthereumNode\.replicas=-1 must be"),
        (
            "fleets: {etc: {network: kotti}}",
            r"fleets\.etc: network='kotti' is a retired network; use mordor",
        ),
        (
            "fleets: {p: {network: {name: p, genesis_file: missing.json, network_id: 5}}}",
            r"fleets\.p: network\.genesis_file: cannot read 'missing\.json'",
        ),
    ],
)
def test_construct_errors_are_reported_at_the_fleet_key_path(tmp_path, text, message):
    spec = write(tmp_path, text)
    result = run_app(spec, tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {spec}: ")
    assert re.search(message, result.stderr), result.stderr
    assert not (tmp_path / "out").exists(), "a bad spec must write nothing"


def test_app_synthesizes_the_spec_it_is_given_into_cdk8s_outdir(tmp_path):
    result = run_app(ROOT / "examples" / "ethercluster-2019.yaml", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "no warning banner (jsii, Node.js) may appear"
    written = (tmp_path / "out" / "ethercluster.k8s.yaml").read_text()
    assert "name: nazgul" in written
