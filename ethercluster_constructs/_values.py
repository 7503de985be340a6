"""Immutable cdk8s value objects, each created once per process.

Every cdk8s call from Python is a round trip to the jsii kernel, a Node.js process (about
0.3 ms here). Durations, sizes, quantities, numbers, CPU amounts, plain environment values
and update strategies never change once made, so one object per distinct value serves every construct that
uses it: the manifests are the same, and a fleet makes a few dozen fewer round trips.
Only immutable values belong here, never a construct or anything with a scope.
"""

from __future__ import annotations

from functools import cache

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s


@cache
def seconds(amount: int) -> cdk8s.Duration:
    return cdk8s.Duration.seconds(amount)


@cache
def size(quantity: str) -> cdk8s.Size:
    """A size written as in a manifest, in Mi or Gi ("512Mi", "2Gi")."""
    number, unit = int(quantity[:-2]), quantity[-2:]
    return {"Mi": cdk8s.Size.mebibytes, "Gi": cdk8s.Size.gibibytes}[unit](number)


@cache
def quantity(text: str) -> k8s.Quantity:
    """A Kubernetes quantity as written in a manifest ("50Gi")."""
    return k8s.Quantity.from_string(text)


@cache
def number(value: int) -> k8s.IntOrString:
    """A number where Kubernetes takes an int-or-string (a port, a disruption budget)."""
    return k8s.IntOrString.from_number(value)


@cache
def rolling_update(partition: int) -> kplus.StatefulSetUpdateStrategy:
    return kplus.StatefulSetUpdateStrategy.rolling_update(partition=partition)


@cache
def cpu(quantity: str) -> kplus.Cpu:
    """CPU written as in a manifest: cores ("2", "0.5") or millicores ("250m")."""
    return kplus.Cpu.units(int(quantity[:-1]) / 1000 if quantity.endswith("m") else float(quantity))


@cache
def env_value(value: str) -> kplus.EnvValue:
    return kplus.EnvValue.from_value(value)


@cache
def pod_name() -> kplus.EnvValue:
    """The pod's own name (the downward API's metadata.name)."""
    return kplus.EnvValue.from_field_ref(kplus.EnvFieldPaths.POD_NAME)
