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
import re
import threading

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from ..store.base import ARTICLE_GRAPH_MARK
from ..store.remote import RemoteStore, RemoteStoreError
from . import sparqlkit as kit
from .context import settings, store
from .data import data_graphs, ox_query, public_graphs, remote_graphs

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
    try:
        if is_remote(store()):
            result = proxy_query(store(), text, a, dflt, named, cfg.query_timeout, cfg.row_cap,
                                 base_iri=endpoint_url())
        else:
            kwargs: dict = {}
            if dflt or named:               # the protocol's dataset overrides FROM / FROM NAMED
                kwargs["default_graph"] = list(dflt)
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
            elif not a.has_dataset and public_graphs(store()) is not None:  # the article graphs
                kwargs["default_graph"] = public_graphs(store())
            result = run_query(text, kwargs, cfg.query_timeout, cfg.row_cap, base_iri=endpoint_url())
    except SyntaxError as exc:
        return _text(f"SPARQL syntax error: {exc}", 400)
    except RemoteQueryError as exc:
        return _text(str(exc), exc.status)
    except RemoteStoreError as exc:
        return _text(f"the SPARQL store cannot be reached: {exc}", 502)
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


# ---------------------------------------------------------------------------- remote store
@bp.app_errorhandler(RemoteStoreError)
def _store_down(exc):
    """Any page: a remote store that fails or cannot be reached is a 502, said plainly."""
    log.warning("remote store error: %s", exc)
    return _text(f"The SPARQL store behind this explorer failed or cannot be reached: {exc}", 502)


TSV, RESULTS_JSON, NTRIPLES = "text/tab-separated-values", "application/sparql-results+json", "application/n-triples"
NO_GRAPH = "urn:kgraph:no-graph"     # an empty default graph, when there is no article graph yet


class RemoteQueryError(Exception):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def is_remote(st) -> bool:
    """A store reached over the SPARQL protocol: /sparql proxies queries to it."""
    return isinstance(st, RemoteStore)


def proxy_query(st, text: str, a, dflt: list, named: list, timeout: float, row_cap: int,
                base_iri: str | None = None) -> dict:
    """Run a query on the remote store's query URL → the same result dict as evaluate().

    The dataset: the request's default-graph-uri / named-graph-uri if any; else, unless the
    query has FROM, the article graphs as default graph and every graph as named graphs (the
    protocol's default-graph-uri alone leaves a server no named graph). Sent as a form body
    (thousands of graph IRIs do not fit a URL). Results come as line formats (TSV for SELECT,
    N-Triples for CONSTRUCT/DESCRIBE, JSON for ASK), read as a stream and cut at the row
    cap — the connection is then closed — and the whole exchange is bounded by the timeout
    (the server is disconnected at the deadline; the query answers 503). The rows are
    re-serialized by the endpoint in the format the client asked for."""
    prologue = f"BASE <{base_iri}> " if base_iri else ""     # same line: line numbers hold
    form = [("query", prologue + text)]
    if dflt or named:
        form += [("default-graph-uri", g) for g in dflt] + [("named-graph-uri", g) for g in named]
    elif not a.has_dataset:
        graphs = remote_graphs(st)                  # asked once per request
        articles = [g for g in graphs if ARTICLE_GRAPH_MARK in g]
        form += [("default-graph-uri", g) for g in (articles or [NO_GRAPH])]
        form += [("named-graph-uri", g) for g in graphs]
    accept = {"SELECT": TSV, "ASK": RESULTS_JSON, "CONSTRUCT": NTRIPLES, "DESCRIBE": NTRIPLES}.get(
        a.form, f"{TSV}, {RESULTS_JSON};q=0.9, {NTRIPLES};q=0.8")
    box: dict = {"cancel": False, "prologue": len(prologue)}

    def work():
        try:
            box["result"] = _fetch(st.query_url, form, accept, timeout, row_cap, box)
        except BaseException as exc:
            box["error"] = exc
    t = threading.Thread(target=work, name="sparql-proxy", daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        box["cancel"] = True
        resp = box.get("response")
        if resp is not None:
            resp.close()                  # disconnect: the server stops streaming results
        raise kit.QueryTimeout()
    if "error" in box:
        raise box["error"]
    return box["result"]


def _fetch(url: str, form: list, accept: str, timeout: float, row_cap: int, box: dict) -> dict:
    import requests
    try:
        resp = requests.post(url, data=form, headers={"Accept": accept}, stream=True,
                             timeout=(min(timeout, 5.0), timeout + 1))
    except requests.Timeout:
        raise kit.QueryTimeout()
    except requests.RequestException as exc:
        raise RemoteQueryError(f"the SPARQL store at {url} cannot be reached: {exc}", 502)
    box["response"] = resp
    try:
        if resp.status_code >= 400:
            msg = resp.text[:2000].strip()
            # positions on line 1 as the client wrote it (the BASE prologue shifted them)
            msg = re.sub(r"\b1:(\d+)", lambda m: f"1:{max(1, int(m.group(1)) - box['prologue'])}", msg)
            if resp.status_code < 500:
                raise RemoteQueryError(f"the SPARQL store rejected the query ({resp.status_code}): {msg}", 400)
            raise RemoteQueryError(f"the SPARQL store failed ({resp.status_code}): {msg}", 502)
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype in (TSV, NTRIPLES):
            lines, truncated = _read_lines(resp, row_cap + (1 if ctype == TSV else 0), box)
            if ctype == TSV:
                res = ox.parse_query_results(b"\n".join(lines) + b"\n", format=ox.QueryResultsFormat.TSV)
                if isinstance(res, ox.QueryBoolean):
                    return {"kind": "boolean", "value": bool(res)}
                variables = [v.value for v in res.variables]
                return {"kind": "select", "variables": variables, "truncated": truncated,
                        "rows": [[sol[v] for v in variables] for sol in res]}
            seen, triples = set(), []
            for q in ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES):
                t = ox.Triple(q.subject, q.predicate, q.object)
                if t not in seen:
                    seen.add(t)
                    triples.append(t)
            return {"kind": "rdf", "triples": triples, "truncated": truncated}
        body = resp.content
        if box["cancel"]:
            raise kit.QueryTimeout()
        if ctype in (RESULTS_JSON, "application/json"):
            res = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if isinstance(res, ox.QueryBoolean):
                return {"kind": "boolean", "value": bool(res)}
            variables = [v.value for v in res.variables]
            rows = []
            for sol in res:
                if len(rows) >= row_cap:
                    return {"kind": "select", "variables": variables, "rows": rows, "truncated": True}
                rows.append([sol[v] for v in variables])
            return {"kind": "select", "variables": variables, "rows": rows, "truncated": False}
        raise RemoteQueryError(f"the SPARQL store answered in an unexpected media type {ctype!r}", 502)
    except requests.RequestException as exc:
        if box["cancel"]:
            raise kit.QueryTimeout()
        raise RemoteQueryError(f"reading the SPARQL store's answer failed: {exc}", 502)
    finally:
        resp.close()


def _read_lines(resp, max_lines: int, box: dict) -> tuple[list[bytes], bool]:
    """At most max_lines lines of a streamed line-based body; True if cut. (An empty line is
    a row too: a TSV row with every variable unbound.)"""
    lines: list[bytes] = []
    buf = b""
    for chunk in resp.iter_content(65536):
        if box["cancel"]:
            raise kit.QueryTimeout()
        buf += chunk
        *done, buf = buf.split(b"\n")
        lines += [ln.rstrip(b"\r") for ln in done]
        if len(lines) > max_lines:
            return lines[:max_lines], True
    if buf:
        lines.append(buf)
    if len(lines) > max_lines:
        return lines[:max_lines], True
    return lines, False


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
