"""Organization names: normalization, subtype rules, acronyms (data in
extractors/lexicons/organizations.json and known_orgs.tsv)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lexicon import country_names, lexicon

SUBTYPE_CODES = {"C": "Company", "U": "University", "R": "ResearchInstitute", "N": "Network",
                 "G": "Government", "H": "Hospital", "I": "Investor", "O": "Other"}
CODE_OF = {v: k for k, v in SUBTYPE_CODES.items()}


@lru_cache(maxsize=1 << 16)  # pure; called for every candidate pair
def gnorm(name: str) -> str:
    """Normalization shared with the gazetteer build (accents off, casefold, & -> and)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("&", " and ")
    s = re.sub(r"[^\w]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=1 << 16)
def key_norm(name: str) -> str:
    """Normalization for matching mentions inside one article."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(the|l'|la|il|le|les|el|der|die|das)\s+", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:")


@lru_cache(maxsize=None)
def _rules():
    lx = lexicon("organizations")

    def rx(cues):
        parts = []
        for c in sorted(cues, key=len, reverse=True):
            e = re.escape(c.strip())
            parts.append(rf"(?<![\w-]){e}(?![\w])" if c[:1].isupper() or c.isupper() else rf"\b{e}\b")
        return re.compile("|".join(parts))
    rules = [(st, rx(cues)) for st, cues in lx["subtype_rules"]]
    nat = "(?:" + "|".join(re.escape(a) for a in sorted(lx["nationality_adjectives"], key=len, reverse=True)) + ")"
    overrides = [(st, re.compile("|".join(p.replace("{NAT}", nat) for p in pats)))
                 for st, pats in lx["subtype_patterns"]]
    overrides += [(st, rx(cues)) for st, cues in lx["subtype_overrides"]]
    # "Business Finland", "Innovation Norway": a national agency named by its field and country
    overrides.append(("Government", re.compile(
        "^(?:" + "|".join(map(re.escape, lx["national_agency_words"])) + ") (?:" +
        "|".join(map(re.escape, sorted(country_names(), key=len, reverse=True))) + ")$")))
    ctx = []
    for st, cues in lx["context_subtypes"].items():
        for c in cues:
            ctx.append((c, st, re.compile(rf"\b{re.escape(c)}s?\b")))
    ctx.sort(key=lambda x: -len(x[0]))
    return rules, overrides, ctx


@lru_cache(maxsize=1 << 16)
def subtype_from_name(name: str) -> Optional[str]:
    rules, overrides, _ = _rules()
    for st, r in overrides:
        if r.search(name):
            return st
    best = None
    for st, r in rules:
        m = r.search(name)
        if m:
            # the right-most head decides ("Institute of X University" is an institute
            # only when the institute word is the head, i.e. the first head for "X of Y";
            # for English compounds "X Y Institute" the last word). Keep rule order but
            # prefer a cue at the start for "Head of ..." names.
            if best is None:
                best = (st, m.start())
    return best[0] if best else None


@lru_cache(maxsize=1 << 16)
def subtype_from_context(phrase: str) -> Optional[str]:
    """A descriptive phrase near a name ("the drugmaker", "a public research body")."""
    _, _, ctx = _rules()
    p = phrase.casefold()
    hits = []
    for cue, st, cue_rx in ctx:
        for m in cue_rx.finditer(p):
            hits.append((m.end(), -len(cue), st))
    if not hits:
        return None
    # the head noun of an English description is its last cue word
    hits.sort()
    return hits[-1][2]


def subtype_from_description(desc: str, rest: str) -> Optional[str]:
    """The subtype a description gives ("X, a Norwegian start-up"); the rest of the text after
    it may hold the head noun behind a name ("a University of Crete spin-off")."""
    tm = re.match(r"s? of (?:the )?(?:[A-Z][\w\-]* ){1,4}([a-z][\w\-]+)", rest)
    return (tm and subtype_from_context(tm.group(1))) or subtype_from_context(desc)


@lru_cache(maxsize=1 << 16)
def initials(name: str) -> str:
    conn = set(lexicon("organizations")["connectors"])
    words = re.split(r"[\s\-–]+", name)
    return "".join(w[0] for w in words if w and w not in conn and w[0].isalpha()).upper()


@lru_cache(maxsize=1 << 16)
def is_acronym(s: str) -> bool:
    s2 = re.sub(r"[\-–&\s0-9]", "", s)
    return bool(s2) and len(s2) <= 10 and sum(c.isupper() for c in s2) >= max(2, len(s2) * 0.6)


@lru_cache(maxsize=1 << 16)
def acronym_matches(acr: str, name: str) -> bool:
    """'EMBL' ~ 'European Molecular Biology Laboratory'; 'UniSalento' ~ 'Università del Salento'."""
    a = re.sub(r"[^A-Za-z]", "", acr).upper()
    if len(a) < 2 or acr in re.split(r"[\s\-–]+", name):
        return False                   # "CSL" is a word of "CSL Seqirus", not its acronym
    # bilingual names: "Barcelona Supercomputing Center – Centro Nacional de Supercomputación"
    halves = re.split(r"\s[–—-]\s", name)
    if len(halves) > 1:
        return any(acronym_matches(acr, h) for h in halves)
    ini = initials(name)
    if a == ini:
        return True
    # letters of the acronym appear in order as word starts or inside words (CSIC, Inserm)
    low = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).casefold())
    words = [w for w in re.split(r"[\s\-–]+", unicodedata.normalize("NFKD", name)) if w]
    if not words or a[0].lower() != words[0][0].lower():
        return False
    # every content word's initial must be one of the acronym's letters, in order
    # ('CNR' is not 'Center for Biomolecular Nanotechnologies': no B)
    it = iter(a)
    if not all(ch in it for ch in ini):
        return False
    i = 0
    for ch in a.lower():
        i = low.find(ch, i)
        if i < 0:
            return False
        i += 1
    return len(a) >= 3 and sum(1 for w in words if w[0].isupper()) >= 2
