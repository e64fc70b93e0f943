"""New articles that reach the committer together share one store transaction; when such a
shared write fails, the articles are written one by one, so the ones before a failing
article stay committed and the failure still stops the ingest."""
from __future__ import annotations

import time

import pytest

from kgraph import config
from kgraph.records import Article, Extraction
from kgraph.store import LocalStore


class NoSpacy:
    """An extractor without spaCy Docs: the pipeline extracts in the main process."""

    def extract(self, a):
        return Extraction(article=a)

    def extract_many(self, arts, batch_size=16, n_process=1):
        for a in arts:
            yield self.extract(a)


class SlowFirstWrite(LocalStore):
    """Holds the first write back so that the results behind it queue up, and refuses
    writes of more than one article (``refuse_shared``) or of one article (``refuse_id``)."""

    def __init__(self, path, refuse_shared=False, refuse_graph=None):
        super().__init__(path)
        self.refuse_shared, self.refuse_graph = refuse_shared, refuse_graph
        self.sizes: list[int] = []

    def apply(self, **kw):
        graphs = [g for g in (kw.get("insert") or {}) if "/graph/article/" in g]
        if not self.sizes:
            time.sleep(0.5)
        self.sizes.append(len(graphs))
        if self.refuse_shared and len(graphs) > 1:
            raise RuntimeError("shared write refused")
        if self.refuse_graph in graphs:
            raise RuntimeError("this article is refused")
        return super().apply(**kw)


def _articles(n):
    return [Article(id=f"https://e.test/{k}", url=f"https://e.test/{k}", title=f"T{k}",
                    text=f"Article number {k} says little.", source=f"https://e.test/{k}")
            for k in range(n)]


def _ingest(tmp_path, store_kw, n=40):
    from kgraph.ingest import ingest_articles
    s = config.Settings(data_dir=tmp_path / "d", base_iri="http://kg.test")
    store = SlowFirstWrite(s.store_path, **store_kw)
    return store, s, lambda: ingest_articles(_articles(n), store, s, NoSpacy(), batch_size=4,
                                             workers=1)


def test_articles_ready_together_share_a_transaction(tmp_path):
    store, _, run = _ingest(tmp_path, {})
    summary = run()
    assert summary.errors == [] and summary.articles == 40
    assert max(store.sizes) > 1 and sum(store.sizes) == 40
    assert len(store.data_graphs()) == 40
    # the kept union holds every article's triples
    assert len(store.select("SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }",
                            union=False)) == 40


def test_a_refused_shared_write_is_redone_article_by_article(tmp_path):
    store, _, run = _ingest(tmp_path, {"refuse_shared": True})
    summary = run()
    assert summary.errors == [] and summary.articles == 40
    assert len(store.data_graphs()) == 40


def test_a_failing_article_stops_the_ingest_after_the_ones_before_it(tmp_path):
    from kgraph.vocab import article_graph
    bad = 20
    refused = str(article_graph("http://kg.test", f"https://e.test/{bad}"))
    store, _, run = _ingest(tmp_path, {"refuse_graph": refused})
    with pytest.raises(RuntimeError, match="refused"):
        run()
    stored = set(store.data_graphs())
    assert refused not in stored
    before = {str(article_graph("http://kg.test", f"https://e.test/{k}")) for k in range(bad)}
    assert before <= stored
