"""A client's runtime contract: what its image runs, where it writes, what it demands of its data
directory, how big its heap grows and where it listens. Each fact cites its upstream source.

Plain data plus small resolvers; tests/test_runtime_contracts.py checks every synthesized
container against it, so a tag bump that moves a write path or an entrypoint fails a test
instead of a pod.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEAP_PERCENT = 50
"""Managed heap as a share of the container memory limit. The other half is for what the
runtime does not count as heap: the databases' native caches (RocksDB, LevelDB, MDBX page
cache), thread stacks, JIT code and buffers."""
HEAP_CEILING_PERCENT = 80
"""The most a heap may take of the limit (tests/test_runtime_contracts.py)."""


@dataclass(frozen=True)
class Source:
    """Where a fact was read: repository, tag (or commit), file path.

    `note` says when the pinned tag itself could not be read and a nearby one was used.
    """

    repo: str
    tag: str
    path: str
    note: str = ""

    def __str__(self) -> str:
        text = f"{self.repo}@{self.tag}:{self.path}"
        return f"{text} ({self.note})" if self.note else text


@dataclass(frozen=True)
class ImageContract:
    """What the image runs and as whom.

    Attributes:
        entrypoint: the image's ENTRYPOINT (empty when it has none).
        binary: absolute path of the client binary inside the image.
        path: the image's PATH directories that hold the binary (for bare command names).
        user: the image's USER (the pod runs as its own UID anyway).
        home: $HOME the image sets with ENV, None if it sets none. The pod's UID has no
            /etc/passwd entry, so without ENV HOME the runtime sets HOME=/.
        workdir: the image's WORKDIR.
        entrypoint_passes_args: False when the entrypoint is a wrapper that re-parses the
            arguments (then the catalog must run the binary itself via `command`).
        subcommand: the first argument the binary needs (None: flags only).
        shell: whether /bin/sh exists in the image (init scripts need it).
    """

    entrypoint: tuple[str, ...]
    binary: str
    user: str
    home: str | None
    workdir: str
    source: Source
    path: tuple[str, ...] = ()
    entrypoint_passes_args: bool = True
    subcommand: str | None = None
    shell: bool = True


@dataclass(frozen=True)
class WritePath:
    """One place the client writes by default.

    `default` is a template over {datadir} (the data dir flag's value), {home}, {cache}
    ($XDG_CACHE_HOME or {home}/.cache), {xdg_data} ($XDG_DATA_HOME or {home}/.local/share),
    {workdir} and {tmp} ($TMPDIR or /tmp). `flag` moves it (its `--flag=value` replaces the
    default) and `off_with` is an argument that turns the write off.
    """

    what: str
    default: str
    source: Source
    flag: str | None = None
    off_with: str | None = None


@dataclass(frozen=True)
class DataDirContract:
    """What the client demands of its data directory.

    mode: permission bits the client sets on it at start and quits when it cannot.
    must_own: whether it must be owned by the client's UID.
    must_be_empty: whether the first start needs it empty.
    A client with a mode or ownership demand gets a subdirectory of the volume: a volume's
    root belongs to root (fsGroup changes only the group), and every capability is dropped.
    """

    flag: str
    source: Source
    mode: str | None = None
    must_own: bool = False
    must_be_empty: bool = False

    @property
    def needs_own_directory(self) -> bool:
        return self.mode is not None or self.must_own


@dataclass(frozen=True)
class HeapContract:
    """A managed runtime's heap ceiling and the environment variable that sets it.

    runtime: "jvm" (-Xmx in JAVA_OPTS, read by the Gradle start scripts of besu and teku),
    "v8" (--max-old-space-size in NODE_OPTIONS) or "dotnet" (DOTNET_GCHeapHardLimitPercent,
    a hexadecimal percentage). `unset_default_percent` is the runtime's own default share of
    the container limit when the image sets nothing; `image_env` is what the image sets.
    """

    runtime: str
    env: str
    source: Source
    unset_default_percent: int
    image_env: str | None = None

    def env_for(self, memory_limit_bytes: int) -> dict[str, str]:
        """The variable that caps the heap at HEAP_PERCENT of the limit."""
        mib = memory_limit_bytes * HEAP_PERCENT // 100 // 2**20
        value = {
            "jvm": f"-Xmx{mib}m",
            "v8": f"--max-old-space-size={mib}",
            "dotnet": hex(HEAP_PERCENT),
        }[self.runtime]
        return {self.env: value}

    def heap_bytes(self, env: dict[str, str], memory_limit_bytes: int) -> int:
        """The heap ceiling a container with environment `env` really gets."""
        value = env.get(self.env, self.image_env)
        if value is None:
            return memory_limit_bytes * self.unset_default_percent // 100
        if self.runtime == "dotnet":
            return memory_limit_bytes * int(value, 16) // 100
        pattern = r"-Xmx(\d+)([mMgG])" if self.runtime == "jvm" else r"--max-old-space-size=(\d+)()"
        match = re.search(pattern, value)
        if not match:
            return memory_limit_bytes * self.unset_default_percent // 100
        unit = 2**30 if match.group(2) in ("g", "G") else 2**20
        return int(match.group(1)) * unit


@dataclass(frozen=True)
class Binding:
    """Where one listening surface ("engine", "beacon") binds, and whether it can be loopback."""

    surface: str
    flag: str | None
    loopback: bool
    source: Source


@dataclass(frozen=True)
class RuntimeContract:
    """Everything a container of this client needs from the pod to start and serve.

    `reviewed_for` is the image (with tag) this contract was last checked against: bumping
    the profile's image without re-reading the upstream sources fails a test.
    """

    reviewed_for: str
    image: ImageContract
    data_dir: DataDirContract
    writes: tuple[WritePath, ...]
    bindings: tuple[Binding, ...]
    heap: HeapContract | None = None
    """None for runtimes without a managed heap ceiling (Go, Rust, Nim)."""

    def binding(self, surface: str) -> Binding | None:
        return next((b for b in self.bindings if b.surface == surface), None)

    def home(self, env: dict[str, str]) -> str:
        """$HOME as the runtime sets it: the container's, else the image's, else `/` (no passwd entry)."""
        return env.get("HOME") or self.image.home or "/"

    def resolve_writes(self, args: list[str], env: dict[str, str]) -> list[tuple[str, str]]:
        """(what, absolute path) of every write the client makes with these arguments and environment."""
        home = self.home(env)
        names = {
            "home": home,
            "cache": env.get("XDG_CACHE_HOME") or f"{home}/.cache",
            "xdg_data": env.get("XDG_DATA_HOME") or f"{home}/.local/share",
            "workdir": self.image.workdir,
            "tmp": env.get("TMPDIR") or "/tmp",
        }
        data_default = next(w.default for w in self.writes if w.flag == self.data_dir.flag)
        names["datadir"] = flag_value(args, self.data_dir.flag) or data_default.format(**names)
        resolved = []
        for write in self.writes:
            if write.off_with and write.off_with in args:
                continue
            path = flag_value(args, write.flag) or write.default.format(**names)
            resolved.append((write.what, re.sub("/+", "/", path)))
        return resolved


def flag_value(args: list[str], flag: str | None) -> str | None:
    """The value of the last `flag=value` argument (the catalog always uses the `=` form)."""
    if not flag:
        return None
    values = [a.split("=", 1)[1] for a in args if a.startswith(f"{flag}=")]
    return values[-1] if values else None


@dataclass(frozen=True)
class ServedApis:
    """How the catalog's API names map onto this client's modules, for HTTP and WebSocket.

    modules: catalog API name -> the client's module name in its API flag.
    ws_flag: the argument that lists the modules served over WebSocket.
    subscription_module: the module that serves eth_subscribe over WebSocket; None when the
        client serves it on every WebSocket connection whatever the module list says.
    """

    modules: dict[str, str]
    ws_flag: str
    source: Source
    subscription_module: str | None = None


@dataclass(frozen=True)
class SyncModes:
    """Arguments per sync mode (see profile.SYNC_MODES) and what each keeps, for the dossier."""

    args: dict[str, tuple[str, ...]]
    keeps: dict[str, str]
    source: Source
    archive_disk_factor: int = 1
    """Multiplier on the network's archive disk default for clients whose archive keeps
    whole tries per block (hash-keyed), not flat history."""
