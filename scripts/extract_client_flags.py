"""Extract a client's command-line flags from its source, for tests/data/client_flags/.

The result is the set of long options the client's CLI definition files declare at one
source revision, with each option's value form. tests/test_client_flags.py checks every
flag the catalog emits against it, so refresh a client's file whenever its pinned image
tag changes:

    git clone --mirror https://github.com/ethereum/go-ethereum /tmp/geth.git   # or any mirror
    python scripts/extract_client_flags.py geth --source /tmp/geth.git --ref v1.17.5

`--source` is a git directory (read at `--ref` with `git show`, nothing is checked out)
or a plain directory (an unpacked release, e.g. the npm tarball of lodestar; then give
`--ref` as the version and `--commit` if known). `--for-tag` records the catalog's pinned
tag when the source read is NOT that tag (the test then skips the exact check and says
why). Output goes to tests/data/client_flags/<client>.json unless `--out` is given.

How each parser reads the source (regular expressions over the definition files; no
client code is built or run):
- urfave/cli (Go: geth, core-geth, erigon, prysm): `&cli.XFlag{Name: "...", Aliases: ...}`
  composite literals; BoolFlag is a switch (`--f`, `--f=true|false`), *SliceFlag a comma
  list; a string flag whose value the client passes through SplitAndTrim/strings.Split on
  "," is recorded as a comma list split by the client.
- picocli (Java: besu, teku): `@Option(names = {...})` and the declared field or setter
  type; boolean types are switches whose `--f=true|false` form follows `arity` (picocli 4
  treats an unspecified boolean arity as 0..1, an explicit "0" as bare only); `split` or a
  comma-splitting list type is a comma list.
- clap (Rust: reth derive `#[arg(...)]` fields, lighthouse builder `Arg::new(...)`): bool
  fields / ArgAction::SetTrue are bare-only switches (clap rejects `--f=true` for them);
  `num_args = 0..` makes the value optional; `value_delimiter = ','` marks a comma list.
- confutils (Nim: nimbus): `{. ... name: "x" .}: Type` fields; bool is a switch accepting
  `--f`, `--f=true|false`; `seq[...]` repeats the flag (no comma splitting).
- yargs (JS: lodestar, compiled package): keys of the exported `options` objects;
  type "boolean" is a switch; type "array" whose coerce splits on "," is a comma list;
  camelCase keys are also accepted in kebab-case (yargs camel-case-expansion).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "client_flags"

# --- where each client defines its CLI ------------------------------------------------


@dataclass(frozen=True)
class ClientSource:
    repository: str
    parser: str
    include: tuple[str, ...]
    exclude: tuple[str, ...] = ("*_test.go", "*/test/*", "*/tests/*", "*.d.ts", "*.map")
    client_split: dict[str, str] = field(default_factory=dict)
    """Flags whose single string value the client itself splits on ',' (flag -> where)."""
    library: tuple[str, str] = ("", "")
    """Where the CLI library's version is pinned: (path, regex with the version as group 1),
    or ("submodule", path) for a vendored git submodule."""
    notes: str = ""


_BESU_CUSTOM = "app/src/main/java/org/hyperledger/besu/cli/custom"
_URFAVE = ("go.mod", r"github\.com/urfave/cli/v2 (v[\d.]+)")
_CLAP = ("Cargo.lock", r'name = "clap"\nversion = "([^"]+)"')
_GETH_FILES = ("cmd/geth/*.go", "cmd/utils/*.go", "internal/flags/*.go", "internal/debug/*.go")

CLIENTS: dict[str, ClientSource] = {
    "geth": ClientSource("ethereum/go-ethereum", "urfave", _GETH_FILES, library=_URFAVE),
    "core-geth": ClientSource("ethereumclassic/core-geth", "urfave", _GETH_FILES, library=_URFAVE),
    "erigon": ClientSource(
        "erigontech/erigon",
        "urfave",
        ("cmd/utils/*.go", "turbo/cli/*.go", "cmd/erigon/*.go", "node/*.go", "cmd/utils/**/*.go"),
        library=_URFAVE,
    ),
    "prysm": ClientSource(
        "OffchainLabs/prysm",
        "urfave",
        ("cmd/*.go", "cmd/beacon-chain/**/*.go", "config/features/*.go", "runtime/debug/*.go"),
        library=_URFAVE,
    ),
    "besu": ClientSource(
        "besu-eth/besu",
        "picocli",
        ("app/src/main/java/org/hyperledger/besu/cli/**/*.java", "plugins/rocksdb/src/main/java/**/*CLIOptions.java"),
        # These list types split each value on ',' themselves (Splitter.onPattern in add()).
        client_split={
            "--host-allowlist": f"{_BESU_CUSTOM}/JsonRPCAllowlistHostsProperty.java",
            "--engine-host-allowlist": f"{_BESU_CUSTOM}/JsonRPCAllowlistHostsProperty.java",
            "--rpc-http-cors-origins": f"{_BESU_CUSTOM}/CorsAllowedOriginsProperty.java",
        },
        library=("gradle/verification-metadata.xml", r'group="info\.picocli" name="picocli" version="([^"]+)"'),
    ),
    "teku": ClientSource(
        "Consensys/teku",
        "picocli",
        ("teku/src/main/java/tech/pegasys/teku/cli/**/*.java",),
        library=("gradle/versions.gradle", r"info\.picocli:picocli:([\d.]+)"),
    ),
    "reth": ClientSource(
        "paradigmxyz/reth",
        "clap_derive",
        # The `node` command: its own fields and the argument groups it flattens.
        ("crates/node/core/src/args/*.rs", "crates/cli/commands/src/node.rs", "crates/ethereum/cli/src/interface.rs"),
        client_split={
            "--http.api": "crates/rpc/rpc-server-types/src/module.rs (RpcModuleSelection: FromStr splits on ',')",
            "--ws.api": "crates/rpc/rpc-server-types/src/module.rs (RpcModuleSelection: FromStr splits on ',')",
            "--http.corsdomain": "crates/rpc/rpc-builder/src/cors.rs (create_cors_layer splits on ',')",
            "--ws.origins": "crates/rpc/rpc-builder/src/cors.rs (create_cors_layer splits on ',')",
        },
        library=_CLAP,
    ),
    "lighthouse": ClientSource(
        "sigp/lighthouse", "clap_builder", ("beacon_node/src/cli.rs", "lighthouse/src/main.rs"), library=_CLAP
    ),
    "nimbus": ClientSource(
        "status-im/nimbus-eth2",
        "confutils",
        ("beacon_chain/conf.nim",),
        library=("submodule", "vendor/nim-confutils"),
    ),
    "lodestar": ClientSource(
        "ChainSafe/lodestar",
        "yargs",
        (
            "lib/options/*.js",
            "lib/options/beaconNodeOptions/*.js",
            "lib/cmds/beacon/options.js",
            "lib/cmds/*/index.js",
            "packages/cli/src/options/*.ts",
            "packages/cli/src/options/beaconNodeOptions/*.ts",
            "packages/cli/src/cmds/beacon/options.ts",
            "packages/cli/src/cmds/*/index.ts",
        ),
        library=("package.json", r'"yargs":\s*"([^"]+)"'),
    ),
    "nethermind": ClientSource(
        "NethermindEth/nethermind",
        "",
        (),
        notes="no parser yet: options are `--<Module>.<Key>` from [ConfigItem] properties of the "
        "I<Module>Config interfaces under src/Nethermind/, plus the runner's own options",
    ),
}

# --- reading a source tree -------------------------------------------------------------


class Tree:
    """A git directory read at one ref, or a plain directory."""

    def __init__(self, source: Path, ref: str | None):
        self.source, self.ref = source, ref
        self.is_git = ref is not None and _is_git_dir(source)

    def commit(self) -> str | None:
        if not self.is_git:
            return None
        return self._git("rev-parse", f"{self.ref}^{{commit}}").strip()

    def files(self) -> list[str]:
        if self.is_git:
            return self._git("ls-tree", "-r", "--name-only", self.ref).splitlines()
        return sorted(str(p.relative_to(self.source)) for p in self.source.rglob("*") if p.is_file())

    def read(self, path: str) -> str:
        if self.is_git:
            return self._git("show", f"{self.ref}:{path}")
        return (self.source / path).read_text(encoding="utf-8", errors="replace")

    def library_version(self, library: tuple[str, str]) -> str | None:
        """The CLI library version the source pins (see ClientSource.library)."""
        where, what = library
        if where == "submodule":
            if not self.is_git:
                return None
            entry = self._git("ls-tree", self.ref, what).split()
            return f"{what} at commit {entry[2]}" if entry else None
        try:
            match = re.search(what, self.read(where))
        except (OSError, subprocess.CalledProcessError):
            return None
        return f"{match.group(1)} ({where})" if match else None

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "-C", str(self.source), *args], check=True, capture_output=True, text=True).stdout


def _is_git_dir(path: Path) -> bool:
    probe = subprocess.run(["git", "-C", str(path), "rev-parse", "--git-dir"], capture_output=True)
    return probe.returncode == 0


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    # fnmatch's '*' crosses '/', so "a/**/*.go" also needs the direct "a/*.go" form.
    return any(fnmatch.fnmatch(path, p) or fnmatch.fnmatch(path, p.replace("/**/", "/")) for p in patterns)


# --- parsers: each yields (name, record) with name including the leading dashes ---------

Flags = dict[str, dict]


def _add(flags: Flags, names: list[str], record: dict) -> None:
    primary, *aliases = names
    flags.setdefault(primary, record)
    for alias in aliases:
        flags.setdefault(alias, {**record, "alias_of": primary})


def _switch(bare: bool, explicit_bool: bool) -> dict:
    return {"kind": "switch", "bare": bare, "explicit_bool": explicit_bool}


def _value(*, comma_list: bool = False) -> dict:
    return {"kind": "list" if comma_list else "value"}


def _block(text: str, open_at: int, opener: str = "{", closer: str = "}") -> str:
    """The text from `open_at` (an opener) to its matching closer; strings are skipped."""
    depth, i, quote = 0, open_at, None
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'`":
            quote = ch
        elif ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return text[open_at : i + 1]
        i += 1
    return text[open_at:]


_URFAVE_FLAG = re.compile(r"(?:(\w+)\s*(?:=|:=)\s*)?&?(?:cli|flags|\w+)\.(\w*Flag)\s*\{")
_GO_SPLIT = re.compile(r"(?:SplitAndTrim|strings\.Split)\(\s*ctx\.String\(\s*(?:\w+\.)?(\w+)\.Name\s*\)")


def parse_urfave(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    by_var: dict[str, str] = {}
    for path, text in texts.items():
        for m in _URFAVE_FLAG.finditer(text):
            kind = m.group(2)
            if kind in ("Flag", "GenericFlag") and "Name:" not in text[m.end() : m.end() + 200]:
                continue
            body = _block(text, m.end() - 1)
            name = re.search(r'\bName:\s*"([^"]+)"', body)
            if not name:
                continue
            aliases = re.search(r"\bAliases:\s*\[\]string\{([^}]*)\}", body)
            names = [name.group(1), *(re.findall(r'"([^"]+)"', aliases.group(1)) if aliases else [])]
            record = _switch(True, True) if kind == "BoolFlag" else _value(comma_list="Slice" in kind)
            record["defined_in"] = path
            _add(flags, [f"--{n}" for n in names], record)
            if m.group(1):
                by_var[m.group(1)] = f"--{names[0]}"
    split = {}
    for path, text in texts.items():
        for m in _GO_SPLIT.finditer(text):
            if m.group(1) in by_var:
                split[by_var[m.group(1)]] = path
    return flags, split


_PICO_OPTION = re.compile(r"@(?:CommandLine\.)?Option\s*\(")


def parse_picocli(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    for path, text in texts.items():
        constants = dict(re.findall(r'\bString\s+(\w+)\s*=\s*"([^"]*)"\s*;', text))
        for m in _PICO_OPTION.finditer(text):
            args = _block(text, m.end() - 1, "(", ")")
            names_m = re.search(r"names\s*=\s*(\{[^}]*\}|\"[^\"]*\"|\w+)", args)
            if not names_m:
                continue
            tokens = re.findall(r'"([^"]+)"|([A-Za-z_][\w.]*)', names_m.group(1))
            names = [lit or constants.get(ident.rsplit(".", 1)[-1], "") for lit, ident in tokens]
            names = [n for n in names if n.startswith("--")]
            if not names:
                continue
            rest = text[m.end() - 1 + len(args) :]
            decl = re.match(r"\s*(?:@\w+(?:\([^)]*\))?\s*)*([^;{=]*?)(?:[;={]|$)", rest)
            declaration = decl.group(1) if decl else ""
            setter = re.search(r"\(\s*(?:final\s+)?([\w.<>,\s\[\]]+?)\s+\w+\s*\)", declaration)
            type_text = setter.group(1) if setter else " ".join(declaration.split()[:-1])
            type_name = type_text.split()[-1] if type_text.split() else ""
            arity = re.search(r'arity\s*=\s*"([^"]+)"', args)
            if type_name in ("boolean", "Boolean"):
                arity_text = arity.group(1) if arity else None
                record = _value() if arity_text == "1" else _switch(True, arity_text != "0")
            else:
                record = _value(comma_list=bool(re.search(r"\bsplit\s*=", args)))
                if arity and arity.group(1).startswith("0"):
                    record["optional_value"] = True
            record["defined_in"] = path
            _add(flags, names, record)
    return flags, {}


_CLAP_ARG = re.compile(r"#\[arg\(")


def _clap_record(action: str, *, optional: bool, missing_bool: bool, comma_list: bool) -> dict:
    """clap 4: SetTrue/SetFalse/Count flags take no value (`--f=true` is an error); an argument
    with `num_args = 0..` may be given bare, and with a true/false default_missing_value it is a
    switch that also takes `=true|false`."""
    if action in ("SetTrue", "SetFalse", "Count"):
        return _switch(True, False)
    if optional and missing_bool:
        return _switch(True, True)
    record = _value(comma_list=comma_list)
    if optional:
        record["optional_value"] = True
    return record


def parse_clap_derive(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    for path, text in texts.items():
        for m in _CLAP_ARG.finditer(text):
            attr = _block(text, m.end() - 1, "(", ")")
            rest = text[m.end() - 1 + len(attr) :]
            # Skip doc comments and further attributes up to the field.
            fld = re.match(
                r"\)?\]?(?:\s*(?:///[^\n]*|#\[[^\n]*\]))*\s*(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:\s*([^,\n]+)", rest
            )
            if not fld:
                continue
            field_name, type_text = fld.group(1), fld.group(2).strip()
            long = re.search(r'\blong\s*=\s*"([^"]+)"', attr)
            if long:
                names = [long.group(1)]
            elif re.search(r"\blong\b", attr):
                names = [field_name.replace("_", "-")]
            else:
                continue
            names += re.findall(r'\b(?:visible_)?alias\s*=\s*"([^"]+)"', attr)
            for group in re.findall(r"\b(?:visible_)?aliases\s*=\s*\[([^\]]*)\]", attr):
                names += re.findall(r'"([^"]+)"', group)
            action = re.search(r"action\s*=\s*(?:clap::)?(?:ArgAction::)?(\w+)", attr)
            optional = bool(re.search(r"num_args\s*=\s*0\.\.", attr))
            missing_bool = bool(re.search(r'default_missing_value\s*=\s*"(?:true|false)"', attr))
            # A bool field is SetTrue unless it asks for an optional true/false value.
            implied = "SetTrue" if type_text == "bool" and not (optional and missing_bool) else "Set"
            record = _clap_record(
                action.group(1) if action else implied,
                optional=optional,
                missing_bool=missing_bool,
                comma_list=bool(re.search(r"value_delimiter\s*=\s*','", attr)),
            )
            record["defined_in"] = path
            _add(flags, [f"--{n}" for n in names], record)
    return flags, {}


def parse_clap_builder(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    for path, text in texts.items():
        starts = [m.start() for m in re.finditer(r"Arg::new\(", text)] + [len(text)]
        for start, end in zip(starts, starts[1:], strict=False):
            chain = text[start:end]  # up to the next argument's definition
            long = re.search(r'\.long\(\s*"([^"]+)"\s*\)', chain)
            if not long:
                continue
            names = [long.group(1), *re.findall(r'\.(?:visible_)?alias\(\s*"([^"]+)"\s*\)', chain)]
            action = re.search(r"ArgAction::(\w+)", chain)
            record = _clap_record(
                action.group(1) if action else "Set",
                optional=bool(re.search(r"\.num_args\(\s*0\.\.", chain)),
                missing_bool=bool(re.search(r'\.default_missing_value\(\s*"(?:true|false)"', chain)),
                comma_list=bool(re.search(r"\.value_delimiter\(\s*','\s*\)", chain)),
            )
            record["defined_in"] = path
            _add(flags, [f"--{n}" for n in names], record)
    return flags, {}


_NIM_FIELD = re.compile(r'\bname:\s*"([^"]+)"\s*\.\}\s*:\s*([^\n#]+)')


def parse_confutils(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    for path, text in texts.items():
        for m in _NIM_FIELD.finditer(text):
            type_text = m.group(2).strip()
            if type_text in ("bool", "Option[bool]"):
                record = _switch(True, True)
            else:
                record = _value()
                if type_text.startswith("seq["):
                    record["repeatable"] = True
            record["defined_in"] = path
            _add(flags, [f"--{m.group(1)}"], record)
    return flags, {}


_JS_OPTIONS = re.compile(r"(?:export\s+)?const\s+(\w*[oO]ptions\w*)\s*(?::[^=]+)?=\s*\{")
_JS_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z_$][\w$]*))\s*:\s*\{""", re.M)


def parse_yargs(texts: dict[str, str]) -> tuple[Flags, dict[str, str]]:
    flags: Flags = {}
    for path, text in texts.items():
        for m in _JS_OPTIONS.finditer(text):
            body = _block(text, m.end() - 1)
            i = 1
            while True:
                km = _JS_KEY.search(body, i)
                if not km:
                    break
                key = km.group(1) or km.group(2) or km.group(3)
                obj = _block(body, km.end() - 1)
                i = km.end() - 1 + len(obj)
                typ = re.search(r"""\btype:\s*["'](\w+)["']""", obj)
                typ = typ.group(1) if typ else None
                if typ is None and "description" not in obj and "group" not in obj:
                    continue  # a nested object that is not an option
                if typ == "boolean":
                    record = _switch(True, True)
                else:
                    record = _value(comma_list=typ == "array" and bool(re.search(r"""split\(\s*["'],["']\s*\)""", obj)))
                record["defined_in"] = path
                aliases = re.search(r"\balias:\s*\[([^\]]*)\]", obj)
                names = [key, *(re.findall(r"""["']([^"']+)["']""", aliases.group(1)) if aliases else [])]
                # yargs camel-case-expansion: "--jwt-secret" is read as jwtSecret.
                names += [re.sub(r"(?<=[a-z0-9])([A-Z])", lambda c: "-" + c.group(1).lower(), n) for n in names]
                _add(flags, list(dict.fromkeys(f"--{n}" for n in names)), record)
    return flags, {}


def subcommands(parser: str, texts: dict[str, str]) -> list[str]:
    """Names (and aliases) of the subcommands the files declare, e.g. `init`, `node`, `beacon_node`."""
    found: set[str] = set()
    for text in texts.values():
        if parser == "urfave":
            for m in re.finditer(r"\bcli\.Command\s*\{", text):
                body = _block(text, m.end() - 1)
                name = re.search(r'\bName:\s*"([^"]+)"', body)
                aliases = re.search(r"\bAliases:\s*\[\]string\{([^}]*)\}", body)
                found |= {name.group(1)} if name else set()
                found |= set(re.findall(r'"([^"]+)"', aliases.group(1))) if aliases else set()
        elif parser == "picocli":
            found |= set(re.findall(r'@(?:CommandLine\.)?Command\s*\(\s*name\s*=\s*"([^"]+)"', text))
        elif parser == "clap_derive":
            found |= set(re.findall(r'#\[command\(\s*name\s*=\s*"([^"]+)"', text))
        elif parser == "clap_builder":
            for m in re.finditer(r'Command::new\(\s*"([^"]+)"\s*\)', text):
                found.add(m.group(1))
                head = text[m.end() : m.end() + 400].split("Arg::new", 1)[0]
                for group in re.findall(r"\.(?:visible_)?aliases\(\s*\[([^\]]*)\]", head):
                    found |= set(re.findall(r'"([^"]+)"', group))
                found |= set(re.findall(r'\.(?:visible_)?alias\(\s*"([^"]+)"', head))
        elif parser == "confutils":
            for m in re.finditer(r"\b\w+Cmd\*\s*\{\.pure\.\}\s*=\s*enum\s*\n((?:[ \t]+\w+[^\n]*\n)+)", text):
                found |= set(re.findall(r"^[ \t]+(\w+)", m.group(1), re.M)) - {"noCommand"}
        elif parser == "yargs":
            found |= set(re.findall(r'^\s*command:\s*"([\w-]+)",?\s*$', text, re.M))
    return sorted(found)


PARSERS = {
    "urfave": parse_urfave,
    "picocli": parse_picocli,
    "clap_derive": parse_clap_derive,
    "clap_builder": parse_clap_builder,
    "confutils": parse_confutils,
    "yargs": parse_yargs,
}

SYNTAX = {
    "urfave": "urfave/cli v2: --flag=value or --flag value; switches: --flag or --flag=true|false",
    "picocli": "picocli 4: --flag=value or --flag value; switch forms per arity",
    "clap_derive": "clap 4: --flag=value or --flag value; SetTrue switches take no value",
    "clap_builder": "clap 4: --flag=value or --flag value; SetTrue switches take no value",
    "confutils": "confutils: --flag=value or --flag:value (cli_parser.nim splits at ':' or '='); switches: "
    "--flag or --flag=true|false (parseCmdArg(bool) reads an empty value as true; also yes/no, on/off, 1/0); "
    "seq options repeat the flag",
    "yargs": "yargs 17 (strict, camel-case-expansion): --flag=value or --flag value; "
    "switches: --flag or --flag=true|false",
}


def extract(client: str, tree: Tree) -> tuple[Flags, list[str], list[str]]:
    """(flags, files read, subcommands) of `client` in `tree`."""
    spec = CLIENTS[client]
    paths = [p for p in tree.files() if _matches(p, spec.include) and not _matches(p, spec.exclude)]
    texts = {p: tree.read(p) for p in paths}
    flags, split = PARSERS[spec.parser](texts)
    for name, where in {**split, **spec.client_split}.items():
        if name in flags and flags[name]["kind"] == "value":
            flags[name] = {**flags[name], "kind": "list", "split_by_client": where}
    return dict(sorted(flags.items())), paths, subcommands(spec.parser, texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("client", choices=sorted(CLIENTS))
    parser.add_argument("--source", type=Path, required=True, help="git directory or unpacked source tree")
    parser.add_argument("--ref", help="git tag to read (required for a git source); the version for a plain tree")
    parser.add_argument("--commit", help="commit of a plain tree, when known (e.g. npm gitHead)")
    parser.add_argument("--for-tag", help="the catalog's pinned tag, when --ref is not that tag")
    parser.add_argument(
        "--image-tag", help="the image tag as the catalog pins it, when it differs from the git tag (nimbus)"
    )
    parser.add_argument("--source-note", default="", help="how the source was obtained, recorded as is")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--unavailable", metavar="REASON", help="write a stub saying why no source could be read")
    args = parser.parse_args(argv)
    spec = CLIENTS[args.client]
    out = args.out or OUT_DIR / f"{args.client}.json"
    if args.unavailable:
        stub = {
            "client": args.client,
            "tag": args.for_tag or args.ref,
            "image_tag": args.image_tag or args.for_tag or args.ref,
            "source": {"repository": spec.repository, "ref": None, "exact_tag": False, "files": []},
            "unavailable": args.unavailable,
            "extraction": {"script": "scripts/extract_client_flags.py", "parser": spec.parser or None},
            "flags": None,
        }
        _write(out, stub)
        print(f"{args.client}: stub ({args.unavailable}) -> {os.path.relpath(out)}")
        return 0

    if not spec.parser:
        parser.error(f"{args.client}: no parser for this client yet ({spec.notes}); use --unavailable REASON")
    tree = Tree(args.source, args.ref)
    flags, paths, commands = extract(args.client, tree)
    if not flags:
        print(f"{args.client}: no flags found in {args.source} at {args.ref}", file=sys.stderr)
        return 1
    pinned = args.for_tag or args.ref
    data = {
        "client": args.client,
        "tag": pinned,
        "image_tag": args.image_tag or pinned,
        "source": {
            "repository": spec.repository,
            "ref": args.ref,
            "commit": tree.commit() or args.commit,
            "exact_tag": args.for_tag in (None, args.ref),
            "obtained": args.source_note or ("git mirror" if tree.is_git else "unpacked tree"),
            "files": paths,
        },
        "extraction": {
            "script": "scripts/extract_client_flags.py",
            "parser": spec.parser,
            "library_version": tree.library_version(spec.library) if spec.library[0] else None,
            "command": f"python scripts/extract_client_flags.py {args.client} --source <dir> --ref {args.ref}"
            + (f" --for-tag {args.for_tag}" if args.for_tag else "")
            + (f" --image-tag {args.image_tag}" if args.image_tag else ""),
            "syntax": SYNTAX[spec.parser],
            "limits": "union of the long options declared in the files listed, across subcommands; "
            "an option registered only on another subcommand would also be accepted",
            **({"notes": spec.notes} if spec.notes else {}),
        },
        "subcommands": commands,
        "flags": flags,
    }
    _write(out, data)
    print(f"{args.client}: {len(flags)} flags from {len(paths)} files -> {os.path.relpath(out)}")
    return 0


def _write(out: Path, data: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
