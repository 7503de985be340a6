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


def checkov_skips() -> str:
    from ethercluster_constructs.checkov_skips import SKIPS

    rows = [f"| `{check}` | {reason} |" for check, reason in sorted(SKIPS.items())]
    return "\n".join(["| check | why it is skipped |", "|---|---|", *rows])


def client_matrix() -> str:
    from ethercluster_constructs.catalog import CLIENTS, CONSENSUS_CLIENTS, NETWORKS

    networks = sorted(NETWORKS, key=lambda n: (NETWORKS[n].ecosystem != "etc", n))
    rows = ["| client | layer | image | " + " | ".join(networks) + " |", "|---|---|---|" + "---|" * len(networks)]
    for layer, registry in (("execution", CLIENTS), ("consensus", CONSENSUS_CLIENTS)):
        for name, profile in sorted(registry.items()):
            cells = ["✓" if n in profile.networks else "—" for n in networks]
            rows.append(f"| {name} | {layer} | `{profile.image}` | " + " | ".join(cells) + " |")
    return "\n".join(rows)


TABLES: dict[str, tuple[str, Callable[[], str]]] = {
    "checkov-skips": ("docs/security.md", checkov_skips),
    "client-matrix": ("docs/clients.md", client_matrix),
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
