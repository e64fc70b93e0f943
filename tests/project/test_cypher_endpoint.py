"""/cypher on a minimal Flask app with only the cypher blueprint, against real ArcadeDB."""
from __future__ import annotations

import dataclasses
import socket

import pytest
from flask import Flask

import corpus
from kgraph.project.readonly import ReadOnlyViolation, check_read_only

WRITES = [
    "CREATE (n:Evil {x: 1})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Organization) SET n.name = 'x' RETURN n",
    "MERGE (n:Organization {iri: 'x'}) RETURN n",
    "MATCH (n:Organization) REMOVE n:Company",
    "match (n) delete n",
    "DROP CONSTRAINT organization_iri",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "FOREACH (x IN [1,2] | CREATE (:Evil))",
    "CALL dbms.security.createUser('a', 'b', false)",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "CALL db.index.fulltext.createNodeIndex('x', ['A'], ['b'])",
    "MATCH (n) RETURN n; CREATE (m:Evil)",
    "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1",
    "/* read */ CREATE (n:Evil) // only a comment?",
    "MATCH (n) WITH n CREATE (m:Evil)",
]
READS = [
    "MATCH (n:Organization) WHERE n.name = 'CREATE (x)' RETURN n.name",
    "MATCH (n) // DELETE n\nRETURN count(n)",
    "MATCH (n:Organization) RETURN n.name /* SET n.x = 1 */",
    "MATCH (n) RETURN n.set AS s, n.`delete` AS d, {create: 1} AS m",
    "MATCH (start)-[r]->(end) RETURN count(r)",
    "CALL db.labels()",
    "CALL { MATCH (n) RETURN n } RETURN count(n)",
    'RETURN "a \\" DELETE b" AS s;',
]


@pytest.mark.parametrize("query", WRITES)
def test_lexical_check_refuses_writes(query):
    with pytest.raises(ReadOnlyViolation):
        check_read_only(query)


@pytest.mark.parametrize("query", READS)
def test_lexical_check_allows_reads(query):
    check_read_only(query)


@pytest.fixture(scope="module")
def client(graph_settings, projector):
    from kgraph.web.cypher import bp
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = graph_settings
    app.register_blueprint(bp)
    return app.test_client()


def _post(client, query, **params):
    return client.post("/cypher", json={"query": query, "parameters": params})




@pytest.mark.graphdb
def test_query_returns_rows_nodes_and_relationships(client):
    r = _post(client, "MATCH (o:Organization {iri: $iri})-[r:PARTNERS_WITH]-(p) "
                      "RETURN o, r, p.name AS name", iri=corpus.iri("medtronic"))
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["columns"] == ["o", "r", "name"]
    assert "University of Pisa" in {row[2] for row in body["rows"]}
    assert [n["properties"]["name"] for n in body["nodes"]] == ["Medtronic"]
    assert "Organization" in body["nodes"][0]["labels"]
    rel = body["relationships"][0]
    assert rel["type"] == "PARTNERS_WITH" and rel["properties"]["sentence"]
    assert body["nodes"][0]["id"] in (rel["start"], rel["end"])
    assert body["truncated"] is False


@pytest.mark.graphdb
def test_paths_are_serialized(client):
    r = _post(client, "MATCH p = (:Organization {iri: $iri})-[:MEMBER_OF]->(n) RETURN p",
              iri=corpus.iri("unipi"))
    body = r.get_json()
    assert r.status_code == 200, body
    path = body["rows"][0][0]
    assert len(path["nodes"]) == 2 and path["relationships"][0]["type"] == "MEMBER_OF"
    assert len(body["nodes"]) == 2 and len(body["relationships"]) == 1


@pytest.mark.graphdb
@pytest.mark.parametrize("query", WRITES[:6])
def test_writes_are_refused(client, query):
    r = _post(client, query)
    assert r.status_code == 403
    assert r.get_json()["code"] == "read_only"
    check = _post(client, "MATCH (n:Evil) RETURN count(n) AS c")
    assert check.get_json()["rows"] == [[0]]
    names = _post(client, "MATCH (n:Organization {iri: $i}) RETURN n.name", i=corpus.iri("medtronic"))
    assert names.get_json()["rows"] == [["Medtronic"]]


@pytest.mark.graphdb
def test_a_write_that_slips_through_is_rolled_back(graph_settings, projector, driver):
    """Below the lexical guard: the read transaction is never committed."""
    from kgraph.project import readonly
    res = readonly._run(driver, graph_settings.neo4j_database, "CREATE (n:Evil) RETURN 1 AS x",
                        {}, 5.0, 10, __import__("threading").Event())
    assert res.rows == [[1]]
    with driver.session(database=graph_settings.neo4j_database) as s:
        assert s.run("MATCH (n:Evil) RETURN count(n) AS c").single()["c"] == 0


@pytest.mark.graphdb
def test_bad_requests_and_bad_queries_are_400(client):
    assert client.post("/cypher", data="nope").status_code == 400
    assert _post(client, "").status_code == 400
    r = _post(client, "MATCH (n RETURN n")
    assert r.status_code == 400 and r.get_json()["code"] == "query_error"
    r = client.post("/cypher", json={"query": "RETURN 1", "parameters": [1]})
    assert r.status_code == 400


@pytest.mark.graphdb
def test_row_cap_truncates(graph_settings, projector):
    from kgraph.web.cypher import bp
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = dataclasses.replace(graph_settings, row_cap=3)
    app.register_blueprint(bp)
    r = app.test_client().post("/cypher", json={"query": "UNWIND range(1, 10) AS x RETURN x"})
    body = r.get_json()
    assert r.status_code == 200 and body["rows"] == [[1], [2], [3]] and body["truncated"] is True


@pytest.mark.graphdb
def test_timeout(graph_settings, projector):
    from kgraph.web.cypher import bp
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = dataclasses.replace(graph_settings, query_timeout=0.5)
    app.register_blueprint(bp)
    r = app.test_client().post("/cypher", json={
        "query": "UNWIND range(1, 30000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)"})
    assert r.status_code == 504 and r.get_json()["code"] == "timeout"


def test_graph_database_down_is_503(tmp_path):
    from kgraph import config
    from kgraph.web.cypher import bp
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = config.Settings(data_dir=tmp_path, bolt_port=port)
    app.register_blueprint(bp)
    r = app.test_client().post("/cypher", json={"query": "RETURN 1"})
    assert r.status_code == 503 and r.get_json()["code"] == "unavailable"
