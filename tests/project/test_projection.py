"""Projection from the RDF store into ArcadeDB over Bolt."""
from __future__ import annotations

import pytest

import corpus

pytestmark = pytest.mark.graphdb


def _rows(driver, db, query, **params):
    with driver.session(database=db) as s:
        return [r.data() for r in s.run(query, params)]


def test_schema_constraints_exist(projector, driver, graph_settings):
    rows = _rows(driver, graph_settings.neo4j_database, "SHOW CONSTRAINTS")
    covered = {(tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in rows}
    for label in ("Organization", "Person", "Place", "Event", "Technology", "Article"):
        assert ((label,), ("iri",)) in covered


def test_medtronic_facts(projector, driver, graph_settings):
    rows = _rows(driver, graph_settings.neo4j_database,
                 "MATCH (o:Organization {name:'Medtronic'})-[r]-(x) RETURN type(r) AS t, x.name AS x")
    facts = {(r["t"], r["x"]) for r in rows}
    assert ("PARTNERS_WITH", "University of Pisa") in facts
    assert ("DEVELOPS", "surgical robotics") in facts
    assert ("INVESTS_IN", "MedTech Start") in facts
    assert ("ACQUIRES", "MedTech Start") in facts


def test_every_relationship_has_evidence(projector, driver, graph_settings):
    db = graph_settings.neo4j_database
    rows = _rows(driver, db, """MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS'
        WITH r, r.article AS article
        MATCH (a:Article {iri: article})
        RETURN r.sentence AS sentence, r.start AS start, r.end AS end, r.confidence AS c,
               r.evidence AS ev, a.iri AS article""")
    total = _rows(driver, db, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r) AS n")
    assert len(rows) == total[0]["n"] >= 18
    for r in rows:
        assert r["sentence"] and r["ev"] and r["article"]
        assert isinstance(r["start"], int) and r["end"] > r["start"]
        assert 0 < r["c"] <= 1


def test_labels_and_properties(projector, driver, graph_settings):
    rows = _rows(driver, graph_settings.neo4j_database,
                 "MATCH (o:Organization {iri: $iri}) RETURN labels(o) AS l, o AS o",
                 iri=corpus.iri("unipi"))
    assert sorted(rows[0]["l"]) == ["Organization", "University"]
    o = rows[0]["o"]
    assert o["name"] == "University of Pisa" and "UniPi" in o["aliases"] and o["country"] == "IT"
    money = _rows(driver, graph_settings.neo4j_database,
                  "MATCH (:Organization {iri: $iri})-[r:INVESTS_IN]->() RETURN properties(r) AS r",
                  iri=corpus.iri("cdp"))[0]["r"]
    assert money["amount"] == 12000000 and money["currency"] == "EUR"
    assert money["date"] == "2024-02-15"


def test_incremental_projection_is_idempotent(projector):
    before = projector.counts()
    stats = projector.sync()
    assert stats["articles"] == 0 and stats["removed"] == 0
    assert projector.counts() == before
    # forcing every article again changes nothing either
    graphs = list(projector.projected_articles())
    projector.project(graphs)
    assert projector.counts() == before


def test_removing_an_article_removes_its_relationships(projector, store, driver, graph_settings):
    db = graph_settings.neo4j_database
    g = corpus.graph_iri(5)
    q = "MATCH (:Organization {iri: $a})-[r:PARTNERS_WITH]-(p) RETURN p.iri AS p"
    assert corpus.iri("polimi") in {r["p"] for r in _rows(driver, db, q, a=corpus.iri("medtronic"))}
    before = projector.counts()
    store.drop_graph(g)
    try:
        stats = projector.sync()
        assert stats["removed"] == 1
        partners = {r["p"] for r in _rows(driver, db, q, a=corpus.iri("medtronic"))}
        assert corpus.iri("polimi") not in partners and corpus.iri("unipi") in partners
        # Politecnico was only in that article: its node is gone too
        assert not _rows(driver, db, "MATCH (o:Organization {iri: $i}) RETURN o.iri",
                         i=corpus.iri("polimi"))
        assert not _rows(driver, db, "MATCH (a:Article {graph: $g}) RETURN a.iri", g=g)
    finally:
        corpus.build_into(store, indexes=[5])
        projector.sync()
    assert projector.counts() == before


def test_changed_article_is_replaced(projector, store, driver, graph_settings):
    """A changed article: its old contribution goes, the new one comes."""
    db = graph_settings.neo4j_database
    g = corpus.graph_iri(4)
    before = projector.counts()
    ex = corpus.extraction(4)
    ex.relations[0].evidence.sentence = "Bari Tech Park teams up with the Apulia Region."
    from kgraph.build import build_article_graph
    from kgraph.resolve import resolve
    store.replace_graph(g, build_article_graph(resolve(ex, corpus.BASE), corpus.BASE))
    try:
        assert projector.sync()["articles"] == 1
        rows = _rows(driver, db, "MATCH (:Organization {iri: $i})-[r:PARTNERS_WITH]->() "
                                 "RETURN r.sentence AS s", i=corpus.iri("baripark"))
        assert [r["s"] for r in rows] == ["Bari Tech Park teams up with the Apulia Region."]
        assert projector.counts() == before
    finally:
        corpus.build_into(store, indexes=[4])
        projector.sync()
