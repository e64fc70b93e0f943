"""resolve: mentions across articles → canonical entities with stable IRIs.

Thin first version: an entity's IRI is minted from its kind and canonical name, so the
same name in two articles meets at one IRI. Gazetteer and fuzzy matching come next.
"""
from __future__ import annotations

from ..records import Extraction
from ..vocab import entity_iri


def resolve(ex: Extraction, base: str, store=None) -> Extraction:
    for e in ex.entities:
        if e.iri is None and e.type in ("Organization", "Person", "Place", "Event", "Technology"):
            e.iri = str(entity_iri(base, e.type, e.canonical))
    return ex
