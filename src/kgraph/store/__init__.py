"""store: validated article graphs → a SPARQL store, one named graph per article.

``open_store(settings)`` returns the configured store; every store offers
select/ask/construct (rdflib terms back), replace_graph/drop_graph (atomic per graph),
graphs() and quad_count().
"""
from .local import LocalStore, StoreLockedError
from .open import open_store

__all__ = ["LocalStore", "StoreLockedError", "open_store"]
