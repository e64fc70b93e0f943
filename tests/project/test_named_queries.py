"""Every named query gives the same answer in SPARQL (Oxigraph) and Cypher (ArcadeDB)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pytest

import corpus
from kgraph.project.named_queries import QueryError, get_query, list_queries
from kgraph.project.projector import py

I = corpus.iri

# parameter cases per query, on the test corpus; every named query must have some
CASES = {
    "partners": [{"org": I("medtronic")}, {"org": I("iit")}, {"org": I("netval")}],
    "investments_by": [{"investor": I("cdp")}, {"investor": I("medtronic")},
                       {"investor": I("ec")}],
    "network_members": [{"network": I("netval")}],
    "technology_developers": [{"technology": I("robotics")}],
    "shortest_connection": [{"source": I("cdp"), "target": I("netval")},
                            {"source": I("medtronic"), "target": I("netval")},
                            {"source": I("medtronic"), "target": I("unipi")},
                            {"source": I("ec"), "target": I("iit")},
                            {"source": I("netval"), "target": I("apulia")}],
    "partnership_network_until": [{"date": "2023-12-31"}, {"date": "2024-03-01"},
                                  {"date": "2100"}, {"date": "2000-01-01"}],
}
# the answers that must not be empty (so parity is not trivially about nothing)
NON_EMPTY = {("partners", 0), ("investments_by", 0), ("investments_by", 1), ("investments_by", 2),
             ("network_members", 0), ("technology_developers", 0), ("shortest_connection", 0),
             ("shortest_connection", 1), ("shortest_connection", 2), ("shortest_connection", 3),
             ("partnership_network_until", 0), ("partnership_network_until", 2)}


def norm(v) -> str:
    """A value as a comparable string: numbers canonical, null/unbound as ''."""
    v = py(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (int, float, Decimal)):
        try:
            d = Decimal(str(v)).normalize()
            return format(d, "f")
        except InvalidOperation:
            return str(v)
    return str(v)


def sparql_answer(store, sparql):
    kw = {"default_graph": store.data_graphs()} if hasattr(store, "data_graphs") else {}
    rows = store.select(sparql, **kw)
    return rows


def test_every_query_has_a_pair_and_parity_cases():
    names = [q.name for q in list_queries()]
    assert len(names) >= 6
    assert set(names) == set(CASES), "add parity cases for new named queries"
    for q in list_queries():
        assert q.title and q.description and q.sparql and q.cypher


def test_loader_binds_and_checks_parameters():
    q = get_query("partners")
    assert [p.name for p in q.params] == ["org"] and q.params[0].type == "IRI"
    text = q.sparql_with({"org": "http://kg.test/id/organization/x"})
    assert "<http://kg.test/id/organization/x>" in text and "$org" not in text.split("\n", 4)[-1]
    with pytest.raises(QueryError):
        q.sparql_with({"org": "http://x/> } DROP ALL { <y"})
    with pytest.raises(QueryError):
        q.sparql_with({})
    with pytest.raises(QueryError):
        get_query("../etc/passwd")
    d = get_query("partnership_network_until")
    assert '"2023-12-31"' in d.sparql_with({"date": "2023-12-31"})
    with pytest.raises(QueryError):
        d.sparql_with({"date": "yesterday"})


@pytest.mark.graphdb
@pytest.mark.parametrize("name", sorted(CASES))
def test_parity(name, projector, store, driver, graph_settings):
    q = get_query(name)
    columns = None
    for i, values in enumerate(CASES[name]):
        srows = sparql_answer(store, q.sparql_with(values))
        with driver.session(database=graph_settings.neo4j_database) as s:
            res = s.run(q.cypher, q.cypher_parameters(values))
            keys = res.keys()
            crows = [r.values() for r in res]
        if columns is None:
            columns = keys
        sparql = sorted(tuple(norm(r.get(k)) for k in keys) for r in srows)
        cypher = sorted(tuple(norm(v) for v in r) for r in crows)
        assert sparql == cypher, f"{name} {values}"
        if (name, i) in NON_EMPTY:
            assert cypher, f"{name} {values}: empty answer"


@pytest.mark.graphdb
def test_sparql_variables_match_cypher_columns(projector, store, driver, graph_settings):
    for q in list_queries():
        values = CASES[q.name][0]
        res = store.raw_query(q.sparql_with(values))
        svars = [v.value for v in res.variables]
        with driver.session(database=graph_settings.neo4j_database) as s:
            keys = s.run(q.cypher, q.cypher_parameters(values)).keys()
        assert svars == list(keys), q.name


@pytest.mark.graphdb
def test_parity_on_the_examples(projector, store, driver, graph_settings, examples_ingested):
    """The partnership network of the bundled examples, as extracted by the real pipeline."""
    assert examples_ingested.get("articles"), "the bundled examples were not ingested"
    db = graph_settings.neo4j_database
    with driver.session(database=db) as s:
        orgs = sorted(r["i"] for r in s.run("MATCH (o:Organization) RETURN o.iri AS i"))
    cases = [("partnership_network_until", {"date": "2100"})]
    cases += [("partners", {"org": o}) for o in orgs]
    cases += [("investments_by", {"investor": o}) for o in orgs]
    cases += [("shortest_connection", {"source": orgs[0], "target": o}) for o in orgs[1:]]
    for name, values in cases:
        q = get_query(name)
        srows = sparql_answer(store, q.sparql_with(values))
        with driver.session(database=db) as s:
            res = s.run(q.cypher, q.cypher_parameters(values))
            keys = res.keys()
            crows = [r.values() for r in res]
        assert sorted(tuple(norm(r.get(k)) for k in keys) for r in srows) == \
            sorted(tuple(norm(v) for v in r) for r in crows), f"{name} {values}"
