"""store: validated article graphs → a SPARQL store, one named graph per article.

``open_store(settings)`` returns the configured store (LocalStore: pyoxigraph on disk;
RemoteStore: any SPARQL 1.1 server). Every store offers select/ask/construct (rdflib terms
back), raw_query (pyoxigraph results), apply/replace_graph/drop_graph (atomic), graphs(),
data_graphs() (article graphs only), graph(), quad_count() and flush().
"""
from .local import LocalStore, StoreLockedError
from .open import open_store
from .remote import RemoteStore, RemoteStoreError

__all__ = ["LocalStore", "RemoteStore", "RemoteStoreError", "StoreLockedError", "open_store"]
