"""_values: immutable cdk8s values, parsed from manifest notation and made once per process."""

from __future__ import annotations

import pytest

from ethercluster_constructs import _values


@pytest.mark.parametrize(("quantity", "mebibytes"), [("512Mi", 512), ("2Gi", 2048), ("1Gi", 1024)])
def test_size_reads_mi_and_gi(quantity, mebibytes):
    assert _values.size(quantity).to_mebibytes() == mebibytes


@pytest.mark.parametrize(("quantity", "cores"), [("250m", 0.25), ("10m", 0.01), ("2", 2.0), ("0.5", 0.5)])
def test_cpu_reads_cores_and_millicores(quantity, cores):
    assert float(_values.cpu(quantity).amount) == pytest.approx(cores)  # Cpu.amount is a string


def test_each_distinct_value_is_made_once():
    assert _values.seconds(5) is _values.seconds(5)
    assert _values.number(8545) is _values.number(8545)
    assert _values.number(8545) is not _values.number(8546)
    assert _values.quantity("50Gi") is _values.quantity("50Gi")
    assert _values.env_value("1") is _values.env_value("1")
    assert _values.seconds(5).to_seconds() == 5
