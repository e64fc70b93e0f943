"""End to end, thin: read → extract → build → validate → store → query."""
from __future__ import annotations

from kgraph.ingest import ingest_articles
from kgraph.read import read_paths
from kgraph.store import LocalStore
from kgraph.vocab import SPARQL_PREFIXES

import subprocess
import sys


def test_ingest_example_articles_into_store(settings, extractor, examples_dir):
    articles, errors = read_paths([str(examples_dir)])
    assert not errors and len(articles) >= 6
    store = LocalStore(settings.store_path)
    summary = ingest_articles(articles, store, settings, extractor)
    assert summary.articles == len(articles) and summary.rejected == 0
    graphs = [g for g in store.graphs() if "/graph/article/" in g]
    assert len(graphs) == len(articles)
    rows = store.select(SPARQL_PREFIXES + """
        SELECT ?label WHERE { ?o a kg:Organization ; rdfs:label ?label }""")
    labels = {str(r["label"]) for r in rows}
    assert "Medtronic" in labels
    # every relation triple has a reified fact with evidence
    missing = store.select(SPARQL_PREFIXES + """
        SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?p rdfs:subPropertyOf kg:relation .
          FILTER NOT EXISTS { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?e } }""")
    assert missing == []


def test_reingest_changes_nothing(settings, extractor, examples_dir):
    articles, _ = read_paths([str(examples_dir)])
    store = LocalStore(settings.store_path)
    ingest_articles(articles[:2], store, settings, extractor)
    before = store.quad_count()
    ingest_articles(articles[:2], store, settings, extractor)
    assert store.quad_count() == before > 0


def test_second_process_cannot_open_a_store_in_use(settings):
    store = LocalStore(settings.store_path)  # this process owns the store while it is open
    code = ("import sys; from kgraph.store import LocalStore, StoreLockedError\n"
            f"try:\n LocalStore({str(settings.store_path)!r})\nexcept StoreLockedError as e:\n"
            " print('LOCKED', e); sys.exit(3)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 3, r.stderr
    assert "in use by another process" in r.stdout
    assert store.quad_count() == 0
