"""Ingest keeps the Cypher projection in step while the graph database runs."""
from __future__ import annotations

import dataclasses

from kgraph.ingest.run import ingest_articles
from kgraph.project.follow import follow_ingest
from kgraph.records import Article
from kgraph.vocab import article_graph


def test_ingested_article_is_projected_at_once(store, projector, driver, graph_settings, extractor):
    article = Article(id="https://news.test/follow-1", url="https://news.test/follow-1",
                      title="Acme Robotics teams up with Exampletown",
                      text="Acme Robotics teams up with Exampletown\n\n"
                           "Acme Robotics signed a partnership with the University of Exampletown.")
    summary = ingest_articles([article], store, graph_settings, extractor)
    assert summary.articles == 1
    note = follow_ingest(store, graph_settings, [article.id])
    assert note.startswith("projected 1 article")
    graph = str(article_graph(graph_settings.base, article.id))
    with driver.session(database=graph_settings.neo4j_database) as s:
        n = s.run("MATCH (a:Article {graph: $g}) RETURN count(a) AS n", g=graph).single()["n"]
    assert n == 1


def test_ingest_goes_on_when_no_graph_database_answers(store, graph_settings, tmp_path):
    down = dataclasses.replace(graph_settings, data_dir=tmp_path, bolt_port=1)
    note = follow_ingest(store, down, ["https://news.test/follow-1"])
    assert "not running" in note
