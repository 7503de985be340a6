"""Count the jsii round trips of a manifest synth, grouped by call.

Run: .venv/bin/python scripts/count_round_trips.py [SPEC] [--top N] [--where]

Every cdk8s call from Python is one request to the jsii kernel (a Node.js process) and one
reply. This script wraps the kernel process's `send` (a private jsii name: if jsii renames
it, the script fails at that lookup), synthesizes SPEC's manifests (default:
ethercluster.yaml) into a temporary folder, and prints the total and the most frequent calls
with the time spent waiting for each (kind, then the class or method; with --where, the
package's source line that made them). A diagnostic for issue 16, not a test.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
import traceback
from pathlib import Path

from jsii._kernel.providers import process

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ethercluster_constructs"


def _label(request: object) -> str:
    kind = type(request).__name__.removesuffix("Request")
    names = (getattr(request, attribute, None) for attribute in ("fqn", "method", "property"))
    return " ".join([kind, ".".join(name for name in names if name)]).strip()


def _caller() -> str:
    """The innermost frame of this project's package: the line that made the call."""
    for frame in reversed(traceback.extract_stack()):
        if f"{PACKAGE}/" in frame.filename:
            return f"{frame.filename.rsplit(PACKAGE + '/', 1)[1]}:{frame.lineno}"
    return "(outside the package)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(ROOT / "ethercluster.yaml"))
    parser.add_argument("--top", type=int, default=40, help="how many calls to list (default 40)")
    parser.add_argument("--where", action="store_true", help="group by the package's source line instead")
    args = parser.parse_args()

    counts: collections.Counter[str] = collections.Counter()
    seconds: collections.Counter[str] = collections.Counter()
    loads = 0
    original_send = process._NodeProcess.send

    def counting_send(self, request, response_type):  # noqa: ANN001, ANN202
        nonlocal loads
        loads += type(request).__name__ == "LoadRequest"
        key = _caller() if args.where else _label(request)
        counts[key] += 1
        start = time.perf_counter()
        try:
            return original_send(self, request, response_type)
        finally:
            seconds[key] += time.perf_counter() - start

    process._NodeProcess.send = counting_send
    from ethercluster_constructs import cli

    with tempfile.TemporaryDirectory() as outdir:
        code = cli.main(["synth", args.spec, "-o", str(Path(outdir) / "dist")])
    print(f"round trips: {sum(counts.values())} ({loads} assembly loads), {sum(seconds.values()):.3f} s waiting")
    print(" count  wait ms  call")
    for label, count in counts.most_common(args.top):
        print(f"{count:6d}  {1000 * seconds[label]:7.1f}  {label}")
    return code


if __name__ == "__main__":
    sys.exit(main())
