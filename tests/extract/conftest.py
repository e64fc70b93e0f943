import pytest

from kgraph.records import Article


@pytest.fixture(scope="session")
def extractor():
    """One spaCy model load per test session."""
    from kgraph.extract import Extractor
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    def _run(text, date=None):
        ex = extractor.extract(Article(id="t", text=text, date=date, stem="t"))
        names = {e.key: e.canonical for e in ex.entities}
        rels = {(r.type, names[r.subject], names[r.object]) for r in ex.relations}
        return ex, rels
    return _run
