"""/cypher: read-only Cypher over the projected property graph (Bolt, neo4j driver).

POST /cypher with JSON ``{"query": "...", "parameters": {...}}`` →
``{"columns": [...], "rows": [[...]], "nodes": [...], "relationships": [...],
"truncated": bool, "elapsed_ms": n}``

- rows hold JSON values; a node is ``{"id", "labels", "properties"}``, a relationship
  ``{"id", "type", "start", "end", "properties"}`` (start/end are node ids), a path
  ``{"nodes": [...], "relationships": [...]}``, temporal values ISO 8601 text;
- ``nodes``/``relationships``: every node and relationship contained in the rows, once
  each (a relationship's end nodes are listed only when the rows contain them);
- read-only (see kgraph.project.readonly), limited to settings.query_timeout seconds and
  settings.row_cap rows (``truncated`` is true when rows were left out).

Errors are JSON ``{"error": message, "code": ...}``: 400 bad request or bad query
(code "bad_request" / "query_error"), 403 a write or admin clause ("read_only"),
503 the graph database is down ("unavailable"), 504 over the time limit ("timeout").

Register with ``app.register_blueprint(bp)``; settings come from
``current_app.config["KGRAPH_SETTINGS"]``.
"""
from __future__ import annotations

import threading
import weakref

from flask import Blueprint, current_app, jsonify, request
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from ..project import graphdb
from ..project.readonly import QueryTimeout, ReadOnlyViolation, run_read_query

bp = Blueprint("cypher", __name__)

_EXT = "kgraph_cypher_driver"
_lock = threading.Lock()


def _settings():
    return current_app.config["KGRAPH_SETTINGS"]


def _driver():
    drv = current_app.extensions.get(_EXT)
    if drv is None:
        with _lock:
            drv = current_app.extensions.get(_EXT)
            if drv is None:
                drv = graphdb.driver(_settings(), connection_timeout=3.0,
                                     max_transaction_retry_time=0)
                current_app.extensions[_EXT] = drv
                weakref.finalize(current_app._get_current_object(), drv.close)
    return drv


def _error(status: int, code: str, message: str):
    resp = jsonify({"error": message, "code": code})
    resp.status_code = status
    return resp


@bp.post("/cypher")
def cypher():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _error(400, "bad_request", 'send JSON: {"query": "...", "parameters": {...}}')
    query = body.get("query")
    params = body.get("parameters") or {}
    if not isinstance(query, str) or not query.strip():
        return _error(400, "bad_request", "missing 'query'")
    if not isinstance(params, dict):
        return _error(400, "bad_request", "'parameters' must be a JSON object")
    s = _settings()
    try:
        result = run_read_query(_driver(), graphdb.database(s), query, params,
                                timeout=float(s.query_timeout), row_cap=int(s.row_cap))
    except ReadOnlyViolation as exc:
        return _error(403, "read_only", str(exc))
    except QueryTimeout as exc:
        return _error(504, "timeout", str(exc))
    except (ServiceUnavailable, SessionExpired) as exc:
        return _error(503, "unavailable", f"the graph database is not reachable: {exc}")
    except Neo4jError as exc:
        return _error(400, "query_error", exc.message or str(exc))
    except (DriverError, OSError) as exc:
        return _error(503, "unavailable", f"the graph database is not reachable: {exc}")
    return jsonify(result.to_json())
