"""Fixtures for the ingest tests: real stores, real servers, real processes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # ingest_helpers
from servers import oxigraph_serve  # noqa: E402


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real Oxigraph SPARQL server on a free loopback port."""
    with oxigraph_serve(tmp_path / "oxi") as url:
        yield url