"""validate: an article graph (plus the neighbours it touches) against the SHACL shapes.

validate_graph(graph, focus_nodes=None) -> Report   (compiled SHACL on Oxigraph; same
results as pyshacl, which stays available as validate_pyshacl / validate_plain);
split_graph(graph) -> Split (conforming part + quarantined part with the violations).
"""
from .quarantine import Split, split_graph
from .shacl import (PreparedGraph, Report, Violation, load_shapes, validate_graph, validate_plain,
                    validate_pyshacl)

__all__ = ["PreparedGraph", "Report", "Split", "Violation", "load_shapes", "split_graph",
           "validate_graph", "validate_plain", "validate_pyshacl"]
