"""Entity and relation scoring in the GUIDELINES.md annotation format.

Entities match per article and per type when they share a surface form (gold: text,
canonical, native_name, aliases; prediction: text, canonical, aliases) after
normalization; each gold entity is matched at most once, a canonical-to-canonical hit
preferred. Relations match on (type, subject, object) after both arguments are mapped to
gold entities; partnersWith is symmetric. The lenient relation score also counts
fundedBy(Y, X) and investsIn(X, Y) as one fact."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..records import ENTITY_TYPES, RELATION_TYPES

_ARTICLE = re.compile(r"^(?:the|a|an|l'|la |il |lo |le |gli |i |der |die |das |les |el |los |las )\s*")


def normalize(name) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", str(name)).casefold()
    s = re.sub(r"[\u2018\u2019`]", "'", s)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = s.strip(" \t\n\"'“”«»()[]{}.,;:")
    if s.endswith("'s"):
        s = s[:-2]
    s = _ARTICLE.sub("", _ARTICLE.sub("", s))
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"[^\w\-&+/%€$£¥ ]+", " ", s)
    return " ".join(s.split())


def _names(ent: dict, gold: bool) -> set[str]:
    fields = ("text", "canonical", "aliases", "native_name") if gold else ("text", "canonical", "aliases")
    out = set()
    for f in fields:
        v = ent.get(f)
        for x in v if isinstance(v, list) else [v]:
            n = normalize(x)
            if n:
                out.add(n)
    return out


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict:
        return {"p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    entities: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in ENTITY_TYPES})
    relations: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in RELATION_TYPES})
    relations_lenient: PRF = field(default_factory=PRF)
    subtype_ok: int = 0
    canonical_ok: int = 0
    org_matched: int = 0
    missing: list[str] = field(default_factory=list)

    def total(self, table: dict[str, PRF]) -> PRF:
        t = PRF()
        for v in table.values():
            t += v
        return t

    @property
    def subtype_accuracy(self) -> float:
        return self.subtype_ok / self.org_matched if self.org_matched else 0.0

    @property
    def canonical_accuracy(self) -> float:
        return self.canonical_ok / self.org_matched if self.org_matched else 0.0

    def summary(self) -> dict:
        return {"org_f1": round(self.entities["Organization"].f1, 3),
                "entity_f1": round(self.total(self.entities).f1, 3),
                "relation_f1": round(self.total(self.relations).f1, 3),
                "relation_lenient_f1": round(self.relations_lenient.f1, 3),
                "org_subtype_acc": round(self.subtype_accuracy, 3),
                "org_canonical_acc": round(self.canonical_accuracy, 3)}


def _match(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """Greedy one-to-one matching in prediction order: pred index -> gold index."""
    gold_names = [_names(g, True) for g in gold]
    used: set[int] = set()
    out: dict[int, int] = {}
    for pi, p in enumerate(pred):
        names = _names(p, False)
        pc = normalize(p.get("canonical"))
        best: Optional[tuple[int, int]] = None
        for gi, g in enumerate(gold):
            if gi in used or g.get("type") != p.get("type") or not names & gold_names[gi]:
                continue
            rank = 2 if pc == normalize(g.get("canonical")) else 1
            if best is None or rank > best[0]:
                best = (rank, gi)
        if best:
            out[pi] = best[1]
            used.add(best[1])
    return out


def _gold_arg(name: str, gold: list[dict]) -> Optional[int]:
    n = normalize(name)
    hits = [gi for gi, g in enumerate(gold) if n in _names(g, True)]
    for gi in hits:
        if normalize(gold[gi].get("canonical")) == n:
            return gi
    return hits[0] if hits else None


def _pred_arg(name: str, pred: list[dict], gold: list[dict], pairs: dict[int, int]) -> Optional[int]:
    n = normalize(name)
    for pi, p in enumerate(pred):
        if (normalize(p.get("canonical")) == n or n in _names(p, False)) and pi in pairs:
            return pairs[pi]
    return _gold_arg(name, gold)


def _rel_key(rtype: str, s, o, lenient: bool):
    if s is None or o is None:
        return None
    if lenient and rtype == "fundedBy":
        rtype, s, o = "investsIn", o, s
    if rtype == "partnersWith":
        s, o = min(s, o), max(s, o)
    return (rtype, s, o)


def score_docs(pairs_of_docs: Iterable[tuple[dict, Optional[dict]]], scores: Optional[Scores] = None) -> Scores:
    """Score (gold_doc, predicted_doc) pairs; a missing prediction counts as empty."""
    sc = scores or Scores()
    for gold_doc, pred_doc in pairs_of_docs:
        pred_doc = pred_doc or {}
        gold = [e for e in gold_doc.get("entities", []) if e.get("type") in ENTITY_TYPES]
        pred = [e for e in pred_doc.get("entities", []) if e.get("type") in ENTITY_TYPES]
        pairs = _match(gold, pred)
        for pi, p in enumerate(pred):
            t = sc.entities[p["type"]]
            if pi not in pairs:
                t.fp += 1
                continue
            t.tp += 1
            g = gold[pairs[pi]]
            if g["type"] == "Organization":
                sc.org_matched += 1
                sc.subtype_ok += p.get("subtype") == g.get("subtype")
                sc.canonical_ok += normalize(p.get("canonical")) in {
                    normalize(g.get("canonical")), normalize(g.get("native_name"))}
        matched = set(pairs.values())
        for gi, g in enumerate(gold):
            if gi not in matched:
                sc.entities[g["type"]].fn += 1
        for lenient in (False, True):
            gk = {}
            for r in gold_doc.get("relations", []):
                k = _rel_key(r["type"], _gold_arg(r["subject"], gold), _gold_arg(r["object"], gold), lenient)
                if k:
                    gk[k] = r["type"]
            pk = {}
            for r in pred_doc.get("relations", []):
                if r.get("type") not in RELATION_TYPES:
                    continue
                k = _rel_key(r["type"], _pred_arg(r.get("subject"), pred, gold, pairs),
                             _pred_arg(r.get("object"), pred, gold, pairs), lenient)
                pk[k or ("?", r["type"], r.get("subject"), r.get("object"))] = r["type"]
            if lenient:
                sc.relations_lenient.tp += sum(1 for k in pk if k in gk)
                sc.relations_lenient.fp += sum(1 for k in pk if k not in gk)
                sc.relations_lenient.fn += sum(1 for k in gk if k not in pk)
                continue
            for k, t in pk.items():
                if k in gk:
                    sc.relations[t].tp += 1
                else:
                    sc.relations[t].fp += 1
            for k, t in gk.items():
                if k not in pk:
                    sc.relations[t].fn += 1
    return sc


def score_dirs(gold_dir, pred_dir) -> Scores:
    """Score every GOLD_DIR/NNN.json against PRED_DIR/NNN.json."""
    sc = Scores()
    docs = []
    for gp in sorted(Path(gold_dir).glob("*.json")):
        pp = Path(pred_dir) / gp.name
        if not pp.exists():
            sc.missing.append(gp.name)
        docs.append((json.loads(gp.read_text(encoding="utf-8")),
                     json.loads(pp.read_text(encoding="utf-8")) if pp.exists() else None))
    return score_docs(docs, sc)


def format_table(sc: Scores) -> str:
    lines = [f"{'entity type':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    row = lambda name, v: (f"{name:14} {v.p:6.3f} {v.r:6.3f} {v.f1:6.3f} "
                           f"{v.tp:5} {v.fp:5} {v.fn:5}")
    for t, v in sc.entities.items():
        lines.append(row(t, v))
    lines.append(row("all", sc.total(sc.entities)))
    lines.append(f"org subtype accuracy {sc.subtype_accuracy:.3f}, "
                 f"org canonical accuracy {sc.canonical_accuracy:.3f}")
    lines.append(f"{'relation type':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t, v in sc.relations.items():
        lines.append(row(t, v))
    lines.append(row("all", sc.total(sc.relations)))
    s = sc.summary()
    lines.append(" ".join(f"{k}={v}" for k, v in s.items()))
    return "\n".join(lines)
