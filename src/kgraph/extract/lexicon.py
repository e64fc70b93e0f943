"""Loads the declarative extraction knowledge from extractors/ (JSON and TSV files)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..resources import path


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """extractors/lexicons/NAME.json (comments allowed as keys starting with '_')."""
    with open(path("extractors", "lexicons", f"{name}.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def relation_patterns() -> dict:
    with open(path("extractors", "relations", "patterns.json"), encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def dependency_patterns() -> list:
    with open(path("extractors", "relations", "dependency_patterns.json"), encoding="utf-8") as f:
        return json.load(f)["patterns"]


@lru_cache(maxsize=None)
def known_orgs() -> dict[str, tuple[str, str, str]]:
    """extractors/lexicons/known_orgs.tsv: surface form -> (canonical, subtype, native name)."""
    out = {}
    with open(path("extractors", "lexicons", "known_orgs.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            parts += [""] * (4 - len(parts))
            surface, canonical, subtype, native = parts[:4]
            out[surface] = (canonical or surface, subtype, native)
    return out


def _gazetteer_rows(filename: str):
    """(name, second column) of a compiled extractors/gazetteer/ file; none when it is missing."""
    p = path("extractors", "gazetteer", filename)
    if not p.exists():
        return
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                n, _, rest = line.rstrip("\n").partition("\t")
                yield n, rest


@lru_cache(maxsize=None)
def gazetteer() -> dict[str, str]:
    """extractors/gazetteer/organizations.tsv (compiled by build_gazetteer.py):
    normalized name -> subtype."""
    from .orgnames import SUBTYPE_CODES
    return {n: SUBTYPE_CODES.get(code, "Other") for n, code in _gazetteer_rows("organizations.tsv")}


@lru_cache(maxsize=None)
def trigger_frames() -> dict:
    """extractors/relations/triggers.json: trigger frames over the dependency parse
    (kgraph.extract.triggers)."""
    with open(path("extractors", "relations", "triggers.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class NameIndex:
    """extractors/gazetteer/names.tsv for scanning text: a text position is looked up by its
    next k words for each k up to the longest name that starts with its first word."""
    exact: dict[str, str]            # name -> subtype
    folded: dict[str, str]           # casefolded names of three words or more -> name
    most_words: dict[str, int]       # first word -> words of the longest name it starts


@lru_cache(maxsize=None)
def registry_names() -> NameIndex:
    from .orgnames import SUBTYPE_CODES
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    most: dict[str, int] = {}
    for n, code in _gazetteer_rows("names.tsv"):
        exact[n] = SUBTYPE_CODES.get(code, "Other")
        words = n.split(" ")
        if len(words) >= 3:
            folded.setdefault(n.casefold(), n)
        most[words[0]] = max(most.get(words[0], 0), len(words))
    return NameIndex(exact, folded, most)


@lru_cache(maxsize=1)
def registry_name_words() -> frozenset[str]:
    """Words that go on five or more registry names after their first word ("Ingeniería",
    "Planck", "Smith"): they are organization words, so no sure surname."""
    counts: dict[str, int] = {}
    for n in registry_names().exact:
        for w in set(n.split(" ")[1:]):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, c in counts.items() if c >= 5)


@lru_cache(maxsize=None)
def place_names() -> frozenset[str]:
    """extractors/gazetteer/places.tsv (compiled by build_places.py from GeoNames and ISO 3166-2):
    names of countries, US states, first-level subdivisions and cities of 15,000 inhabitants or more."""
    return frozenset(n for n, kind in _gazetteer_rows("places.tsv") if kind != "town")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """extractors/gazetteer/given_names.txt (compiled by build_given_names.py from Faker's
    first-name lists of many locales): "Mathieu", "Bence", "Siobhan"."""
    return frozenset(n for n, _ in _gazetteer_rows("given_names.txt"))


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """The towns of 5,000 to 15,000 inhabitants in places.tsv: so many share a name with a person or a
    firm ("Pasteur", "Dala") that they count as places only where the text calls for a place."""
    return frozenset(n for n, kind in _gazetteer_rows("places.tsv") if kind == "town")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """The states and first-level subdivisions of places.tsv ("Tamil Nadu", "Occitanie")."""
    return frozenset(n for n, kind in _gazetteer_rows("places.tsv") if kind in ("state", "region"))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The countries of places.tsv."""
    return frozenset(n for n, kind in _gazetteer_rows("places.tsv") if kind == "country")


@lru_cache(maxsize=None)
def place_index() -> dict[str, list[str]]:
    """places.tsv, towns included, by first word -> names, longest first (for scanning text)."""
    out: dict[str, list[str]] = {}
    for n in place_names() | town_names():
        out.setdefault(n.split(" ", 1)[0], []).append(n)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    """Lower-case English words (the WordNet word lists the spaCy model ships for its
    lemmatizer): a lower-case word outside them is a coined name such as a brand."""
    import importlib
    from pathlib import Path
    from spacy.lookups import Lookups
    from .pipeline import MODEL
    pkg = Path(importlib.import_module(MODEL).__file__).parent
    found = next(pkg.glob("*/lemmatizer/lookups/lookups.bin"), None)
    if found is None:
        return frozenset()
    lookups = Lookups().from_disk(found.parent)
    words: set[str] = set()
    for v in lookups.get_table("lemma_index").values():
        words.update(v)
    for v in lookups.get_table("lemma_exc").values():
        words.update(v)
    return frozenset(words)
