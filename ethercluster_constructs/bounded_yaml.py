"""Read one YAML document from an untrusted file, with bounds on every dimension.

A spec file is input from anyone: a 430-byte alias bomb expands to gigabytes, deep
nesting exhausts the recursion limit, a second copy of a key silently wins. This reader
refuses each of those with one line `FILE:LINE:COLUMN: problem`, in linear time:

- the file is at most MAX_BYTES, UTF-8 (a BOM is allowed), with no NUL byte;
- the event stream (PyYAML's parser is iterative, so nesting cannot overflow it) is
  checked first: collections nest at most MAX_DEPTH deep, and the document, with every
  alias expanded, has at most MAX_NODES nodes;
- only then is it built, by a safe loader that refuses duplicate keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import quoted

MAX_BYTES = 256 * 1024
"""A spec is a few hundred bytes; the largest example is under 2 KiB."""
MAX_DEPTH = 32
"""The spec's own schema nests at most 6 deep."""
MAX_NODES = 50_000
"""Nodes of the document with aliases expanded: thousands of fleets still fit."""


class YamlInputError(ValueError):
    """The file cannot be read as one bounded YAML document. str() is one line."""


def read_yaml(path: Path) -> Any:
    """The document in `path` (None for an empty file). Raises YamlInputError or OSError."""
    text = _decode(path)
    _check_shape(path, text)
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        raise YamlInputError(_at(path, error.problem_mark, _problem(error))) from None
    except yaml.YAMLError as error:
        raise YamlInputError(f"{path}: not valid YAML ({_one_line(str(error))})") from None
    except (ValueError, RecursionError) as error:
        # For example an integer literal longer than Python's 4300-digit conversion limit.
        raise YamlInputError(f"{path}: a value cannot be read ({_one_line(str(error))[:120]})") from None


def _decode(path: Path) -> str:
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise YamlInputError(f"{path}: the file is larger than {MAX_BYTES // 1024} KiB, the limit for a spec")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise YamlInputError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise YamlInputError(f"{path}:{line}: the file contains a NUL byte; a spec is plain text")
    return text


def _check_shape(path: Path, text: str) -> None:
    """Depth and expanded size from the event stream, before anything is built."""
    sizes: dict[str, int] = {}  # anchor -> expanded node count
    open_nodes: list[list] = []  # [anchor, node count so far] per open collection
    total = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_nodes) >= MAX_DEPTH:
                    raise YamlInputError(
                        _at(path, event.start_mark, f"nested deeper than {MAX_DEPTH} levels, the limit for a spec")
                    )
                open_nodes.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, count = open_nodes.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, count = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                anchor, count = None, sizes.get(event.anchor, 1)
            else:
                continue
            if anchor is not None:
                sizes[anchor] = count
            if open_nodes:
                open_nodes[-1][1] += count
            else:
                total += count
            if total + sum(node[1] for node in open_nodes) > MAX_NODES:
                raise YamlInputError(
                    _at(
                        path,
                        event.start_mark,
                        f"the document expands to more than {MAX_NODES} values (aliases expanded), "
                        "the limit for a spec",
                    )
                )
    except yaml.MarkedYAMLError as error:
        raise YamlInputError(_at(path, error.problem_mark, _problem(error))) from None


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping key given twice (PyYAML keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            try:
                first = seen.get(key)
            except TypeError:
                continue  # unhashable: the base class reports it
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {quoted(key)} (first given on line {first.start_mark.line + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


def _at(path: Path, mark: yaml.Mark | None, problem: str) -> str:
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
    return f"{where}: {_one_line(problem)}"


def _problem(error: yaml.MarkedYAMLError) -> str:
    parts = [error.context, error.problem]
    return "not valid YAML: " + ", ".join(part for part in parts if part)


def _one_line(text: str) -> str:
    return " ".join(text.split())
