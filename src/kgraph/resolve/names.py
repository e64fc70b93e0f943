"""Name analysis for entity resolution: normalization, legal-suffix stripping, translated
word bags, acronyms. Rules and word lists live in extractors/resolution/ (data, not code)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import resources

LANG_COUNTRY = {"it": "IT", "es": "ES", "fr": "FR", "de": "DE", "ca": "ES", "nl": "NL", "pt": "PT"}


def _lines(name: str):
    p = resources.path("extractors", "resolution", name)
    if not p.is_file():
        return
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, '&' kept as a word."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("&", " & ").replace("'", " ").replace("\u2019", " ")
    s = re.sub(r"[^\w&]+", " ", s)
    out: list[str] = []
    run: list[str] = []
    for tok in s.split():          # "s p a" (from "S.p.A.") -> "spa"
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if run:
            out.append("".join(run)) if len(run) > 1 else out.extend(run)
            run = []
        out.append(tok)
    if run:
        out.append("".join(run)) if len(run) > 1 else out.extend(run)
    return " ".join(out)


@lru_cache(maxsize=1)
def legal_suffixes() -> list[list[str]]:
    sufs = {tuple(fold(l).split()) for l in _lines("legal_suffixes.txt")}
    return sorted((list(s) for s in sufs if s), key=len, reverse=True)


@lru_cache(maxsize=1)
def translations() -> dict[str, tuple[list[str], Optional[str]]]:
    out = {}
    for line in _lines("translations.tsv"):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        lang = parts[2].strip() if len(parts) > 2 else ""
        out[fold(parts[0])] = (fold(parts[1]).split(), LANG_COUNTRY.get(lang))
    return out


@lru_cache(maxsize=1)
def stopwords() -> frozenset:
    return frozenset(fold(l) for l in _lines("stopwords.txt"))


@lru_cache(maxsize=1)
def country_words() -> dict[tuple, str]:
    out = {}
    for line in _lines("countries.tsv"):
        word, _, code = line.partition("\t")
        out[tuple(fold(word).split())] = code.strip()
    return out


@lru_cache(maxsize=1)
def curated_aliases() -> dict[str, str]:
    """folded name -> folded group id (the first name of its line)."""
    out = {}
    for line in _lines("aliases.tsv"):
        a, _, b = line.partition("\t")
        if a and b:
            out[fold(a)] = fold(b)
            out.setdefault(fold(b), fold(b))
    return out


@lru_cache(maxsize=1)
def do_not_merge_pairs() -> set[frozenset]:
    out = set()
    for line in _lines("do_not_merge.tsv"):
        parts = line.split("\t")
        if len(parts) >= 2:
            out.add(frozenset((fold(parts[0]), fold(parts[1]))))
    return out


ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9]{1,7}$")


def is_acronym(name: str) -> bool:
    s = name.strip()
    return bool(ACRONYM.match(s)) and sum(c.isupper() for c in s) >= 2 and " " not in s


@dataclass(frozen=True)
class NameKeys:
    folded: str                 # "medtronic plc"
    stripped: str               # "medtronic"
    suffix: str                 # "plc"
    bag: frozenset              # translated content words without country words
    country: Optional[str]      # from "of Italy" words or the language of institution words
    initials: str               # "CNR" for Consiglio Nazionale delle Ricerche
    acronym: Optional[str]      # the name itself when it is an acronym ("CNR")


def strip_legal(tokens: list[str]) -> tuple[list[str], str]:
    found = []
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for suf in legal_suffixes():
            n = len(suf)
            if len(tokens) > n and tokens[-n:] == suf:
                found.insert(0, " ".join(suf))
                tokens = tokens[:-n]
                changed = True
                break
    return tokens, " ".join(found)


@lru_cache(maxsize=65536)
def keys(name: str) -> NameKeys:
    folded = fold(name)
    tokens, suffix = strip_legal(folded.split())
    stripped = " ".join(tokens)
    trans, stops, cw = translations(), stopwords(), country_words()
    country = None
    lang_country = None
    words: list[str] = []
    content: list[str] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in (2, 1):
            if tuple(tokens[i:i + n]) in cw and len(tokens) > n:
                hit = n
                break
        if hit:
            country = country or cw[tuple(tokens[i:i + hit])]
            i += hit
            continue
        t = tokens[i]
        i += 1
        if t in stops or t == "&":
            continue
        content.append(t)
        if t in trans:
            eng, lc = trans[t]
            lang_country = lang_country or lc
            words.extend(eng)
        else:
            words.append(t)
    initials = "".join(w[0] for w in content if w).upper()
    return NameKeys(folded=folded, stripped=stripped, suffix=suffix, bag=frozenset(words),
                    country=country or lang_country, initials=initials,
                    acronym=name.strip().upper() if is_acronym(name) else None)
