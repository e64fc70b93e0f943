"""Trigger frames over the dependency parse (extractors/relations/triggers.json).

The regex patterns of relations.py each cover one surface form; on unseen text most misses
are the same facts said another way ("Zento, which Brax agreed to acquire", "a consortium of
A, B and C signed an agreement"). A frame names a trigger word (in all its word forms, because
the pipeline runs without a lemmatizer), its part of speech, a relation type and the syntactic
slots that give the relation's subject and object. The slots are read off spaCy's parse, so
one frame covers active, passive, relative-clause, control ("agreed to acquire") and
coordinated ("A, B and C") wordings.

The layer is a fallback: it only adds (type, subject, object) keys the patterns did not find,
with a lower confidence (0.55) and the evidence pattern "trig:<frame>".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Optional

from ..records import Entity, Evidence, Relation
from .lexicon import lexicon, trigger_frames
from .sentences import CLAUSE_BREAK

CONFIDENCE = 0.55
# a relative pronoun subject/object stands for the noun the relative clause hangs on
RELATIVE = {"which", "who", "that", "whom"}
# deps that start another clause: hedges and negations inside them are not about the trigger
SUBCLAUSE = {"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj"}
# deps through which a trigger still belongs to its governor's clause ("plans to acquire",
# "made an investment in")
CLIMB = {"xcomp", "dobj", "pobj", "prep", "attr", "oprd", "nsubj", "nsubjpass", "agent",
         "dative", "compound", "amod", "pcomp", "acomp", "npadvmod", "appos", "aux", "auxpass"}
CONVERSE = {"investsIn": "fundedBy", "fundedBy": "investsIn"}
EXCLUSIVE = {"memberOf": "affiliatedWith", "affiliatedWith": "memberOf"}
BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remained", "becomes",
      "became", "become"}


class TriggerLayer:
    def __init__(self, typecheck: Callable[[str, Entity, Entity], bool], hedge):
        data = trigger_frames()
        lists = data.get("lists", {})

        def words(v) -> set[str]:
            # "@NAME" refers to a shared word list of the JSON file
            out = set()
            for w in (v if isinstance(v, list) else [v]):
                out |= {x.lower() for x in lists[w[1:]]} if w.startswith("@") else {w.lower()}
            return out
        self.frames = []
        self.index: dict[str, list[dict]] = {}
        for f in data["frames"]:
            f = dict(f)
            f["words"] = words(f["words"])
            f["pos"] = set(f.get("pos", ["VERB", "NOUN"]))
            for k in ("requires", "unless"):
                if k in f:
                    f[k] = dict(f[k], words=words(f[k].get("words", [])))
            if "object_heads" in f:
                f["object_heads"] = words(f["object_heads"])
            # word lists of slots ("gov_subj:@RAISE_VERBS"), also when read on the requires token
            f["slot_words"] = {s.removeprefix("req."): words(s.split(":", 1)[1].split(","))
                               for s in f["subject"] + f.get("object", []) if "@" in s}
            self.frames.append(f)
            for w in f["words"]:
                self.index.setdefault(w, []).append(f)
        self.group_nouns = words("@GROUP_OF_NOUNS")
        self.named_by = words("@NAMED_BY_COMPOUND")
        self.anaphors = words("@GROUP_ANAPHORS")
        self.people_nouns = words("@PEOPLE_NOUNS")
        self.round_nouns = words("@ROUND_NOUNS") | words("@ROUND_INVESTOR_NOUNS")
        self.raise_verbs = words("@RAISE_VERBS")
        # intention, failure and ending words the shared HEDGE regex does not list ("seeking
        # to", "failed to", "abandoned its bid", "ended its partnership")
        self.blockers = words("@BLOCKERS")
        self.typecheck = typecheck
        self.hedge = hedge

    # ------------------------------------------------------------------ entry point
    def extract(self, doc, text, sents, mentions, rels, version: str,
                described: Optional[dict[str, Entity]] = None) -> None:
        tok_ent = _token_entities(doc, mentions)
        self._unsafe_of: dict[int, bool] = {}
        self._described = described or {}
        for ss, se in sents:
            span = doc.char_span(ss, se, alignment_mode="expand")
            if span is None:
                continue
            n = len({tok_ent[t.i].key for t in span if tok_ent[t.i] is not None})
            if n < 2 and not (n == 1 and any(_group_antecedent(t, tok_ent, self.anaphors) or
                                             _company_antecedent(t, tok_ent, self._described) for t in span
                                             if t.lower_ in self.anaphors or _is_company_noun(t))):
                continue            # a relation needs two entities (or one and "the project")
            for tok in span:
                for f in self.index.get(tok.lower_, ()):
                    if tok.pos_ in f["pos"]:
                        self._frame(f, tok, tok_ent, text, ss, se, rels, version)

    def _frame(self, f, tok, tok_ent, text, ss, se, rels, version):
        if f.get("via_prep") and not (tok.dep_ == "pobj" and tok.head.lower_ in f["via_prep"]):
            return                  # "in partnership with", "with funding from"
        if f.get("particle") and not any(c.dep_ == "prt" and c.lower_ == f["particle"] for c in tok.children):
            return
        req = None
        if "requires" in f:
            r = f["requires"]
            req = next((t for slot in r["slots"] for t in self._slot(slot, tok, None, f)
                        if t.lower_ in r["words"] or any(
                            c.dep_ == "compound" and c.lower_ in r["words"] for c in t.children)), None)
            if req is None:
                return
        if "unless" in f:
            # "joined the alliance in calling for ...", "raised a grant from ..."
            u = f["unless"]
            if any((not u["words"] or t.lower_ in u["words"]) and (not u.get("pos") or t.pos_ in u["pos"])
                   for slot in u["slots"] for t in self._slot(slot, tok, None, f)):
                return
        subj = self._ents(f, "subject", tok, req, tok_ent)
        if "subject_types" in f:
            subj = [e for e in subj if e.type in f["subject_types"]]
        obj = self._ents(f, "object", tok, req, tok_ent)
        if "object_types" in f:
            obj = [e for e in obj if e.type in f["object_types"]]
        both = [e for e in subj if e in obj]
        if both:
            # one name read as both arguments: the parse is confused, leave it to the patterns
            subj = [e for e in subj if e not in both]
            obj = [e for e in obj if e not in both]
        if f.get("star") and len(subj) > 1 and not obj:
            # "A, B and C signed an agreement", "a partnership between A and B": a star from
            # the first-named organisation (GUIDELINES, partnersWith)
            pairs = [(subj[0], o) for o in subj[1:]]
        else:
            pairs = [(s, o) for s in subj for o in obj]
        rtype = f["type"]
        if f.get("nearest_subject"):
            # "A, title at X; B, title of Y; and C of Z": a role belongs to the person right
            # before (or after) it, not to every coordinated speaker
            strict = f["nearest_subject"] == "strict"
            pairs = [(s, o) for s, o in pairs if _nearest(s, tok, tok_ent, strict, {e.key for e in obj})]
        pairs = [(s, o) for s, o in pairs if s.key != o.key and self.typecheck(rtype, s, o)]
        # the safety check reads the whole clause: only for a trigger that found its arguments
        # (the same trigger word may serve several frames)
        if not pairs or self._unsafe_cached(tok, tok_ent):
            return
        for s, o in pairs:
            if "object_heads" in f and \
                    self._network_like(o, f["object_heads"], tok, tok_ent) == f.get("not_network", False):
                continue
            key = (rtype, *sorted((s.key, o.key))) if rtype == "partnersWith" else (rtype, s.key, o.key)
            if key in rels or (rtype == "partnersWith" and ((rtype, s.key, o.key) in rels or
                                                           (rtype, o.key, s.key) in rels)):
                continue
            # GUIDELINES: exactly one of investsIn / fundedBy for a pair; a group's member is
            # not also its unit
            if (CONVERSE.get(rtype), o.key, s.key) in rels or (EXCLUSIVE.get(rtype), s.key, o.key) in rels:
                continue
            if rtype == "partnersWith" and (("memberOf", s.key, o.key) in rels or ("memberOf", o.key, s.key) in rels):
                continue          # a group and its member are not partners
            if rtype != "affiliatedWith" and _held_by_unit(rels, rtype, s.key, o.key):
                continue          # "co-developed by A and B's Institute": the patterns gave it the unit
            rels[key] = Relation(rtype, s.key, o.key, Evidence(
                text[ss:se], ss, se, CONFIDENCE, "kgraph-rules", version, "trig:" + f["name"]),
                note=f.get("note"))

    @staticmethod
    def _network_like(o: Entity, heads: set, tok, tok_ent) -> bool:
        """memberOf needs a group: typed Network, or named with a group noun ("the ELLIS
        network", "the DigiCare project")."""
        if o.subtype == "Network":
            return True
        for t in tok.doc[tok.sent.start:tok.sent.end] if tok.sent is not None else tok.doc:
            if tok_ent[t.i] is o and t.head.lower_ in heads and tok_ent[t.head.i] is not o:
                return True
            if tok_ent[t.i] is o and t.lower_ in heads:
                return True         # the group noun is part of the name
        return False

    # ------------------------------------------------------------------ safety
    def _unsafe_cached(self, tok, tok_ent) -> bool:
        if tok.i not in self._unsafe_of:
            self._unsafe_of[tok.i] = self._unsafe(tok, tok_ent)
        return self._unsafe_of[tok.i]

    def _unsafe(self, tok, tok_ent) -> bool:
        """Negated, hedged or conditional: a neg child on the trigger or on a word it climbs
        through, or the HEDGE regex on the trigger's own clause (not the whole sentence)."""
        root = tok
        while root.dep_ in CLIMB or (root.dep_ == "conj" and root.pos_ != "VERB") or \
                (root.dep_ == "acl" and any(c.lower_ == "to" for c in root.children)):
            if any(c.dep_ == "neg" for c in root.children):
                return True
            if root.head is root:
                break
            root = root.head
        if any(c.dep_ == "neg" for c in root.children):
            return True
        path = {tok.i, *(a.i for a in tok.ancestors)}
        skip: set[int] = set()
        words = []
        for t in root.subtree:
            if t is not root and t.dep_ in SUBCLAUSE | {"conj"} and t.pos_ in ("VERB", "AUX") \
                    and t.i not in path and t.i not in skip:
                # another clause; only its conjunction counts ("if", "unless")
                words += [c.text for c in t.children if c.dep_ == "mark"]
                skip |= {x.i for x in t.subtree}
        for t in root.subtree:
            if t.i not in skip and tok_ent[t.i] is None and t.pos_ != "PROPN":
                words.append(t.text)      # names and dates are no cues ("3 May")
                if t is not tok and t.lower_ in self.blockers:
                    return True
        return bool(self.hedge.search(" ".join(words)))

    # ------------------------------------------------------------------ rounds
    def _is_round(self, t) -> bool:
        return t.lower_ in self.round_nouns or any(
            c.dep_ == "compound" and c.lower_ in self.round_nouns for c in t.children)

    def _round_investee(self, tok) -> list:
        """The company a financing round is for, seen from a word in or under the round's
        clause ("Q led the round in T, with participation from A", "with A and B
        participating", "T raised €5m, with participation from A", "its investors were led
        by Q"): the round's "in/for/of" object, its possessor, or the subject of the
        raise/secure verb that takes it."""
        h, steps = tok, 0
        while steps < 4:
            rounds = [h] if self._is_round(h) else []
            rounds += [c for c in h.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")
                       and self._is_round(c)]
            rounds += [p for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                       for p in c.children if p.dep_ == "pobj" and self._is_round(p)]
            out = []
            for r in rounds:
                out += _prep_objects(r, {"in", "into", "for", "of"})
                out += self._slot("poss", r, None, {"slot_words": {}})
                g = r.head
                if r.dep_ in ("dobj", "pobj", "nsubjpass") and g.lower_ in self.raise_verbs:
                    out += _subject(g, passive=False) + _subject(g, passive=True)
                elif r.dep_ == "pobj" and g.head.lower_ in self.raise_verbs:
                    out += _subject(g.head, passive=False)
            if not rounds and h.lower_ in self.raise_verbs and h.pos_ == "VERB" and h is not tok:
                out += _subject(h, passive=False)
            if rounds and not out:
                # "T raised €5m; Q led the round", "T raised €5m and Q led the round"
                for c in h.children:
                    if c.dep_ in ("ccomp", "conj", "parataxis") and c.lower_ in self.raise_verbs:
                        out += _subject(c, passive=False)
            if out:
                return out
            if h.dep_ not in ("pcomp", "prep", "pobj", "advcl", "conj", "acl", "relcl") or h.head is h:
                break
            h, steps = h.head, steps + 1
        return []

    # ------------------------------------------------------------------ slots
    def _ents(self, f, side, tok, req, tok_ent) -> list[Entity]:
        out: list[Entity] = []
        for slot in f.get(side, []):
            base = req if slot.startswith("req.") else tok
            if base is None:
                continue
            # "leads a consortium of A and B": the group a member belongs to is the consortium,
            # not the organisations it is made of
            groups = set() if side == "object" and f["type"] == "memberOf" else self.group_nouns
            for t in self._slot(slot.removeprefix("req."), base, req, f):
                # "Marta Zielińska, a former lead at PZU, and Tomasz Wróbel": a singular role
                # describes its own name, not the names coordinated with it
                # "the University of Luxembourg's Centre X, the start-up Y and Z": the possessed
                # name is the unit, not the names listed after it
                if (slot == "described" and base.tag_ == "NN" or slot == "self") and tok_ent[t.i] is not None:
                    if tok_ent[t.i] not in out:
                        out.append(tok_ent[t.i])
                    continue
                for e in _entities_of(t, tok_ent, groups, self.named_by, self.people_nouns) or \
                        _group_antecedent(t, tok_ent, self.anaphors) or \
                        _company_antecedent(t, tok_ent, self._described):
                    if e not in out:
                        out.append(e)
        return out

    def _slot(self, slot: str, tok, req, f) -> list:
        name, _, arg = slot.partition(":")
        allowed = f["slot_words"].get(slot) if "@" in slot else \
            ({w.lower() for w in arg.split(",")} if arg else None)
        if name == "subj":
            return _subject(tok, passive=False)
        if name == "passsubj":
            return _subject(tok, passive=True)
        if name == "agent":
            return [p for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                    for p in c.children if p.dep_ == "pobj"]
        if name == "dobj":
            out = []
            for c in tok.children:
                if c.dep_ in ("dobj", "obj"):
                    out.append(tok.head if c.lower_ in RELATIVE and tok.dep_ == "relcl" else c)
            subs = [c for c in tok.children if c.dep_ == "nsubj"]
            if not out and tok.dep_ == "relcl" and len(subs) > 1 and any(c.lower_ in RELATIVE for c in subs):
                out.append(tok.head)
            return out
        if name == "dative":
            return [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"] + \
                self._slot("prep:to", tok, req, f)
        if name == "prep":
            return _prep_objects(tok, allowed)
        if name == "deep_prep":
            # "professor of pathology at X", "Director-General for research at X"
            # but not through a name: "director of the <Institute> at <Hospital>" is the
            # institute's director (the institute is the hospital's unit)
            return _prep_objects(tok, allowed) + [
                o for p in _prep_objects(tok, {"of", "for", "in"}) if p.pos_ != "PROPN"
                for o in _prep_objects(p, allowed)]
        if name == "poss":
            # "Tarvio Labs' seed round": the possessive may hang on a compound modifier
            return [c for h in [tok, *(c for c in tok.children if c.dep_ == "compound")]
                    for c in h.children if c.dep_ == "poss"]
        if name == "compound":
            return [c for c in tok.children if c.dep_ == "compound"]
        if name == "described":
            return _described(tok)
        if name == "co_subj":
            # "Enel acquired Endesa together with Acciona", "... alongside Acciona"
            return [p for c in tok.children if c.dep_ == "prep" and (
                        c.lower_ == "alongside" or (c.lower_ == "with" and any(
                            a.dep_ == "advmod" and a.lower_ in ("together", "along", "jointly")
                            for a in c.children)))
                    for p in c.children if p.dep_ == "pobj"]
        if name == "subj_poss":
            # "the project's partners include A": the possessor of a (listed) subject noun
            return [c for t in _subject(tok, passive=False) if allowed is None or t.lower_ in allowed
                    for c in t.children if c.dep_ == "poss"]
        if name == "round":
            return self._round_investee(tok)
        if name == "prt":
            return [c for c in tok.children if c.dep_ == "prt"]
        if name == "child":
            return [c for c in tok.children if c.dep_ in allowed]
        if name == "head":
            return [tok.head] if tok.head is not tok else []
        if name == "self":
            return [tok]
        gov = _governor(tok)
        if gov is None:
            return []
        if name == "gov_subj":
            if allowed is not None and gov.lower_ not in allowed:
                return []
            return _subject(gov, passive=False)
        if name == "gov_passsubj":
            if allowed is not None and gov.lower_ not in allowed:
                return []
            return _subject(gov, passive=True)
        if name == "gov_prep":
            return _prep_objects(gov, allowed)
        raise ValueError(f"unknown trigger slot {slot!r}")


# ---------------------------------------------------------------------- parse helpers
def _token_entities(doc, mentions) -> list[Optional[Entity]]:
    """token index -> the entity whose mention covers it (the longest, as mentions are sorted
    by start then by length)."""
    out: list[Optional[Entity]] = [None] * len(doc)
    for s, e, ent in mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            if out[t.i] is None:
                out[t.i] = ent
    return out


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _subject(verb, passive: bool, depth: int = 0) -> list:
    """The (active or passive) subject of a verb, inherited through control ("agreed to
    acquire"), coordination ("signed and will fund"), relative clauses ("X, which develops")
    and participles ("X, backed by Y"; "Organised by X, the fair ...")."""
    if depth > 4:
        return []
    want = "nsubjpass" if passive else "nsubj"
    subs = [c for c in verb.children if c.dep_ == want]
    if len(subs) > 1 and any(s.lower_ in RELATIVE for s in subs):
        # "the congress, which GSMA organises": the relative pronoun is the object
        subs = [s for s in subs if s.lower_ not in RELATIVE]
    if subs:
        return [verb.head if s.lower_ in RELATIVE and verb.dep_ == "relcl" else s for s in subs]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []                    # it has a subject, of the other voice
    head = verb.head
    if verb.dep_ == "acl":
        # "the round led by X" (passive participle), "a company developing Y" (active)
        return [head] if (verb.tag_ == "VBN") == passive else []
    if verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and \
            not any(c.dep_ == "mark" for c in verb.children):
        if (verb.tag_ == "VBN") != passive:
            return []
        return _subject(head, passive=False, depth=depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not passive:
        return _subject(head, passive=False, depth=depth + 1)     # "after acquiring the rival"
    if verb.dep_ == "xcomp":
        # "agreed to acquire Y" / "agreed to be acquired by X": the controller is the subject
        if _is_passive(verb) != passive:
            return []
        return _subject(head, passive=False, depth=depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return _subject(head, passive=passive, depth=depth + 1)
    return []


def _prep_objects(tok, allowed: Optional[set]) -> list:
    """Objects of the prepositions (of the given words) on the token, on its direct object
    ("invested €20m in Y") and multiword ones ("such as")."""
    out = []
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "attr")] + \
        [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] + \
        [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
         for p in c.children if p.dep_ == "pobj" and p.tag_ == "CD"]   # "funded with €4m under X"
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("prep", "agent", "dative"):
                continue
            word = c.lower_
            if word == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such":
                word = "such as"
            if allowed is None or word in allowed:
                # "from A and from B": the repeated preposition is a conjunct of the first
                for pr in [c] + [x for x in c.children if x.dep_ == "conj" and x.lower_ == c.lower_]:
                    out += [p for p in pr.children if p.dep_ in ("pobj", "pcomp")]
    return out


def _governor(tok):
    """The verb a noun trigger depends on: "made an investment" (dobj), "part of a deal with"
    (pobj), "received support from" (dobj), "working on the development of" (pobj)."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "attr", "acomp", "nsubj", "nsubjpass", "oprd", "dative", "npadvmod", "advmod"):
            return t.head if t.head.pos_ in ("VERB", "AUX") else None
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
            t = t.head.head
            if t.pos_ in ("VERB", "AUX"):
                return t
            continue
        if t.dep_ == "conj":
            t = t.head
            continue
        return None
    return None


def _apposed_name(tok):
    """The head of an apposition, unless the parser hung it on an earlier noun while a name
    stands right before its comma ("The company was spun off from CIRI, a joint unit of A":
    the unit is CIRI, not the company)."""
    doc, j = tok.doc, tok.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return tok.head
    j -= 1
    if doc[j].text == ")":                 # "CIRI (Centre …), a unit": step over the alias
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    prev, head = doc[j], tok.head
    if j < 0 or prev.pos_ != "PROPN" or prev.i <= head.i:
        return head
    # a name inside the head's own phrase ("A and B, investors in X") keeps the head, whose
    # conjuncts are read later
    inside = prev.i <= max((t.i for t in head.subtree if t.i < tok.left_edge.i), default=head.i)
    return head if inside else prev


def _described(tok) -> list:
    """What a role/unit noun describes: "A, a subsidiary of B" (apposition), "A is a unit of
    B" (copula), "CEO Ann Smith" (compound on a name)."""
    if tok.dep_ == "appos":
        return [_apposed_name(tok)]
    if tok.dep_ == "attr" and tok.head.lower_ in BE:
        return _subject(tok.head, passive=False)
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        return [tok.head]
    if tok.dep_ == "conj" and tok.head.dep_ == "appos":
        return [tok.head.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX"):
        return _subject(tok.head.head, passive=False)     # "X joined as a partner of Y"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "of"):
        # "X is among the investors in Y", "X is one of the members of Y"
        h = tok.head.head
        if h.lower_ in BE:
            # "Among the members of Y is X": the inverted copula has X as its attribute
            return _subject(h, passive=False) or [c for c in h.children if c.dep_ == "attr"]
        if h.lower_ in ("one", "some", "several", "two", "three") and h is not tok:
            return _described(h)
    return [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _conjuncts(tok, tok_ent) -> Iterable:
    """The token and its conjuncts; names in apposition count too ("A, B and C" is sometimes
    parsed as appositions, after a comma), except places without "and" ("Göttingen, Germany"
    is not a list; nor is "AI start-up Owkin")."""
    yield tok
    listed = any(c.dep_ == "cc" for c in tok.children)
    for c in tok.children:
        place = tok_ent[c.i] is not None and tok_ent[c.i].type == "Place"
        if (c.dep_ == "conj" and (listed or not place)) or \
                (c.dep_ == "appos" and c.pos_ == tok.pos_ == "PROPN" and not place and
                 c.doc[max(c.left_edge.i - 1, 0)].text == ","):
            yield from _conjuncts(c, tok_ent)


COMPANY_ANAPHORS = {"company", "start-up", "startup", "firm", "spin-off", "spinout", "biotech", "maker"}


def _is_company_noun(t) -> bool:
    # the tokenizer splits "start-up" into "start", "-", "up"
    return t.lower_ in COMPANY_ANAPHORS or (
        t.lower_ == "up" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "start")


FRONTED_PARTICIPLES = {p.split()[0] for p in lexicon("anaphora")["fronted_participles"]}


def _company_antecedent(t, tok_ent, described: Optional[dict[str, Entity]] = None) -> list[Entity]:
    """"the company", "the Oslo start-up": the first company named in the nearest earlier
    sentence that names one, or the one company the article calls a start-up (as the templates
    of relations.py resolve it)."""
    if not _is_company_noun(t) or tok_ent[t.i] is not None or t.sent is None or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children) or \
            any(tok_ent[c.i] is not None and tok_ent[c.i].type != "Place" for c in t.children) or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return []
    start = t.sent.start
    if t.lower_ == "up" and described and described.get("start-up") is not None:
        return [described["start-up"]]
    # the company this sentence opened with, when a clause break stands between ("X, which …,
    # announced that Y has invested in the company"), as the templates read it
    opener = tok_ent[start]
    if opener is not None and opener.type == "Organization" and opener.subtype == "Company" and \
            CLAUSE_BREAK.search(t.doc.text, t.sent.start_char, t.idx):
        return [opener]
    i = start - 1
    while i >= 0:
        sent = t.doc[i].sent
        # a fronted participle ("Founded by A, former engineers at B, C employs …"): the subject
        if sent[0].text in FRONTED_PARTICIPLES:
            subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and tok_ent[c.i] is not None]
            if subj and tok_ent[subj[0].i].type == "Organization" and tok_ent[subj[0].i].subtype == "Company":
                return [tok_ent[subj[0].i]]
        for tok in sent:
            e = tok_ent[tok.i]
            if e is not None and e.type == "Organization" and e.subtype == "Company":
                # (not a name only guessed to be a company when the story's protagonist is
                # mentioned far more often: "CEPI has awarded Meridian … invested in the company")
                top = max((x for x in tok_ent if x is not None and x.type == "Organization" and
                           x.subtype == "Company"), key=lambda x: len(x.mentions))
                if e.subtype_guessed and top is not e and len(top.mentions) >= 2 * len(e.mentions):
                    return [top]
                return [e]
        i = sent.start - 1
    return []


@lru_cache(maxsize=None)
def _word_rx(word: str) -> re.Pattern:
    """A whole-word regex per group noun, compiled once (the nouns are a fixed list)."""
    return re.compile(rf"\b{word}\b")


def _group_antecedent(t, tok_ent, anaphors: set) -> list[Entity]:
    """"the project", "the consortium", "this network": the latest named group before it
    (typed Network or named with the same noun), as GUIDELINES allow an unambiguous definite
    phrase as a mention."""
    if t.lower_ not in anaphors or tok_ent[t.i] is not None or \
            not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in t.children) or \
            any(c.dep_ in ("compound", "amod", "nmod") for c in t.children) or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return []
    # in an earlier sentence: a group named earlier in the same sentence is another party
    # ("NWO funds the consortium")
    for i in range(t.sent.start - 1, -1, -1):
        e = tok_ent[i]
        if e is None or e.type != "Organization":
            continue
        name = e.canonical.lower()
        # "the project" is not the "European Association for X" named since
        if t.lower_ in name or e.subtype == "Network" and not any(
                _word_rx(a).search(name) for a in anaphors if a != t.lower_):
            return [e]
    return []


def _possessor(t, tok_ent) -> list[Entity]:
    """"its"/"their": the subject of the nearest verb above it that has a named subject
    ("IQM said its investors ...", "X will host it at its Munich headquarters")."""
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            subs = [s for s in _subject(a, passive=False) if s.i != t.head.i and not s.is_ancestor(t)]
            ents = [tok_ent[s.i] for s in subs if tok_ent[s.i] is not None]
            if ents:
                return ents[:1]
    return []


def _held_by_unit(rels: dict, rtype: str, s: str, o: str) -> bool:
    """The relation is already stated for a unit of one argument (A partners B's institute, the
    institute belongs to B): the parent, which the parse often picks, is not a second partner."""
    def same(a, b):
        return (rtype, a, b) in rels or rtype == "partnersWith" and (rtype, *sorted((a, b))) in rels
    units = {}
    for k in rels:
        if k[0] == "affiliatedWith":
            units.setdefault(k[2], []).append(k[1])
    return any(same(s, u) for u in units.get(o, ())) or any(same(u, o) for u in units.get(s, ()))


def _entities_of(tok, tok_ent, group_nouns: set, named_by: set, people_nouns: set) -> list[Entity]:
    """The entities a slot token stands for, one per conjunct ("A, B and C"); a common noun
    stands for its named apposition/compound ("the start-up Einride", "the ELLIS network")
    or for the entities after "of"/"including"/"such as" ("a consortium of A, B and C"); staff
    nouns stand for their employer ("engineers at A")."""
    out: list[Entity] = []
    for t in _conjuncts(tok, tok_ent):
        e = tok_ent[t.i]
        named = [c for c in t.children if c.dep_ == "appos" and tok_ent[c.i] is not None and
                 tok_ent[c.i].type == "Organization" and c.doc[max(c.left_edge.i - 1, 0)].text != ","]
        if e is not None and e.type != "Organization" and named:
            e = tok_ent[named[0].i]     # "a stake in AI start-up Owkin": the company, not "AI"
        if e is not None:
            if e not in out:
                out.append(e)
            continue
        if t.lower_ in ("its", "their") and t.dep_ == "poss":
            out += [e for e in _possessor(t, tok_ent) if e not in out]
            continue
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        # "the start-up Einride"; "the ELLIS network" only for naming nouns ("AI start-up" is
        # not the technology)
        inner = [c for c in t.children if tok_ent[c.i] is not None and
                 (c.dep_ == "appos" or (c.dep_ in ("compound", "nmod") and t.lower_ in named_by))]
        named_head = _apposed_name(t) if t.dep_ == "appos" and t.pos_ == "NOUN" else None
        if named_head is not None and tok_ent[named_head.i] is not None:
            inner = [named_head]           # "HyPER-CAT, a Horizon Europe project": HyPER-CAT
        if not inner:
            inner = _prep_objects(t, {"including", "such as", "like"} |
                                  ({"of"} if t.lower_ in group_nouns else set()) |
                                  ({"at", "from", "of"} if t.lower_ in people_nouns else set()))
        if not inner and t.dep_ == "appos" and t.pos_ == "NOUN" and tok_ent[t.head.i] is not None:
            inner = [t.head]               # "Arctos, a research project funded by X": Arctos
        for c in inner:
            for t2 in _conjuncts(c, tok_ent):
                e = tok_ent[t2.i]
                if e is not None and e not in out:
                    out.append(e)
    return out


def _nearest(ent, tok, tok_ent, strict=False, objects=frozenset()) -> bool:
    """No ";" between ``ent``'s closest mention and the trigger token, nor another entity of
    the same type paired with an entity of another type ("A of X, B, head of Y")."""
    sent = tok.sent if tok.sent is not None else tok.doc[:]
    idx = [t.i for t in sent if tok_ent[t.i] is ent]
    if not idx:
        return True
    near = min(idx, key=lambda i: abs(i - tok.i))
    lo, hi = sorted((near, tok.i))
    same = other = False
    between = tok.doc[lo + 1:hi]
    if strict and any(t.lower_ in ("both", "all", "each", "two", "three") for t in between):
        strict = False          # "A and B, both units of C"
    for t in between:
        if t.text == ";":
            return False
        e = tok_ent[t.i]
        if e is not None and e is not ent:
            same |= e.type == ent.type
            other |= e.type != ent.type
        if strict and e is not None and e is not ent and e.type == ent.type and e.key not in objects:
            return False        # "with A and B, C's venture arm": the unit is B only
    # "A and B, two researchers at X" share the role; "A of X, B, head of Y" do not
    return not (same and other)
