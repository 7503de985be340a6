"""Wall time of synthesizing the default spec. Run: .venv/bin/python scripts/bench_synth.py [--runs N]

Measures, N times each (default 5), and prints the median, min and max:
- `npx cdk8s synth`: the manifests alone (the google provider is never imported);
- `npx cdk8s synth` then `npx cdktf synth`: the full synth, manifests and GKE stack;
- and, without the CLIs, `python app.py` and `CDKTF_OUTDIR=... python app.py`.
Output goes to a temporary folder, never to dist/ or cdktf.out/. A benchmark, not a test:
the figures depend on the machine (docs/gke.md records the ones measured for this repo).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(commands: list[list[str]], env: dict[str, str]) -> float:
    start = time.perf_counter()
    for command in commands:
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=900)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    env = {k: v for k, v in os.environ.items() if k not in ("CDK8S_OUTDIR", "CDKTF_OUTDIR")}
    env |= {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "CHECKPOINT_DISABLE": "1"}
    python = str(BIN / "python")
    with tempfile.TemporaryDirectory() as tmp:
        dist, tf = f"{tmp}/dist", f"{tmp}/cdktf.out"
        cdk8s_cli = ["npx", "cdk8s", "synth", "--output", dist]
        cdktf_cli = ["npx", "cdktf", "synth", "--output", tf]
        cases = {
            "npx cdk8s synth (manifests only)": ([cdk8s_cli], env),
            "npx cdk8s synth + npx cdktf synth (full)": ([cdk8s_cli, cdktf_cli], env),
            "python app.py (manifests only)": ([[python, "app.py"]], env | {"CDK8S_OUTDIR": dist}),
            "CDKTF_OUTDIR=... python app.py (GKE stack only)": ([[python, "app.py"]], env | {"CDKTF_OUTDIR": tf}),
        }
        print(f"{runs} runs each, default spec, {os.cpu_count()} CPUs; seconds of wall time")
        print("| command | median | min | max |\n|---|---|---|---|")
        for name, (commands, case_env) in cases.items():
            times = [timed(commands, case_env) for _ in range(runs)]
            print(f"| {name} | {statistics.median(times):.1f} | {min(times):.1f} | {max(times):.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
