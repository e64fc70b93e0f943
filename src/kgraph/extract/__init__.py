"""extract: Article → Extraction (entities, relations, evidence).

Public API used by the other stages:
    Extractor().extract(article) -> Extraction
    Extractor().extract_many(articles, batch_size=..., n_process=...) -> Iterator[Extraction]
    to_annotation(extraction) -> dict     # GUIDELINES.md JSON format
"""
from .pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, Extractor
from .annotation import to_annotation

__all__ = ["Extractor", "EXTRACTOR_NAME", "EXTRACTOR_VERSION", "to_annotation"]
