"""The explorer over a REMOTE store: a real Oxigraph server process (``oxigraph serve``)
holding the example articles, the app created with sparql_query_url / sparql_update_url.
/sparql proxies queries (formats, dataset, row cap, timeout, refusals); the pages and the
graph store read through the same store."""
from __future__ import annotations

import csv
import io
import json
import time

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph

from servers import free_port, oxigraph_serve
from kgraph import config
from kgraph.web import create_app

BASE = "http://kg.test"
# DISTINCT: a remote store has no kept union, its default graph is the bag of the article graphs
SEL = ("SELECT DISTINCT ?name WHERE { ?o a <https://w3id.org/kgraph/ontology#Organization> ; "
       "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name")
EX = "http://example.org/"


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory, example_store):
    """A real Oxigraph SPARQL server on a free loopback port, loaded with the example
    store's named graphs (not its kept union: a remote store has none)."""
    with oxigraph_serve(tmp_path_factory.mktemp("oxi")) as url:
        quads = [q for q in example_store.ox if not isinstance(q.graph_name, ox.DefaultGraph)]
        r = requests.post(url + "/store", data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                          headers={"Content-Type": "application/n-quads"}, timeout=60)
        assert r.status_code < 300, r.text
        yield url


def remote_app(url: str, **kw):
    settings = config.Settings(sparql_query_url=url + "/query", sparql_update_url=url + "/update",
                               base_iri=BASE, **{"query_timeout": 5.0, "row_cap": 1000, **kw})
    return create_app(settings)


@pytest.fixture(scope="module")
def remote(oxigraph_server):
    return remote_app(oxigraph_server).test_client()


def _names(resp) -> list[str]:
    return [b["name"]["value"] for b in json.loads(resp.data)["results"]["bindings"]]


def test_select_json_and_csv_match_the_local_store(remote, client):
    local = client.get("/sparql", query_string={"query": SEL})
    r = remote.get("/sparql", query_string={"query": SEL})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    assert _names(r) == _names(local) and len(_names(r)) > 3
    r = remote.post("/sparql", data={"query": SEL}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert [row[0] for row in csv.reader(io.StringIO(r.get_data(as_text=True)))][1:] == _names(local)
    r = remote.post("/sparql", data=SEL, content_type="application/sparql-query",
                    headers={"Accept": "application/sparql-results+xml"})
    assert r.mimetype == "application/sparql-results+xml" and b"<sparql" in r.data
    r = remote.get("/sparql", query_string={"query": SEL, "format": "tsv"})
    assert r.mimetype == "text/tab-separated-values" and r.get_data(as_text=True).startswith("?name\n")


def test_ask_and_construct(remote, client):
    yes = "ASK { ?o a <https://w3id.org/kgraph/ontology#Organization> }"
    r = remote.get("/sparql", query_string={"query": yes})
    assert r.mimetype == "application/sparql-results+json" and json.loads(r.data)["boolean"] is True
    r = remote.get("/sparql", query_string={"query": "ASK { ?s <http://example.org/nothing> ?o }"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert b"<boolean>false</boolean>" in r.data
    q = ("CONSTRUCT { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?n } WHERE { ?o a "
         "<https://w3id.org/kgraph/ontology#Organization> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    r = remote.get("/sparql", query_string={"query": q}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    got = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    want = Graph().parse(data=client.get("/sparql", query_string={"query": q, "format": "nt"}).get_data(as_text=True),
                         format="nt")
    assert len(got) == len(want) > 3
    r = remote.get("/sparql", query_string={"query": q}, headers={"Accept": "application/ld+json"})
    assert r.mimetype == "application/ld+json"


def test_dataset_default_graph_is_the_article_union(remote, example_store):
    quarantine = BASE + "/graph/quarantine"
    # GRAPH ?g still reaches every named graph
    r = remote.get("/sparql", query_string={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    graphs = {b["g"]["value"] for b in json.loads(r.data)["results"]["bindings"]}
    assert graphs == set(example_store.graphs())
    if example_store.has_graph(quarantine):
        q = f"ASK {{ GRAPH <{quarantine}> {{ ?s ?p ?o }} . ?s ?p ?o }}"
        assert json.loads(remote.get("/sparql", query_string={"query": q}).data)["boolean"] is False
    # the protocol's dataset overrides the default
    g = example_store.data_graphs()[0]
    n = len(example_store.graph(g))
    r = remote.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                            "default-graph-uri": g})
    assert int(json.loads(r.data)["results"]["bindings"][0]["n"]["value"]) == n


def test_errors_and_refusals(remote, oxigraph_server):
    r = remote.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and "1:" in r.get_data(as_text=True)
    r = remote.post("/sparql", data={"update": f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}"})
    assert r.status_code == 403 and "read-only" in r.get_data(as_text=True)
    r = remote.get("/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert r.status_code == 403
    assert remote.put(f"/rdf-graph-store?graph={EX}g", data="<a:b> <a:c> <a:d> .",
                      content_type="application/n-triples").status_code == 403
    down = remote_app("http://127.0.0.1:%d" % free_port()).test_client()
    r = down.get("/sparql", query_string={"query": SEL})
    assert r.status_code == 502 and "cannot be reached" in r.get_data(as_text=True)


def test_write_mode_updates_but_never_load(oxigraph_server):
    c = remote_app(oxigraph_server, sparql_write=True).test_client()
    g = EX + "scratch"
    r = c.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <{g}> {{ <{EX}a> <{EX}b> <{EX}c> }} }}"})
    assert r.status_code == 204, r.data
    ask = {"query": f"ASK {{ GRAPH <{g}> {{ <{EX}a> <{EX}b> <{EX}c> }} }}"}
    assert json.loads(c.get("/sparql", query_string=ask).data)["boolean"] is True
    assert c.get(f"/rdf-graph-store?graph={g}").status_code == 200
    assert c.delete(f"/rdf-graph-store?graph={g}").status_code == 204
    assert json.loads(c.get("/sparql", query_string=ask).data)["boolean"] is False
    r = c.post("/sparql", data={"update": "LOAD <http://127.0.0.1:9/x.ttl>"})
    assert r.status_code == 403


def test_row_cap(oxigraph_server):
    c = remote_app(oxigraph_server, row_cap=5).test_client()
    r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and len(r.get_data(as_text=True).strip().splitlines()) == 1 + 5
    assert "5" in r.headers["X-KGraph-Truncated"]
    r = c.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
    assert len(r.get_data(as_text=True).strip().splitlines()) == 5 and "X-KGraph-Truncated" in r.headers
    r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert len(json.loads(r.data)["results"]["bindings"]) == 3 and "X-KGraph-Truncated" not in r.headers


def test_pages_and_graph_store_read_the_remote_store(remote, example_store):
    assert remote.get("/").status_code == 200
    org = example_store.select("SELECT ?o WHERE { ?o a <https://w3id.org/kgraph/ontology#Organization> } LIMIT 1",
                               union=False)[0]["o"]
    path = str(org)[len(BASE):]
    r = remote.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.data[:500]
    r = remote.get(path, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and len(Graph().parse(data=r.get_data(as_text=True), format="turtle")) > 0
    for page in ("/articles", "/network", "/investments", "/quarantine", "/queries", "/about",
                 "/cypher-editor", "/ontology", "/api/network", "/api/network/facets", "/api/search?q=a",
                 "/api/investments", "/api/investments.csv", "/api/queries", "/api/status",
                 f"/api/entity?iri={org}", "/.well-known/void", "/dump.nq", "/dump.ttl"):
        assert remote.get(page).status_code == 200, page
    g = example_store.data_graphs()[0]
    r = remote.get(g[len(BASE):], headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    assert len(Graph().parse(data=r.get_data(as_text=True), format="nt")) == len(example_store.graph(g))
    assert remote.get("/sparql", headers={"Accept": "text/turtle"}).status_code == 200


def test_article_page_reads_its_graph_on_the_remote_store(remote, example_store):
    """data.rows() queries name article graphs (GRAPH <g>) while the default graph is the
    article union: the remote dataset must keep the named graphs."""
    from kgraph.web import data as D
    st = remote.application.extensions["kgraph_store"]
    aid = next(r["id"] for r in D.articles(example_store) if r.get("id"))
    want = D.article(example_store, aid, BASE)
    with remote.application.test_request_context("/"):
        got = D.article(st, aid, BASE)
    assert want["facts"] and want["segments"]
    assert got["facts"] == want["facts"] and got["segments"] == want["segments"]
    assert remote.get(f"/article/{aid}").status_code == 200


def test_entity_data_matches_the_local_store(remote, example_store):
    from kgraph.web import data as D
    st = remote.application.extensions["kgraph_store"]
    orgs = [r["o"] for r in D.rows(example_store, "SELECT DISTINCT ?o WHERE { ?o a kg:Organization } ORDER BY ?o LIMIT 8")]
    with remote.application.test_request_context("/"):
        assert D.counts(st) == D.counts(example_store)
        for o in orgs:
            assert D.entity(st, o) == D.entity(example_store, o), o
        assert D.articles(st) == D.articles(example_store)
        assert D.money_flows(st) == D.money_flows(example_store)
        assert D.search(st, "ac") == D.search(example_store, "ac")
        got, want = D.network(st), D.network(example_store)   # edges in query order
        key = lambda e: (e["source"], e["relation"], e["target"])  # noqa: E731
        assert sorted(got.pop("edges"), key=key) == sorted(want.pop("edges"), key=key)
        assert got == want


def test_timeout_disconnects_and_answers_503(oxigraph_server):
    # last in the module: Oxigraph keeps evaluating the abandoned COUNT until it is stopped
    c = remote_app(oxigraph_server, query_timeout=1.0).test_client()
    pats = " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(8))
    t0 = time.monotonic()
    r = c.get("/sparql", query_string={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pats} }}"})
    took = time.monotonic() - t0
    assert r.status_code == 503 and "1 s" in r.get_data(as_text=True)
    assert took < 3.0, took
