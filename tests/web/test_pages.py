"""Linked data, downloads and the HTML pages (escaping, CSP, empty states)."""
from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kgraph import config
from kgraph.store import LocalStore
from kgraph.web import create_app

MEDTRONIC = "http://kg.test/id/organization/medtronic"
KG = "https://w3id.org/kgraph/ontology#"


def test_entity_dereferences_by_content_negotiation(client):
    r = client.get("/id/organization/medtronic", headers={"Accept": "text/html"})
    assert r.status_code == 200 and b"Medtronic" in r.data and b"Salento Biomedical District" in r.data
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")):
        r = client.get("/id/organization/medtronic", headers={"Accept": accept})
        assert r.status_code == 200 and r.mimetype == accept, accept
        g = Graph().parse(data=r.get_data(as_text=True), format=fmt)
        assert (URIRef(MEDTRONIC), RDFS.label, None) in g
        assert (URIRef(MEDTRONIC), URIRef(KG + "investsIn"), None) in g
        facts = set(g.subjects(RDF.type, URIRef(KG + "Fact")))
        assert facts and any(g.value(e, URIRef(KG + "sentence")) for f in facts for e in g.objects(f, URIRef(KG + "evidence")))
    r = client.get("/id/organization/medtronic?format=ttl")
    assert r.mimetype == "text/turtle"
    assert client.get("/id/organization/no-such-thing", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/id/organization/no-such-thing").status_code == 404


def test_article_iri_redirects_browsers_to_the_article_page(client):
    r = client.get("/articles")
    aid = re.search(rb'href="/article/([0-9a-f]+)"', r.data).group(1).decode()
    r = client.get(f"/id/article/{aid}", headers={"Accept": "text/html"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/article/{aid}")
    r = client.get(f"/id/article/{aid}", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and b"NewsArticle" in r.data


def test_ontology_void_and_dumps(client):
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert (URIRef(KG + "investsIn"), None, None) in g
    assert b"kg:investsIn" in client.get("/ontology", headers={"Accept": "text/html"}).data
    r = client.get("/.well-known/void")
    assert r.mimetype == "text/turtle" and b"void:sparqlEndpoint" in r.data
    r = client.get("/dump.nq")
    assert r.is_streamed and r.mimetype == "application/n-quads"
    body = r.get_data(as_text=True)
    assert "<http://kg.test/graph/article/" in body and MEDTRONIC in body
    r = client.get("/dump.ttl")
    g = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert (URIRef(MEDTRONIC), RDFS.label, None) in g


def test_search_api_finds_names_and_aliases(client):
    hits = client.get("/api/search?q=medtr").get_json()["results"]
    assert hits[0]["iri"] == MEDTRONIC and hits[0]["kind"] == "Organization"
    assert client.get("/api/search?q=").get_json()["results"] == []


def test_investments_page_and_csv(client):
    r = client.get("/investments")
    assert r.status_code == 200 and b"Salento Biomedical District" in r.data
    r = client.get("/api/investments.csv?q=medtronic")
    text = r.get_data(as_text=True)
    assert r.mimetype == "text/csv" and "Medtronic" in text and "Salento Biomedical District" in text
    assert "source_sentence" in text.splitlines()[0]


def test_network_api(client):
    g = client.get("/api/network").get_json()
    assert g["nodes"] and g["edges"]
    assert all("centrality" in n and "community" in n for n in g["nodes"])
    g2 = client.get("/api/network?min=5").get_json()
    assert len(g2["edges"]) <= len(g["edges"])
    assert client.get("/api/network?until=1900-01-01").get_json()["nodes"] == []


def test_every_page_renders_with_csp_and_no_inline_script(client):
    aid = re.search(rb'href="/article/([0-9a-f]+)"', client.get("/articles").data).group(1).decode()
    for path in ("/", "/?q=medtronic", "/network", "/investments", "/articles", f"/article/{aid}", "/quarantine",
                 "/sparql", "/cypher-editor", "/queries", "/about", "/ontology", "/id/organization/medtronic"):
        r = client.get(path, headers={"Accept": "text/html"})
        assert r.status_code == 200, path
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        for tag in re.findall(rb"<script[^>]*>", r.data):
            assert b"src=" in tag, (path, tag)
        assert not re.search(rb"<script[^>]*>[^<]+</script>", r.data), path
        assert not re.search(rb"\son[a-z]+=", r.data), path       # no inline handlers


def test_article_text_and_names_are_escaped(client):
    r = client.get("/articles")
    assert b"<script>alert(1)</script>" not in r.data
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; Hostile headline" in r.data
    aid = re.search(rb'href="/article/([0-9a-f]+)">&lt;script', r.data).group(1).decode()
    r = client.get(f"/article/{aid}")
    assert b"<script>alert" not in r.data
    assert b"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in r.data
    assert b"&lt;b&gt;deal&lt;/b&gt;" in r.data


def test_article_page_highlights_mentions(client):
    r = client.get("/articles")
    aid = None
    for m in re.finditer(rb'href="/article/([0-9a-f]+)">([^<]+)<', r.data):
        if b"Salento" in m.group(2):
            aid = m.group(1).decode()
    assert aid
    r = client.get(f"/article/{aid}")
    assert re.search(rb'<a class="mention kind-Organization" href="/id/organization/medtronic"', r.data)
    assert b"invests in" in r.data or b"funded by" in r.data


def test_quarantine_empty_state_and_records():
    store = LocalStore()
    c = create_app(config.Settings(base_iri="http://kg.test"), store=store).test_client()
    assert b"Nothing in quarantine" in c.get("/quarantine").data
    store.update("""PREFIX sh: <http://www.w3.org/ns/shacl#>
        INSERT DATA { GRAPH <http://kg.test/graph/quarantine> {
          <http://kg.test/id/quarantine/1> a <https://w3id.org/kgraph/ontology#QuarantineRecord> ;
             <http://www.w3.org/2000/01/rdf-schema#label> "Acme <b>invests</b> in Foo" ;
             <https://w3id.org/kgraph/ontology#report> <http://kg.test/id/quarantine/1#r> .
          <http://kg.test/id/quarantine/1#r> a sh:ValidationResult ; sh:resultMessage "Fact has no evidence" . } }""")
    r = c.get("/quarantine")
    assert b"Fact has no evidence" in r.data and b"Acme &lt;b&gt;invests&lt;/b&gt; in Foo" in r.data
    # quarantined facts are not searchable
    assert c.get("/api/search?q=acme").get_json()["results"] == []


def test_query_gallery_lists_named_queries(client):
    r = client.get("/queries")
    assert r.status_code == 200 and b"SPARQL" in r.data and b"Cypher" in r.data
    assert client.get("/api/queries").get_json()["queries"]
