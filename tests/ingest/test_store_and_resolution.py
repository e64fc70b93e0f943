"""Resolution across articles, quarantine, provenance, corroboration, remove/unmerge —
on a real on-disk Oxigraph store, with Extractions built by hand or from the gold files."""
from __future__ import annotations

import pytest

from kgraph.ingest import ingest_articles
from kgraph.ingest.manage import export, quarantine_entries, remove_articles, unmerge
from kgraph.records import Entity, Extraction, Article
from kgraph.resolve import Resolver
from kgraph.store import LocalStore
from kgraph.validate import validate_graph, validate_plain
from kgraph.vocab import SPARQL_PREFIXES, article_graph

from ingest_helpers import StubExtractor, gold_extraction, quarantine_fixture

GOLD = ["001", "002", "006", "010", "011", "015"]


def ingest(exs, store, settings, **kw):
    return ingest_articles([e.article for e in exs], store, settings, StubExtractor(exs),
                           workers=0, **kw)


def iri_of(store, label):
    rows = store.select(SPARQL_PREFIXES + f"""SELECT DISTINCT ?e WHERE {{
        ?e a kg:Organization . {{ ?e rdfs:label ?l }} UNION {{ ?e skos:altLabel ?l }}
        FILTER (LCASE(STR(?l)) = LCASE("{label}")) }}""", default_graph=store.data_graphs())
    return {str(r["e"]) for r in rows}


@pytest.fixture()
def gold_store(settings):
    store = LocalStore(settings.store_path)
    summary = ingest([gold_extraction(s) for s in GOLD], store, settings)
    assert summary.articles == len(GOLD) and not summary.errors, summary
    return store


def test_dev_names_resolve_to_one_iri_each(gold_store):
    for group in (["Medtronic", "Medtronic plc"],
                  ["National Research Council of Italy", "Consiglio Nazionale delle Ricerche"],
                  ["Italian Institute of Technology", "Istituto Italiano di Tecnologia"],
                  ["NVIDIA", "Nvidia"]):
        iris = set().union(*(iri_of(gold_store, name) for name in group))
        assert len(iris) == 1, (group, iris)


def test_merges_are_logged_with_reason_and_score(gold_store, settings):
    rows = gold_store.select(SPARQL_PREFIXES + f"""SELECT ?v ?c ?reason ?score WHERE {{
        GRAPH <{settings.base}/graph/merges> {{ ?m a kg:Merge ; kg:mergedFrom ?v ; kg:mergedInto ?c ;
          kg:reason ?reason ; kg:score ?score . ?v owl:sameAs ?c }} }}""", union=False)
    pairs = {(str(r["v"]).rsplit("/", 1)[-1], str(r["c"]).rsplit("/", 1)[-1]) for r in rows}
    assert ("medtronic-plc", "medtronic") in pairs
    assert ("consiglio-nazionale-delle-ricerche", "national-research-council-of-italy") in pairs
    assert all(0 < float(r["score"]) <= 1 for r in rows)


def test_first_seen_iri_wins_and_is_stable(settings):
    store = LocalStore(settings.store_path)
    ingest([gold_extraction("011")], store, settings)          # Medtronic plc first
    ingest([gold_extraction("001")], store, settings)
    assert iri_of(store, "Medtronic") == {f"{settings.base}/id/organization/medtronic-plc"}


def _org_ex(aid, name, subtype="Company", country=None, aliases=()):
    ex = Extraction(Article(id=aid, text=f"{name} said something about research.", title=aid))
    ex.entities.append(Entity("e1", "Organization", name, name, subtype=subtype, country=country,
                              aliases=list(aliases)))
    return ex


def test_translation_and_suffix_rules_and_blocks():
    r = Resolver("http://kg.test")
    a = _org_ex("a", "Università del Salento", "University")
    r.resolve(a)
    b = _org_ex("b", "University of Salento", "University")
    assert r.resolve(b)[0].reason == "translation"
    assert b.entities[0].iri == a.entities[0].iri
    c = _org_ex("c", "UniSalento", "University")
    c.entities[0].aliases = ["Università del Salento"]
    r.resolve(c)
    assert c.entities[0].iri == a.entities[0].iri
    # different countries stay apart
    d = _org_ex("d", "National Research Council", "ResearchInstitute", country="IT")
    e = _org_ex("e", "National Research Council Canada", "ResearchInstitute")
    r.resolve(d), r.resolve(e)
    assert d.entities[0].iri != e.entities[0].iri
    # different legal forms stay apart; do-not-merge list
    f, g = _org_ex("f", "Merck KGaA"), _org_ex("g", "Merck & Co. Inc.")
    r.resolve(f), r.resolve(g)
    assert f.entities[0].iri != g.entities[0].iri
    h, i = _org_ex("h", "Novo Nordisk"), _org_ex("i", "Novo Nordisk Foundation", "Other")
    r.resolve(h), r.resolve(i)
    assert h.entities[0].iri != i.entities[0].iri
    # a stray acronym alias does not glue two institutes together
    j = _org_ex("j", "Center for Biomolecular Nanotechnologies", "ResearchInstitute", aliases=["CNR"])
    k = _org_ex("k", "Consiglio Nazionale delle Ricerche", "ResearchInstitute", aliases=["CNR"])
    r.resolve(j), r.resolve(k)
    assert j.entities[0].iri != k.entities[0].iri
    # fuzzy: near-spellings merge, different names sharing most words do not
    s1, s2 = _org_ex("s1", "Siemens Healthineers"), _org_ex("s2", "Siemens Healthineer")
    r.resolve(s1)
    assert r.resolve(s2)[0].reason == "fuzzy" and s2.entities[0].iri == s1.entities[0].iri
    u1 = _org_ex("u1", "University of Pisa and Italian Institute of Technology", "University")
    u2 = _org_ex("u2", "University of Padova and Italian Institute of Technology", "University")
    r.resolve(u1), r.resolve(u2)
    assert u1.entities[0].iri != u2.entities[0].iri
    # same short name, different kind: no merge
    p = Extraction(Article(id="p", text="Salento is nice.", title="p"))
    p.entities.append(Entity("e1", "Place", "Salento", "Salento"))
    r.resolve(p)
    assert "/place/" in p.entities[0].iri


def test_unmerge_records_do_not_merge_and_repoints(gold_store, settings):
    variant = f"{settings.base}/id/organization/medtronic-plc"
    res = unmerge(gold_store, settings, variant,
                  extractor=StubExtractor([gold_extraction(s) for s in GOLD]))
    assert res.merges and res.articles
    assert gold_store.ask(f"""ASK {{ GRAPH <{settings.base}/graph/merges> {{
        <{variant}> <http://www.w3.org/2002/07/owl#differentFrom> ?c }} }}""", union=False)
    assert not gold_store.ask(f"ASK {{ <{variant}> <http://www.w3.org/2002/07/owl#sameAs> ?c }}")
    # the article now states facts about its own entity again
    g011 = str(article_graph(settings.base, "gold:011"))
    assert gold_store.ask(f"ASK {{ GRAPH <{g011}> {{ <{variant}> a ?t }} }}", union=False)


def test_quarantine_fixture_lands_in_quarantine_with_report(settings):
    store = LocalStore(settings.store_path)
    ex = quarantine_fixture()
    summary = ingest([ex], store, settings)
    assert summary.articles == 1 and summary.quarantined >= 2 and summary.facts == 1
    entries = quarantine_entries(store, settings)
    assert len(entries) == 1
    e = entries[0]
    shapes = {v["shape"].rsplit("#", 1)[-1] for v in e["violations"]}
    assert "locatedInShape" in shapes
    assert shapes & {"MonetaryAmountShape", "MoneyFlowShape"}
    assert all(v["focus"] and v["message"] for v in e["violations"])
    preds = {f["predicate"].rsplit("#", 1)[-1] for f in e["facts"]}
    assert {"locatedIn", "investsIn"} <= preds
    # quarantined facts are not asserted in the data graphs; the good fact is stored
    data = store.data_graphs()
    assert not store.ask(SPARQL_PREFIXES + "ASK { ?s kg:locatedIn ?o }", default_graph=data)
    assert not store.ask(SPARQL_PREFIXES + "ASK { ?a schema:value ?v FILTER (?v < 0) }")
    assert store.ask(SPARQL_PREFIXES + "ASK { ?s kg:partnersWith ?o }", default_graph=data)
    # the stored article graph conforms; re-ingest is idempotent; remove cleans the quarantine
    g = str(article_graph(settings.base, ex.article.id))
    assert validate_graph(store.graph(g)).conforms
    n = store.quad_count()
    ingest([quarantine_fixture()], store, settings, force=True)
    assert store.quad_count() == n
    remove_articles(store, settings, ex.article.url)
    assert quarantine_entries(store, settings) == [] and store.quad_count() == 0


def test_compiled_shapes_report_what_pyshacl_reports(settings):
    from kgraph.build import build_article_graph
    ex = quarantine_fixture()
    Resolver(settings.base).resolve(ex)
    g = build_article_graph(ex, settings.base)
    key = lambda v: (v.focus, v.shape, v.path or "", v.value or "")
    fast, plain = validate_graph(g), validate_plain(g)
    assert not fast.conforms and not plain.conforms
    assert sorted(set(map(key, fast.violations))) == sorted(set(map(key, plain.violations)))
    gold = gold_extraction("001")
    Resolver(settings.base).resolve(gold)
    g = build_article_graph(gold, settings.base)
    assert validate_graph(g).conforms and validate_plain(g).conforms


def test_corroboration_is_computed_in_sparql_and_follows_removal(settings):
    store = LocalStore(settings.store_path)
    exs = []
    for aid in ("x1", "x2"):
        ex = Extraction(Article(id=aid, text="Acme partners with Beta on robots.", title=aid))
        ex.entities = [Entity("a", "Organization", "Acme", "Acme", subtype="Company"),
                       Entity("b", "Organization", "Beta", "Beta", subtype="Company")]
        from kgraph.records import Relation, Evidence
        ex.relations = [Relation("partnersWith", "a", "b",
                                 Evidence("Acme partners with Beta on robots.", 0, 34, 0.8, "t", "1"))]
        exs.append(ex)
    ingest(exs, store, settings)
    q = SPARQL_PREFIXES + """SELECT ?s ?p ?o (COUNT(DISTINCT ?article) AS ?n) WHERE {
        GRAPH ?g { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                   kg:evidence/prov:wasDerivedFrom ?article } } GROUP BY ?s ?p ?o"""
    assert [int(r["n"]) for r in store.select(q)] == [2]
    remove_articles(store, settings, "x1")
    assert [int(r["n"]) for r in store.select(q)] == [1]


def test_every_fact_has_full_provenance(gold_store):
    missing = gold_store.select(SPARQL_PREFIXES + """
        SELECT ?f WHERE { ?f a kg:Fact .
          FILTER NOT EXISTS { ?f kg:evidence ?ev . ?ev kg:sentence ?s ; prov:wasDerivedFrom ?a ;
             kg:extractor ?x ; kg:extractorVersion ?v ; kg:confidence ?c ;
             oa:hasSelector [ a oa:TextPositionSelector ; oa:start ?b ; oa:end ?e ] .
             ?a a schema:NewsArticle } }""", default_graph=gold_store.data_graphs())
    assert missing == []


def test_export_formats(gold_store, settings):
    from rdflib import Dataset, Graph
    ttl = export(gold_store, settings, "turtle")
    assert len(Graph().parse(data=ttl, format="turtle")) > 100
    nq = export(gold_store, settings, "nquads")
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    assert len(list(ds.graphs())) >= len(GOLD)
    one = export(gold_store, settings, "jsonld", article="gold:001")
    assert b"Salento" in one
