"""The cluster spec and app.py: the default spec, relative genesis files, and app.py as the CLIs run it."""

from __future__ import annotations

from tests.support import ROOT, find, find_all, run_app, synth_spec


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


# Refused specs: tests/test_spec_errors.py.


def test_app_synthesizes_the_spec_it_is_given_into_cdk8s_outdir(tmp_path):
    result = run_app(ROOT / "examples" / "ethercluster-2019.yaml", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "no warning banner (jsii, Node.js) may appear"
    written = (tmp_path / "out" / "ethercluster.k8s.yaml").read_text()
    assert "name: nazgul" in written
