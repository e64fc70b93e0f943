"""Open the store the settings name: a remote SPARQL 1.1 store when
KGRAPH_SPARQL_QUERY_URL is set, else the on-disk pyoxigraph store under the data dir."""
from __future__ import annotations

from .local import LocalStore


def open_store(settings, read_only: bool = False):
    if settings.remote_store:
        from .remote import RemoteStore
        return RemoteStore(settings.sparql_query_url, settings.sparql_update_url,
                           settings.sparql_gsp_url, timeout=max(60.0, settings.query_timeout))
    return LocalStore(settings.store_path)
