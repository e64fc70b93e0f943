"""/sparql: the SPARQL 1.1 Protocol endpoint.

Query via GET, POST form and POST application/sparql-query, with default-graph-uri /
named-graph-uri; results by Accept (q-values) or ``format``; a service description on a
bare GET (HTML with the YASGUI editor for browsers). Read-only unless settings.sparql_write:
then SPARQL Update via POST form / application/sparql-update with using-graph-uri /
using-named-graph-uri. LOAD and SERVICE are always refused (no outbound requests).
The default graph is the union of the article graphs (quarantine & co. excluded).
"""
from __future__ import annotations

import logging
import threading

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from . import sparqlkit as kit
from .context import settings, store
from .data import data_graphs, ox_query, public_graphs

log = logging.getLogger(__name__)
bp = Blueprint("sparql", __name__)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")


class ProtocolError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _text(message: str, status: int, **headers) -> Response:
    return Response(message.rstrip() + "\n", status, mimetype="text/plain", headers=headers)


def _decode_body(kind: str) -> str:
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(f"{kind} bodies must be UTF-8 (got charset={charset})", 415)
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(f"the {kind} body is not valid UTF-8", 400)


def _read_request():
    """→ (queries, updates, params MultiDict-like dict of lists)."""
    params: dict[str, list[str]] = {}

    def add(md):
        for k in md:
            params.setdefault(k, []).extend(md.getlist(k))

    add(request.args)
    queries = list(request.args.getlist("query"))
    updates = list(request.args.getlist("update"))
    if request.method == "GET":
        if updates:
            raise ProtocolError("SPARQL Update must be sent with POST, not GET", 400)
        return queries, updates, params
    ctype = request.mimetype
    if ctype == "application/x-www-form-urlencoded":
        charset = (request.mimetype_params.get("charset") or "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise ProtocolError(f"form bodies must be UTF-8 (got charset={charset})", 415)
        form = request.form
        add(form)
        queries += form.getlist("query")
        updates += form.getlist("update")
    elif ctype == "application/sparql-query":
        queries.append(_decode_body("query"))
    elif ctype == "application/sparql-update":
        updates.append(_decode_body("update"))
    elif not ctype:
        raise ProtocolError("POST needs a Content-Type: application/x-www-form-urlencoded, "
                            "application/sparql-query or application/sparql-update", 400)
    else:
        raise ProtocolError(f"unsupported Content-Type {ctype!r}: use application/x-www-form-"
                            "urlencoded, application/sparql-query or application/sparql-update", 415)
    return queries, updates, params


def endpoint_url() -> str:
    return settings().base + "/sparql"


@bp.route("/sparql", methods=["GET", "POST"])
@bp.route("/sparql/", methods=["GET", "POST"])
def sparql():
    try:
        queries, updates, params = _read_request()
        if queries and updates:
            raise ProtocolError("send either 'query' or 'update', not both")
        if not queries and not updates:
            if request.method == "GET":
                return _service_or_editor()
            raise ProtocolError("missing 'query' (or 'update') parameter")
        if updates:
            return _update(updates, params)
        if len(queries) > 1:
            raise ProtocolError("exactly one 'query' parameter is allowed")
        return _query(queries[0], params)
    except ProtocolError as exc:
        return _text(str(exc), exc.status)


# ---------------------------------------------------------------------------- queries
def _query(text: str, params: dict) -> Response:
    cfg = settings()
    if not text.strip():
        raise ProtocolError("the 'query' parameter is empty")
    a = kit.analyse(text)
    if "SERVICE" in a.keywords:
        return _text("SERVICE (federated query) is not allowed on this endpoint", 403)
    dflt = params.get("default-graph-uri", [])
    named = params.get("named-graph-uri", [])
    kwargs: dict = {}
    if dflt or named:                       # the protocol's dataset overrides FROM / FROM NAMED
        kwargs["default_graph"] = list(dflt)
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
    elif not a.has_dataset and public_graphs(store()) is not None:  # union of the article graphs
        kwargs["default_graph"] = public_graphs(store())
    try:
        result = run_query(text, kwargs, cfg.query_timeout, cfg.row_cap, base_iri=endpoint_url())
    except SyntaxError as exc:
        return _text(f"SPARQL syntax error: {exc}", 400)
    except kit.QueryTimeout as exc:
        if str(exc) == "busy":
            return _text("The endpoint is busy with long-running queries; try again in a few seconds.", 503,
                         **{"Retry-After": "5"})
        return _text(f"The query was stopped: it ran longer than the {cfg.query_timeout:g} s "
                     "limit of this public endpoint. Narrow it down (LIMIT, more specific "
                     "patterns) and try again.", 503)
    except (ValueError, OSError, RuntimeError, TypeError) as exc:
        return _text(f"query failed: {exc}", 400)
    kind = result["kind"]
    fmt = kit.choose_format(kind, request.accept_mimetypes, request.values.get("format"))
    if fmt is None:
        return _text("none of the requested media types can represent this result", 406)
    headers = {"Vary": "Accept"}
    if result.get("truncated"):
        headers["X-KGraph-Truncated"] = f"results capped at {cfg.row_cap} rows"
    if kind == "select":
        body = kit.serialize_select(result["variables"], result["rows"], fmt)
    elif kind == "boolean":
        body = kit.serialize_boolean(result["value"], fmt)
    else:
        from ..vocab import PREFIXES
        body = kit.serialize_triples(result["triples"], fmt, {p: str(n) for p, n in PREFIXES.items()})
    mime = kit.MEDIA[fmt] if fmt in kit.MEDIA else "text/plain"
    if kind == "boolean" and fmt in ("csv", "tsv"):
        mime = "text/plain"
    return Response(body, 200, content_type=f"{mime}; charset=utf-8", headers=headers)


class Runner:
    """Runs each query in its own thread so the HTTP answer keeps to the deadline even if
    the evaluation overshoots a little; the deadline tick then dries the evaluation up
    (see sparqlkit), so an abandoned evaluation really ends moments later. ``running``
    counts live evaluations; too many abandoned ones make new queries wait their turn."""

    MAX_RUNNING = 8

    def __init__(self):
        self.lock = threading.Lock()
        self.running = 0

    def run(self, st, text: str, kwargs: dict, timeout: float, row_cap: int, base_iri=None) -> dict:
        with self.lock:
            if self.running >= self.MAX_RUNNING:
                raise kit.QueryTimeout("busy")
            self.running += 1
        box: dict = {}

        def work():
            try:
                box["result"] = evaluate(st, text, kwargs, timeout, row_cap, base_iri)
            except BaseException as exc:          # handed to the request thread, without the
                box["error"] = exc.with_traceback(None)   # frames (pyoxigraph results must
                                                          # be dropped in this thread)
            finally:
                with self.lock:
                    self.running -= 1

        t = threading.Thread(target=work, name="sparql-query", daemon=True)
        t.start()
        t.join(timeout + 0.5)
        if t.is_alive():
            raise kit.QueryTimeout()
        if "error" in box:
            raise box["error"]
        return box["result"]


RUNNER = Runner()


def run_query(text: str, kwargs: dict, timeout: float, row_cap: int, base_iri: str | None = None) -> dict:
    return RUNNER.run(store(), text, kwargs, timeout, row_cap, base_iri)


def evaluate(st, text: str, kwargs: dict, timeout: float, row_cap: int, base_iri: str | None = None) -> dict:
    """Evaluate with the deadline tick; materialize at most row_cap rows."""
    holder: list = []
    try:
        return _evaluate(st, text, kwargs, timeout, row_cap, base_iri, holder)
    finally:
        holder.clear()                    # drop the pyoxigraph iterator in this thread


def _evaluate(st, text, kwargs, timeout, row_cap, base_iri, holder) -> dict:
    dl = kit.Deadline(timeout)
    instrumented = kit.instrument_query(text)
    try:
        res = ox_query(st, instrumented, base_iri=base_iri, custom_functions=dl.functions, **kwargs)
    except SyntaxError:
        if instrumented == text:
            raise
        # the original's own error message (line/column) — or, if the rewrite was at fault,
        # run it as written: the row loop below still enforces the deadline between rows
        res = ox_query(st, text, base_iri=base_iri, **kwargs)
        log.warning("deadline rewrite failed for a valid query; ran it unprotected")
    holder.append(res)
    if isinstance(res, ox.QueryBoolean):
        value = bool(res)
        if dl.check():
            raise kit.QueryTimeout()
        return {"kind": "boolean", "value": value}
    out: dict = {"truncated": False}
    items = []
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        out.update(kind="select", variables=variables, rows=items)
        for i, sol in enumerate(res):
            if len(items) >= row_cap:
                out["truncated"] = True
                break
            items.append([sol[v] for v in variables])
            if i % 256 == 0 and dl.check():
                break
    else:
        out.update(kind="rdf", triples=items)
        seen = set()                      # a graph is a set: the union repeats triples
        for i, t in enumerate(res):
            if len(items) >= row_cap:
                out["truncated"] = True
                break
            if t not in seen:
                seen.add(t)
                items.append(t)
            if i % 256 == 0 and dl.check():
                break
    if dl.check():
        raise kit.QueryTimeout()
    return out


# ---------------------------------------------------------------------------- updates
def _update(updates: list[str], params: dict) -> Response:
    cfg = settings()
    if not cfg.sparql_write:
        return _text("This public SPARQL endpoint is read-only: SPARQL Update is refused. "
                     "(An operator can enable it with KGRAPH_SPARQL_WRITE=true.)", 403)
    if len(updates) > 1:
        raise ProtocolError("exactly one 'update' parameter is allowed")
    text = updates[0]
    a = kit.analyse(text)
    if "LOAD" in a.keywords or "SERVICE" in a.keywords:
        return _text("LOAD and SERVICE are not allowed: this endpoint makes no outbound requests", 403)
    using = params.get("using-graph-uri", [])
    using_named = params.get("using-named-graph-uri", [])
    if using or using_named:
        if "USING" in a.keywords or "WITH" in a.keywords:
            raise ProtocolError("using-graph-uri / using-named-graph-uri cannot be combined "
                                "with USING or WITH in the update")
        text = kit.add_using(text, using, using_named)
    try:
        # the service-defined base IRI (relative IRIs resolve against the endpoint)
        store().update(f"BASE <{endpoint_url()}>\n{text}")
        if "/graph/article/" in text and getattr(store(), "materialized_union", False):
            store().refresh_union()  # a raw update bypassed the store's union upkeep
    except SyntaxError as exc:
        return _text(f"SPARQL Update syntax error: {exc}", 400)
    except (ValueError, OSError, RuntimeError) as exc:
        return _text(f"update failed: {exc}", 400)
    return Response(status=204)


# ---------------------------------------------------------------------------- description
def _service_or_editor() -> Response:
    offers = ["text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples",
              "text/html"]
    fmt = request.args.get("format")
    best = request.accept_mimetypes.best_match(offers) if request.accept_mimetypes else "text/turtle"
    if not fmt and best == "text/html":
        return Response(render_template("sparql.html", endpoint=endpoint_url()), 200,
                        mimetype="text/html")
    key = kit.choose_format("rdf", request.accept_mimetypes, fmt) or "turtle"
    g = service_description()
    return _graph_response(g, key)


def _graph_response(g: Graph, key: str) -> Response:
    rdflib_fmt = {"turtle": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[key]
    body = g.serialize(format=rdflib_fmt)
    return Response(body, 200, content_type=f"{kit.MEDIA[key]}; charset=utf-8",
                    headers={"Vary": "Accept"})


def service_description() -> Graph:
    cfg = settings()
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    svc = URIRef(endpoint_url() + "#service")
    g.add((svc, RDF.type, SD.Service))
    endpoints = {endpoint_url(), request.base_url.rstrip("/") if request else endpoint_url()}
    for e in endpoints:
        g.add((svc, SD.endpoint, URIRef(e)))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if cfg.sparql_write:
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
              "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"):
        g.add((svc, SD.resultFormat, FORMATS[f]))
    g.add((svc, SD.feature, SD.UnionDefaultGraph))
    # the Graph Store HTTP Protocol endpoint (sd: has no term for it)
    from . import gsp
    store_ep = URIRef(cfg.base + gsp.ENDPOINT)
    g.add((svc, RDFS.seeAlso, store_ep))
    g.add((store_ep, DCTERMS.conformsTo, URIRef("http://www.w3.org/TR/sparql11-http-rdf-update/")))
    g.add((store_ep, RDFS.comment, Literal(
        f"SPARQL 1.1 Graph Store HTTP Protocol: {store_ep}?graph=IRI and {store_ep}?default; graphs "
        f"named under {cfg.base}{gsp.DIRECT}/ also at their own IRI. GET/HEAD public; "
        + ("PUT, POST, DELETE, PATCH enabled." if cfg.sparql_write else "read-only (writes answer 403)."))))
    g.add((svc, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    ds = BNode()
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    dg = BNode()
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    graphs = store().graphs()
    for name in graphs[:500]:
        ng = BNode()
        g.add((ds, SD.namedGraph, ng))
        g.add((ng, RDF.type, SD.NamedGraph))
        g.add((ng, SD.name, URIRef(name)))
    g.add((svc, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal(f"kgraph SPARQL endpoint. Default graph: the union of the article graphs "
                   f"({len(data_graphs(store()))} graphs; quarantine excluded). Queries stop after "
                   f"{cfg.query_timeout:g} s; at most {cfg.row_cap} rows.")))
    return g
