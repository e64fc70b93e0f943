"""Shared by the web and browser tests: the bundled example articles (plus one hostile
article) ingested into an in-memory store, and a live explorer in a thread."""
from __future__ import annotations

import threading
from pathlib import Path

from werkzeug.serving import make_server

from kgraph import config, resources
from kgraph.records import Article

HOSTILE_TEXT = ("Evil Corp <script>alert('x')</script> partners with Acme Robotics.\n\n"
                "Acme Robotics, a company based in Turin, said the <b>deal</b> & \"more\" was signed in 2023.")


def hostile_article() -> Article:
    return Article(id="hostile-script-test", url="https://example.org/hostile", title="<script>alert(1)</script> Hostile headline",
                   date="2023-05-01", language="en", text=HOSTILE_TEXT)


def build_store(extractor, base: str, extra=()):
    from kgraph.ingest import ingest_articles
    from kgraph.read import read_paths
    from kgraph.store import LocalStore
    settings = config.Settings(data_dir=Path("/nonexistent-kgraph"), base_iri=base)
    articles, errors = read_paths([str(resources.path("examples", "articles"))])
    assert not errors
    store = LocalStore()
    ingest_articles(list(articles) + list(extra), store, settings, extractor)
    return store


class LiveServer:
    def __init__(self, app, port: int):
        self.server = make_server("127.0.0.1", port, app, threaded=True)
        self.url = f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join(5)
