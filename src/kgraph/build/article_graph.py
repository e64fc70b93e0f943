"""One article's named graph: the article, its entities, its facts and their evidence.

Provenance design (docs/adr/0001-provenance.md): each relation is a direct triple plus a
reified kg:Fact node whose kg:evidence nodes carry the sentence, its offsets (Web
Annotation selectors), the extractor and a confidence. Node IRIs are hashes of what they
say, so rebuilding an unchanged article yields the identical graph.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as _rdflib_ns

from .. import vocab as _vocab
from ..records import Entity, Evidence, Extraction, Relation
from ..vocab import (PREFIXES, STANDARD_CLASSES, STANDARD_PROPERTIES, SUBTYPE_CLASS,
                     article_iri, digest, entity_iri)


class _Terms:
    """A namespace whose terms are built once: an rdflib Namespace builds (and validates) a
    new URIRef on every attribute access, and a graph takes a few hundred per article."""

    def __init__(self, ns):
        self._ns, self._items = ns, {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self._ns[name]
        setattr(self, name, term)  # later accesses are plain attribute hits
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._ns[name]
        return term


KG, OA, SCHEMA = _Terms(_vocab.KG), _Terms(_vocab.OA), _Terms(_vocab.SCHEMA)
PROV, RDF, RDFS = _Terms(_rdflib_ns.PROV), _Terms(_rdflib_ns.RDF), _Terms(_rdflib_ns.RDFS)
SKOS, XSD = _Terms(_rdflib_ns.SKOS), _Terms(_rdflib_ns.XSD)

NODE_KINDS = ("Organization", "Person", "Place", "Event", "Technology")
_TYPE, _MENTION, _MENTION_CLASS = RDF.type, KG.mention, KG.Mention
_DERIVED, _START, _END = PROV.wasDerivedFrom, OA.start, OA.end
_XSD_STRING = str(XSD.string)


@lru_cache(maxsize=1 << 16)
def _int_literal(n: int) -> Literal:
    return Literal(n)
MONEY_RELATIONS = {"investsIn": KG.Investment, "fundedBy": KG.Funding}


def _date_literal(value: str) -> Literal:
    """ISO dates keep an XSD datatype where one fits; months, years and intervals stay strings."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return Literal(value, datatype=XSD.date)
    if len(value) == 7 and value[4] == "-":
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 4 and value.isdigit():
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def _types(g: Graph, node: URIRef, classes) -> None:
    for c in classes:
        g.add((node, _TYPE, c))
        for std in STANDARD_CLASSES.get(c, ()):
            g.add((node, _TYPE, std))


def source_key(article) -> str:
    """What identifies "the same input" across versions of an article: its URL when it has
    one (then it is also the id), else its file (``file:/abs/path``) — so a changed file
    replaces its previous version. Empty for content-only inputs (JSONL lines without URL)."""
    if article.url:
        return article.url
    src = article.source or ""
    if src and ":" not in src.split("/", 1)[0] and not src.startswith(("http://", "https://")):
        from pathlib import Path
        path, _, line = src.partition(":")
        if not line:
            return "file:" + str(Path(path).resolve())
    return ""


def fingerprint(article) -> str:
    """Changes whenever re-extracting the article could give a different graph."""
    from ..extract import EXTRACTOR_NAME, EXTRACTOR_VERSION
    return digest(article.id, article.text, article.title or "", article.url or "",
                  article.date or "", article.language or "", EXTRACTOR_NAME, EXTRACTOR_VERSION,
                  BUILD_VERSION, n=32)


BUILD_VERSION = "4"


def _nt_term(t) -> str:
    if type(t) is URIRef or isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        lex = (str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r"))
        if t.language:
            return f'"{lex}"@{t.language}'
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return f'"{lex}"^^<{t.datatype}>'
        return f'"{lex}"'
    raise TypeError(f"unsupported term {t!r}")


class TripleBuffer:
    """The few Graph operations the builder needs, without rdflib's indexing cost
    (building an rdflib Graph of an article took longer than validating it)."""

    def __init__(self):
        self.triples: dict[tuple, None] = {}
        self.by_sp: dict[tuple, list] = {}
        self.facts: set = set()  # the kg:Fact nodes (how many relations the graph states)

    def add(self, t) -> None:
        if t not in self.triples:
            self.triples[t] = None
            self.by_sp.setdefault((t[0], t[1]), []).append(t[2])

    def remove(self, t) -> None:
        if t in self.triples:
            del self.triples[t]
            self.by_sp[(t[0], t[1])].remove(t[2])

    def value(self, s, p):
        objs = self.by_sp.get((s, p))
        return objs[0] if objs else None

    def bind(self, *a) -> None:
        pass

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)

    def nt(self) -> str:
        # each term object is written once (subjects and predicates recur on many lines)
        memo: dict[int, str] = {}

        def term(t) -> str:
            out = memo.get(id(t))
            if out is None:
                out = memo[id(t)] = _nt_term(t)
            return out
        return "".join([f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in self.triples])

    def to_graph(self) -> Graph:
        from ..validate.shacl import PreparedGraph
        g = PreparedGraph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns)
        g.addN((s, p, o, g) for s, p, o in self.triples)
        return g


class ArticleGraphBuilder:
    def __init__(self, ex: Extraction, base: str):
        self.ex, self.base = ex, base.rstrip("/")
        self.g = TripleBuffer()
        self.article = article_iri(self.base, ex.article.id)
        self.iris: dict[str, URIRef] = {}

    def iri(self, kind: str, *parts: str) -> URIRef:
        return URIRef(f"{self.base}/id/{kind}/{digest(self.ex.article.id, *parts)}")

    def build(self) -> TripleBuffer:
        self.add_article()
        for e in self.ex.entities:
            if e.type in NODE_KINDS:
                self.add_entity(e)
        for r in self.ex.relations:
            if r.subject in self.iris and r.object in self.iris:
                self.add_relation(r)
        return self.g

    def add_article(self) -> None:
        a, g = self.ex.article, self.g
        g.add((self.article, RDF.type, SCHEMA.NewsArticle))
        g.add((self.article, SCHEMA.identifier, Literal(a.id)))
        g.add((self.article, SCHEMA.headline, Literal(a.title or a.stem or a.id)))
        g.add((self.article, RDFS.label, Literal(a.title or a.stem or a.id)))
        g.add((self.article, SCHEMA.text, Literal(a.text)))
        g.add((self.article, SCHEMA.inLanguage, Literal(a.language or "en")))
        if a.url:
            g.add((self.article, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.date:
            g.add((self.article, SCHEMA.datePublished, _date_literal(a.date)))
        key = source_key(a)
        if key:
            g.add((self.article, KG.sourceKey, Literal(key)))
        g.add((self.article, KG.fingerprint, Literal(fingerprint(a))))

    def add_entity(self, e: Entity) -> None:
        g = self.g
        node = URIRef(e.iri) if e.iri else entity_iri(self.base, e.type, e.canonical)
        self.iris[e.key] = node
        cls = [KG[e.type]]
        if e.type == "Organization":
            # two entities of one article may resolve to one IRI: keep ONE subtype (the
            # specific one over "Other", else the first) — the shapes allow exactly one
            sub = e.subtype or "Other"
            prev = g.value(node, KG.subtype)
            if prev is not None and (str(prev) != "Other" or sub == "Other"):
                sub = str(prev)
            elif prev is not None:
                g.remove((node, KG.subtype, prev))
                g.remove((node, RDF.type, SUBTYPE_CLASS.get("Other")))
            cls.append(SUBTYPE_CLASS.get(sub, KG.OtherOrganization))
            g.add((node, KG.subtype, Literal(sub)))
        _types(g, node, cls)
        g.add((node, RDFS.label, Literal(e.canonical)))
        g.add((node, SCHEMA.name, Literal(e.canonical)))
        if e.type == "Technology":
            g.add((node, SKOS.prefLabel, Literal(e.canonical)))
        for alias in {*e.aliases, e.text} - {e.canonical}:
            g.add((node, SKOS.altLabel, Literal(alias)))
        if e.native_name:
            g.add((node, KG.nativeName, Literal(e.native_name)))
        if e.country and g.value(node, KG.country) is None:  # one country (maxCount 1)
            g.add((node, KG.country, Literal(e.country)))
        g.add((self.article, SCHEMA.mentions, node))
        add, article = g.add, self.article
        for m in e.mentions:
            mention = self.iri("mention", e.key, str(m.start))
            add((node, _MENTION, mention))
            # a mention is its own text-position selector (kg:Mention ⊑ oa:TextPositionSelector):
            # its text is the article's text at those offsets, and mentions are most of an
            # article graph, so every triple saved here shrinks each commit noticeably
            add((mention, _TYPE, _MENTION_CLASS))
            add((mention, _DERIVED, article))
            add((mention, _START, _int_literal(m.start)))
            add((mention, _END, _int_literal(m.end)))

    def _position(self, node: URIRef, start: int, end: int) -> None:
        """Where in the article the evidence sentence is: a TextPositionSelector."""
        g = self.g
        pos = URIRef(f"{node}#position")
        g.add((node, OA.hasSelector, pos))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(start)))
        g.add((pos, OA.end, Literal(end)))

    def add_evidence(self, node: URIRef, ev: Evidence) -> None:
        g = self.g
        g.add((node, RDF.type, KG.Evidence))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, KG.sentence, Literal(ev.sentence)))
        # Web Annotation target: the article plus quote and position selectors
        quote = URIRef(f"{node}#quote")
        g.add((node, PROV.wasDerivedFrom, self.article))
        g.add((node, OA.hasSource, self.article))
        g.add((node, OA.hasSelector, quote))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(ev.sentence)))
        self._position(node, ev.start, ev.end)
        g.add((node, KG.confidence, Literal(Decimal(str(round(ev.confidence, 3))))))
        g.add((node, KG.extractor, Literal(ev.extractor)))
        g.add((node, KG.extractorVersion, Literal(ev.extractor_version)))
        if ev.pattern:
            g.add((node, KG.pattern, Literal(ev.pattern)))
        if self.ex.article.date:
            g.add((node, KG.articleDate, _date_literal(self.ex.article.date)))

    def add_relation(self, r: Relation) -> None:
        g = self.g
        s, o = self.iris[r.subject], self.iris[r.object]
        pred = KG[r.type]
        g.add((s, pred, o))
        if r.type in STANDARD_PROPERTIES:
            g.add((s, STANDARD_PROPERTIES[r.type], o))
        fact = self.iri("fact", r.type, str(s), str(o))
        g.add((fact, RDF.type, KG.Fact))
        g.facts.add(fact)
        g.add((fact, RDF.type, RDF.Statement))
        g.add((fact, RDF.subject, s))
        g.add((fact, RDF.predicate, pred))
        g.add((fact, RDF.object, o))
        ev = self.iri("evidence", r.type, str(s), str(o), str(r.evidence.start))
        g.add((fact, KG.evidence, ev))
        self.add_evidence(ev, r.evidence)
        if r.note:
            g.add((fact, KG.note, Literal(r.note)))
        if r.type in MONEY_RELATIONS:
            self.add_money_flow(r, s, o, ev)

    def add_money_flow(self, r: Relation, s: URIRef, o: URIRef, ev: URIRef) -> None:
        g = self.g
        investor, recipient = (s, o) if r.type == "investsIn" else (o, s)
        flow = self.iri("investment", r.type, str(s), str(o), str(r.evidence.start))
        g.add((flow, RDF.type, MONEY_RELATIONS[r.type]))
        g.add((flow, RDF.type, KG.MoneyFlow))
        g.add((flow, KG.investor, investor))
        g.add((flow, KG.recipient, recipient))
        g.add((flow, KG.evidence, ev))
        money = self.ex.entity(r.amount) if r.amount else None
        if money is not None and money.value and money.currency:
            try:
                value = Decimal(money.value)
            except InvalidOperation:
                value = None
            if value is not None:
                amount = URIRef(f"{flow}#amount")
                g.add((flow, KG.amount, amount))
                g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
                g.add((amount, SCHEMA.value, Literal(value, datatype=XSD.decimal)))
                g.add((amount, SCHEMA.currency, Literal(money.currency)))
                g.add((flow, KG.amountText, Literal(money.text)))
        date = self.ex.entity(r.date) if r.date else None
        if date is not None:
            g.add((flow, KG.date, _date_literal(date.canonical)))
            if date.precision:
                g.add((flow, KG.datePrecision, Literal(date.precision)))


def build_article_triples(ex: Extraction, base: str) -> TripleBuffer:
    """The article graph as a TripleBuffer (``.nt()`` N-Triples, ``.to_graph()`` rdflib)."""
    return ArticleGraphBuilder(ex, base).build()


def build_article_graph(ex: Extraction, base: str) -> Graph:
    """The article graph as an rdflib Graph."""
    return ArticleGraphBuilder(ex, base).build().to_graph()
