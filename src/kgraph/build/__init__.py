"""build: resolved Extraction → the rdflib graph of one article, with provenance."""
from .article_graph import build_article_graph

__all__ = ["build_article_graph"]
