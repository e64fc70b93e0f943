"""Split an article graph into what conforms and what goes to quarantine.

A violation is traced back to the smallest unit that contains it:
  a relation (its direct triple, the kg:Fact, its evidence nodes and selectors and any
  money-flow node built from the same evidence) — for violations on a relation subject,
  a kg:Fact, a kg:Evidence, a money flow or its amount;
  an entity (its description, its mentions and every relation touching it) — for
  violations on the entity itself (e.g. no label, no subtype);
  a single triple — for a bad value on the article node (e.g. an ill-formed date);
  the whole article — when removing units cannot make the rest conform (e.g. the article
  node lacks a headline).
The quarantined triples are kept verbatim (N-Triples) with the violations in the shared
quarantine graph, so nothing is silently dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from ..vocab import KG, OA, SCHEMA, STANDARD_PROPERTIES, digest, system_graph
from .shacl import PreparedGraph, Report, Violation, load_shapes, validate_graph

RELATIONS = {KG[r] for r in ("partnersWith", "investsIn", "fundedBy", "memberOf", "locatedIn",
                             "hosts", "organizes", "develops", "acquires", "affiliatedWith")}
ENTITY_CLASSES = {KG.Organization, KG.Person, KG.Place, KG.Event, KG.Technology}


@dataclass
class QuarantinedFact:
    subject: str
    predicate: str
    object: str
    sentence: str = ""


@dataclass
class Split:
    good: Graph
    bad: Graph
    violations: list[Violation] = field(default_factory=list)
    facts: list[QuarantinedFact] = field(default_factory=list)
    whole_article: bool = False

    @property
    def clean(self) -> bool:
        return not self.violations


def _shape_predicates() -> dict[str, URIRef]:
    shapes = load_shapes()
    return {str(s): p for s, p in shapes.subject_objects(SH.targetSubjectsOf)}


class _Splitter:
    def __init__(self, g: Graph):
        self.g = g
        self.bad: set = set()
        self.facts: dict[URIRef, QuarantinedFact] = {}
        self.shape_pred = _shape_predicates()

    def triples_of(self, node) -> None:
        for t in self.g.triples((node, None, None)):
            self.bad.add(t)

    def target(self, node) -> None:
        """A node with Web Annotation selectors (evidence or mention)."""
        self.triples_of(node)
        for sel in self.g.objects(node, OA.hasSelector):
            self.triples_of(sel)

    def fact(self, f) -> None:
        if f in self.facts:
            return
        g = self.g
        s, p, o = g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object)
        evs = list(g.objects(f, KG.evidence))
        sentence = next((str(g.value(e, KG.sentence) or "") for e in evs), "")
        self.facts[f] = QuarantinedFact(str(s), str(p), str(o), sentence)
        self.triples_of(f)
        if s is not None and p is not None and o is not None:
            self.bad.add((s, p, o))
            std = STANDARD_PROPERTIES.get(str(p).rsplit("#", 1)[-1])
            if std is not None:
                self.bad.add((s, std, o))
        for ev in evs:
            others = [x for x in g.subjects(KG.evidence, ev) if x != f
                      and (x, RDF.type, KG.Fact) in g and x not in self.facts]
            if not others:
                self.target(ev)
            for flow in list(g.subjects(KG.evidence, ev)):
                if (flow, RDF.type, KG.MoneyFlow) in g:
                    self.flow(flow, cascade=False)

    def flow(self, flow, cascade: bool = True) -> None:
        self.triples_of(flow)
        for amount in self.g.objects(flow, KG.amount):
            self.triples_of(amount)
        if cascade:
            for ev in self.g.objects(flow, KG.evidence):
                for f in list(self.g.subjects(KG.evidence, ev)):
                    if (f, RDF.type, KG.Fact) in self.g:
                        self.fact(f)

    def facts_where(self, s=None, p=None, o=None) -> None:
        for f in list(self.g.subjects(RDF.type, KG.Fact)):
            if s is not None and self.g.value(f, RDF.subject) != s:
                continue
            if p is not None and self.g.value(f, RDF.predicate) != p:
                continue
            if o is not None and self.g.value(f, RDF.object) != o:
                continue
            self.fact(f)
        # a direct triple without a kg:Fact (what kgs:EvidencedRelation reports)
        if s is not None and p is not None:
            for obj in ([o] if o is not None else list(self.g.objects(s, p))):
                self.bad.add((s, p, obj))

    def entity(self, e) -> None:
        g = self.g
        self.facts_where(s=e)
        self.facts_where(o=e)
        for flow in set(g.subjects(KG.investor, e)) | set(g.subjects(KG.recipient, e)):
            self.flow(flow)
        for m in g.objects(e, KG.mention):
            self.target(m)
        self.triples_of(e)
        for t in g.triples((None, SCHEMA.mentions, e)):
            self.bad.add(t)

    def violation(self, v: Violation) -> bool:
        """Mark the unit behind ``v``; False when only quarantining everything can help."""
        g = self.g
        f = URIRef(v.focus)
        types = set(g.objects(f, RDF.type))
        path = URIRef(v.path) if v.path else None
        value = None
        if v.value is not None:
            value = URIRef(v.value) if v.value.startswith(("http://", "https://", "urn:")) else None
        if KG.Fact in types:
            self.fact(f)
        elif KG.Mention in types:
            self.target(f)
        elif KG.Evidence in types:
            for x in list(g.subjects(KG.evidence, f)):
                if (x, RDF.type, KG.Fact) in g:
                    self.fact(x)
                elif (x, RDF.type, KG.MoneyFlow) in g:
                    self.flow(x)
            self.target(f)
        elif KG.MoneyFlow in types:
            self.flow(f)
        elif types & {SCHEMA.MonetaryAmount}:
            for flow in list(g.subjects(KG.amount, f)):
                self.flow(flow)
            self.triples_of(f)
        elif types & {OA.TextQuoteSelector, OA.TextPositionSelector}:
            for owner in list(g.subjects(OA.hasSelector, f)):
                self.violation(Violation(str(owner), None, v.shape, v.message))
        elif path in RELATIONS:
            self.facts_where(s=f, p=path, o=value)
        elif v.shape in self.shape_pred and path is None:
            # node-level constraint of a relation shape: the subject is the wrong kind
            self.facts_where(s=f, p=self.shape_pred[v.shape])
        elif SCHEMA.NewsArticle in types:
            if path is None or v.value is None:
                return False
            for t in list(g.triples((f, path, None))):
                if str(t[2]) == v.value:
                    self.bad.add(t)
        elif types & ENTITY_CLASSES:
            self.entity(f)
        elif path is not None and v.value is not None:
            for t in list(g.triples((f, path, None))):
                if str(t[2]) == v.value:
                    self.bad.add(t)
        else:
            self.triples_of(f)
        return True


def split_graph(graph: Graph, report: Report | None = None, max_rounds: int = 3) -> Split:
    """Validate ``graph`` (unless a report is given) and split off what violates the shapes."""
    report = report if report is not None else validate_graph(graph)
    if report.conforms:
        return Split(good=graph, bad=Graph(), violations=[])
    all_violations: list[Violation] = []
    facts: dict = {}
    current = graph
    bad_total = Graph()
    whole = False
    for _ in range(max_rounds):
        all_violations += [v for v in report.violations if v not in all_violations]
        sp = _Splitter(current)
        ok = all(sp.violation(v) for v in report.violations)
        facts.update(sp.facts)
        if not ok or not sp.bad:
            whole = True
            break
        good = PreparedGraph()
        for p, ns in graph.namespaces():
            good.bind(p, ns)
        for t in current:
            if t not in sp.bad:
                good.add(t)
        for t in sp.bad:
            bad_total.add(t)
        current = good
        report = validate_graph(current)
        if report.conforms:
            break
    else:
        whole = True
    if whole:
        all_violations += [v for v in report.violations if v not in all_violations]
        for t in current:
            bad_total.add(t)
        current = Graph()
    return Split(good=current, bad=bad_total, violations=all_violations,
                 facts=list(facts.values()), whole_article=whole)


def quarantine_graph_iri(base: str) -> str:
    return str(system_graph(base.rstrip("/"), "quarantine"))


def record_iri(base: str, article_id: str) -> str:
    return f"{base.rstrip('/')}/id/quarantine/{digest(article_id)}"


def quarantine_record(base: str, article, article_node: URIRef, split: Split) -> Graph:
    """The quarantine entry of one article: its violations (SHACL result vocabulary), its
    quarantined facts (described, not asserted) and the removed triples verbatim."""
    from rdflib.namespace import RDFS
    q = Graph()
    r = URIRef(record_iri(base, article.id))
    q.add((r, RDF.type, KG.QuarantineRecord))
    q.add((r, KG.article, article_node))
    q.add((r, KG.articleId, Literal(article.id)))
    q.add((r, RDFS.label, Literal(f"quarantine of {article.title or article.id}")))
    if article.source:
        q.add((r, KG.source, Literal(article.source)))
    q.add((r, KG.wholeArticle, Literal(split.whole_article)))
    q.add((r, KG.quarantinedTriples, Literal(split.bad.serialize(format="nt"))))
    for v in split.violations:
        node = URIRef(f"{r}/violation/{digest(v.focus, v.shape, v.path or '', v.value or '', v.message)}")
        q.add((r, KG.violation, node))
        q.add((node, RDF.type, SH.ValidationResult))
        q.add((node, SH.focusNode, URIRef(v.focus)))
        if v.path:
            q.add((node, SH.resultPath, URIRef(v.path)))
        q.add((node, SH.sourceShape, URIRef(v.shape) if v.shape.startswith("http") else Literal(v.shape)))
        q.add((node, SH.resultMessage, Literal(v.message)))
        q.add((node, SH.resultSeverity, SH[v.severity] if v.severity else SH.Violation))
        if v.value is not None:
            q.add((node, SH.value, URIRef(v.value) if v.value.startswith("http") else Literal(v.value)))
    for f in split.facts:
        node = URIRef(f"{r}/fact/{digest(f.subject, f.predicate, f.object)}")
        q.add((r, KG.quarantinedFact, node))
        q.add((node, RDF.type, KG.QuarantinedFact))
        q.add((node, KG.factSubject, URIRef(f.subject)))
        q.add((node, KG.factPredicate, URIRef(f.predicate)))
        q.add((node, KG.factObject, URIRef(f.object)))
        if f.sentence:
            q.add((node, KG.sentence, Literal(f.sentence)))
    return q


def delete_record_op(base: str, article_id: str) -> str:
    """SPARQL Update operation removing an article's quarantine entry."""
    qg = quarantine_graph_iri(base)
    prefix = record_iri(base, article_id)
    return (f"DELETE {{ GRAPH <{qg}> {{ ?x ?p ?o }} }} WHERE {{ GRAPH <{qg}> {{ ?x ?p ?o "
            f"FILTER (STR(?x) = \"{prefix}\" || STRSTARTS(STR(?x), \"{prefix}/\")) }} }}")
