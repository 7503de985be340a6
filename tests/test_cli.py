"""The `ethercluster` command: init, validate, synth (output hygiene) and explain."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from ethercluster_constructs import cli
from ethercluster_constructs.gke.sizing import cpu_millicores, quantity_bytes
from ethercluster_constructs.output_dir import RECORD
from tests.support import ROOT, find, find_all

DEFAULT = ROOT / "ethercluster.yaml"
SEPOLIA = ROOT / "examples" / "sepolia.yaml"


def run(*args: str) -> int:
    return cli.main([str(a) for a in args])


# -- init and validate ---------------------------------------------------------------------------


def test_init_writes_a_commented_starter_spec_that_validates(tmp_path, capsys):
    spec = tmp_path / "cluster.yaml"
    assert run("init", spec) == 0
    text = spec.read_text()
    assert text.count("\n#") > 10, "the starter spec explains itself in comments"
    assert run("validate", spec) == 0
    assert "valid: 2 fleet(s)" in capsys.readouterr().out


def test_init_never_overwrites_without_force(tmp_path, capsys):
    spec = tmp_path / "cluster.yaml"
    spec.write_text("mine")
    assert run("init", spec) == 2
    assert spec.read_text() == "mine"
    assert "--force" in capsys.readouterr().err
    assert run("init", spec, "--force") == 0
    assert spec.read_text() != "mine"


def test_validate_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("validate", DEFAULT) == 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["init", "validate", "synth", "explain"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: ethercluster " + command in capsys.readouterr().out


def test_the_console_script_is_installed():
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ethercluster"), "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "Exit codes" in result.stdout


# -- synth: the output directory holds exactly one synth --------------------------------------------


def test_a_second_synth_replaces_the_first_one_entirely(tmp_path):
    out = tmp_path / "dist"
    assert run("synth", DEFAULT, "-o", out) == 0
    assert run("synth", SEPOLIA, "-o", out) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([RECORD, "sepolia.k8s.yaml"])
    assert (out / RECORD).read_text() == "sepolia.k8s.yaml\n"


def test_a_directory_with_files_the_tool_did_not_write_is_refused_and_kept(tmp_path, capsys):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "my-notes.txt").write_text("keep me")
    assert run("synth", DEFAULT, "-o", out) == 2
    assert "my-notes.txt" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["my-notes.txt"]


def test_a_file_added_after_a_synth_blocks_the_next_one(tmp_path):
    out = tmp_path / "dist"
    assert run("synth", DEFAULT, "-o", out) == 0
    before = (out / "ethercluster.k8s.yaml").read_text()
    (out / "extra.yaml").write_text("kind: ConfigMap")
    assert run("synth", SEPOLIA, "-o", out) == 2
    assert (out / "ethercluster.k8s.yaml").read_text() == before
    assert (out / "extra.yaml").exists()


def test_a_refused_spec_leaves_the_previous_output_untouched(tmp_path):
    out = tmp_path / "dist"
    assert run("synth", DEFAULT, "-o", out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.yaml"
    bad.write_text("fleets: {classic: {network: classic, disk_size: '10'}}")
    assert run("synth", bad, "-o", out) == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "dist"], "no staging folder is left behind"


def test_an_output_path_that_is_a_file_is_refused(tmp_path, capsys):
    out = tmp_path / "dist"
    out.write_text("not a folder")
    assert run("synth", DEFAULT, "-o", out) == 2
    assert "is not a directory" in capsys.readouterr().err
    assert out.read_text() == "not a folder"


def test_terraform_output_keeps_terraforms_working_files(tmp_path):
    pytest.importorskip("cdktf")
    out = tmp_path / "cdktf.out"
    assert run("synth", DEFAULT, "--gke", "-o", out) == 0
    providers = out / "stacks" / "ethercluster" / ".terraform" / "providers" / "marker"
    providers.parent.mkdir(parents=True)
    providers.write_text("downloaded by terraform init")
    (out / "stacks" / "ethercluster" / "terraform.tfstate").write_text("{}")
    assert run("synth", DEFAULT, "--gke", "-o", out) == 2, "state beside the stack is not ours to delete"
    (out / "stacks" / "ethercluster" / "terraform.tfstate").unlink()
    assert run("synth", DEFAULT, "--gke", "-o", out) == 0
    assert providers.read_text() == "downloaded by terraform init"
    assert json.loads((out / "stacks" / "ethercluster" / "cdk.tf.json").read_text())["resource"]


def test_terraform_synth_of_a_spec_without_gke_is_refused(tmp_path, capsys):
    assert run("synth", SEPOLIA, "--gke", "-o", tmp_path / "out") == 2
    assert "gke: the spec has no gke section" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("spec", "code"), [(SEPOLIA, 0), (ROOT / "missing.yaml", 2)], ids=["synth", "refused"])
def test_python_app_py_synthesizes_for_the_cdk8s_cli_and_leaves_no_temporary_files(tmp_path, spec, code):
    """cli.run skips the interpreter's teardown, not the exit handlers: jsii's Node.js stops and its
    temporary files go, and the exit code and the output are the command's."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {"CDK8S_OUTDIR": str(tmp_path / "cdk8s.out"), "PATH": "/usr/bin:/bin", "TMPDIR": str(temp)}
    result = subprocess.run(
        [sys.executable, "app.py", str(spec)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == code, result.stderr
    assert len((result.stdout + result.stderr).splitlines()) == 1, "the written file, or the one-line refusal"
    assert list(temp.iterdir()) == []
    if code == 0:
        assert result.stderr == ""
        assert (tmp_path / "cdk8s.out" / "sepolia.k8s.yaml").is_file()


def test_output_cut_short_by_its_reader_ends_quietly_as_after_sigpipe():
    command = [sys.executable, "-m", "ethercluster_constructs.cli", "explain", str(DEFAULT)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.close()  # the reader leaves before the report is written (`| head -0`)
        stderr = process.stderr.read().decode()
    assert (process.returncode, stderr) == (cli.EXIT_PIPE_CLOSED, "")


def test_app_py_without_the_project_installed_says_what_to_do(tmp_path):
    result = subprocess.run(
        [sys.executable, "-I", "-S", str(ROOT / "app.py")], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "make setup" in result.stderr and len(result.stderr.splitlines()) == 1


# -- explain: every figure agrees with the synthesized manifests ------------------------------------


@pytest.fixture(scope="module")
def default_report():
    from ethercluster_constructs.explain import explain
    from ethercluster_constructs.synthesis import check_spec

    return explain(check_spec(DEFAULT))


def _running_containers(workload: dict) -> list[dict]:
    pod = workload["spec"]["template"]["spec"]
    return [*pod["containers"], *(c for c in pod.get("initContainers", []) if c.get("restartPolicy") == "Always")]


def test_explain_cpu_and_memory_are_the_sums_of_the_requests_in_the_output(default_report, default_docs):
    workloads = find_all(default_docs, "StatefulSet") + find_all(default_docs, "Deployment")
    # An autoscaled workload (the RPC gateway) counts at its autoscaler's maximum.
    autoscalers = find_all(default_docs, "HorizontalPodAutoscaler")
    most = {h["spec"]["scaleTargetRef"]["name"]: h["spec"]["maxReplicas"] for h in autoscalers}

    def replicas(w: dict) -> int:
        return most.get(w["metadata"]["name"], w["spec"]["replicas"])

    cpu = sum(
        replicas(w) * cpu_millicores(str(c["resources"]["requests"]["cpu"]))
        for w in workloads
        for c in _running_containers(w)
    )
    memory = sum(
        replicas(w) * quantity_bytes(str(c["resources"]["requests"]["memory"]))
        for w in workloads
        for c in _running_containers(w)
    )
    limits = sum(
        replicas(w) * cpu_millicores(str(c["resources"]["limits"]["cpu"]))
        for w in workloads
        for c in _running_containers(w)
    )
    assert default_report["totals"]["cpu_request_m"] == cpu
    assert default_report["totals"]["memory_request_bytes"] == memory
    assert default_report["totals"]["cpu_limit_m"] == limits
    assert default_report["totals"]["pods"] == sum(replicas(w) for w in workloads)


def test_explain_disks_are_the_claim_templates_times_the_replicas(default_report, default_docs):
    classic = find(default_docs, "StatefulSet", "classic")
    size = sum(
        quantity_bytes(c["spec"]["resources"]["requests"]["storage"]) for c in classic["spec"]["volumeClaimTemplates"]
    )
    (row,) = [w for w in default_report["workloads"] if w["name"] == "classic"]
    assert row["total"]["disk_bytes"] == size * classic["spec"]["replicas"] == 3 * 250 * 2**30
    assert row["containers"] == [c["name"] for c in _running_containers(classic)]


def test_explain_lists_every_ingress_route_and_a_dns_record_per_host(default_report, default_docs):
    ingress = find(default_docs, "Ingress", "edge")
    routes = {f"{r['host']}{p['path']}" for r in ingress["spec"]["rules"] for p in r["http"]["paths"]}
    assert {u["url"].split("://", 1)[1] for u in default_report["urls"]} == routes
    assert {u["url"] for u in default_report["urls"] if u["kind"] == "websocket"} == {
        "wss://rpc.example.com/ws-etc",
        "wss://rpc.example.com/ws-mordor",
    }
    # RPC hosts are on the certificate `edge`, stats hosts on `edge-apps`: a DNS record for each.
    hosts = {d for c in find_all(default_docs, "ManagedCertificate") for d in c["spec"]["domains"]}
    assert {r["name"] for r in default_report["dns_records"]} == hosts
    assert all("ethercluster-edge-ip" in r["value"] for r in default_report["dns_records"])


@pytest.mark.parametrize("spec", ["ethercluster.yaml", "examples/gateway-edge.yaml"])
def test_explain_names_each_url_for_what_answers_it(spec, default_report):
    """JSON-RPC over HTTPS goes to the RPC gateway (eRPC) in front of the fleets, WebSocket to the
    fleet's own Service, dashboards to ethstats: on the Ingress edge and on the Gateway edge."""
    from ethercluster_constructs.explain import explain, render_text
    from ethercluster_constructs.synthesis import check_spec

    report = default_report if spec == "ethercluster.yaml" else explain(check_spec(ROOT / spec))
    answers = {u["url"].split("://", 1)[1]: (u["kind"], u["service"]) for u in report["urls"]}
    assert answers["rpc.example.com/etc"] == ("http", "rpc-gateway")
    assert answers["rpc.example.com/ws-etc"] == ("websocket", "classic")
    assert answers["etc-stats.rpc.example.com/"] == ("dashboard", "etc-stats")
    assert {kind for kind, _ in answers.values()} == {"http", "websocket", "dashboard"}
    assert "https://rpc.example.com/etc  (JSON-RPC, Service rpc-gateway)" in render_text(report)


def test_explain_reports_the_fit_and_prices_what_it_knows(default_report):
    pools = default_report["node_pools"]
    assert pools["fits"] and pools["headroom"]["cpu_m"] > 0
    cost = default_report["monthly_cost"]
    assert cost["total"] == pytest.approx(sum(i["monthly"] for i in cost["items"]))
    nodes = next(i for i in cost["items"] if i["item"].startswith("node pool rpc: e2-standard-4"))
    assert nodes["quantity"] == 3 and nodes["monthly"] == pytest.approx(3 * 0.134012 * 730)
    volumes = next(i for i in cost["items"] if i["item"].startswith("classic: data"))
    assert volumes["quantity"] == 750 and volumes["unit_price"] == 0.17


def test_explain_prints_text_and_json(capsys):
    assert run("explain", DEFAULT) == 0
    text = capsys.readouterr().out
    for heading in ("Public URLs:", "DNS records to create:", "Node pools:", "Estimated monthly cost (USD):"):
        assert heading in text
    assert run("explain", DEFAULT, "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["namespace"] == "ethercluster"


def test_explain_without_gke_says_what_it_cannot_price(capsys):
    assert run("explain", SEPOLIA, "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["node_pools"] is None
    assert any("no gke section" in item for item in report["monthly_cost"]["unpriced"])


def test_the_manifests_parse_as_yaml_after_synth(tmp_path):
    out = tmp_path / "dist"
    assert run("synth", DEFAULT, "-o", out) == 0
    assert [d for d in yaml.safe_load_all((out / "ethercluster.k8s.yaml").read_text()) if d]
