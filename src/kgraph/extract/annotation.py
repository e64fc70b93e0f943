"""Extraction → the annotation JSON of the dev corpus GUIDELINES.md."""
from __future__ import annotations

from ..records import Extraction


def to_annotation(ex: Extraction, explain: bool = False) -> dict:
    ents = []
    for e in ex.entities:
        d = {"text": e.text, "type": e.type, "subtype": e.subtype,
             "canonical": e.canonical, "aliases": list(e.aliases)}
        if e.native_name:
            d["native_name"] = e.native_name
        ents.append(d)
    rels = []
    for r in ex.relations:
        d = {"type": r.type, "subject": ex.entity(r.subject).canonical,
             "object": ex.entity(r.object).canonical, "evidence": r.evidence.sentence,
             "confidence": round(r.evidence.confidence, 3)}
        if r.amount:
            d["amount"] = ex.entity(r.amount).text
        if r.note:
            d["note"] = r.note
        if explain:
            d["pattern"] = r.evidence.pattern
            d["offsets"] = [r.evidence.start, r.evidence.end]
        rels.append(d)
    return {"article_id": ex.article.stem or ex.article.id, "source_url": ex.article.url or "",
            "title": ex.article.title, "entities": ents, "relations": rels}
