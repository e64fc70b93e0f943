"""The two-process ingest pipeline (main: spaCy + commits; worker: post-processing,
resolution, build, batched SHACL checks) stores exactly what the in-process path stores."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kgraph import config


def _articles(n: int):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.corpus import generate
    from kgraph.records import Article
    return [Article(id=a["url"], text=a["text"], title=a["title"], url=a["url"], date=a["date"],
                    source=a["url"]) for a in generate(n, seed=11)]


def _quads(store) -> set:
    return {str(q) for q in store.ox.quads_for_pattern(None, None, None, None)}


def _ingest(tmp_path, name, articles, extractor, store=None, **kw):
    from kgraph.ingest import ingest_articles
    from kgraph.store import LocalStore
    s = config.Settings(data_dir=tmp_path / name, base_iri="http://kg.test")
    store = store or LocalStore(s.store_path)
    summary = ingest_articles(articles, store, s, extractor, batch_size=4, **kw)
    return summary, store


@pytest.mark.slow
@pytest.mark.parametrize("share", [True, False])
def test_pipelined_ingest_stores_what_the_in_process_path_stores(tmp_path, extractor, share,
                                                                monkeypatch):
    import kgraph.ingest.run as run
    monkeypatch.setattr(run, "SHARE_SPACY", share)
    arts = _articles(14)
    seen = []
    ref, ref_store = _ingest(tmp_path, "ref", arts, extractor, workers=0)
    got, store = _ingest(tmp_path, "pipe", arts, extractor, workers=1,
                         progress=lambda ex: seen.append(ex.article.id))
    assert ref.errors == [] and got.errors == []
    assert got.articles == ref.articles == 14
    assert (got.entities, got.facts, got.merges) == (ref.entities, ref.facts, ref.merges)
    assert seen == [a.id for a in arts]            # committed in input order
    assert _quads(store) == _quads(ref_store)
    assert got.timings["worker.extract"] > 0 and got.timings["main.commit"] > 0
    if not share:
        assert "worker.spacy" not in got.timings   # every Doc came from the main process
    again, _ = _ingest(tmp_path, "pipe", arts, extractor, store=store, workers=1)
    assert again.skipped == 14 and again.articles == 0


@pytest.mark.slow
def test_a_crash_in_the_worker_is_reported_and_the_batch_goes_on(tmp_path, extractor):
    from kgraph.extract import Extractor

    class Fragile(Extractor):
        def __init__(self, inner, bad):
            self.__dict__.update(inner.__dict__)
            self.bad = bad

        def _from_doc(self, article, doc):
            if article.id == self.bad:
                raise ValueError("boom")
            return super()._from_doc(article, doc)

    arts = _articles(9)
    summary, store = _ingest(tmp_path, "fragile", arts, Fragile(extractor, arts[3].id), workers=1)
    assert summary.articles == 8
    assert len(summary.errors) == 1 and "boom" in summary.errors[0] and arts[3].id in summary.errors[0]
    assert len(store.data_graphs()) == 8
