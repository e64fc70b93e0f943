"""Cross-article entity resolution with stable IRIs and a merge log.

The Resolver keeps an index of the entities already known — loaded once from the store's
article graphs (labels, altLabels, native names, subtype, country) and extended with each
article it resolves — and gives every entity of a new article either the IRI of a known
entity it matches or a freshly minted ``{base}/id/{kind}/{slug}``. First-seen IRI wins:
an entity never changes IRI when later articles arrive.

Match rules, strongest first (docs/ingest.md):
  same-name   a name or alias equal after folding case, accents and punctuation
  legal-suffix equal once legal forms are stripped ("Medtronic" / "Medtronic plc"),
              unless both carry different legal forms (Merck KGaA / Merck & Co.)
  curated     listed together in extractors/resolution/aliases.tsv
  translation equal bags of translated institution words (Università del Salento /
              University of Salento; Consiglio Nazionale delle Ricerche / National
              Research Council of Italy)
  acronym     an acronym equal to the initials of the other's name (CNR / Consiglio
              Nazionale delle Ricerche)
  fuzzy       rapidfuzz token_sort_ratio ≥ FUZZY_MIN on the stripped names
Blocks (any rule): a different kind; different countries when both are known;
incompatible organization subtypes (except same-name and legal-suffix); a do-not-merge
pair (extractors/resolution/do_not_merge.tsv, or owl:differentFrom recorded by
``kgraph unmerge``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz, process

from ..records import Entity, Extraction
from ..vocab import KINDS, SPARQL_PREFIXES, article_graph, entity_iri, system_graph
from .names import curated_aliases, do_not_merge_pairs, fold, keys

NODE_KINDS = ("Organization", "Person", "Place", "Event", "Technology")
FUZZY_MIN = 92.0
FUZZY_MIN_LEN = 6
RULE_SCORES = {"same-name": 1.0, "legal-suffix": 0.98, "curated": 0.97, "translation": 0.95,
               "acronym": 0.9}


@dataclass
class Known:
    iri: str
    type: str
    label: str
    subtype: Optional[str] = None
    country: Optional[str] = None
    names: dict = field(default_factory=dict)   # name -> set of graph IRIs that state it


@dataclass
class Merge:
    variant: str            # the IRI the entity would have had on its own
    canonical: str          # the IRI it got
    reason: str
    score: float
    variant_label: str
    canonical_label: str
    article: str            # article id


def _justifies(names: list[str], acronym: str) -> bool:
    """True when the full names (if any) of one side explain the acronym: its initials, a
    curated equivalence, or the acronym heading a longer name ("CNR Nanotec")."""
    full = [n for n in names if not keys(n).acronym]
    if not full:
        return True
    cur = curated_aliases()
    for n in full:
        nk = keys(n)
        if nk.initials == acronym or keys(n).folded.split()[0] == acronym.lower():
            return True
        if cur.get(nk.folded) and cur.get(nk.folded) == cur.get(acronym.lower()):
            return True
    return False


def _usable_names(names: list[str]) -> list[str]:
    """The names resolution may match on: stray acronyms (ones the entity's full names do
    not explain) stay in the graph as altLabels but are not used to merge."""
    return [n for n in names if not keys(n).acronym or _justifies(names, keys(n).acronym)]


def _close_tokens(a: str, b: str, min_ratio: float = 80.0) -> bool:
    """Fuzzy guard: every word one name has and the other lacks must be a near-spelling of
    a word of the other ("Healthineer"/"Healthineers"), not a different name ("Pisa" vs
    "Padova" in "University of Pisa" / "University of Padova")."""
    ta, tb = set(a.split()), set(b.split())
    for x, others in ((ta - tb, tb - ta), (tb - ta, ta - tb)):
        for w in x:
            if not any(fuzz.ratio(w, o) >= min_ratio for o in others):
                return False
    return True


def _subtype_ok(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b or "Other" in (a, b)


def _country_ok(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b


class Resolver:
    def __init__(self, base: str, store=None):
        self.base = base.rstrip("/")
        self.known: dict[str, Known] = {}
        self.by_name: dict[tuple, list] = {}       # (type, folded name) -> [(iri, name)]
        self.by_stripped: dict[tuple, list[str]] = {}
        self.by_bag: dict[tuple, list[str]] = {}
        self.by_initials: dict[tuple, list[str]] = {}
        self.by_curated: dict[tuple, list[str]] = {}
        self.fuzzy_names: dict[str, list[tuple]] = {}   # type -> [(stripped, iri, name)]
        self.different: set[frozenset] = set()           # IRI pairs never to merge
        self.dnm_names = do_not_merge_pairs()
        if store is not None:
            self.load(store)

    # ------------------------------------------------------------------ index
    def load(self, store) -> None:
        rows = store.select(SPARQL_PREFIXES + f"""
            SELECT ?g ?e ?t ?name ?pref WHERE {{
              GRAPH ?g {{
                ?e a ?t .
                VALUES ?t {{ kg:Organization kg:Person kg:Place kg:Event kg:Technology }}
                {{ ?e rdfs:label ?name BIND(1 AS ?pref) }} UNION {{ ?e skos:altLabel ?name }}
                UNION {{ ?e kg:nativeName ?name }}
              }}
              FILTER (STRSTARTS(STR(?g), "{self.base}/graph/article/"))
            }}""", union=False)
        per_iri: dict[str, list] = {}
        for r in rows:
            kind = str(r["t"]).rsplit("#", 1)[-1]
            per_iri.setdefault(str(r["e"]), []).append((kind, str(r["name"]), str(r["g"]),
                                                         "pref" in r))
        for iri, items in per_iri.items():
            usable = set(_usable_names([n for _, n, _, _ in items]))
            for kind, name, graph, pref in sorted(items, key=lambda x: not x[3]):
                if name in usable:
                    self._add(iri, kind, name, graph, preferred=pref)
        for r in store.select(SPARQL_PREFIXES + """
                SELECT ?e ?sub ?country WHERE { GRAPH ?g { ?e kg:subtype ?sub
                  OPTIONAL { ?e kg:country ?country } } }""", union=False):
            k = self.known.get(str(r["e"]))
            if k is not None:
                k.subtype = k.subtype or str(r["sub"])
                if "country" in r:
                    k.country = k.country or str(r["country"])
        merges = str(system_graph(self.base, "merges"))
        for r in store.select(f"""SELECT ?a ?b WHERE {{ GRAPH <{merges}> {{
                ?a <http://www.w3.org/2002/07/owl#differentFrom> ?b }} }}""", union=False):
            self.different.add(frozenset((str(r["a"]), str(r["b"]))))

    def _index(self, table: dict, key: tuple, iri: str, name: str) -> None:
        lst = table.setdefault(key, [])
        if (iri, name) not in lst:
            lst.append((iri, name))

    def _lookup(self, table: dict, key: tuple, own_graph: str) -> list[str]:
        """IRIs indexed under ``key`` through a name some OTHER article states (an article
        being re-ingested must not match its own previous version)."""
        return [iri for iri, name in table.get(key, [])
                if self._supported(self.known[iri], name, own_graph)]

    def _add(self, iri: str, kind: str, name: str, graph: str, preferred: bool = False,
             subtype: Optional[str] = None, country: Optional[str] = None) -> None:
        if not name.strip():
            return
        k = self.known.get(iri)
        if k is None:
            k = self.known[iri] = Known(iri, kind, name, subtype, country)
        elif preferred and not k.names:
            k.label = name
        k.subtype = k.subtype or subtype
        k.country = k.country or country
        new_name = name not in k.names
        k.names.setdefault(name, set()).add(graph)
        if not new_name:
            return
        nk = keys(name)
        self._index(self.by_name, (kind, nk.folded), iri, name)
        if kind != "Organization":
            return
        if not nk.acronym:
            self._index(self.by_stripped, (kind, nk.stripped), iri, name)
        if len(nk.bag) >= 2:
            self._index(self.by_bag, (kind, nk.bag), iri, name)
        if len(nk.initials) >= 2 and not nk.acronym:
            self._index(self.by_initials, (kind, nk.initials), iri, name)
        cur = curated_aliases().get(nk.folded)
        if cur:
            self._index(self.by_curated, (kind, cur), iri, name)
        if len(nk.stripped) >= FUZZY_MIN_LEN:
            self.fuzzy_names.setdefault(kind, []).append((nk.stripped, iri, name))

    # ------------------------------------------------------------------ matching
    def _names(self, e: Entity) -> list[str]:
        names = [e.canonical, e.text, *e.aliases]
        if e.native_name:
            names.append(e.native_name)
        return _usable_names([n for n in dict.fromkeys(n.strip() for n in names if n) if n])

    def _supported(self, k: Known, name: str, own_graph: str) -> bool:
        graphs = k.names.get(name, set())
        return bool(graphs - {own_graph})

    def _visible(self, iri: str, own_graph: str) -> bool:
        k = self.known[iri]
        return any(g != own_graph for gs in k.names.values() for g in gs)

    def _blocked(self, e: Entity, names: list[str], variant: str, k: Known, strict: bool) -> bool:
        if k.type != e.type:
            return True
        if frozenset((variant, k.iri)) in self.different:
            return True
        mine = {fold(n) for n in names}
        theirs = {fold(n) for n in k.names}
        for a in mine:
            for b in theirs:
                if a != b and frozenset((a, b)) in self.dnm_names:
                    return True
        if e.type == "Organization":
            if not _country_ok(e.country, k.country):
                return True
            if strict and not _subtype_ok(e.subtype, k.subtype):  # acronym, fuzzy
                return True
        return False

    def match(self, e: Entity, own_graph: str = "") -> tuple[Optional[str], str, float]:
        """(IRI, reason, score) of the known entity ``e`` is, or (None, "", 0)."""
        names = self._names(e)
        variant = str(entity_iri(self.base, e.type, e.canonical))
        nkeys = [keys(n) for n in names]
        own_country = e.country or next((nk.country for nk in nkeys if nk.country), None)

        def pick(cands, reason, strict, score=None):
            for iri in cands:
                k = self.known[iri]
                if not self._visible(iri, own_graph):
                    continue
                if self._blocked(e, names, variant, k, strict):
                    continue
                if e.type == "Organization" and not _country_ok(own_country, k.country):
                    continue
                return iri, reason, score if score is not None else RULE_SCORES[reason]
            return None

        kind = e.type
        # 1 same name / alias (an acronym must agree with the full names on both sides:
        #   extractors attach stray acronyms, and "CNR" must not glue two institutes)
        cands = []
        for nk in nkeys:
            for i in self._lookup(self.by_name, (kind, nk.folded), own_graph):
                k = self.known[i]
                if nk.acronym and not (_justifies(names, nk.acronym) and
                                       _justifies(list(k.names), nk.acronym)):
                    continue
                cands.append(i)
        hit = pick(dict.fromkeys(cands), "same-name", strict=False)
        if hit or kind != "Organization":
            return hit or (None, "", 0.0)
        # 2 legal suffix stripped
        cands = []
        for nk in nkeys:
            if nk.acronym:
                continue
            for i in self._lookup(self.by_stripped, (kind, nk.stripped), own_graph):
                sufs = {keys(n).suffix for n in self.known[i].names if keys(n).stripped == nk.stripped}
                if nk.suffix and sufs and all(s and s != nk.suffix for s in sufs):
                    continue  # different legal forms: different legal entities
                cands.append(i)
        hit = pick(dict.fromkeys(cands), "legal-suffix", strict=False)
        if hit:
            return hit
        # 3 curated equivalences
        cur = [curated_aliases().get(nk.folded) for nk in nkeys]
        cands = [i for c in cur if c for i in self._lookup(self.by_curated, (kind, c), own_graph)]
        hit = pick(dict.fromkeys(cands), "curated", strict=False)
        if hit:
            return hit
        # 4 translated word bags
        cands = [i for nk in nkeys if len(nk.bag) >= 2 for i in self._lookup(self.by_bag, (kind, nk.bag), own_graph)]
        hit = pick(dict.fromkeys(cands), "translation", strict=False)
        if hit:
            return hit
        # 5 acronyms: my acronym = their initials, or my initials = their acronym
        cands = [i for nk in nkeys if nk.acronym for i in self._lookup(self.by_initials, (kind, nk.acronym), own_graph)]
        for nk in nkeys:
            if len(nk.initials) >= 2 and not nk.acronym:
                cands += [i for i in self._lookup(self.by_name, (kind, nk.initials.lower()), own_graph)
                          if any(keys(n).acronym == nk.initials for n in self.known[i].names)]
        hit = pick(dict.fromkeys(cands), "acronym", strict=True)
        if hit:
            return hit
        # 6 fuzzy similarity on stripped names
        pool = self.fuzzy_names.get(kind)
        if pool:
            choices = [p[0] for p in pool]
            for nk in nkeys:
                if len(nk.stripped) < FUZZY_MIN_LEN or nk.acronym:
                    continue
                found = process.extract(nk.stripped, choices, scorer=fuzz.token_sort_ratio,
                                        score_cutoff=FUZZY_MIN, limit=5)
                for _, score, idx in found:
                    other, iri, name = pool[idx]
                    if not _close_tokens(nk.stripped, other):
                        continue
                    if not self._supported(self.known[iri], name, own_graph):
                        continue
                    hit = pick([iri], "fuzzy", strict=True, score=round(score / 100.0, 3))
                    if hit:
                        return hit
        return None, "", 0.0

    # ------------------------------------------------------------------ resolve
    def mint(self, e: Entity, own_graph: str) -> str:
        iri = str(entity_iri(self.base, e.type, e.canonical))
        if iri not in self.known or not self._visible(iri, own_graph):
            return iri
        # the slug is taken by a different entity (blocked above): disambiguate stably
        suffix = (e.country or e.subtype or "").lower()
        if suffix:
            cand = f"{iri}-{suffix}"
            if cand not in self.known or not self._visible(cand, own_graph):
                return cand
        n = 2
        while f"{iri}-{n}" in self.known and self._visible(f"{iri}-{n}", own_graph):
            n += 1
        return f"{iri}-{n}"

    def resolve(self, ex: Extraction) -> list[Merge]:
        """Set ``iri`` on every node entity of ``ex``; return the merges it implies."""
        own_graph = str(article_graph(self.base, ex.article.id))
        merges: list[Merge] = []
        local: dict[tuple, str] = {}
        for e in ex.entities:
            if e.type not in NODE_KINDS:
                continue
            if e.iri:  # set upstream (e.g. a SKOS concept of the technology scheme)
                self._register(e, e.iri, own_graph)
                continue
            lk = (e.type, fold(e.canonical))
            if lk in local:           # same entity twice in one article
                e.iri = local[lk]
                continue
            iri, reason, score = self.match(e, own_graph)
            variant = str(entity_iri(self.base, e.type, e.canonical))
            if iri is None:
                iri = self.mint(e, own_graph)
            else:
                k = self.known[iri]
                if iri != variant:
                    merges.append(Merge(variant, iri, reason, score, e.canonical, k.label,
                                        ex.article.id))
                if fold(e.canonical) != fold(k.label):
                    # keep the article's own wording as an alias, show the canonical label
                    if e.canonical not in e.aliases:
                        e.aliases.append(e.canonical)
                    e.canonical = k.label
            e.iri = iri
            local[lk] = iri
            self._register(e, iri, own_graph)
        return merges

    def _register(self, e: Entity, iri: str, graph: str) -> None:
        first = iri not in self.known
        self._add(iri, e.type, e.canonical, graph, preferred=first, subtype=e.subtype,
                  country=e.country)
        for n in self._names(e):
            self._add(iri, e.type, n, graph, subtype=e.subtype, country=e.country)


def kind_segment(kind: str) -> str:
    return KINDS.get(kind, kind.lower())
