"""The SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Indirect identification at ``/rdf-graph-store?graph=IRI`` and ``/rdf-graph-store?default``;
direct identification for every graph named under ``{base}/graph/`` (the store's own graph
IRIs: ``{base}/graph/article/…``, ``{base}/graph/quarantine``, …) at ``/graph/…``.

GET / HEAD are public (Turtle, N-Triples, RDF/XML, JSON-LD by Accept or ``format=``; 404 for
a graph the store does not hold). PUT / POST / DELETE / PATCH only when settings.sparql_write
is on, else 403. Writes go through the store object, one transaction each:
PUT = ``store.apply(drop=[g], insert={g: …})``, POST = ``apply(insert=…)``, DELETE =
``apply(drop=[g])`` — so the store's kept union of the article graphs stays in step. POST to
the endpoint itself creates a new graph ``{base}/graph/gsp/{uuid}`` (201 + Location).

The default graph is the union of the article graphs. On a store that keeps that union as its
own default graph (LocalStore), ``?default`` writes manage the triples stated in the default
graph *outside* any article graph: PUT replaces them, POST adds to them, DELETE removes them;
the article triples stay (they belong to their article graphs — write those by name). Like
SPARQL Update INSERT DATA into the default graph, such triples last until the union is
recomputed from the article graphs (``store.refresh_union()``). Stores without a kept union
(remote) refuse ``?default`` writes.
"""
from __future__ import annotations

import itertools
import re
import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, request, stream_with_context
from werkzeug.datastructures import MIMEAccept

from ..store.base import ARTICLE_GRAPH_MARK
from ..vocab import PREFIXES
from . import data as D
from . import sparqlkit as kit
from .context import settings, store

bp = Blueprint("gsp", __name__)

ENDPOINT = "/rdf-graph-store"
DIRECT = "/graph"
WRITE_METHODS = ("PUT", "POST", "DELETE", "PATCH")
METHODS = ["GET", "HEAD", *WRITE_METHODS]
OX_PREFIXES = {p: str(n) for p, n in PREFIXES.items()}

BODY_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}
EXTENSIONS = {"ttl": "text/turtle", "nt": "application/n-triples", "rdf": "application/rdf+xml",
              "owl": "application/rdf+xml", "xml": "application/rdf+xml",
              "jsonld": "application/ld+json", "n3": "text/n3"}
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*")
# PATCH runs on a copy of the one graph: nothing in it may name another graph or go outside
_PATCH_REFUSED = {"GRAPH", "WITH", "USING", "LOAD", "SERVICE", "CLEAR", "DROP", "CREATE",
                  "COPY", "MOVE", "ADD"}
DEFAULT = None                      # the target "the default graph"


class GspError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _text(message: str, status: int, **headers) -> Response:
    return Response(message.rstrip() + "\n", status, mimetype="text/plain", headers=headers)


def endpoint_url() -> str:
    return settings().base + ENDPOINT


# ---------------------------------------------------------------------------- routes
@bp.route(ENDPOINT, methods=METHODS)
@bp.route(ENDPOINT + "/", methods=METHODS)
def indirect():
    """?graph=IRI or ?default (the query string is percent-decoded once, by werkzeug)."""
    try:
        if request.method in WRITE_METHODS:
            _check_writable()
        graphs = request.args.getlist("graph")
        default = "default" in request.args
        if graphs and default:
            raise GspError("give either ?graph=IRI or ?default, not both")
        if len(graphs) > 1:
            raise GspError("exactly one 'graph' parameter is allowed")
        if not graphs and not default:
            if request.method == "POST":
                return _create()
            raise GspError(f"name a graph: {endpoint_url()}?graph=IRI (indirect identification), "
                           f"{endpoint_url()}?default, or a graph IRI under {settings().base}{DIRECT}/ "
                           "(direct identification)")
        target = DEFAULT
        if graphs:
            target = graphs[0]
            if not _ABSOLUTE_IRI.fullmatch(target):
                raise GspError(f"'graph' must be an absolute IRI, got {target!r}")
        return _handle(target)
    except GspError as exc:
        return _text(str(exc), exc.status)


@bp.route(DIRECT + "/<path:rest>", methods=METHODS)
def direct(rest: str):
    """Direct identification: the request URL (under the explorer's base) is the graph IRI."""
    try:
        if request.method in WRITE_METHODS:
            _check_writable()
        target = f"{settings().base}{DIRECT}/{rest}"
        if not _ABSOLUTE_IRI.fullmatch(target):
            raise GspError(f"not a graph IRI: {target!r}")
        return _handle(target)
    except GspError as exc:
        return _text(str(exc), exc.status)


def _handle(target: str | None) -> Response:
    method = request.method
    if method in ("GET", "HEAD"):
        return _get(target)
    _check_writable()
    if method == "PUT":
        return _put(target)
    if method == "POST":
        return _post(target)
    if method == "DELETE":
        return _delete(target)
    return _patch(target)


def _check_writable() -> None:
    if not settings().sparql_write:
        raise GspError("This public Graph Store endpoint is read-only: PUT, POST, DELETE and PATCH "
                       "are refused. (An operator can enable writes with KGRAPH_SPARQL_WRITE=true.)",
                       403)


# ---------------------------------------------------------------------------- reads
def _accept():
    """The Accept header with media-type parameters other than q dropped (werkzeug does not
    match ``text/turtle; charset=utf-8`` against ``text/turtle``)."""
    raw = request.headers.get("Accept", "")
    items = []
    for part in raw.split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        items.append((bits[0].lower(), q))
    return MIMEAccept(items) if items else None


def _triples(target: str | None):
    """Iterator over the triples of a named graph (None if the store does not hold it) or of
    the public default graph (target None), each triple once."""
    st = store()
    if target is DEFAULT:
        res = D.ox_query(st, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                         default_graph=D.public_graphs(st))
        if D.public_graphs(st) is not None:
            return _distinct(res)          # a default graph made of several graphs is a bag
        return iter(res)                   # the kept union is a set
    if not st.has_graph(target):
        return None
    return iter(D.ox_query(st, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}"))


def _distinct(res):
    seen = set()
    for t in res:
        if t not in seen:
            seen.add(t)
            yield t


def graph_triples(target: str | None) -> list | None:
    it = _triples(target)
    return None if it is None else list(it)


BATCH = 5000


def _get(target: str | None) -> Response:
    fmt = kit.choose_format("rdf", _accept(), request.args.get("format"))
    if fmt is None:
        raise GspError("none of the requested media types can represent a graph "
                       "(text/turtle, application/n-triples, application/rdf+xml, application/ld+json)", 406)
    triples = _triples(target)
    if triples is None:
        raise GspError(f"no graph named <{target}> in this store", 404)
    headers = {"Vary": "Accept"}
    ctype = f"{kit.MEDIA[fmt]}; charset=utf-8"
    first = list(itertools.islice(triples, BATCH))
    if len(first) < BATCH:
        return Response(kit.serialize_triples(first, fmt, OX_PREFIXES), 200, content_type=ctype, headers=headers)
    if fmt in ("rdfxml", "jsonld"):
        # one document: it would have to be built in memory whole; line formats stream
        cap = max(settings().row_cap, BATCH)
        first += list(itertools.islice(triples, cap - len(first) + 1))
        if len(first) > cap:
            raise GspError(f"this graph has more than {cap} triples: it is served as Turtle or "
                           "N-Triples (streamed) only", 406)
        return Response(kit.serialize_triples(first, fmt, OX_PREFIXES), 200, content_type=ctype, headers=headers)

    def stream():
        batch, head = first, True
        while batch:
            text = kit.serialize_triples(batch, fmt, OX_PREFIXES)
            if fmt == "turtle" and not head:       # the prefixes once, at the top
                text = b"\n".join(ln for ln in text.split(b"\n") if not ln.startswith(b"@prefix"))
            head = False
            yield text if text.endswith(b"\n") else text + b"\n"
            batch = list(itertools.islice(triples, BATCH))
    return Response(stream_with_context(stream()), 200, content_type=ctype, headers=headers)


# ---------------------------------------------------------------------------- writes
def _parse(data: bytes, mimetype: str, charset: str | None, base_iri: str) -> list:
    fmt = BODY_FORMATS.get(mimetype)
    if fmt is None:
        raise GspError(f"unsupported Content-Type {mimetype!r}: send text/turtle, application/n-triples, "
                       "application/rdf+xml, application/ld+json or multipart/form-data", 415)
    charset = (charset or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError) as exc:
            raise GspError(f"cannot read the body as {charset}: {exc}", 415 if isinstance(exc, LookupError) else 400)
    try:
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(data, format=fmt, base_iri=base_iri, rename_blank_nodes=True,
                                  without_named_graphs=True)]
    except (SyntaxError, ValueError) as exc:
        raise GspError(f"the {mimetype} body does not parse: {exc}", 400)


def _body_ntriples(base_iri: str) -> str:
    """The request body (one RDF document, or every file of a multipart/form-data body) as
    N-Triples, blank nodes renamed apart."""
    mimetype = request.mimetype
    if not mimetype:
        raise GspError("the body needs a Content-Type (text/turtle, application/n-triples, "
                       "application/rdf+xml, application/ld+json or multipart/form-data)", 400)
    if mimetype == "multipart/form-data":
        triples = []
        parts = list(request.files.values())
        if not parts:
            raise GspError("the multipart/form-data body holds no file part")
        for part in parts:
            ptype = part.mimetype
            if not ptype or ptype == "application/octet-stream":
                ext = (part.filename or "").rsplit(".", 1)[-1].lower()
                ptype = EXTENSIONS.get(ext, ptype)
            triples += _parse(part.read(), ptype, part.mimetype_params.get("charset"), base_iri)
    else:
        triples = _parse(request.get_data(), mimetype, request.mimetype_params.get("charset"), base_iri)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""


def _kept_union() -> bool:
    return bool(getattr(store(), "materialized_union", False))


def _check_default_writable() -> None:
    if not _kept_union():
        raise GspError("the default graph of this store is the union of the article graphs and "
                       "cannot be written directly: write the named graphs instead", 405)


def _outside_articles() -> str:
    """Update op: remove the default graph's triples no article graph states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER (CONTAINS(STR(?g), "{ARTICLE_GRAPH_MARK}")) }} }}')


def _store_error(exc: Exception) -> GspError:
    return GspError(f"the store refused the write: {exc}", 400)


def _put(target: str | None) -> Response:
    if target is DEFAULT:
        _check_default_writable()
        body = _body_ntriples(endpoint_url())
        ops = [_outside_articles()] + ([f"INSERT DATA {{\n{body}\n}}"] if body else [])
        try:
            store().update(" ;\n".join(ops))
        except (ValueError, OSError, RuntimeError) as exc:
            raise _store_error(exc)
        return Response(status=204)
    body = _body_ntriples(target)
    existed = store().has_graph(target)
    try:
        store().apply(drop=[target], insert={target: body} if body else None)
    except (ValueError, OSError, RuntimeError) as exc:
        raise _store_error(exc)
    return Response(status=204) if existed else Response(status=201)


def _post(target: str | None) -> Response:
    if target is DEFAULT:
        _check_default_writable()
        body = _body_ntriples(endpoint_url())
        if body:
            try:
                store().update(f"INSERT DATA {{\n{body}\n}}")
            except (ValueError, OSError, RuntimeError) as exc:
                raise _store_error(exc)
        return Response(status=204)
    body = _body_ntriples(target)
    existed = store().has_graph(target)
    if body:
        try:
            store().apply(insert={target: body})
        except (ValueError, OSError, RuntimeError) as exc:
            raise _store_error(exc)
    return Response(status=201 if body and not existed else 204)


def _create() -> Response:
    """POST to the endpoint: a new graph {base}/graph/gsp/{uuid}, 201 with its IRI in Location."""
    _check_writable()
    iri = f"{settings().base}{DIRECT}/gsp/{uuid.uuid4().hex}"
    body = _body_ntriples(iri)
    if not body:
        raise GspError("the body holds no triples: an empty graph is not created")
    try:
        store().apply(insert={iri: body})
    except (ValueError, OSError, RuntimeError) as exc:
        raise _store_error(exc)
    return Response(f"created <{iri}>\n", 201, mimetype="text/plain", headers={"Location": iri})


def _delete(target: str | None) -> Response:
    if target is DEFAULT:
        _check_default_writable()
        try:
            store().update(_outside_articles())
        except (ValueError, OSError, RuntimeError) as exc:
            raise _store_error(exc)
        return Response(status=204)
    if not store().has_graph(target):
        raise GspError(f"no graph named <{target}> in this store", 404)
    try:
        store().apply(drop=[target])
    except (ValueError, OSError, RuntimeError) as exc:
        raise _store_error(exc)
    return Response(status=204)


def _patch(target: str | None) -> Response:
    """A SPARQL Update (application/sparql-update) applied to the one graph: run on a copy of
    the graph (its default graph), then the graph is replaced in one transaction."""
    if target is DEFAULT:
        raise GspError("PATCH of the default graph is not supported: use SPARQL Update on /sparql "
                       "or PATCH a named graph", 405)
    if request.mimetype != "application/sparql-update":
        raise GspError("PATCH needs a SPARQL Update body (Content-Type: application/sparql-update)", 415)
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise GspError(f"update bodies must be UTF-8 (got charset={charset})", 415)
    try:
        text = request.get_data().decode("utf-8")
    except UnicodeDecodeError:
        raise GspError("the update body is not valid UTF-8")
    words = kit.analyse(text).keywords & _PATCH_REFUSED
    if words:
        raise GspError("a PATCH update works on the one graph it is sent to: "
                       f"{', '.join(sorted(words))} is not allowed here", 400)
    triples = graph_triples(target)
    if triples is None:
        raise GspError(f"no graph named <{target}> in this store", 404)
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    try:
        scratch.update(text, base_iri=target)
    except SyntaxError as exc:
        raise GspError(f"SPARQL Update syntax error: {exc}", 400)
    except (ValueError, OSError, RuntimeError) as exc:
        raise GspError(f"update failed: {exc}", 400)
    result = [ox.Triple(q.subject, q.predicate, q.object)
              for q in scratch.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    body = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if result else ""
    try:
        store().apply(drop=[target], insert={target: body} if body else None)
    except (ValueError, OSError, RuntimeError) as exc:
        raise _store_error(exc)
    return Response(status=204)
