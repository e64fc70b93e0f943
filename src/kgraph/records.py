"""Typed records passed between pipeline stages.

read → Article; extract → Extraction (entities, relations, evidence);
resolve → the same Extraction with each Entity's ``iri`` set.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

ENTITY_TYPES = ("Organization", "Person", "Place", "Event", "Technology", "Money", "Date")
ORG_SUBTYPES = ("Company", "University", "ResearchInstitute", "Network", "Government",
                "Hospital", "Investor", "Other")
RELATION_TYPES = ("partnersWith", "investsIn", "fundedBy", "memberOf", "locatedIn", "hosts",
                  "organizes", "develops", "acquires", "affiliatedWith")


@dataclass
class Article:
    """One input document, as the readers produce it."""
    id: str                      # stable: the URL if the article has one, else a content hash
    text: str
    title: str = ""
    url: Optional[str] = None
    date: Optional[str] = None   # ISO 8601 (day, month or year precision)
    language: str = "en"
    source: str = ""             # where it was read from (path, feed URL, path:line)
    stem: str = ""               # file stem for per-input outputs (001.txt -> "001")


@dataclass
class Evidence:
    """The sentence that states a fact, located in its article."""
    sentence: str
    start: int                   # character offsets of the sentence in Article.text
    end: int
    confidence: float = 1.0
    extractor: str = "kgraph"
    extractor_version: str = ""
    pattern: str = ""            # which rule produced it (for --explain)


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """One real-world entity as one article presents it (all its mentions merged)."""
    key: str                     # article-local key, e.g. "e3"
    type: str                    # one of ENTITY_TYPES
    text: str                    # a surface form copied from the article (usually the fullest)
    canonical: str               # full name; or normalized value for Money ("180000000 USD") / Date
    subtype: Optional[str] = None          # ORG_SUBTYPES for organizations
    subtype_guessed: bool = False          # no name, registry or context cue: the default
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    native_name: Optional[str] = None
    country: Optional[str] = None
    value: Optional[str] = None            # Money: decimal string
    currency: Optional[str] = None         # Money: ISO 4217
    precision: Optional[str] = None        # Date: day | month | year | range
    confidence: float = 1.0
    iri: Optional[str] = None              # set by resolve


@dataclass
class Relation:
    type: str                    # one of RELATION_TYPES
    subject: str                 # Entity.key
    object: str                  # Entity.key
    evidence: Evidence
    amount: Optional[str] = None           # Money entity key, when the sentence states one
    date: Optional[str] = None             # Date entity key, when the sentence states one
    note: Optional[str] = None


@dataclass
class Extraction:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
