"""ingest: orchestrates read → extract → resolve → build → validate → store."""
from .run import IngestSummary, build_and_validate, ingest_articles

__all__ = ["IngestSummary", "build_and_validate", "ingest_articles"]
