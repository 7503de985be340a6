"""The google provider is loaded in part (gke/google_provider.py): these tests fail, naming
what changed, if a provider upgrade breaks the mechanism. The GKE stack snapshots
(test_gke_stack.py) prove that the Terraform JSON is the same as with the whole package."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from ethercluster_constructs.gke import google_provider

STACK_SOURCES = sorted(Path(google_provider.__file__).parent.glob("*.py"))
"""stack.py and the modules it builds on (fleet.py, certificates.py)."""


def stack_resource_modules() -> set[str]:
    """The provider modules the gke package imports (`from cdktf_cdktf_provider_google import ...`)."""
    return {
        alias.name
        for source in STACK_SOURCES
        for node in ast.walk(ast.parse(source.read_text()))
        if isinstance(node, ast.ImportFrom) and node.module == google_provider.PACKAGE
        for alias in node.names
    }


def package_dir() -> Path:
    spec = importlib.util.find_spec(google_provider.PACKAGE)
    assert spec is not None and spec.submodule_search_locations, f"{google_provider.PACKAGE} is not installed"
    return Path(next(iter(spec.submodule_search_locations)))


def provider_imports(source: Path) -> list[str]:
    """Every import in `source` that reaches into the provider package (relative or absolute)."""
    found = []
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith(google_provider.PACKAGE)):
            found.append(f"from {'.' * node.level}{node.module or ''} import {', '.join(a.name for a in node.names)}")
        elif isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.startswith(google_provider.PACKAGE)]
    return found


def test_stack_uses_some_resource_modules():
    assert {"container_cluster", "container_node_pool", "provider"} <= stack_resource_modules()


@pytest.mark.parametrize("module", sorted(stack_resource_modules()))
def test_each_resource_module_needs_only_the_assembly(module):
    # What install_lazy_package relies on: a resource module imports nothing from its package
    # but the `_jsii` module (the assembly), so the package's all-importing __init__ can stay unrun.
    source = package_dir() / module / "__init__.py"
    assert source.is_file(), f"the provider no longer has a module {module!r} ({source})"
    assert provider_imports(source) == ["from .._jsii import *"], (
        f"{source} imports more of its package than the jsii assembly module: {provider_imports(source)}; "
        "gke/google_provider.py would need the package __init__ after all"
    )


def test_the_assembly_module_needs_nothing_else_from_its_package():
    source = package_dir() / "_jsii" / "__init__.py"
    assert provider_imports(source) == [], f"{source} imports from its package: {provider_imports(source)}"
    assert "jsii.JSIIAssembly.load(" in source.read_text(), f"{source} no longer loads the jsii assembly"


def test_importing_the_stack_loads_only_its_resource_modules():
    from ethercluster_constructs.gke import stack  # noqa: F401

    package = sys.modules[google_provider.PACKAGE]
    # The real __init__ defines __all__ (every resource module); the lazy package does not.
    assert not hasattr(package, "__all__"), "the provider package's __init__ ran: the whole provider was imported"
    loaded = {
        name.split(".")[1]
        for name in sys.modules
        if name.startswith(f"{google_provider.PACKAGE}.") and not name.endswith("._private")
    }
    assert loaded == stack_resource_modules() | {"_jsii"}


def test_an_unknown_resource_module_is_an_attribute_error():
    package = google_provider.install_lazy_package()
    with pytest.raises(AttributeError, match="no resource module 'no_such_resource'"):
        package.no_such_resource  # noqa: B018
    assert not hasattr(package, "__all__")
