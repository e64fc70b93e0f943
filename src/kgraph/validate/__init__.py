"""validate: an article graph (plus the neighbours it touches) against the SHACL shapes."""
from .shacl import Report, Violation, load_shapes, validate_graph

__all__ = ["Report", "Violation", "load_shapes", "validate_graph"]
