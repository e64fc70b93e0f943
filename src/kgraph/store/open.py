"""Open the store the settings name."""
from __future__ import annotations

from .local import LocalStore


def open_store(settings, read_only: bool = False):
    # Remote SPARQL stores are configured with KGRAPH_SPARQL_QUERY_URL (ingest work adds them).
    return LocalStore(settings.store_path)
