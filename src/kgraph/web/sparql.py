"""/sparql: SPARQL 1.1 Protocol query endpoint (read-only)."""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request

from .context import store

bp = Blueprint("sparql", __name__)

UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        query = request.get_data(as_text=True)
    else:
        query = request.values.get("query")
    if not query:
        return Response("missing 'query' parameter\n", 400, mimetype="text/plain")
    if request.values.get("update") or request.mimetype == "application/sparql-update":
        return Response("updates are not allowed on this endpoint\n", 403, mimetype="text/plain")
    try:
        res = store().raw_query(query)
    except SyntaxError as exc:
        return Response(f"query syntax error: {exc}\n", 400, mimetype="text/plain")
    except (OSError, ValueError, RuntimeError) as exc:
        return Response(f"query failed: {exc}\n", 400, mimetype="text/plain")
    if isinstance(res, (bool, ox.QuerySolutions, ox.QueryBoolean)) or hasattr(res, "variables"):
        body = res.serialize(format=ox.QueryResultsFormat.JSON)
        return Response(body, 200, mimetype="application/sparql-results+json")
    body = res.serialize(format=ox.RdfFormat.N_TRIPLES)
    return Response(body, 200, mimetype="application/n-triples")
