"""A budget of jsii round trips per fleet (issue 16): a count, not a timing, so it is exact.

Each round trip to the jsii kernel costs about 0.3 ms here. The budget has headroom for
new features; past it, `scripts/count_round_trips.py SPEC --where` shows which lines make
the calls, and `_values`, `network_policy` and construction-time metadata are the usual cures.
"""

from __future__ import annotations

import subprocess
import sys

from tests.support import ROOT

ROUND_TRIPS_PER_FLEET = 40
"""About 30 in this revision (61 before issue 16's round-trip cuts)."""


def round_trips(spec_path) -> int:
    counted = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "count_round_trips.py"), str(spec_path), "--top", "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    total = next(line for line in counted.stdout.splitlines() if line.startswith("round trips:"))
    return int(total.split()[2])


def test_one_more_fleet_stays_within_its_round_trip_budget(tmp_path):
    def spec(fleets: int):
        path = tmp_path / f"fleets-{fleets}.yaml"
        lines = "".join(f"  fleet-{index}: {{network: mordor, replicas: 1}}\n" for index in range(1, fleets + 1))
        path.write_text(f"namespace: budget\nfleets:\n{lines}")
        return path

    per_fleet = (round_trips(spec(3)) - round_trips(spec(1))) / 2
    assert 0 < per_fleet <= ROUND_TRIPS_PER_FLEET, (
        f"{per_fleet} jsii round trips per fleet, budget {ROUND_TRIPS_PER_FLEET}: "
        "see scripts/count_round_trips.py --where"
    )
