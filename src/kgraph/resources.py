"""One locator for the top-level data folders (ontology/, extractors/, queries/,
examples/), so a checkout and an installed package behave the same."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

FOLDERS = ("ontology", "extractors", "queries", "examples")


@lru_cache(maxsize=None)
def root() -> Path:
    """The folder that holds the data folders."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2],                       # a checkout: src/kgraph/ -> repo
                  Path(sys.prefix) / "share" / "kgraph"]  # a wheel install (shared-data)
    for c in candidates:
        if (c / "ontology").is_dir():
            return c
    raise FileNotFoundError("kgraph data folders (ontology/, extractors/, queries/) not found in "
                            + ", ".join(str(c) for c in candidates))


def path(folder: str, *parts: str) -> Path:
    if folder not in FOLDERS:
        raise ValueError(f"unknown data folder {folder!r}")
    return root().joinpath(folder, *parts)
