"""pyshacl with the project's shapes, made fast enough to gate every article.

Where the time went (profiled on the dev corpus): ~90 % of a plain ``pyshacl.validate``
call was pyparsing re-parsing the SPARQL-based constraint (kgs:EvidencedRelation) once
per focus node, the rest re-harvesting the shapes graph on every call and cloning the
data graph. Here the shapes are parsed and harvested once per process (a cached
``ShapesGraph``), the data graph is validated in place, and SPARQL texts are parsed once
(``PreparedGraph`` caches rdflib's prepared queries; pyshacl binds ``$this`` through
initBindings, so the text is the same for every focus node). The shapes themselves are
unchanged — same constraints, same results (tests compare against plain pyshacl).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .. import resources


@dataclass
class Violation:
    focus: str
    path: Optional[str]
    shape: str
    message: str
    value: Optional[str] = None
    severity: str = "Violation"
    source_shape: Optional[str] = None   # the exact (possibly blank) shape that reported it

    def as_dict(self) -> dict:
        return {"focus": self.focus, "path": self.path, "shape": self.shape,
                "message": self.message, "value": self.value, "severity": self.severity}


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""
    graph: Optional[Graph] = None


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    return Graph().parse(resources.path("ontology", "shapes.ttl"))


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    return Graph().parse(resources.path("ontology", "kgraph.ttl"))


@lru_cache(maxsize=256)
def _prepare(text: str):
    from rdflib.plugins.sparql import prepareQuery
    return prepareQuery(text)


class PreparedGraph(Graph):
    """An rdflib Graph whose query() parses each distinct SPARQL text only once."""

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            try:
                query_object = _prepare(query_object)
            except Exception:  # let rdflib report the problem the usual way
                pass
        return super().query(query_object, *args, **kwargs)


_lock = threading.Lock()
_shapes_graph = None


def _cached_shapes_graph():
    """pyshacl's ShapesGraph, harvested once (shapes parsing + harvest ≈ 40 ms a call)."""
    global _shapes_graph
    if _shapes_graph is None:
        from pyshacl.shapes_graph import ShapesGraph
        sg = ShapesGraph(load_shapes())
        _ = sg.shapes  # harvest now
        _shapes_graph = sg
    return _shapes_graph


@lru_cache(maxsize=1)
def _parent_shapes() -> dict:
    shapes = load_shapes()
    parents = {}
    for parent, child in shapes.subject_objects(SH.property):
        if isinstance(parent, URIRef):
            parents[child] = parent
    return parents


def _source_shape(results: Graph, result) -> str:
    """The named shape behind a result: a blank property shape reports its parent node shape."""
    shape = results.value(result, SH.sourceShape)
    if isinstance(shape, URIRef):
        return str(shape)
    parent = _parent_shapes().get(shape)
    return str(parent) if parent is not None else str(shape)


def _as_prepared(data: Graph) -> Graph:
    if isinstance(data, PreparedGraph):
        return data
    g = PreparedGraph()
    g += data  # cheap copy: pyshacl validates it in place
    return g


def validate_graph(data, focus_nodes: Optional[Iterable] = None) -> Report:
    """Validate ``data`` (an rdflib Graph, or N-Triples text); with ``focus_nodes`` only
    those nodes are checked (article deltas).

    Uses the shapes compiled to SPARQL (kgraph.validate.compiled, run by Oxigraph), which
    report the same results as pyshacl; falls back to pyshacl if the shapes use a SHACL
    feature the compiler does not cover."""
    try:
        from .compiled import Unsupported, compiled_checks, load_batch, validate_dataset
        compiled_checks()
    except Unsupported:
        if isinstance(data, str):
            data = PreparedGraph().parse(data=data, format="nt")
        return validate_pyshacl(data, focus_nodes)
    nt = data if isinstance(data, str) else data.serialize(format="nt")
    gname = "urn:kgraph:validate"
    violations = validate_dataset(load_batch({gname: nt})).get(gname, [])
    if focus_nodes is not None:
        keep = {str(f) for f in focus_nodes}
        violations = [v for v in violations if v.focus in keep]
    return Report(conforms=not violations, violations=violations,
                  text="\n".join(f"{v.shape} {v.path or ''} on {v.focus}: {v.message}"
                                 for v in violations))


def validate_pyshacl(data: Graph, focus_nodes: Optional[Iterable] = None) -> Report:
    """pyshacl on ``data`` with a cached, pre-harvested ShapesGraph and parsed-once SPARQL.

    Thread-safe (pyshacl's shapes objects are shared, so calls are serialized)."""
    from pyshacl import Validator
    from pyshacl.graph_abstraction import DataGraph
    options = {"inference": "none", "advanced": True, "allow_warnings": True, "inplace": True}
    if focus_nodes is not None:
        options["focus_nodes"] = [str(f) for f in focus_nodes]
        if not options["focus_nodes"]:
            return Report(conforms=True)
    dg = DataGraph.from_rdflib(_as_prepared(data))
    with _lock:
        sg = _cached_shapes_graph()
        v = Validator(dg, shacl_graph=sg.graph, options=options)
        v.shacl_graph = sg  # reuse the harvested shapes
        conforms, results, text = v.run()
    if not isinstance(results, Graph):  # pyshacl could not run the shapes at all
        raise RuntimeError(f"SHACL validation failed to run: {text}")
    return _report(conforms, results, text)


def _report(conforms, results: Graph, text: str) -> Report:
    """A pyshacl results graph as a Report (violations in a stable order)."""
    violations = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        severity = results.value(r, SH.resultSeverity)
        src = results.value(r, SH.sourceShape)
        violations.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=str(path) if path is not None else None,
            shape=_source_shape(results, r),
            message=str(results.value(r, SH.resultMessage) or ""),
            value=str(value) if value is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            source_shape=str(src) if src is not None else None))
    violations.sort(key=lambda v: (v.focus, v.shape, v.path or "", v.value or ""))
    return Report(conforms=bool(conforms), violations=violations, text=text, graph=results)


def validate_plain(data: Graph) -> Report:
    """Reference path: plain ``pyshacl.validate`` (slow), used by tests to check that the
    fast path reports exactly the same violations."""
    from pyshacl import validate
    conforms, results, text = validate(data, shacl_graph=load_shapes(), ont_graph=None,
                                       inference="none", advanced=True, allow_warnings=True)
    return _report(conforms, results, text)
