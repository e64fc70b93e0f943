"""Session fixtures for the Cypher side: a REAL ArcadeDB Bolt server (child process, free
loopback ports, temp root), an in-memory Oxigraph store holding the test corpus (and the
bundled examples run through the real pipeline), and that store projected into ArcadeDB."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from servers import free_port

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from kgraph import config  # noqa: E402


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory) -> config.Settings:
    return config.Settings(data_dir=tmp_path_factory.mktemp("kgraph-graphdb"),
                           base_iri=corpus.BASE, bolt_port=free_port(),
                           graphdb_http_port=free_port(), query_timeout=5.0, row_cap=1000)


@pytest.fixture(scope="session")
def graphdb(graph_settings):
    """The local ArcadeDB server, started for the session and stopped (killed) after it."""
    from kgraph.project.graphdb import LocalServer
    server = LocalServer(graph_settings)
    try:
        server.start(wait=90)
        yield server
    finally:
        server.stop(wait=15)


@pytest.fixture(scope="session")
def driver(graphdb, graph_settings):
    from kgraph.project.graphdb import driver as make_driver
    d = make_driver(graph_settings)
    yield d
    d.close()


@pytest.fixture(scope="session")
def examples_ingested():
    """How many bundled examples went through the real pipeline (set by ``store``)."""
    return {}


@pytest.fixture(scope="session")
def store(examples_ingested, graph_settings):
    from kgraph import resources
    from kgraph.ingest.run import ingest_articles
    from kgraph.read import read_paths
    from kgraph.store import LocalStore
    st = LocalStore(None)
    corpus.build_into(st)
    # the bundled examples through the real read → extract → build → store path
    articles, _ = read_paths([str(resources.path("examples", "articles"))])
    summary = ingest_articles(articles, st, graph_settings)
    examples_ingested["articles"] = summary.articles
    return st


@pytest.fixture(scope="session")
def projector(store, driver, graph_settings):
    from kgraph.project.projector import Projector
    p = Projector(store, driver, graph_settings.neo4j_database)
    p.rebuild()
    return p
