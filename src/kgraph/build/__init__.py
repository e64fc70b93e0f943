"""build: resolved Extraction → the graph of one article, with provenance."""
from .article_graph import TripleBuffer, build_article_graph, build_article_triples

__all__ = ["TripleBuffer", "build_article_graph", "build_article_triples"]
