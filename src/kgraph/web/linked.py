"""Linked data: entity IRIs dereference ({base}/id/{kind}/{slug}: HTML for browsers,
Turtle / JSON-LD / N-Triples / RDF/XML by Accept or ?format=), the vocabulary at
/ontology, VoID at /.well-known/void, and streamed full dumps (/dump.nq, /dump.ttl)."""
from __future__ import annotations

import functools
import re

import pyoxigraph as ox
from flask import Blueprint, Response, abort, redirect, render_template, request, stream_with_context
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from .. import resources
from ..vocab import PREFIXES, SPARQL_PREFIXES
from . import data as D
from . import sparqlkit as kit
from .context import settings, store

bp = Blueprint("linked", __name__)

VOID = Namespace("http://rdfs.org/ns/void#")
RDF_OFFERS = ["text/html", "text/turtle", "application/ld+json", "application/n-triples",
              "application/rdf+xml"]
OX_PREFIXES = {p: str(n) for p, n in PREFIXES.items()}
ENTITY_KINDS = {"organization", "person", "place", "event", "technology"}


def negotiate(default: str = "html") -> str:
    """'html' or an RDF format key (turtle nt rdfxml jsonld); 406 → abort."""
    fmt = request.args.get("format")
    if fmt:
        if fmt.lower() in ("html", "text/html"):
            return "html"
        key = kit.choose_format("rdf", None, fmt)
        if key is None:
            abort(406)
        return key
    if not request.accept_mimetypes:
        return default
    best = request.accept_mimetypes.best_match(RDF_OFFERS)
    if best is None:
        abort(406)
    return "html" if best == "text/html" else kit.RDF_TYPES[best]


def rdf_response(triples, key: str, link_self: str | None = None) -> Response:
    body = kit.serialize_triples(list(triples), key, OX_PREFIXES)
    headers = {"Vary": "Accept"}
    if link_self:
        headers["Link"] = f'<{link_self}>; rel="describedby"'
    return Response(body, 200, content_type=f"{kit.MEDIA[key]}; charset=utf-8", headers=headers)


def describe(e: str) -> list:
    """CBD-style description: the resource's triples, the triples pointing at it, its
    facts (kg:Fact with rdf:subject/object = it) with their evidence and selectors, its
    mentions, and the '#…' nodes (selectors, amounts) hanging off it."""
    E = D.iri(e)
    q = SPARQL_PREFIXES + f"""
    CONSTRUCT {{ ?s ?p ?o }} WHERE {{
      {{ BIND({E} AS ?s) ?s ?p ?o }}
      UNION {{ BIND({E} AS ?o) ?s ?p ?o FILTER (?p NOT IN (rdf:subject, rdf:object)) }}
      UNION {{ {E} ?p0 ?s . ?s ?p ?o FILTER (STRSTARTS(STR(?s), CONCAT(STR({E}), "#"))) }}
      UNION {{ {{ ?s rdf:subject {E} }} UNION {{ ?s rdf:object {E} }} ?s a kg:Fact ; ?p ?o }}
      UNION {{ {{ ?f rdf:subject {E} }} UNION {{ ?f rdf:object {E} }} ?f a kg:Fact ; kg:evidence ?s . ?s ?p ?o }}
      UNION {{ {{ ?f rdf:subject {E} }} UNION {{ ?f rdf:object {E} }} ?f a kg:Fact ; kg:evidence ?ev .
               ?ev oa:hasSelector ?s . ?s ?p ?o }}
      UNION {{ {E} kg:mention ?s . ?s ?p ?o }}
      UNION {{ {E} kg:mention ?m . ?m oa:hasSelector ?s . ?s ?p ?o }}
    }}"""
    res = D.ox_query(store(), q, default_graph=D.public_graphs(store()))
    seen, out = set(), []
    for t in res:
        k = (t.subject, t.predicate, t.object)
        if k not in seen:
            seen.add(k)
            out.append(t)
    return out


@bp.route("/id/<kind>/<path:slug>")
def resource(kind: str, slug: str):
    iri = f"{settings().base}/id/{kind}/{slug}"
    key = negotiate()
    if key == "html":
        if kind == "article" and re.fullmatch(r"[A-Za-z0-9_-]+", slug):
            return redirect(f"/article/{slug}", 303)
        if kind in ENTITY_KINDS:
            info = D.entity(store(), iri)
            if info is None:
                abort(404)
            return render_template("entity.html", e=info, kind=kind, slug=slug)
        triples = describe(iri)
        if not triples:
            abort(404)
        rows = [{"s": t.subject.value, "p": t.predicate.value, "o": t.object.value,
                 "o_iri": isinstance(t.object, ox.NamedNode), "s_iri": isinstance(t.subject, ox.NamedNode)}
                for t in triples]
        return render_template("resource.html", iri=iri, rows=rows, kind=kind, slug=slug)
    triples = describe(iri)
    if not triples:
        abort(404)
    return rdf_response(triples, key)


# ---------------------------------------------------------------------------- ontology
@functools.lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    for name in ("kgraph.ttl", "shapes.ttl", "technologies.ttl"):
        f = resources.path("ontology", name)
        if f.is_file():
            g.parse(f, format="turtle")
    return g


@bp.route("/ontology")
@bp.route("/ontology/")
def ontology():
    key = negotiate()
    g = ontology_graph()
    if key == "html":
        terms = []
        RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
        OWL = Namespace("http://www.w3.org/2002/07/owl#")
        kinds = {OWL.Class: "Class", OWL.ObjectProperty: "Object property",
                 OWL.DatatypeProperty: "Datatype property"}
        for cls, label in kinds.items():
            for s in sorted(set(g.subjects(RDF.type, cls)), key=str):
                if not str(s).startswith(str(PREFIXES["kg"])):
                    continue
                terms.append({"iri": str(s), "name": "kg:" + str(s).split("#")[-1], "kind": label,
                              "label": str(g.value(s, RDFS.label) or ""),
                              "comment": str(g.value(s, RDFS.comment) or ""),
                              "parents": [g.namespace_manager.normalizeUri(o) for o in g.objects(s, RDFS.subClassOf)]
                              + [g.namespace_manager.normalizeUri(o) for o in g.objects(s, RDFS.subPropertyOf)]})
        return render_template("ontology.html", terms=terms, triples=len(g))
    fmt = {"turtle": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[key]
    return Response(g.serialize(format=fmt), 200, content_type=f"{kit.MEDIA[key]}; charset=utf-8",
                    headers={"Vary": "Accept"})


# ---------------------------------------------------------------------------- VoID
@bp.route("/.well-known/void")
def void():
    base = settings().base
    g = Graph()
    g.bind("void", VOID)
    g.bind("dcterms", DCTERMS)
    ds = URIRef(f"{base}/.well-known/void#dataset")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("kgraph knowledge graph")))
    g.add((ds, DCTERMS.description, Literal(
        "Institutions, technologies, collaborations and investments extracted from news articles, "
        "with the evidence sentence of every fact. One named graph per article.")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(f"{base}/sparql")))
    g.add((ds, VOID.dataDump, URIRef(f"{base}/dump.nq")))
    g.add((ds, VOID.dataDump, URIRef(f"{base}/dump.ttl")))
    g.add((ds, VOID.uriSpace, Literal(f"{base}/id/")))
    g.add((ds, VOID.rootResource, URIRef(f"{base}/")))
    for ns in ("kg", "schema", "org", "prov", "oa", "skos"):
        g.add((ds, VOID.vocabulary, URIRef(str(PREFIXES[ns]))))
    g.add((ds, URIRef("http://www.w3.org/2000/01/rdf-schema#seeAlso"), URIRef(f"{base}/ontology")))
    st = store()
    graphs = D.data_graphs(st)
    g.add((ds, VOID.triples, Literal(st.quad_count(), datatype=XSD.integer)))
    ex = D.rows(st, "SELECT ?e WHERE { ?e a kg:Organization } LIMIT 1")
    if ex:
        g.add((ds, VOID.exampleResource, URIRef(ex[0]["e"])))
    for gi in graphs[:1000]:
        sub = URIRef(gi)
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
    key = negotiate(default="turtle")
    if key == "html":
        key = "turtle"
    fmt = {"turtle": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[key]
    return Response(g.serialize(format=fmt), 200, content_type=f"{kit.MEDIA[key]}; charset=utf-8",
                    headers={"Vary": "Accept"})


# ---------------------------------------------------------------------------- dumps
def _quads(graph_filter=None, chunk: int = 5000):
    st = store()
    res = D.ox_query(st, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    batch = []
    for sol in res:
        if graph_filter is not None and not graph_filter(sol["g"].value):
            continue
        batch.append(sol)
        if len(batch) >= chunk:
            yield batch
            batch = []
    if batch:
        yield batch


@bp.route("/dump.nq")
def dump_nq():
    """Every named graph, as N-Quads (streamed)."""
    def gen():
        for batch in _quads():
            yield ox.serialize([ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in batch],
                               format=ox.RdfFormat.N_QUADS)
    return Response(stream_with_context(gen()), 200, content_type="application/n-quads; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="kgraph.nq"'})


@bp.route("/dump.ttl")
def dump_ttl():
    """The public default graph (union of the article graphs), as Turtle (streamed)."""
    def gen():
        yield "".join(f"@prefix {p}: <{n}> .\n" for p, n in OX_PREFIXES.items()).encode()
        st = store()
        res = D.ox_query(st, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", default_graph=D.public_graphs(st))
        batch = []

        def flush(b):
            text = ox.serialize([ox.Triple(x["s"], x["p"], x["o"]) for x in b], format=ox.RdfFormat.TURTLE,
                                prefixes=OX_PREFIXES).decode()
            return ("\n".join(line for line in text.splitlines() if not line.startswith("@prefix")) + "\n").encode()
        for sol in res:
            batch.append(sol)
            if len(batch) >= 5000:
                yield flush(batch)
                batch = []
        if batch:
            yield flush(batch)
    return Response(stream_with_context(gen()), 200, content_type="text/turtle; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="kgraph.ttl"'})
