"""ingest: orchestrates read → extract → resolve → build → validate → store."""
from .run import IngestSummary, ingest_articles

__all__ = ["IngestSummary", "ingest_articles"]
