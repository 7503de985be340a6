"""Synth speed, as ratios against floors measured in the same run; writes docs/performance.md.

Run: .venv/bin/python scripts/bench_synth.py [--runs N] [--out FILE] [--baseline DIR]   (make bench)

Every case is a fresh `python` process, timed by wall clock and by CPU time (user + system
of the process and the jsii Node.js process it waits for; CPU time moves much less than
wall time when other jobs share the machine). The cases run round-robin, N rounds (default
5), so a change in machine load hits every case alike; the table gives each case's medians
(and the wall min-max) and the ratios of medians against its floor:
- manifests of the default spec (`python app.py`) against `import cdk8s, cdk8s_plus_27`;
- Terraform of the default spec (`CDKTF_OUTDIR=... python app.py`) against importing cdktf
  and the whole google provider package (what a plain `import cdktf_cdktf_provider_google`
  costs), and against importing cdktf alone;
- manifests of 1, 10 and 50 small fleets (generated specs) against 1 fleet.
With --baseline DIR (a checkout of another revision, e.g. `git worktree add /tmp/base main`),
the app cases also run in DIR, in the same rounds, and the table compares the two side by side.
Output goes to a temporary folder, never to dist/ or cdktf.out/. A benchmark, not a test:
the figures depend on the machine, which the report describes.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FLEET_COUNTS = (1, 10, 50)
PACKAGE = "ethercluster_constructs"
AS_THE_PROGRAM_RUNS = (
    "import gc; gc.disable(); import cdk8s, cdk8s_plus_27; import atexit, os; atexit._run_exitfuncs(); os._exit(0)"
)
"""The floor's imports with cli.run's set-up and exit (collector off; exit handlers, no teardown)."""
PACKAGES = ("cdk8s", "cdk8s-plus-27", "cdktf", "cdktf-cdktf-provider-google", "jsii", "typeguard")


@dataclass
class Case:
    label: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path = ROOT
    times: list[float] = field(default_factory=list)
    cpu_times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_times)

    def run(self, base_env: dict[str, str]) -> None:
        env = base_env | self.env
        cpu_before, start = cpu_seconds(), time.perf_counter()
        subprocess.run(self.command, cwd=self.cwd, env=env, check=True, capture_output=True, timeout=900)
        self.times.append(time.perf_counter() - start)
        self.cpu_times.append(cpu_seconds() - cpu_before)


def cpu_seconds() -> float:
    """CPU time of every finished child process (and of the children they waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fleets_spec(count: int) -> str:
    """A spec of `count` small internal Mordor fleets of one replica (no edge, no GKE section)."""
    fleets = "".join(f"  fleet-{index:02d}: {{network: mordor, replicas: 1}}\n" for index in range(1, count + 1))
    return f"namespace: bench\nfleets:\n{fleets}"


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line), platform.processor())
    node = subprocess.run([str(BIN / "node"), "--version"], capture_output=True, text=True).stdout.strip()
    packages = ", ".join(f"{name} {version(name)}" for name in PACKAGES)
    runtimes = f"Python {platform.python_version()}, Node.js {node}"
    return f"{os.cpu_count()} CPUs ({cpu or 'unknown model'}), {platform.system()}; {runtimes}; {packages}"


def describe(checkout: Path) -> str:
    """The commit of a checkout, or its path when it is not a git checkout."""
    commit = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    return f"`{commit.stdout.strip()}`" if commit.returncode == 0 else f"`{checkout}`"


def compile_package(checkout: Path) -> None:
    """Write the package's bytecode before timing, as `pip install` does: otherwise, where
    PYTHONDONTWRITEBYTECODE is set, every run would compile its ~60 modules from source
    (about 0.06 s here), a cost the floors' installed packages never pay."""
    subprocess.run([str(BIN / "python"), "-m", "compileall", "-q", str(checkout / PACKAGE)], check=True)


def round_trips(spec: str) -> int:
    """The jsii round trips of `spec`'s manifest synth, as scripts/count_round_trips.py counts them."""
    counted = subprocess.run(
        [str(BIN / "python"), str(ROOT / "scripts" / "count_round_trips.py"), spec, "--top", "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    total = next(line for line in counted.stdout.splitlines() if line.startswith("round trips:"))
    return int(total.split()[2])


def load() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md", help="report file")
    parser.add_argument("--baseline", type=Path, help="checkout of another revision to compare against")
    parser.add_argument("--baseline-label", help="how the report names it (default: its last commit, or its path)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("CDK8S_OUTDIR", "CDKTF_OUTDIR")}
    env |= {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "CHECKPOINT_DISABLE": "1"}
    python = str(BIN / "python")
    with tempfile.TemporaryDirectory() as tmp:
        for count in FLEET_COUNTS:
            Path(tmp, f"fleets-{count}.yaml").write_text(fleets_spec(count))
        manifests = {"CDK8S_OUTDIR": f"{tmp}/dist"}
        cases = {
            "k8s_floor": Case("`import cdk8s, cdk8s_plus_27`", [python, "-c", "import cdk8s, cdk8s_plus_27"]),
            "k8s_floor_as_program": Case(
                "`import cdk8s, cdk8s_plus_27`, run as `ethercluster` runs (collector off, no teardown)",
                [python, "-c", AS_THE_PROGRAM_RUNS],
            ),
            "manifests": Case("manifests, default spec (`python app.py`)", [python, "app.py"], manifests),
            "tf_floor": Case(
                "`import cdktf, cdktf_cdktf_provider_google` (the whole provider)",
                [python, "-c", "import cdktf, cdktf_cdktf_provider_google"],
            ),
            "cdktf_floor": Case("`import cdktf`", [python, "-c", "import cdktf"]),
            "terraform": Case(
                "Terraform, default spec (`CDKTF_OUTDIR=… python app.py`)",
                [python, "app.py"],
                {"CDKTF_OUTDIR": f"{tmp}/cdktf.out"},
            ),
        }
        for count in FLEET_COUNTS:
            cases[f"fleets_{count}"] = Case(
                f"manifests, {count} small fleet{'s' if count > 1 else ''}",
                [python, "app.py", f"{tmp}/fleets-{count}.yaml"],
                manifests,
            )
        baseline = {}
        if args.baseline:
            baseline = {
                key: Case(f"{case.label}, baseline", case.command, case.env, cwd=args.baseline.resolve())
                for key, case in cases.items()
                if case.command[1:2] == ["app.py"]
            }
        for checkout in (ROOT, *([args.baseline] if args.baseline else [])):
            compile_package(checkout)
        load_before = load()
        started = datetime.now(UTC)
        for round_number in range(1, args.runs + 1):
            for case in [*cases.values(), *baseline.values()]:
                case.run(env)
            print(f"round {round_number}/{args.runs} done, load {load()}", flush=True)
        load_after = load()
        trips_default = round_trips(str(ROOT / "ethercluster.yaml"))
        trips_many = round_trips(f"{tmp}/fleets-{FLEET_COUNTS[-1]}.yaml")

    def cells(case: Case) -> str:
        return f"{case.median:.2f} ({min(case.times):.2f}–{max(case.times):.2f}) | {case.cpu_median:.2f}"

    def row(key: str, floor: str | None, goal: str, table: dict[str, Case] = cases) -> str:
        case = table[key]
        if floor is None:
            return f"| {case.label} | {cells(case)} |  | {goal} |"
        base = table[floor]
        ratio = f"{case.median / base.median:.2f}× / {case.cpu_median / base.cpu_median:.2f}× {base.label}"
        return f"| {case.label} | {cells(case)} | {ratio} | {goal} |"

    def versus_baseline(key: str, goal: str = "") -> str:
        case, before = cases[key], baseline[key]
        ratio = f"this revision: {case.median / before.median:.2f}× / {case.cpu_median / before.cpu_median:.2f}× of it"
        return f"| {before.label} | {cells(before)} | {ratio} | {goal} |"

    def per_fleet(table: dict[str, Case], label: str) -> str:
        many, one, extra = table[f"fleets_{FLEET_COUNTS[-1]}"], table["fleets_1"], FLEET_COUNTS[-1] - 1
        wall, cpu = (many.median - one.median) / extra, (many.cpu_median - one.cpu_median) / extra
        return f"| {label}: ({many.label} − {one.label}) / {extra} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms |  |  |"

    rows = [
        row("k8s_floor", None, "floor"),
        row("manifests", "k8s_floor", "≤ 2×"),
        row("k8s_floor_as_program", None, "the floor without the work the program skips"),
        row("manifests", "k8s_floor_as_program", ""),
        row("tf_floor", None, "what the Terraform synth paid before (1.29× of it)"),
        row("cdktf_floor", None, "floor"),
        row("terraform", "tf_floor", "≤ 6 s, or ≤ 0.43× (a third of 1.29×)"),
        row("terraform", "cdktf_floor", ""),
        row("fleets_1", None, ""),
        row("fleets_10", "fleets_1", ""),
        row("fleets_50", "fleets_1", "≤ 3×"),
        per_fleet(cases, "cost of one more fleet"),
    ]
    if baseline:
        rows += [versus_baseline(key) for key in baseline]
        rows += [row("fleets_50", "fleets_1", "", baseline), per_fleet(baseline, "cost of one more fleet, baseline")]
    report = "\n".join(
        [
            "# Synth performance",
            "",
            "Generated by `make bench` (`scripts/bench_synth.py`); do not edit by hand. Re-run it",
            "after a change that could affect synth time, and commit the result.",
            "",
            f"- Machine: {machine()}.",
            f"- Date: {started:%Y-%m-%d %H:%M} UTC. Load average (1, 5, 15 min): {load_before} before, "
            f"{load_after} after (other jobs share the machine).",
            f"- jsii round trips of a manifest synth (`scripts/count_round_trips.py`): {trips_default} for "
            f"the default spec, {trips_many} for {FLEET_COUNTS[-1]} small fleets.",
            f"- Method: each case is a fresh `python` process timed by wall clock, with the package's "
            "bytecode written beforehand (as `pip install` leaves it); the cases run "
            f"round-robin, {args.runs} rounds, so load changes hit them alike. CPU time is user + "
            "system time of the process and of the jsii Node.js process it waits for: it moves much less "
            "than wall time when the machine is busy. A ratio divides two medians of this same run. "
            "The small fleets are internal Mordor fleets of one replica (no edge, no `gke:` section), "
            "generated by the script. The program (`cli.run`) turns the cyclic garbage collector "
            "off, and ends without tearing down the interpreter once its files are written (it runs "
            "the exit handlers, which stop jsii's Node.js process, and exits). The floor `import "
            "cdk8s, cdk8s_plus_27` pays both the collections and the teardown; the third row runs "
            "the same imports as the program runs, a stricter floor, with the ratio against it."
            + (
                f" Baseline rows: the same commands in a checkout of {args.baseline_label or describe(args.baseline)}."
                if baseline
                else ""
            ),
            "",
            "| case | wall s: median (min–max) | CPU s: median | ratio: wall / CPU | goal |",
            "|---|---|---|---|---|",
            *rows,
            "",
        ]
    )
    args.out.write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
