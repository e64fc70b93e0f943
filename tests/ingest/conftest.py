"""Fixtures for the ingest tests: real stores, real servers, real processes."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))  # ingest_helpers
VENV_BIN = Path(sys.executable).parent
DEV_ARTICLES = ROOT.parent / "shared" / "corpus" / "dev" / "articles"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 60.0) -> None:
    import requests
    t0 = time.time()
    while time.time() - t0 < timeout:
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise TimeoutError(url)


def kgraph_env(data_dir: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update({"KGRAPH_DATA_DIR": str(data_dir), "KGRAPH_BASE_IRI": "http://kg.test",
                "PYTHONUNBUFFERED": "1"})
    env.update({k: str(v) for k, v in extra.items()})
    return env


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
