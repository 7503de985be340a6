"""Turns a validated ClusterSpec into constructs. The only code that reads the spec model."""

from __future__ import annotations

from pathlib import Path

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from .catalog import Network
from .errors import EtherclusterError
from .ethereum_node import EthereumNode
from .spec import ClusterSpec, FleetSpec, PrivateNetworkSpec, SpecError


class ClusterChart(cdk8s.Chart):
    """Every Kubernetes object of one cluster spec, in one chart (dist/<namespace>.k8s.yaml)."""

    def __init__(self, scope: Construct, *, spec: ClusterSpec, spec_dir: Path, spec_name: str = "spec") -> None:
        super().__init__(scope, spec.namespace, disable_resource_name_hashes=True)
        self.spec = spec
        namespace = kplus.Namespace(
            self,
            "Namespace",
            metadata={
                "name": spec.namespace,
                # Pod Security Admission: reject any pod that is not "restricted".
                "labels": {
                    "pod-security.kubernetes.io/enforce": "restricted",
                    "pod-security.kubernetes.io/enforce-version": "latest",
                },
            },
        )
        self.nodes: dict[str, EthereumNode] = {}
        for name, fleet in spec.fleets.items():
            where = f"{spec_name}: fleets.{name}"
            try:
                network = _network(fleet.network, spec_dir, where)
                self.nodes[name] = EthereumNode(
                    self, name, namespace=spec.namespace, network=network, **_node_props(fleet)
                )
            except SpecError:
                raise
            except EtherclusterError as error:
                raise SpecError(f"{where}: {error}") from None
            self.nodes[name].node.add_dependency(namespace)


def _node_props(fleet: FleetSpec) -> dict:
    props = fleet.model_dump(exclude={"network"})
    return {key: value for key, value in props.items() if value is not None}


def _network(network: str | PrivateNetworkSpec, spec_dir: Path, where: str) -> str | Network:
    if isinstance(network, str):
        return network
    genesis_path = spec_dir / network.genesis_file
    try:
        genesis = genesis_path.read_text()
    except OSError as error:
        raise SpecError(
            f"{where}.network.genesis_file: cannot read {network.genesis_file!r} "
            f"(relative to the spec file): {error.strerror}"
        ) from None
    return Network.private(
        name=network.name,
        genesis_json=genesis,
        network_id=network.network_id,
        bootnodes=tuple(network.bootnodes),
        disk_size=network.disk_size,
        block_time_seconds=network.block_time_seconds,
    )
