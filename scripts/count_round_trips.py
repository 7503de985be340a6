"""Count the jsii round trips of a manifest synth, grouped by call.

Run: .venv/bin/python scripts/count_round_trips.py [SPEC] [--top N]

Every cdk8s call from Python is one request to the jsii kernel (a Node.js process) and one
reply. This script wraps the kernel process's `send`, synthesizes SPEC's manifests (default:
ethercluster.yaml) into a temporary folder, and prints the total and the most frequent calls
(kind, then the class or method). A diagnostic for issue 16, not a test.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

from jsii._kernel.providers import process

ROOT = Path(__file__).resolve().parent.parent


def _label(request: object) -> str:
    kind = type(request).__name__.removesuffix("Request")
    names = (getattr(request, attribute, None) for attribute in ("fqn", "method", "property"))
    return " ".join([kind, ".".join(name for name in names if name)]).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(ROOT / "ethercluster.yaml"))
    parser.add_argument("--top", type=int, default=40, help="how many calls to list (default 40)")
    args = parser.parse_args()

    counts: collections.Counter[str] = collections.Counter()
    original_send = process._NodeProcess.send

    def counting_send(self, request, response_type):  # noqa: ANN001, ANN202
        counts[_label(request)] += 1
        return original_send(self, request, response_type)

    process._NodeProcess.send = counting_send
    from ethercluster_constructs import cli

    with tempfile.TemporaryDirectory() as outdir:
        code = cli.main(["synth", args.spec, "-o", str(Path(outdir) / "dist")])
    loads = sum(count for label, count in counts.items() if label.startswith("Load"))
    print(f"round trips: {sum(counts.values())} ({loads} assembly loads)")
    for label, count in counts.most_common(args.top):
        print(f"{count:6d}  {label}")
    return code


if __name__ == "__main__":
    sys.exit(main())
