"""resolve: mentions across articles → canonical entities with stable IRIs.

``Resolver(base, store)`` indexes the entities already in the store and resolves each new
article against them (and against the articles resolved before it in the same run);
``resolve(ex, base, store)`` is the one-shot form. Rules: see resolver.py and docs/ingest.md.
"""
from __future__ import annotations

from ..records import Extraction
from .resolver import Merge, Resolver

__all__ = ["Merge", "Resolver", "resolve"]


def resolve(ex: Extraction, base: str, store=None, resolver: Resolver | None = None) -> Extraction:
    (resolver or Resolver(base, store)).resolve(ex)
    return ex
