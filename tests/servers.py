"""Real server processes for the tests: free loopback ports, readiness, an Oxigraph
SPARQL server (PyPI `oxigraph`, installed with the test dependencies)."""
from __future__ import annotations

import random
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import requests


_HANDED_OUT: set[int] = set()


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    """A free loopback port below the kernel's ephemeral range. Outgoing connections take their
    local ports from that range, so a port picked there (bind to 0) can be taken by a client
    socket before the server binds it ("Address already in use" in a later fixture)."""
    low = _ephemeral_low()
    rng = random.Random()
    for _ in range(500):
        port = rng.randint(min(20000, low - 2000), low - 1)
        if port in _HANDED_OUT:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _HANDED_OUT.add(port)
        return port
    with socket.socket() as s:                  # (a crowded range: let the kernel choose)
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 60.0) -> None:
    t0 = time.time()
    while time.time() - t0 < timeout:
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def oxigraph_binary() -> Path:
    here = Path(sys.executable).parent / "oxigraph"
    found = here if here.exists() else Path(shutil.which("oxigraph") or "")
    if not found.is_file():
        raise FileNotFoundError("the `oxigraph` server binary is missing: `make test` installs it "
                                "(PyPI package oxigraph, in requirements.lock)")
    return found


@contextmanager
def oxigraph_serve(location: Path) -> Iterator[str]:
    """`oxigraph serve` on a free loopback port; yields its base URL, stops it after."""
    port = free_port()
    proc = subprocess.Popen([str(oxigraph_binary()), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
