"""Read-only Cypher for public endpoints: a lexical guard, a read transaction that is
always rolled back, a time limit and a row cap. Used by the explorer's /cypher.

Defence in depth, because ArcadeDB does NOT refuse writes in a READ transaction
(``session.execute_read`` happily commits a CREATE there):

1. :func:`check_read_only` refuses write and admin clauses by a lexical scan that skips
   string literals, comments and `quoted` names;
2. the query runs in an explicit transaction of a READ-mode session that is rolled back,
   never committed, so a write the scan missed is undone;
3. a client-side deadline (ArcadeDB ignores Bolt transaction timeouts; Neo4j honours the
   timeout we pass as well), backed by ArcadeDB's ``arcadedb.command.timeout`` that kgraph
   sets when it starts the local server;
4. at most ``row_cap`` rows are read; ``truncated`` tells when there were more.
"""
from __future__ import annotations

import base64
import math
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Optional

import neo4j
from neo4j.graph import Node, Path, Relationship

MAX_QUERY_CHARS = 50_000

# clauses that write or administer; each refused wherever it appears as a keyword
WRITE_KEYWORDS = {"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH",
                  "LOAD", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE",
                  "DEALLOCATE", "REALLOCATE", "ENABLE", "USE"}
# procedures a public endpoint may CALL (read-only schema introspection)
ALLOWED_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys"}
ALLOWED_PROCEDURE_PREFIXES = ("db.schema.",)

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ReadOnlyViolation(ValueError):
    """The query would write, administer, or is not a single statement."""


class QueryTimeout(RuntimeError):
    pass


def tokens(query: str) -> list[str]:
    """Cypher tokens with string literals as '<str>', quoted names as '<name>', comments
    dropped; words keep their case, other characters come one by one."""
    out, i, n = [], 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif query.startswith("//", i):
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
        elif query.startswith("/*", i):
            j = query.find("*/", i + 2)
            if j < 0:
                raise ReadOnlyViolation("unterminated comment")
            i = j + 2
        elif c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise ReadOnlyViolation("unterminated string literal")
            out.append("<str>")
            i = j + 1
        elif c == "`":
            j = i + 1
            while True:
                j = query.find("`", j)
                if j < 0:
                    raise ReadOnlyViolation("unterminated `quoted` name")
                if query.startswith("``", j):
                    j += 2
                    continue
                break
            out.append("<name>")
            i = j + 1
        else:
            m = _WORD.match(query, i)
            if m:
                out.append(m.group(0))
                i = m.end()
            else:
                out.append(c)
                i += 1
    return out


def check_read_only(query: str) -> None:
    """Raise ReadOnlyViolation if the query may write or administer."""
    if not isinstance(query, str) or not query.strip():
        raise ReadOnlyViolation("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise ReadOnlyViolation(f"query longer than {MAX_QUERY_CHARS} characters")
    toks = tokens(query)
    for k, t in enumerate(toks):
        prev = toks[k - 1] if k else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if t == ";":
            if any(x != ";" for x in toks[k + 1:]):
                raise ReadOnlyViolation("one statement at a time")
            continue
        if not _WORD.fullmatch(t) or prev in (".", "$", ":"):
            continue            # a property key, parameter, label or type: not a keyword
        if nxt == ":" and prev in ("{", ","):
            continue            # a map key
        word = t.upper()
        if word in WRITE_KEYWORDS:
            raise ReadOnlyViolation(f"{word} is not allowed: this endpoint is read-only")
        if word in ("START", "STOP") and nxt.upper() == "DATABASE":
            raise ReadOnlyViolation(f"{word} DATABASE is not allowed")
        if word == "IN" and nxt.upper() == "TRANSACTIONS":
            raise ReadOnlyViolation("CALL ... IN TRANSACTIONS is not allowed")
        if word == "CALL" and nxt not in ("{", "("):
            name, j = [], k + 1
            while j < len(toks) and (_WORD.fullmatch(toks[j]) or toks[j] in ("<name>",)):
                name.append(toks[j])
                if j + 1 < len(toks) and toks[j + 1] == ".":
                    j += 2
                else:
                    break
            proc = ".".join(name).lower()
            if not (proc in ALLOWED_PROCEDURES
                    or any(proc.startswith(p) for p in ALLOWED_PROCEDURE_PREFIXES)):
                raise ReadOnlyViolation(f"CALL {'.'.join(name) or '?'} is not allowed "
                                        "(only schema procedures such as db.labels)")


# ---------------------------------------------------------------------- results
@dataclass
class ReadResult:
    columns: list[str]
    rows: list[list[Any]]
    nodes: list[dict] = field(default_factory=list)
    relationships: list[dict] = field(default_factory=list)
    truncated: bool = False
    elapsed_ms: float = 0.0

    def to_json(self) -> dict:
        return {"columns": self.columns, "rows": self.rows, "nodes": self.nodes,
                "relationships": self.relationships, "truncated": self.truncated,
                "elapsed_ms": round(self.elapsed_ms, 1)}


class _Collector:
    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.rels: dict[str, dict] = {}

    def node(self, n: Node) -> dict:
        d = self.nodes.get(n.element_id)
        if d is None:
            d = {"id": n.element_id, "labels": sorted(n.labels),
                 "properties": {k: self.value(v) for k, v in n.items()}}
            self.nodes[n.element_id] = d
        return d

    def rel(self, r: Relationship) -> dict:
        d = self.rels.get(r.element_id)
        if d is None:
            d = {"id": r.element_id, "type": r.type,
                 "start": r.start_node.element_id if r.start_node is not None else None,
                 "end": r.end_node.element_id if r.end_node is not None else None,
                 "properties": {k: self.value(v) for k, v in r.items()}}
            self.rels[r.element_id] = d
        return d

    def value(self, v):
        """A Bolt value as JSON: nodes/relationships as dicts (also collected), paths as
        {"nodes": [...], "relationships": [...]}, temporal values as ISO 8601 text."""
        if v is None or isinstance(v, (bool, int, str)):
            return v
        if isinstance(v, float):
            return v if math.isfinite(v) else str(v)
        if isinstance(v, Node):
            return self.node(v)
        if isinstance(v, Relationship):
            return self.rel(v)
        if isinstance(v, Path):
            return {"nodes": [self.node(n) for n in v.nodes],
                    "relationships": [self.rel(r) for r in v.relationships]}
        if isinstance(v, (list, tuple)):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {str(k): self.value(x) for k, x in v.items()}
        if isinstance(v, (bytes, bytearray)):
            return base64.b64encode(bytes(v)).decode("ascii")
        if hasattr(v, "iso_format"):
            return v.iso_format()
        return str(v)


_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="kgraph-cypher")


def run_read_query(driver: neo4j.Driver, database: Optional[str], query: str,
                   parameters: Optional[dict] = None, timeout: float = 10.0,
                   row_cap: int = 10000) -> ReadResult:
    """Check, then run ``query`` read-only with a deadline and a row cap.

    Raises ReadOnlyViolation, QueryTimeout, or the driver's errors (Neo4jError for a bad
    query, ServiceUnavailable / DriverError when the database is down)."""
    check_read_only(query)
    cancel = threading.Event()
    started = time.monotonic()
    future = _pool.submit(_run, driver, database, query, dict(parameters or {}), timeout,
                          row_cap, cancel)
    try:
        result = future.result(timeout=timeout)
    except FutureTimeout:
        cancel.set()
        raise QueryTimeout(f"the query ran longer than {timeout:g} s") from None
    result.elapsed_ms = (time.monotonic() - started) * 1000
    return result


def _run(driver, database, query, parameters, timeout, row_cap, cancel) -> ReadResult:
    col = _Collector()
    rows, truncated = [], False
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        tx = session.begin_transaction(timeout=timeout, metadata={"app": "kgraph /cypher"})
        try:
            res = tx.run(query, parameters)
            columns = list(res.keys())
            for record in res:
                if cancel.is_set():
                    break
                if len(rows) >= row_cap:
                    truncated = True
                    break
                rows.append([col.value(v) for v in record.values()])
        finally:
            if not tx.closed():
                tx.rollback()  # never commit: whatever the query did is undone
    return ReadResult(columns=columns, rows=rows, nodes=list(col.nodes.values()),
                      relationships=list(col.rels.values()), truncated=truncated)
