"""The prebuilt google provider bindings, each resource module loaded on first use.

`cdktf_cdktf_provider_google/__init__.py` imports every one of its ~1,470 resource
modules (about 10 s of CPU here); GkeStack uses 21. Each resource module needs only the
package's jsii assembly, which it loads itself with `from .._jsii import *`, and never the
package's `__init__`. So `install_lazy_package()` puts the package into `sys.modules` as an
empty module (its `__path__` and `__spec__` from the installed package, its `__init__` not
run), whose attributes import the resource modules when first read. After it, both
`from cdktf_cdktf_provider_google import compute_network` and
`cdktf_cdktf_provider_google.compute_network` load that one module (and, once, the assembly).

This relies on the layout of the provider wheel that jsii-pacmak generates; the tests in
tests/test_google_provider.py check it and fail naming what changed if an upgrade breaks it.
If the real package was imported first (by other code in the process), it is used as is;
imported later, other code gets the lazy package, which differs from the real one only in
having no `__all__` (so `from cdktf_cdktf_provider_google import *` imports nothing).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

from ..errors import EtherclusterError

PACKAGE = "cdktf_cdktf_provider_google"


def install_lazy_package() -> ModuleType:
    """The provider package; its resource modules are imported on attribute access."""
    loaded = sys.modules.get(PACKAGE)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EtherclusterError(
            f"the GKE stack needs the Python package {PACKAGE}; install this library with its dependencies"
        )
    lazy = importlib.util.module_from_spec(spec)  # creates the module object; its code never runs
    lazy.__getattr__ = _import_resource  # type: ignore[method-assign]
    sys.modules[PACKAGE] = lazy
    return lazy


def _import_resource(name: str) -> ModuleType:
    """Module `__getattr__` (PEP 562): import `<PACKAGE>.<name>`, or raise AttributeError."""
    if name.startswith("__"):
        raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")
    try:
        return importlib.import_module(f"{PACKAGE}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{PACKAGE}.{name}":
            raise
        raise AttributeError(f"module {PACKAGE!r} has no resource module {name!r}") from None
