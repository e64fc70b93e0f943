"""Definite descriptions of a technology named earlier: "Qubitline builds diamond-based
magnetometers. … The magnetometer was co-developed by Qubitline and IQC"; "Sepsilab's test,
SepsiOne, … The cartridge-based test was co-developed by …". The description is a mention of
that technology, not a technology of its own (GUIDELINES §14: an unambiguous definite phrase is
a mention, and the relation it carries belongs to the entity it names)."""
from __future__ import annotations

from functools import lru_cache

from ..records import Entity, Mention
from .lexicon import lexicon

DETERMINERS = {"the", "this", "these", "its", "our", "their"}
APPOSITION_OPENERS = {"a", "an", "the", "its", "our", "their"}
NAMING_WORDS = {"the", "called", "named", "dubbed"}    # "The fabric, called RespiraKnit"
MAX_MODIFIERS = 3


def link_technology_anaphora(text: str, doc, entities: list[Entity]) -> list[Entity]:
    """Add each definite description of an earlier technology to that technology's mentions and
    drop the technology entities that were only such descriptions. Keys are renumbered."""
    techs = [e for e in entities if e.type == "Technology" and e.mentions]
    if not techs or doc is None:
        return entities
    chunks = list(doc.noun_chunks)
    heads, apposed = _heads(text, doc, chunks, techs)   # (position, lemma, technology), descriptions
    if not heads:
        return entities
    owner = {(m.start, m.end): e for e in entities for m in e.mentions}
    claims: list[tuple[int, int, Entity, bool]] = []       # (start, end, technology, apposed)
    for st, en, tech in apposed:
        inside = [e for k, e in owner.items() if k[0] < en and st < k[1]]
        if all(e.type == "Technology" and e is not tech for e in inside):
            claims.append((st, en, tech, True))
    for ch in chunks:
        span = _description(ch)
        if span is None:
            continue
        st, en = span
        lemma = _key(ch.root.text)
        tech = max(((pos, t) for pos, lem, t in heads if lem == lemma and pos < st),
                   key=lambda x: x[0], default=(None, None))[1]
        if tech is None:
            continue
        inside = [e for k, e in owner.items() if k[0] < en and st < k[1]]
        if any(e.type != "Technology" or e is tech for e in inside):
            continue                           # a name inside, or already a mention of it
        claims.append((st, en, tech, False))
    if not claims:
        return entities
    # an entity that is only descriptions of another technology goes (its mentions move)
    # (the noun a name modifies, "Its SS-2 meter", is that technology too)
    name_ends = {m.end + 1: t for t in techs for m in t.mentions}
    dropped = {e.key for e in entities if e.type == "Technology" and e.mentions and
               e.canonical.split()[-1].islower() and      # (a description, no name)
               all(any(s <= m.start and m.end <= t and tech is not e for s, t, tech, _ in claims) or
                   name_ends.get(m.start) not in (None, e) for m in e.mentions)}
    gone = [m for e in entities if e.key in dropped for m in e.mentions]
    for st, en, tech, appos in claims:
        # (an apposed description is a mention only where it stood for an entity of its own)
        if tech.key not in dropped and (not appos or any(st <= m.start and m.end <= en for m in gone)) and \
                not any(m.start == st for m in tech.mentions):
            tech.mentions.append(Mention(text=text[st:en], start=st, end=en))
            tech.mentions.sort(key=lambda m: m.start)
    out = [e for e in entities if e.key not in dropped]
    for i, e in enumerate(out):
        e.key = f"e{i + 1}"
    return out


def _key(word: str) -> str:
    """A noun without its plural ending: "magnetometers", "batteries" -> "magnetometer", "battery"."""
    w = word.casefold()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset, frozenset]:
    """(technology head nouns a description may use, nouns that name organizations or events)."""
    el, an = lexicon("entities"), lexicon("anaphora")
    tech = frozenset(_key(w) for w in el["tech_artefact_heads"] + el["tech_heads"] if " " not in w)
    other = frozenset(_key(w) for w in list(an["anaphor_nouns"]) + an["company_nouns"] + an["event_nouns"] +
                      an["project_nouns"] + an["network_nouns"] + an["based_company_nouns"])
    return tech, other - tech


def _heads(text, doc, chunks, techs):
    """Where each technology is named and the noun a later description would repeat: its own
    head noun ("magnetometers"), the noun of an apposed description ("Sepsilab's test,
    SepsiOne", "SepsiOne, a rapid test") or the noun its name modifies ("the HX-9 inspector");
    and the apposed descriptions' spans (without determiner or possessor)."""
    out, apposed = [], []
    tech, other = _nouns()
    # (a description that is a technology entity itself: "The company's fixed-wing aircraft, the Kalia-2")
    tech_ends = {m.end for t in techs for m in t.mentions if t.canonical.split()[-1].islower()}
    by_end = {ch.end_char: ch for ch in chunks}
    by_start = {ch.start_char: ch for ch in chunks}
    for t in techs:
        for m in t.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            last = span[-1]
            if t.canonical[:1].islower() and last.pos_ == "NOUN":
                if _key(last.text) not in other and not any(
                        n.end + 1 == m.start for u in techs if u is not t for n in u.mentions):
                    # (not the noun a name modifies: "the meter" after "Its SS-2 meter" is the SS-2)
                    out.append((m.start, _key(last.text), t))
                continue
            if last.i + 1 < len(doc) and _key(doc[last.i + 1].text) in tech and last.head.i == last.i + 1:
                out.append((m.start, _key(doc[last.i + 1].text), t))       # "the HX-9 inspector"
            after = by_start.get(_skip(text, m.end, ","))
            if after is not None and after[0].lower_ in APPOSITION_OPENERS and _key(after.root.text) in tech and \
                    _plain_noun(after.root) and after.root.i == after.end - 1:
                out.append((m.start, _key(after.root.text), t))            # "SepsiOne, a rapid test"
                apposed.append(_bare(after) + (t,))
            before = _before(text, m.start)
            if before is not None and before in by_end and _plain_noun(by_end[before].root) and (
                    _key(by_end[before].root.text) in tech or before in tech_ends):
                out.append((m.start, _key(by_end[before].root.text), t))   # "Sepsilab's test, SepsiOne"
                apposed.append(_bare(by_end[before]) + (t,))
    return out, apposed


def _bare(ch) -> tuple[int, int]:
    """A noun chunk's span without its determiner or possessor ("Fluxline's Hall-effect thruster")."""
    k = 0
    for i, w in enumerate(ch[:-1]):
        if w.lower_ in APPOSITION_OPENERS or w.tag_ in ("POS", "PRP$") or w.dep_ == "poss" or w.tag_ == "DT":
            k = i + 1
    return ch[k].idx, ch.end_char


def _skip(text: str, i: int, punct: str) -> int:
    """The offset after ``punct`` and spaces at ``i`` (or -1)."""
    j = i
    if not text.startswith(punct, j):
        return -1
    j += len(punct)
    while j < len(text) and text[j] == " ":
        j += 1
    return j


def _before(text: str, start: int):
    """The end of the phrase before ", [the|called] NAME", or None."""
    head = text[max(0, start - 12):start].rstrip()
    words = head.split()
    if words and words[-1] in NAMING_WORDS:
        head = head[:len(head) - len(words[-1])].rstrip()
    if not head.endswith(","):
        return None
    return max(0, start - 12) + len(head) - 1


def _plain_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha


def _description(ch):
    """The (start, end) of "magnetometer" in "The magnetometer", "the cartridge-based test" —
    a determiner, up to three lower-case modifiers and a common noun — or None."""
    if len(ch) < 2 or ch[0].lower_ not in DETERMINERS or not _plain_noun(ch.root) or ch.root.i != ch.end - 1:
        return None
    mods = ch[1:-1]
    if len(mods) > MAX_MODIFIERS or any(not (w.is_lower or w.text == "-") or w.like_num or w.tag_ == "POS"
                                        for w in mods):
        return None
    doc = ch.doc
    if ch.end < len(doc) and doc[ch.end].lower_ == "of":
        return None                            # "the process of …" says which process
    return ch[1].idx, ch.end_char
