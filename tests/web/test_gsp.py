"""/rdf-graph-store and /graph/… (Graph Store HTTP Protocol) beyond the W3C manifests:
public reads of the real store, refusal of writes on the public endpoint, and writes that
keep the store's union default graph in step."""
from __future__ import annotations

import io
import json

import pytest
from rdflib import Graph, Literal, URIRef

from kgraph import config
from kgraph.store import LocalStore
from kgraph.web import create_app

BASE = "http://kg.test"
EX = "http://example.org/"


def _article_graph(st) -> str:
    return next(g for g in st.data_graphs())


def test_get_article_graph_quarantine_and_default(client, example_store):
    g = _article_graph(example_store)
    assert g.startswith(BASE + "/graph/article/")
    want = example_store.graph(g)
    r = client.get("/rdf-graph-store", query_string={"graph": g}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"] == "text/turtle; charset=utf-8"
    got = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert len(got) == len(want) > 0
    # direct identification: the graph IRI itself, routed by path
    r = client.get(g[len(BASE):], headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.mimetype == "application/n-triples"
    assert len(Graph().parse(data=r.get_data(as_text=True), format="nt")) == len(want)
    for accept, parse in (("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")):
        r = client.get(g[len(BASE):], headers={"Accept": accept})
        assert r.mimetype == accept
        assert len(Graph().parse(data=r.get_data(as_text=True), format=parse)) == len(want)
    assert client.get(g[len(BASE):], query_string={"format": "nt"}).mimetype == "application/n-triples"
    assert client.get(g[len(BASE):], headers={"Accept": "image/png"}).status_code == 406
    # the default graph is the union of the article graphs: no quarantine triple in it
    r = client.get("/rdf-graph-store?default", headers={"Accept": "application/n-triples"})
    default = Graph().parse(data=r.get_data(as_text=True), format="nt")
    assert len(default) >= len(want) and all(t in default for t in want)
    q = BASE + "/graph/quarantine"
    if example_store.has_graph(q):
        quarantined = example_store.graph(q)
        assert client.get("/graph/quarantine").status_code == 200
        assert not any(t in default for t in quarantined)


def test_missing_graph_and_bad_requests(client):
    assert client.get("/rdf-graph-store", query_string={"graph": EX + "nothing"}).status_code == 404
    assert client.head("/graph/no/such/graph").status_code == 404
    r = client.get("/rdf-graph-store")
    assert r.status_code == 400 and "?graph=" in r.get_data(as_text=True)
    assert client.get("/rdf-graph-store", query_string={"graph": "not an iri"}).status_code == 400
    assert client.get("/rdf-graph-store?default&graph=" + EX).status_code == 400


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_public_endpoint_refuses_writes(client, example_store, method):
    g = _article_graph(example_store)
    before = example_store.quad_count()
    for path in (f"/rdf-graph-store?graph={g}", g[len(BASE):], "/rdf-graph-store?default", "/rdf-graph-store"):
        r = client.open(path, method=method, data=f"<{EX}s> <{EX}p> <{EX}o> .",
                        content_type="application/n-triples")
        assert r.status_code == 403, (path, r.status_code)
        assert "read-only" in r.get_data(as_text=True)
    assert example_store.quad_count() == before


@pytest.fixture()
def writable():
    st = LocalStore()
    app = create_app(config.Settings(base_iri=BASE, sparql_write=True), store=st)
    return st, app.test_client()


def _ask_default(client, s, p, o) -> bool:
    r = client.get("/sparql", query_string={"query": f"ASK {{ <{s}> <{p}> {o} }}"})
    return json.loads(r.data)["boolean"]


def test_writes_keep_the_union_default_graph_in_step(writable):
    st, client = writable
    a1, a2 = BASE + "/graph/article/one", BASE + "/graph/article/two"
    nt = f'<{EX}acme> <{EX}name> "Acme" .\n'
    assert client.put(a1[len(BASE):], data=nt, content_type="application/n-triples").status_code == 201
    assert client.put(f"/rdf-graph-store?graph={a2}", data=nt, content_type="application/n-triples").status_code == 201
    assert _ask_default(client, EX + "acme", EX + "name", '"Acme"')
    # PUT replaces the graph: its old triple stays in the union while the other article states it
    assert client.put(a1[len(BASE):], data=f'<{EX}acme> <{EX}name> "ACME" .',
                      content_type="text/turtle").status_code == 204
    assert _ask_default(client, EX + "acme", EX + "name", '"Acme"')
    assert _ask_default(client, EX + "acme", EX + "name", '"ACME"')
    # DELETE drops the graph and takes its triples out of the union
    assert client.delete(f"/rdf-graph-store?graph={a2}").status_code == 204
    assert not _ask_default(client, EX + "acme", EX + "name", '"Acme"')
    assert client.delete(f"/rdf-graph-store?graph={a2}").status_code == 404
    # POST merges, into the union too
    assert client.post(a1[len(BASE):], data=f'<{EX}acme> <{EX}city> "Turin" .',
                       content_type="text/turtle").status_code == 204
    assert _ask_default(client, EX + "acme", EX + "city", '"Turin"')
    assert len(st.graph(a1)) == 2
    # a non-article graph is not part of the default graph
    other = EX + "notes"
    assert client.put(f"/rdf-graph-store?graph={other}", data=f"<{EX}x> <{EX}y> <{EX}z> .",
                      content_type="text/turtle").status_code == 201
    assert not _ask_default(client, EX + "x", EX + "y", f"<{EX}z>")


def test_default_graph_writes_leave_article_triples_alone(writable):
    st, client = writable
    a1 = BASE + "/graph/article/one"
    client.put(a1[len(BASE):], data=f'<{EX}acme> <{EX}name> "Acme" .', content_type="text/turtle")
    assert client.put("/rdf-graph-store?default", data=f"<{EX}a> <{EX}b> <{EX}c> .",
                      content_type="text/turtle").status_code == 204
    r = client.get("/rdf-graph-store?default", headers={"Accept": "application/n-triples"})
    g = Graph().parse(data=r.get_data(as_text=True), format="nt")
    assert (URIRef(EX + "acme"), URIRef(EX + "name"), Literal("Acme")) in g
    assert (URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "c")) in g
    assert client.put("/rdf-graph-store?default", data=f"<{EX}d> <{EX}e> <{EX}f> .",
                      content_type="text/turtle").status_code == 204
    assert not _ask_default(client, EX + "a", EX + "b", f"<{EX}c>")
    assert _ask_default(client, EX + "d", EX + "e", f"<{EX}f>")
    assert client.delete("/rdf-graph-store?default").status_code == 204
    assert not _ask_default(client, EX + "d", EX + "e", f"<{EX}f>")
    assert _ask_default(client, EX + "acme", EX + "name", '"Acme"')
    assert len(st.graph(a1)) == 1


def test_post_creates_graph_patch_and_body_errors(writable):
    st, client = writable
    r = client.post("/rdf-graph-store", data=f"<{EX}s> <{EX}p> 1 .", content_type="text/turtle")
    assert r.status_code == 201
    loc = r.headers["Location"]
    assert loc.startswith(BASE + "/graph/gsp/") and st.has_graph(loc)
    assert client.get(loc[len(BASE):]).status_code == 200
    r = client.patch(loc[len(BASE):], data=f"DELETE WHERE {{ <{EX}s> <{EX}p> ?o }} ; INSERT DATA {{ <{EX}s> <{EX}p> 2 }}",
                     content_type="application/sparql-update")
    assert r.status_code == 204, r.data
    assert {str(o) for o in st.graph(loc).objects()} == {"2"}
    r = client.patch(loc[len(BASE):], data=f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 3 }} }}",
                     content_type="application/sparql-update")
    assert r.status_code == 400 and "GRAPH" in r.get_data(as_text=True)
    # bodies: syntax errors, media types, multipart
    r = client.put(f"/rdf-graph-store?graph={EX}g", data="<a> <b", content_type="text/turtle")
    assert r.status_code == 400 and "does not parse" in r.get_data(as_text=True)
    assert client.put(f"/rdf-graph-store?graph={EX}g", data="x", content_type="image/png").status_code == 415
    assert client.put(f"/rdf-graph-store?graph={EX}g", data="x").status_code in (400, 415)
    assert not st.has_graph(EX + "g")
    r = client.put(f"/rdf-graph-store?graph={EX}g", content_type="multipart/form-data", data={
        "a": (io.BytesIO(f"<{EX}s> <{EX}p> 1 .".encode()), "a.ttl"),
        "b": (io.BytesIO(f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="{EX}s"><p xmlns="{EX}">2</p></rdf:Description></rdf:RDF>'.encode()), "b.rdf")})
    assert r.status_code == 201, r.data
    assert len(st.graph(EX + "g")) == 2


def test_service_description_advertises_the_graph_store(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert (None, URIRef("http://www.w3.org/2000/01/rdf-schema#seeAlso"), URIRef(BASE + "/rdf-graph-store")) in g
    assert (URIRef(BASE + "/rdf-graph-store"), URIRef("http://purl.org/dc/terms/conformsTo"),
            URIRef("http://www.w3.org/TR/sparql11-http-rdf-update/")) in g


def test_large_graphs_stream_as_turtle_and_ntriples():
    st = LocalStore()
    client = create_app(config.Settings(base_iri=BASE, sparql_write=True, row_cap=5000), store=st).test_client()
    n = 12_345
    body = "".join(f'<{EX}s{i % 700}> <{EX}p{i % 3}> "v{i}" .\n' for i in range(n))
    g = BASE + "/graph/article/big"
    assert client.put(g[len(BASE):], data=body, content_type="application/n-triples").status_code == 201
    for path in (g[len(BASE):], "/rdf-graph-store?default"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.status_code == 200 and r.is_streamed
        assert len(Graph().parse(data=r.get_data(as_text=True), format="turtle")) == n
        r = client.get(path, headers={"Accept": "application/n-triples"})
        assert len(Graph().parse(data=r.get_data(as_text=True), format="nt")) == n
        r = client.get(path, headers={"Accept": "application/rdf+xml"})
        assert r.status_code == 406 and "Turtle or N-Triples" in r.get_data(as_text=True)
