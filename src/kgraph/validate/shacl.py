"""pyshacl with the project's shapes and ontology."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from pyshacl import validate
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


def _source_shape(results: Graph, result) -> str:
    """The named shape behind a result: a blank property shape reports its parent node shape."""
    shape = results.value(result, SH.sourceShape)
    if isinstance(shape, URIRef):
        return str(shape)
    shapes = load_shapes()
    for parent in shapes.subjects(SH.property, shape):
        if isinstance(parent, URIRef):
            return str(parent)
    return str(shape)


def validate_graph(data: Graph, focus_nodes: Optional[Iterable] = None) -> Report:
    """Validate ``data``; with ``focus_nodes`` only those nodes are checked (article deltas)."""
    kwargs = {}
    if focus_nodes is not None:
        kwargs["focus_nodes"] = list(focus_nodes)
    conforms, results, text = validate(data, shacl_graph=load_shapes(), ont_graph=None,
                                       inference="none", advanced=True, allow_warnings=True,
                                       **kwargs)
    if not isinstance(results, Graph):  # pyshacl could not run the shapes at all
        raise RuntimeError(f"SHACL validation failed to run: {text}")
    violations = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        severity = results.value(r, SH.resultSeverity)
        violations.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=str(path) if path is not None else None,
            shape=_source_shape(results, r),
            message=str(results.value(r, SH.resultMessage) or ""),
            value=str(value) if value is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    return Report(conforms=bool(conforms), violations=violations, text=text, graph=results)
