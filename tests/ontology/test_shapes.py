"""The SHACL shapes: a conforming article graph passes; each shape has a failing case that
reports the expected shape and path."""
from __future__ import annotations

import pytest
from rdflib import Graph

from kgraph.build import build_article_graph
from kgraph.records import Article, Entity, Evidence, Extraction, Mention, Relation
from kgraph.validate import validate_graph, validate_pyshacl
from kgraph.vocab import SPARQL_PREFIXES

BASE = "http://kg.test"
TEXT = ("Acme Robotics, a Turin-based company, partners with the University of Exampletown. "
        "Acme Robotics received a EUR 2 million grant from the Example Foundation in March 2024.")
SENT1 = (0, 85)
SENT2 = (86, len(TEXT))

KINDS = {"Organization": "organization", "Person": "person", "Place": "place",
         "Event": "event", "Technology": "technology"}


def ent(key, type_, name, subtype=None, **kw):
    start = TEXT.find(name)
    return Entity(key=key, type=type_, text=name, canonical=name, subtype=subtype,
                  mentions=[Mention(name, max(start, 0), max(start, 0) + len(name))], **kw)


def extraction() -> Extraction:
    article = Article(id="https://news.example/acme", url="https://news.example/acme",
                      title="Acme partners with Exampletown", date="2024-03-15", text=TEXT)
    ents = [ent("acme", "Organization", "Acme Robotics", "Company"),
            ent("uni", "Organization", "University of Exampletown", "University"),
            ent("fdn", "Organization", "Example Foundation", "Other"),
            ent("net", "Organization", "Robotics Network", "Network"),
            ent("turin", "Place", "Turin"),
            ent("ceo", "Person", "Jane Roe"),
            ent("expo", "Event", "Robotics Expo"),
            ent("cobot", "Technology", "collaborative robots"),
            ent("money", "Money", "EUR 2 million", value="2000000", currency="EUR"),
            ent("date", "Date", "March 2024", precision="month")]
    ents[-1].canonical = "2024-03"
    s1 = Evidence(TEXT[slice(*SENT1)], *SENT1, 0.9, "test", "1", "p")
    s2 = Evidence(TEXT[slice(*SENT2)], *SENT2, 0.8, "test", "1", "q")
    rels = [Relation("partnersWith", "acme", "uni", s1),
            Relation("locatedIn", "acme", "turin", s1),
            Relation("fundedBy", "acme", "fdn", s2, amount="money", date="date"),
            Relation("investsIn", "fdn", "acme", s2, amount="money"),
            Relation("memberOf", "acme", "net", s1),
            Relation("hosts", "uni", "expo", s1),
            Relation("organizes", "net", "expo", s1),
            Relation("develops", "acme", "cobot", s1),
            Relation("acquires", "acme", "uni", s1),
            Relation("affiliatedWith", "ceo", "acme", s1)]
    return Extraction(article=article, entities=ents, relations=rels)


@pytest.fixture()
def graph() -> Graph:
    g = Graph()  # a plain, editable copy
    g += build_article_graph(extraction(), BASE)
    return g


# the fast compiled validator must report what pyshacl reports
VALIDATORS = {"compiled": validate_graph, "pyshacl": validate_pyshacl}


@pytest.mark.parametrize("validator", VALIDATORS)
def test_conforming_article_graph_passes(graph, validator):
    report = VALIDATORS[validator](graph)
    assert report.conforms, [v.message for v in report.violations]
    # the fixture exercises all ten relation types and the n-ary money flows
    rels = {str(p).rsplit("#", 1)[-1] for p in graph.predicates() if "kgraph/ontology#" in str(p)}
    assert {"partnersWith", "investsIn", "fundedBy", "memberOf", "locatedIn", "hosts",
            "organizes", "develops", "acquires", "affiliatedWith"} <= rels


ACME = f"<{BASE}/id/organization/acme-robotics>"
UNI = f"<{BASE}/id/organization/university-of-exampletown>"
TURIN = f"<{BASE}/id/place/turin>"
EXPO = f"<{BASE}/id/event/robotics-expo>"
COBOT = f"<{BASE}/id/technology/collaborative-robots>"
CEO = f"<{BASE}/id/person/jane-roe>"
FDN = f"<{BASE}/id/organization/example-foundation>"

# (case, SPARQL update applied to the conforming graph, expected shape, expected path)
CASES = [
    ("org without label", f"DELETE WHERE {{ {ACME} rdfs:label ?l }}", "LabelShape", "rdfs:label"),
    ("org with unknown subtype", f"DELETE WHERE {{ {ACME} kg:subtype ?s }} ; INSERT DATA {{ {ACME} kg:subtype 'Startup' }}",
     "OrganizationShape", "kg:subtype"),
    ("person without label", f"DELETE WHERE {{ {CEO} rdfs:label ?l }}", "LabelShape", "rdfs:label"),
    ("technology without prefLabel", f"DELETE WHERE {{ {COBOT} skos:prefLabel ?l }}", "TechnologyShape", "skos:prefLabel"),
    ("article without headline", "DELETE { ?a schema:headline ?h } WHERE { ?a a schema:NewsArticle ; schema:headline ?h }", "ArticleShape", "schema:headline"),
    ("article date not ISO", "DELETE WHERE { ?a schema:datePublished ?d } ; INSERT { ?a schema:datePublished 'March 15' } WHERE { ?a a schema:NewsArticle }",
     "ArticleShape", "schema:datePublished"),
    ("partnersWith a place", f"INSERT DATA {{ {ACME} kg:partnersWith {TURIN} }}", "partnersWithShape", "kg:partnersWith"),
    ("locatedIn an organization", f"INSERT DATA {{ {ACME} kg:locatedIn {UNI} }}", "locatedInShape", "kg:locatedIn"),
    ("investsIn from a place", f"INSERT DATA {{ {TURIN} kg:investsIn {ACME} }}", "investsInShape", None),
    ("fundedBy a technology", f"INSERT DATA {{ {ACME} kg:fundedBy {COBOT} }}", "fundedByShape", "kg:fundedBy"),
    ("memberOf a place", f"INSERT DATA {{ {ACME} kg:memberOf {TURIN} }}", "memberOfShape", "kg:memberOf"),
    ("hosts an organization", f"INSERT DATA {{ {UNI} kg:hosts {ACME} }}", "hostsShape", "kg:hosts"),
    ("organizes a technology", f"INSERT DATA {{ {ACME} kg:organizes {COBOT} }}", "organizesShape", "kg:organizes"),
    ("develops an organization", f"INSERT DATA {{ {ACME} kg:develops {UNI} }}", "developsShape", "kg:develops"),
    ("acquires an event", f"INSERT DATA {{ {ACME} kg:acquires {EXPO} }}", "acquiresShape", "kg:acquires"),
    ("affiliatedWith a place", f"INSERT DATA {{ {CEO} kg:affiliatedWith {TURIN} }}", "affiliatedWithShape", "kg:affiliatedWith"),
    ("relation without evidence", f"INSERT DATA {{ {UNI} kg:partnersWith {FDN} }}", "partnersWithShape", None),
    ("fact without evidence", "DELETE { ?f kg:evidence ?e } WHERE { ?f a kg:Fact ; rdf:predicate kg:hosts ; kg:evidence ?e }", "FactShape", "kg:evidence"),
    ("evidence without sentence", "DELETE { ?e kg:sentence ?s } WHERE { ?f rdf:predicate kg:hosts ; kg:evidence ?e . ?e kg:sentence ?s }",
     "EvidenceShape", "kg:sentence"),
    ("evidence confidence above 1", "DELETE { ?e kg:confidence ?c } INSERT { ?e kg:confidence 1.5 } WHERE { ?f rdf:predicate kg:hosts ; kg:evidence ?e . ?e kg:confidence ?c }",
     "EvidenceShape", "kg:confidence"),
    ("evidence without article", "DELETE { ?e prov:wasDerivedFrom ?a } WHERE { ?f rdf:predicate kg:hosts ; kg:evidence ?e . ?e prov:wasDerivedFrom ?a }",
     "EvidenceShape", "prov:wasDerivedFrom"),
    ("mention without article", "DELETE { ?m prov:wasDerivedFrom ?a } WHERE { ?m a kg:Mention ; prov:wasDerivedFrom ?a }",
     "MentionShape", "prov:wasDerivedFrom"),
    ("selector end before start", "DELETE { ?s oa:end ?e } INSERT { ?s oa:end -1 } WHERE { ?s a oa:TextPositionSelector ; oa:end ?e }",
     "PositionSelectorShape", "oa:end"),
    ("quote selector without text", "DELETE { ?s oa:exact ?x } WHERE { ?s a oa:TextQuoteSelector ; oa:exact ?x }",
     "QuoteSelectorShape", "oa:exact"),
    ("investment without investor", "DELETE { ?i kg:investor ?x } WHERE { ?i a kg:Investment ; kg:investor ?x }",
     "MoneyFlowShape", "kg:investor"),
    ("funding date not ISO", "DELETE { ?i kg:date ?d } INSERT { ?i kg:date 'spring 2024' } WHERE { ?i a kg:Funding ; kg:date ?d }",
     "MoneyFlowShape", "kg:date"),
    ("negative amount", "DELETE { ?m schema:value ?v } INSERT { ?m schema:value \"-5.0\"^^xsd:decimal } WHERE { ?m a schema:MonetaryAmount ; schema:value ?v }",
     "MonetaryAmountShape", "schema:value"),
    ("amount as a string", "DELETE { ?m schema:value ?v } INSERT { ?m schema:value '2 million' } WHERE { ?m a schema:MonetaryAmount ; schema:value ?v }",
     "MonetaryAmountShape", "schema:value"),
    ("currency not ISO 4217", "DELETE { ?m schema:currency ?c } INSERT { ?m schema:currency 'EURO' } WHERE { ?m a schema:MonetaryAmount ; schema:currency ?c }",
     "MonetaryAmountShape", "schema:currency"),
]


def _expand(curie: str | None) -> str | None:
    if curie is None:
        return None
    from kgraph.vocab import PREFIXES
    prefix, local = curie.split(":", 1)
    return str(PREFIXES[prefix]) + local


@pytest.mark.parametrize("validator", VALIDATORS)
@pytest.mark.parametrize("case,update,shape,path", CASES, ids=[c[0] for c in CASES])
def test_each_shape_reports_its_violation(graph, validator, case, update, shape, path):
    graph.update(SPARQL_PREFIXES + update)
    report = VALIDATORS[validator](graph)
    assert not report.conforms, case
    # a shared property shape (LabelShape) may be reported by itself or by its node shape
    owners = {shape} | ({"OrganizationShape", "PersonShape"} if shape == "LabelShape" else set())
    hits = [v for v in report.violations if v.shape.rsplit("#", 1)[-1] in owners]
    assert hits, f"{case}: expected {shape}, got {[(v.shape, v.path) for v in report.violations]}"
    if path is not None:
        assert any(v.path == _expand(path) for v in hits), [(v.shape, v.path) for v in hits]
