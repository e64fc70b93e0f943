"""The graph database behind Cypher: a local ArcadeDB server (default) or any Neo4j 5.x.

Local default: the ArcadeDB server shipped in the PyPI package ``arcadedb-embedded``
(bundled Java runtime and jars), run as a detached CHILD PROCESS so the JVM never lives in
the Flask or CLI process. Its files live under ``{data_dir}/graphdb``:

    graphdb/server.pid    pid of the running server (removed by stop)
    graphdb/server.log    its stdout/stderr
    graphdb/databases/    ArcadeDB's data (the database is ``settings.neo4j_database``)

When ``settings.neo4j_uri`` is set, kgraph uses that server (Neo4j 5.x, Aura, a cluster)
with the same code and never starts one itself.

Everything talks Bolt through the official ``neo4j`` driver (6.x works with ArcadeDB
26.10, which reports "Neo4j/5.26.0 compatible" and speaks Bolt 5.4).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

# a statement running longer than this on the local server is aborted by ArcadeDB itself
# (arcadedb.command.timeout); it is the server-side backstop for /cypher's client-side guard
DEFAULT_COMMAND_TIMEOUT_S = 120


class GraphDBError(RuntimeError):
    pass


@dataclass
class Status:
    local: bool                 # a server kgraph manages (False: a configured Neo4j URI)
    running: bool               # a managed process is alive
    ready: bool                 # Bolt answers a query on the database
    uri: str
    database: str
    pid: Optional[int] = None
    root: Optional[Path] = None
    log: Optional[Path] = None
    message: str = ""


def package_dir() -> Path:
    import arcadedb_embedded
    return Path(arcadedb_embedded.__file__).resolve().parent


def auth(settings):
    return (settings.neo4j_user, settings.neo4j_password)


def database(settings) -> Optional[str]:
    return settings.neo4j_database or None


def driver(settings, **kw) -> neo4j.Driver:
    """A driver for the configured graph database (local ArcadeDB or settings.neo4j_uri)."""
    kw.setdefault("connection_timeout", 5.0)
    kw.setdefault("max_transaction_retry_time", 5.0)
    return neo4j.GraphDatabase.driver(settings.bolt_uri, auth=auth(settings), **kw)


def is_local(settings) -> bool:
    return not settings.neo4j_uri


class LocalServer:
    """Start, stop and inspect the local ArcadeDB server for ``settings``."""

    def __init__(self, settings, command_timeout_s: int = DEFAULT_COMMAND_TIMEOUT_S):
        self.settings = settings
        self.root = Path(settings.data_dir).resolve() / "graphdb"
        self.pid_file = self.root / "server.pid"
        self.log_file = self.root / "server.log"
        self.command_timeout_s = command_timeout_s

    # ------------------------------------------------------------------ command
    def command(self) -> list[str]:
        pkg = package_dir()
        java = pkg / "jre" / "bin" / "java"
        if not java.exists():
            raise GraphDBError(f"no bundled Java runtime at {java} (is arcadedb-embedded installed?)")
        s = self.settings
        props = {
            "arcadedb.server.rootPath": str(self.root),
            "arcadedb.server.rootPassword": s.neo4j_password,
            "arcadedb.server.httpIncomingHost": "127.0.0.1",
            "arcadedb.server.httpIncomingPort": str(s.graphdb_http_port),
            "arcadedb.server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "arcadedb.bolt.host": "127.0.0.1",
            "arcadedb.bolt.port": str(s.bolt_port),
            "arcadedb.server.defaultDatabases": f"{s.neo4j_database}[{s.neo4j_user}]",
            "arcadedb.command.timeout": str(int(self.command_timeout_s * 1000)),
        }
        return [str(java), "--add-modules", "jdk.incubator.vector",
                *(f"-D{k}={v}" for k, v in props.items()),
                "-cp", str(pkg / "jars" / "*"), "com.arcadedb.server.ArcadeDBServer"]

    # ------------------------------------------------------------------ process
    def pid(self) -> Optional[int]:
        """The pid of our running server, or None (a stale pid file is removed)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if _is_our_server(pid, self.root):
            return pid
        self.pid_file.unlink(missing_ok=True)
        return None

    def ready(self, timeout: float = 2.0) -> bool:
        return ping(self.settings, timeout) is None

    def status(self) -> Status:
        pid = self.pid()
        err = ping(self.settings, 2.0) if pid else "not running"
        return Status(local=True, running=pid is not None, ready=err is None,
                      uri=self.settings.bolt_uri, database=self.settings.neo4j_database,
                      pid=pid, root=self.root, log=self.log_file, message=err or "ready")

    def start(self, wait: float = 60.0) -> Status:
        """Start the server detached; return once Bolt answers. Already running → ok."""
        pid = self.pid()
        if pid is not None:
            st = self.wait_ready(pid, wait)
            return st
        for port, what in ((self.settings.bolt_port, "Bolt"),
                           (self.settings.graphdb_http_port, "HTTP")):
            if _port_in_use(port):
                raise GraphDBError(f"{what} port 127.0.0.1:{port} is in use by another program "
                                   f"(set KGRAPH_{'BOLT_PORT' if what == 'Bolt' else 'GRAPHDB_HTTP_PORT'})")
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.log_file, "ab")
        try:
            proc = subprocess.Popen(self.command(), cwd=str(self.root), stdin=subprocess.DEVNULL,
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        finally:
            log.close()
        self.pid_file.write_text(f"{proc.pid}\n")
        self._proc = proc           # lets wait_ready notice an early exit without a zombie
        return self.wait_ready(proc.pid, wait)

    def wait_ready(self, pid: int, wait: float) -> Status:
        deadline = time.monotonic() + wait
        last = "starting"
        while time.monotonic() < deadline:
            proc = getattr(self, "_proc", None)
            if proc is not None and proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise GraphDBError(f"the graph database exited with code {proc.returncode}; "
                                   f"see {self.log_file}:\n{self.log_tail()}")
            if proc is None and not _alive(pid):
                self.pid_file.unlink(missing_ok=True)
                raise GraphDBError(f"the graph database (pid {pid}) is gone; see {self.log_file}")
            last = ping(self.settings, 2.0)
            if last is None:
                return Status(local=True, running=True, ready=True, uri=self.settings.bolt_uri,
                              database=self.settings.neo4j_database, pid=pid, root=self.root,
                              log=self.log_file, message="ready")
            time.sleep(0.25)
        raise GraphDBError(f"the graph database did not become ready in {wait:.0f} s ({last}); "
                           f"see {self.log_file}")

    def stop(self, wait: float = 30.0) -> bool:
        """Stop our server (SIGTERM, then SIGKILL after ``wait``). False if it was not running."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        proc = getattr(self, "_proc", None)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                break
            if proc is None and not _alive(pid):
                break
            time.sleep(0.1)
        else:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if proc is not None:
                proc.wait(5)
        self.pid_file.unlink(missing_ok=True)
        return True

    def log_tail(self, n: int = 20) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def ping(settings, timeout: float = 2.0) -> Optional[str]:
    """None when the graph database answers a query on its database, else why not."""
    try:
        with driver(settings, connection_timeout=timeout, max_transaction_retry_time=0) as d:
            with d.session(database=database(settings)) as s:
                s.run("RETURN 1 AS ok").consume()
        return None
    except AuthError as exc:
        return f"authentication failed: {exc.message}"
    except (ServiceUnavailable, OSError) as exc:
        return f"unreachable: {exc}"
    except Neo4jError as exc:
        return f"{exc.code}: {exc.message}"
    except Exception as exc:  # noqa: BLE001 - the driver raises a few kinds while a server boots
        return f"{type(exc).__name__}: {exc}"


def status(settings) -> Status:
    if is_local(settings):
        return LocalServer(settings).status()
    err = ping(settings)
    return Status(local=False, running=err is None, ready=err is None, uri=settings.bolt_uri,
                  database=settings.neo4j_database, message=err or "ready")


def start(settings, wait: float = 60.0) -> Status:
    if not is_local(settings):
        st = status(settings)
        st.message = "using the configured server (kgraph does not start it): " + st.message
        return st
    return LocalServer(settings).start(wait)


def stop(settings) -> bool:
    if not is_local(settings):
        return False
    return LocalServer(settings).stop()


# ---------------------------------------------------------------------- helpers
def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:   # a zombie is not alive
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int, root: Path) -> bool:
    if not _alive(pid):
        return False
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid file
    return f"-Darcadedb.server.rootPath={root}".encode() in cmd


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0
