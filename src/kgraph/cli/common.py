"""Helpers shared by the subcommands."""
from __future__ import annotations

import sys

from rich.console import Console

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def fail(message: str, code: int = 1) -> int:
    err.print(f"[bold red]error:[/] {message}")
    return code


def settings():
    from .. import config
    try:
        return config.load()
    except (ValueError, OSError) as exc:
        err.print(f"[bold red]error:[/] configuration: {exc}")
        sys.exit(2)
