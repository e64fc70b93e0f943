"""Ingest a batch of articles into a store, one named graph per article."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..build import build_article_graph
from ..extract import Extractor
from ..records import Article
from ..resolve import resolve
from ..validate import validate_graph
from ..vocab import article_graph


@dataclass
class IngestSummary:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)


def ingest_articles(articles: list[Article], store, settings, extractor: Extractor | None = None,
                    progress=None) -> IngestSummary:
    summary = IngestSummary()
    extractor = extractor or Extractor()
    for ex in extractor.extract_many(articles):
        resolve(ex, settings.base, store)
        g = build_article_graph(ex, settings.base)
        report = validate_graph(g)
        if not report.conforms:
            summary.rejected += 1
            summary.errors.append(f"{ex.article.source}: does not conform to the shapes "
                                  f"({len(report.violations)} violations)")
            continue
        store.replace_graph(str(article_graph(settings.base, ex.article.id)), g)
        summary.articles += 1
        summary.entities += sum(1 for e in ex.entities if e.iri)
        summary.facts += len(ex.relations)
        if progress:
            progress(ex)
    store.flush()
    return summary
