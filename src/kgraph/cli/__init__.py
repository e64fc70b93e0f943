"""The `kgraph` command. Each subcommand lives in its own module under kgraph.cli and
exposes ``register(subparsers)``; the module list below is the only place to add one."""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

COMMANDS = ["extract_cmd", "eval_cmd", "ingest_cmd", "query_cmd", "store_cmd",
            "graph_cmd", "serve_cmd"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kgraph",
        description="Turn news articles and press releases into a knowledge graph of "
                    "institutions, technologies and collaborations, with evidence for every fact.",
        epilog="Configuration comes from KGRAPH_* environment variables (see README). "
               "Run 'kgraph COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"kgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # a command module not written yet
            raise
        module.register(sub)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
