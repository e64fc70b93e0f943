"""Fixtures for the ingest tests: real stores, real servers, real processes."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # ingest_helpers
from ingest_helpers import VENV_BIN, free_port, wait_http  # noqa: E402


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real Oxigraph SPARQL server on a free loopback port."""
    binary = VENV_BIN / "oxigraph"
    if not binary.exists():
        binary = Path(shutil.which("oxigraph") or "")
    if not binary.exists():
        pytest.skip("oxigraph server binary not installed")
    port = free_port()
    proc = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path / "oxi"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
