"""The `ethercluster` command: init, validate, synth and explain a cluster spec.

Exit codes: 0 success; 2 a refused spec, output directory or command line (one line on
stderr, nothing written); 1 an unexpected internal error (a bug: the traceback is printed);
141 its output's reader left early (`| head`), as for a program killed by SIGPIPE.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib.resources
import json
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

from .errors import EtherclusterError

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_REFUSED = 2
EXIT_PIPE_CLOSED = 128 + 13
"""What a shell reports for a program killed by SIGPIPE (13): stdout's reader left early."""
DEFAULT_SPEC = "ethercluster.yaml"
DEFAULT_MANIFEST_DIR = "dist"
DEFAULT_TERRAFORM_DIR = "cdktf.out"


def run(argv: list[str] | None = None) -> NoReturn:
    """The `ethercluster` program, and app.py: `main`, then a quick exit.

    It is set up for one short run before anything heavy loads (the package's constructs load
    on first use, so importing this module loaded no jsii assembly):
    - The cyclic garbage collector is off. Reference counting frees what a synth discards;
      the collector would only re-scan, again and again, the few hundred thousand long-lived
      objects of the jsii bindings: about 5 % of a default synth, up to a fifth of a 50-fleet one,
      for the same peak memory (docs/performance.md).
    - pydantic looks for plugins in every installed package's entry points when it builds the
      spec model (about 15 ms); this program uses none, so unless PYDANTIC_DISABLE_PLUGINS is
      set already, it turns them off for its own process.
    - Tearing down the interpreter after a synth frees the jsii bindings of cdk8s, cdk8s-plus
      and the CRDs object by object: about 0.1 s, a tenth of a synth, for nothing, since every
      file is written and closed once `main` returns. So the exit handlers run (they stop the
      jsii kernel's Node.js process and remove its temporary files), the standard streams are
      flushed, and the process ends without the teardown (docs/performance.md).
    Output cut short by its reader (`ethercluster explain spec.yaml | head`) ends quietly with
    EXIT_PIPE_CLOSED, as a program killed by SIGPIPE would; any other exception is not caught
    here: Python reports it and exits as usual.
    """
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        code = main(argv)
    except BrokenPipeError:
        code = EXIT_PIPE_CLOSED
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing can reach it
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except EtherclusterError as error:
        return refuse(error)


def refuse(error: Exception) -> int:
    """Report a refused input on one line of stderr."""
    message = " ".join(str(error).split())
    print(f"error: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ethercluster",
        description="Ethereum Classic and Ethereum JSON-RPC fleets on GKE, from one cluster spec.",
        epilog="Exit codes: 0 success; 2 refused spec, output directory or usage (one line on stderr, "
        "nothing written); 1 internal error.",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    init = commands.add_parser("init", help="write a commented starter spec", description=_init.__doc__)
    init.add_argument("path", nargs="?", default=DEFAULT_SPEC, help=f"where to write it (default {DEFAULT_SPEC})")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(run=_init)

    validate = commands.add_parser("validate", help="run every check, write nothing", description=_validate.__doc__)
    validate.add_argument("spec", help="the cluster spec (YAML)")
    validate.set_defaults(run=_validate)

    synth = commands.add_parser("synth", help="write the manifests, or the Terraform JSON", description=_synth.__doc__)
    synth.add_argument("spec", help="the cluster spec (YAML)")
    synth.add_argument(
        "-o",
        "--output",
        help=f"output directory (default {DEFAULT_MANIFEST_DIR}/, or {DEFAULT_TERRAFORM_DIR}/ with --gke)",
    )
    synth.add_argument("--gke", action="store_true", help="the GKE stack as Terraform JSON (needs the [gke] extra)")
    synth.set_defaults(run=_synth)

    explain = commands.add_parser(
        "explain", help="what the spec deploys: pods, resources, URLs, DNS, fit, cost", description=_explain.__doc__
    )
    explain.add_argument("spec", help="the cluster spec (YAML)")
    explain.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    explain.set_defaults(run=_explain)
    _clique_parser(commands)
    return parser


def _clique_parser(commands: argparse._SubParsersAction) -> None:
    clique = commands.add_parser(
        "clique", help="private proof-of-authority chains: signer keys and genesis", description=_clique_init.__doc__
    )
    actions = clique.add_subparsers(title="actions", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="create signer keys, a genesis and the signers' Secret manifest")
    init.add_argument("--genesis", required=True, help="where to write the genesis JSON (public: addresses only)")
    init.add_argument(
        "--secret-file", required=True, help="where to write the Secret manifest with the keys (outside any repo)"
    )
    init.add_argument("--secret-name", required=True, help="the Secret's name, the fleet's `sealing.signer_secret`")
    init.add_argument("--namespace", default="ethercluster", help="the spec's namespace (default ethercluster)")
    init.add_argument("--chain-id", type=int, required=True, help="EIP-155 chain id of the new chain")
    init.add_argument("--signers", type=int, default=2, help="number of signers (default 2)")
    init.add_argument("--period", type=int, default=5, help="seconds between blocks (default 5)")
    init.add_argument(
        "--alloc", action="append", default=[], metavar="ADDRESS=WEI", help="fund an account at genesis (repeatable)"
    )
    init.add_argument("--force-genesis", action="store_true", help="overwrite an existing genesis file")
    init.set_defaults(run=_clique_init)
    add = actions.add_parser("add-signer", help="add a key to a signer Secret manifest (then vote it in)")
    add.add_argument("secret_file", help="the Secret manifest written by `clique init`")
    add.set_defaults(run=_clique_add_signer)


def _init(args: argparse.Namespace) -> int:
    """Write a commented starter spec: an ETC mainnet and a Mordor fleet behind one HTTPS edge."""
    path = Path(args.path)
    if path.exists() and not args.force:
        raise EtherclusterError(f"{path}: exists already; choose another path or pass --force to overwrite it")
    path.write_text(importlib.resources.files(__package__).joinpath("starter.yaml").read_text())
    print(f"wrote {path}: check it with `ethercluster validate {path}`")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    """Run every check the synth runs (spec, constructs, node pool capacity) and write nothing."""
    from .synthesis import check_spec

    checked = check_spec(args.spec)
    clusters = f" in {len(checked.manifests)} clusters" if checked.spec.is_multi_cluster else ""
    print(f"{args.spec}: valid: {len(checked.spec.fleets)} fleet(s), {len(checked.docs)} Kubernetes objects{clusters}")
    return EXIT_OK


def _synth(args: argparse.Namespace) -> int:
    """Write the Kubernetes manifests (default dist/), or with --gke the GKE stack's Terraform JSON
    (default cdktf.out/). The directory ends up holding exactly this synth's files; one that holds
    files this tool did not write is refused."""
    from .synthesis import synth_manifests, synth_terraform

    if args.gke:
        outdir = args.output or DEFAULT_TERRAFORM_DIR
        written = synth_terraform(args.spec, outdir)
    else:
        outdir = args.output or DEFAULT_MANIFEST_DIR
        written = synth_manifests(args.spec, outdir)
    for name in written:
        print(f"{outdir}/{name}")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    """Per fleet: pods, containers, CPU and memory, disks; the public URLs; the DNS records to
    create; whether the fleets fit the node pools; and an estimated monthly cost at list prices."""
    from .explain import explain, render_text
    from .synthesis import check_spec

    report = explain(check_spec(args.spec))
    print(json.dumps(report, indent=2) if args.format == "json" else render_text(report))
    return EXIT_OK


def _clique_init(args: argparse.Namespace) -> int:
    """Create clique signer keys on this machine, a genesis naming them, and a Secret manifest with
    the keys that you apply with kubectl (never into dist/, never into a repository)."""
    from .clique_keys import init_chain

    keys = init_chain(
        genesis_path=Path(args.genesis),
        secret_path=Path(args.secret_file),
        secret_name=args.secret_name,
        namespace=args.namespace,
        chain_id=args.chain_id,
        signers=args.signers,
        period_seconds=args.period,
        alloc=dict(_allocation(item) for item in args.alloc),
    )
    print(f"wrote {args.genesis}: clique, {args.period}s blocks, signers {', '.join(k.address for k in keys)}")
    print(f"wrote {args.secret_file} (mode 0600): the signers' private keys; keep it safe and out of git")
    print(f"next: kubectl apply -f {args.secret_file}, then set `sealing.signer_secret: {args.secret_name}`")
    return EXIT_OK


def _clique_add_signer(args: argparse.Namespace) -> int:
    """Append a new signer key to a Secret manifest written by `clique init`."""
    from .clique_keys import add_signer

    key = add_signer(Path(args.secret_file))
    print(f"added signer {key.address} to {args.secret_file}")
    print(
        f"next: kubectl apply -f {args.secret_file}; on more than half of the signers, "
        f'clique.propose("{key.address}", true); then add a signer replica (see docs/private-networks.md)'
    )
    return EXIT_OK


def _allocation(item: str) -> tuple[str, int]:
    address, _, wei = item.partition("=")
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", address) or not wei.isdigit():
        raise EtherclusterError(
            f"--alloc {item!r}: expected ADDRESS=WEI, for example 0x{'ab' * 20}=1000000000000000000"
        )
    return address.lower(), int(wei)


if __name__ == "__main__":
    run()
