"""scripts/extract_client_flags.py: each parser reads its CLI library's definitions right.

The snippets are written for these tests in each library's definition style; they are not
taken from the clients.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("extract_client_flags", ROOT / "scripts" / "extract_client_flags.py")
extract = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = extract  # dataclasses look their module up there
_spec.loader.exec_module(extract)


def _kinds(flags: dict) -> dict:
    return {name: {k: v for k, v in record.items() if k != "defined_in"} for name, record in flags.items()}


def test_urfave_reads_names_aliases_types_and_client_split_lists() -> None:
    go = """
    var (
        DataDirFlag = &flags.DirectoryFlag{
            Name:  "datadir",
            Usage: "Data directory {with braces}",
        }
        HTTPEnabledFlag = &cli.BoolFlag{Name: "http", Usage: "Enable"}
        APIFlag = &cli.StringFlag{
            Name:    "http.api",
            Aliases: []string{"rpcapi"},
        }
        PeersFlag = &cli.StringSliceFlag{Name: "peers"}
    )
    func setHTTP(ctx *cli.Context) { cfg.Modules = SplitAndTrim(ctx.String(APIFlag.Name)) }
    """
    flags, split = extract.parse_urfave({"cmd/flags.go": go})
    assert _kinds(flags) == {
        "--datadir": {"kind": "value"},
        "--http": {"kind": "switch", "bare": True, "explicit_bool": True},
        "--http.api": {"kind": "value"},
        "--rpcapi": {"kind": "value", "alias_of": "--http.api"},
        "--peers": {"kind": "list"},
    }
    assert split == {"--http.api": "cmd/flags.go"}
    init = 'var initCommand = &cli.Command{Name: "init", Flags: []cli.Flag{&cli.BoolFlag{Name: "x"}}}'
    assert extract.subcommands("urfave", {"a.go": go, "b.go": init}) == ["init"]


def test_picocli_reads_fields_setters_constants_arity_and_split() -> None:
    java = """
    class Options {
      private static final String PORT = "--p2p-port";
      @CommandLine.Option(names = {"--rpc-enabled"}, description = "Enable (default: ${DEFAULT-VALUE})")
      private final Boolean rpcEnabled = false;
      @Option(names = {"--strict"}, arity = "0")
      private boolean strict;
      @Option(names = {"--dns-enabled"}, arity = "1")
      private Boolean dns;
      @Option(names = {PORT}, paramLabel = "<PORT>")
      private Integer port = 30303;
      @CommandLine.Option(names = {"--rpc-api", "--rpc-apis"}, split = ",", arity = "1..*")
      private final List<String> apis = DEFAULTS;
      @Option(names = {"--network"}, paramLabel = "<NAME>")
      void setNetwork(final String name) {}
      @Option(names = {"--graffiti"}, arity = "0..1", fallbackValue = "x")
      private String graffiti;
    }
    """
    flags, _ = extract.parse_picocli({"Options.java": java})
    command = '@Command(name = "blocks", description = "x")\nclass BlocksSubCommand {}'
    assert extract.subcommands("picocli", {"B.java": command}) == ["blocks"]
    assert _kinds(flags) == {
        "--rpc-enabled": {"kind": "switch", "bare": True, "explicit_bool": True},
        "--strict": {"kind": "switch", "bare": True, "explicit_bool": False},
        "--dns-enabled": {"kind": "value"},
        "--p2p-port": {"kind": "value"},
        "--rpc-api": {"kind": "list"},
        "--rpc-apis": {"kind": "list", "alias_of": "--rpc-api"},
        "--network": {"kind": "value"},
        "--graffiti": {"kind": "value", "optional_value": True},
    }


def test_clap_derive_reads_long_names_field_types_and_actions() -> None:
    rust = """
    pub struct Args {
        /// Enable the HTTP server
        #[arg(long, default_value_t = false)]
        pub http: bool,
        /// Modules
        #[arg(long = "http.api", value_parser = Parser::default())]
        pub http_api: Option<Selection>,
        #[arg(long = "metrics", alias = "metrics.prometheus", value_name = "ADDR")]
        pub prometheus: Option<SocketAddr>,
        #[arg(long, value_delimiter = ',')]
        pub trusted_peers: Vec<String>,
        #[arg(long = "storage.v2", num_args = 0..=1, default_missing_value = "true")]
        pub v2: bool,
        #[arg(long = "otlp", num_args = 0..=1, default_missing_value = "http://x")]
        pub otlp: Option<Url>,
        #[arg(short = 'v', action = ArgAction::Count)]
        pub verbosity: u8,
    }
    """
    flags, _ = extract.parse_clap_derive({"args.rs": rust})
    commands = '#[command(name = "node")]\n    Node(Box<NodeCommand>),\n    #[command(name = "init")]\n    Init(I),'
    assert extract.subcommands("clap_derive", {"cli.rs": commands}) == ["init", "node"]
    assert _kinds(flags) == {
        "--http": {"kind": "switch", "bare": True, "explicit_bool": False},
        "--http.api": {"kind": "value"},
        "--metrics": {"kind": "value"},
        "--metrics.prometheus": {"kind": "value", "alias_of": "--metrics"},
        "--trusted-peers": {"kind": "list"},
        "--storage.v2": {"kind": "switch", "bare": True, "explicit_bool": True},
        "--otlp": {"kind": "value", "optional_value": True},
    }


def test_clap_builder_reads_each_argument_chain() -> None:
    rust = """
    .arg(
        Arg::new("enable_http")
            .long("http")
            .action(ArgAction::SetTrue)
    )
    .arg(
        Arg::new("http-address").long("http-address").requires("enable_http").action(ArgAction::Set)
    )
    .arg(Arg::new("libp2p-addresses").long("libp2p-addresses").value_delimiter(',').action(ArgAction::Set))
    .arg(Arg::new("broadcast").long("broadcast").num_args(0..=1).default_missing_value("true"))
    .arg(Arg::new("positional").index(1))
    """
    flags, _ = extract.parse_clap_builder({"cli.rs": rust})
    command = 'Command::new("beacon_node")\n    .visible_aliases(["b", "bn"])\n    .about("x")'
    assert extract.subcommands("clap_builder", {"cli.rs": command + rust}) == ["b", "beacon_node", "bn"]
    assert _kinds(flags) == {
        "--http": {"kind": "switch", "bare": True, "explicit_bool": False},
        "--http-address": {"kind": "value"},
        "--libp2p-addresses": {"kind": "list"},
        "--broadcast": {"kind": "switch", "bare": True, "explicit_bool": True},
    }


def test_confutils_reads_name_pragmas_and_types() -> None:
    nim = """
    BeaconNodeConf* = object
      dataDir* {.
        desc: "The directory where nimbus will store all blockchain data"
        abbr: "d"
        name: "data-dir" .}: OutDir

      elUrls* {.
        desc: "Engine API URLs"
        name: "el" .}: seq[EngineApiUrlConfigValue]

      statusBarEnabled* {.
        defaultValue: true
        name: "status-bar" .}: bool
    """
    flags, _ = extract.parse_confutils({"conf.nim": nim})
    commands = "  StartUpCmd* {.pure.} = enum\n    noCommand\n    deposits\n    trustedNodeSync\n\n  X* = object\n"
    assert extract.subcommands("confutils", {"conf.nim": commands}) == ["deposits", "trustedNodeSync"]
    assert _kinds(flags) == {
        "--data-dir": {"kind": "value"},
        "--el": {"kind": "value", "repeatable": True},
        "--status-bar": {"kind": "switch", "bare": True, "explicit_bool": True},
    }


def test_yargs_reads_option_objects_aliases_and_kebab_case() -> None:
    js = """
    const globalSingleOptions = {
        dataDir: { description: "Root data directory", type: "string" },
    };
    export const options = {
        "rest.address": { type: "string", group: "api" },
        rest: { type: "boolean", group: "api" },
        "execution.urls": {
            type: "array",
            string: true,
            coerce: (urls) => urls.flatMap((item) => item.split(",")),
            group: "execution",
        },
        "execution.retries": { alias: ["execution.retryAttempts"], type: "number", group: "execution" },
    };
    """
    flags, _ = extract.parse_yargs({"lib/options.js": js})
    command = (
        'export const beacon = {\n    command: "beacon",\n    examples: [{ command: "beacon --network hoodi" }],\n};'
    )
    assert extract.subcommands("yargs", {"lib/cmds/beacon/index.js": command}) == ["beacon"]
    assert _kinds(flags) == {
        "--dataDir": {"kind": "value"},
        "--data-dir": {"kind": "value", "alias_of": "--dataDir"},
        "--rest.address": {"kind": "value"},
        "--rest": {"kind": "switch", "bare": True, "explicit_bool": True},
        "--execution.urls": {"kind": "list"},
        "--execution.retries": {"kind": "value"},
        "--execution.retryAttempts": {"kind": "value", "alias_of": "--execution.retries"},
        "--execution.retry-attempts": {"kind": "value", "alias_of": "--execution.retries"},
    }


def test_extracts_from_a_git_tag_and_records_provenance(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "cmd" / "utils").mkdir(parents=True)
    (repo / "cmd" / "utils" / "flags.go").write_text('var F = &cli.BoolFlag{Name: "mainnet"}\n')
    (repo / "cmd" / "utils" / "flags_test.go").write_text('var T = &cli.BoolFlag{Name: "from-a-test"}\n')
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "c"], check=True)
    subprocess.run([*git, "tag", "v1.0.0"], check=True)
    # A change after the tag is not read.
    (repo / "cmd" / "utils" / "flags.go").write_text('var F = &cli.BoolFlag{Name: "later"}\n')

    out = tmp_path / "geth.json"
    assert extract.main(["geth", "--source", str(repo), "--ref", "v1.0.0", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    commit = subprocess.run([*git, "rev-parse", "v1.0.0"], check=True, capture_output=True, text=True).stdout
    assert data["tag"] == data["image_tag"] == "v1.0.0"
    assert data["source"] | {"obtained": None} == {
        "repository": "ethereum/go-ethereum",
        "ref": "v1.0.0",
        "commit": commit.strip(),
        "exact_tag": True,
        "obtained": None,
        "files": ["cmd/utils/flags.go"],
    }
    assert list(data["flags"]) == ["--mainnet"]
    assert data["subcommands"] == []


def test_a_client_without_a_parser_needs_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        extract.main(["nethermind", "--source", str(tmp_path), "--ref", "1.0.0", "--out", str(tmp_path / "n.json")])
