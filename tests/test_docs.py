"""Tables in docs/ are generated from code; this fails when one is stale."""

from __future__ import annotations

import importlib.util

from tests.support import ROOT

spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
gen_docs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen_docs)


def test_generated_doc_tables_are_fresh():
    for path, text in gen_docs.expected().items():
        assert path.read_text() == text, f"{path.name} is stale: run .venv/bin/python scripts/gen_docs.py"
