"""Regenerate the tables in docs/ that come from code. Run: .venv/bin/python scripts/gen_docs.py

Each table sits between `<!-- generated:NAME -->` and `<!-- end:NAME -->` markers;
tests/test_docs.py fails when a table is stale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _skip_table(skips: dict[str, str]) -> str:
    rows = [f"| `{check}` | {reason} |" for check, reason in sorted(skips.items())]
    return "\n".join(["| check | why it is skipped |", "|---|---|", *rows])


def checkov_skips() -> str:
    from ethercluster_constructs.checkov_skips import SKIPS

    return _skip_table(SKIPS)


def client_matrix() -> str:
    from ethercluster_constructs.catalog import CLIENTS, CONSENSUS_CLIENTS, NETWORKS

    networks = sorted(NETWORKS, key=lambda n: (NETWORKS[n].ecosystem != "etc", n))
    rows = ["| client | layer | image | " + " | ".join(networks) + " |", "|---|---|---|" + "---|" * len(networks)]
    for layer, registry in (("execution", CLIENTS), ("consensus", CONSENSUS_CLIENTS)):
        for name, profile in sorted(registry.items()):
            cells = ["✓" if n in profile.networks else "—" for n in networks]
            rows.append(f"| {name} | {layer} | `{profile.image}` | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def spec_networks() -> str:
    from ethercluster_constructs.catalog import CLIENTS, NETWORKS
    from ethercluster_constructs.catalog.networks import RETIRED_NETWORKS

    rows = [
        "| `network` | chain | chain id | execution clients | consensus client | default disk | edge paths |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, network in sorted(NETWORKS.items(), key=lambda item: (item[1].ecosystem != "etc", item[0])):
        clients = ", ".join(c for c, profile in sorted(CLIENTS.items()) if name in profile.networks)
        consensus = "required" if network.proof_of_stake else "none (proof-of-work)"
        chain = "Ethereum Classic" if network.ecosystem == "etc" else "Ethereum"
        rows.append(
            f"| `{name}` | {chain} | {network.chain_id} | {clients} | {consensus} | {network.disk_size} "
            f"| `{network.rpc_path}`, `{network.ws_path}` |"
        )
    retired = ", ".join(f"`{old}` (use {new})" for old, new in sorted(RETIRED_NETWORKS.items()))
    rows += ["", f"Refused as retired: {retired}."]
    return "\n".join(rows)


def client_dossier() -> str:
    """One section per client: its runtime contract as the catalog records it, with sources."""
    from ethercluster_constructs import node_containers as pod
    from ethercluster_constructs.catalog import (
        CLIENTS,
        CONSENSUS_CLIENTS,
        NETWORKS,
        ConsensusPorts,
        ConsensusSettings,
        NodePorts,
        NodeSettings,
        RpcExposure,
    )
    from ethercluster_constructs.catalog.clients.contract import HEAP_PERCENT

    def code(text: str) -> str:
        return f"`{text}`" if text else "—"

    def section(name, layer, profile, args, mount, ports) -> list[str]:
        contract = profile.contract
        image, data = contract.image, contract.data_dir
        env = {"HOME": pod.SCRATCH_DIR}
        rows = [
            ("image", code(profile.image), "catalog"),
            (
                "entrypoint",
                (code(" ".join(image.entrypoint)) if image.entrypoint else "none")
                + (
                    f"; the catalog runs {code(' '.join(profile.command))}"
                    if profile.command
                    else "; the catalog passes arguments only"
                )
                + (f"; first argument {code(image.subcommand)}" if image.subcommand else ""),
                image.source,
            ),
            ("binary", code(image.binary), image.source),
            (
                "image user, HOME, workdir",
                f"{image.user}, {code(image.home or '')}, {code(image.workdir)}; in the pod: UID "
                f"{pod.RUN_AS_UID}, `HOME={pod.SCRATCH_DIR}`",
                image.source,
            ),
            (
                "data dir",
                f"{code(data.flag + '=' + pod.data_dir(mount, contract))}; mode {code(data.mode or '')}, "
                f"must own: {'yes' if data.must_own else 'no'}, must be empty: {'yes' if data.must_be_empty else 'no'}",
                data.source,
            ),
        ]
        where = dict(contract.resolve_writes(args, env))
        for write in contract.writes:
            how = code(write.default)
            if write.flag:
                how += f", moved by {code(write.flag)}"
            if write.off_with:
                how += f", off with {code(write.off_with)}"
            landed = f"**{where[write.what]}**" if write.what in where else "off"
            rows.append((f"writes: {write.what}", f"{how} → {landed}", write.source))
        heap = contract.heap
        rows.append(
            (
                "heap",
                f"{heap.runtime}: {code(heap.env)} caps it at {HEAP_PERCENT} % of the memory limit "
                f"(unset: {code(heap.image_env or '')} from the image, else {heap.unset_default_percent} %)"
                if heap
                else "no managed heap ceiling (native runtime)",
                heap.source if heap else "—",
            )
        )
        listening = ", ".join(f"{n} {number}" for n, number in ports)
        rows.append(("ports on all interfaces", listening, "catalog"))
        for binding in contract.bindings:
            number = {"engine": NodePorts().engine, "beacon": ConsensusPorts().beacon}[binding.surface]
            bound = (
                f"{number} on loopback via {code(binding.flag)}"
                if binding.loopback
                else f"{number} cannot be loopback; no NetworkPolicy admits it"
            )
            rows.append((f"{binding.surface} API", bound, binding.source))
        if layer == "execution":
            mapping = ", ".join(f"{api}→{code(module)}" for api, module in sorted(profile.apis.modules.items()))
            subscribe = (
                f"`eth_subscribe` in {code(profile.apis.subscription_module)}"
                if profile.apis.subscription_module
                else "`eth_subscribe` on every WebSocket connection"
            )
            rows.append(
                ("APIs", f"{mapping}; WebSocket list {code(profile.apis.ws_flag)}; {subscribe}", profile.apis.source)
            )
            for mode, mode_args in profile.modes.args.items():
                rows.append(
                    (
                        f"mode {mode}",
                        f"{code(' '.join(mode_args))}: {profile.modes.keeps[mode]}",
                        profile.modes.source,
                    )
                )
        lines = [f"### {name} ({layer})", "", "| | | source |", "|---|---|---|"]
        lines += [f"| {label} | {value} | {source} |" for label, value, source in rows]
        return [*lines, ""]

    network = NETWORKS["mainnet"]
    out: list[str] = []
    for name, profile in sorted(CLIENTS.items()):
        net = network if network.name in profile.networks else NETWORKS["classic"]
        settings = NodeSettings(
            network=net,
            ports=NodePorts(),
            rpc=RpcExposure(apis=("eth", "net", "web3"), vhosts=("localhost",), cors_origins=(), websocket=True),
            data_dir=pod.data_dir(pod.DATA_DIR, profile.contract),
            max_peers=50,
            jwt_path=f"{pod.JWT_DIR}/{pod.JWT_FILE}" if net.proof_of_stake else None,
        )
        p = settings.ports
        ports = [("rpc", p.rpc), ("ws", p.ws), ("p2p", p.p2p), ("metrics", p.metrics)]
        out += section(name, "execution", profile, profile.args(settings), pod.DATA_DIR, ports)
    for name, profile in sorted(CONSENSUS_CLIENTS.items()):
        settings = ConsensusSettings(
            network=network,
            ports=ConsensusPorts(),
            data_dir=pod.data_dir(pod.CONSENSUS_DATA_DIR, profile.contract),
            jwt_path=f"{pod.JWT_DIR}/{pod.JWT_FILE}",
            execution_endpoint="http://127.0.0.1:8551",
            checkpoint_sync_url=network.checkpoint_sync_url or "",
        )
        p = settings.ports
        ports = [
            ("p2p", p.p2p),
            *([("quic", p.quic)] if profile.quic else []),
            ("metrics", p.metrics),
        ]
        out += section(name, "consensus", profile, profile.args(settings), pod.CONSENSUS_DATA_DIR, ports)
    return "\n".join(out).rstrip()


def gke_checkov_skips() -> str:
    from ethercluster_constructs.checkov_skips import TERRAFORM_SKIPS

    return _skip_table(TERRAFORM_SKIPS)


def gke_sizing() -> str:
    """The default spec's pods (from its synthesized manifests) against its node pools."""
    import cdk8s
    import yaml

    from ethercluster_constructs.app_builder import ClusterChart
    from ethercluster_constructs.gke.sizing import SYSTEM_PODS, Capacity, machine_shape, pod_groups, pool_fit
    from ethercluster_constructs.spec import load_spec

    spec, spec_dir = load_spec(ROOT / "ethercluster.yaml")
    app = cdk8s.App()
    ClusterChart(app, spec=spec, spec_dir=spec_dir)
    groups = pod_groups(doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc)

    def show(capacity: Capacity) -> str:
        return f"{capacity.cpu_m}m CPU, {capacity.memory / 2**20:,.0f} MiB"

    rows = ["| pods | replicas | requests per pod (all containers) | one per node |", "|---|---|---|---|"]
    rows += [
        f"| `{g.workload}` | {g.replicas} | {show(g.request)} | {'yes' if g.one_per_node else 'no'} |" for g in groups
    ]
    assert spec.gke is not None
    rows += ["", "| | " + " | ".join(f"pool `{pool.name}`" for pool in spec.gke.node_pools) + " |"]
    rows += ["|---|" + "---|" * len(spec.gke.node_pools)]
    labels = [
        "machine type",
        "nodes (autoscaling)",
        "allocatable per node",
        "GKE system pods (estimate)",
        "left for the fleets per node",
        "busiest node needs",
        "spare on the busiest node",
        "fits at min_nodes",
    ]
    columns = []
    for pool in spec.gke.node_pools:
        shape = machine_shape(pool.machine_type)
        fit = pool_fit(groups, pool.machine_type, pool.min_nodes)
        columns.append(
            [
                f"`{pool.machine_type}`: {shape.vcpus} vCPU, {shape.memory / 2**30:g} GiB",
                f"{pool.min_nodes} to {pool.max_nodes}",
                show(shape.allocatable),
                show(SYSTEM_PODS),
                show(fit.node_offers),
                show(fit.busiest_node),
                show(fit.spare),
                "yes" if fit.fits else "; ".join(fit.problems),
            ]
        )
    rows += [f"| {label} | " + " | ".join(column[i] for column in columns) + " |" for i, label in enumerate(labels)]
    return "\n".join(rows)


TABLES: dict[str, tuple[str, Callable[[], str]]] = {
    "checkov-skips": ("docs/security.md", checkov_skips),
    "client-matrix": ("docs/clients.md", client_matrix),
    "client-dossier": ("docs/clients.md", client_dossier),
    "gke-checkov-skips": ("docs/gke.md", gke_checkov_skips),
    "spec-networks": ("docs/spec.md", spec_networks),
    "gke-sizing": ("docs/gke.md", gke_sizing),
}


def render(text: str, name: str, table: str) -> str:
    pattern = re.compile(rf"(<!-- generated:{name} -->\n).*?(<!-- end:{name} -->)", re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"markers for {name} are missing")
    return pattern.sub(lambda m: f"{m.group(1)}{table}\n{m.group(2)}", text)


def expected() -> dict[Path, str]:
    files: dict[Path, str] = {}
    for name, (relative, build) in TABLES.items():
        path = ROOT / relative
        files[path] = render(files.get(path, path.read_text()), name, build())
    return files


if __name__ == "__main__":
    for path, text in expected().items():
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")
