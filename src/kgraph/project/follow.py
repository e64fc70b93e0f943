"""Keep the Cypher projection in step with ingest while a graph database is up."""
from __future__ import annotations

from ..vocab import article_graph


def follow_ingest(store, settings, article_ids) -> str:
    """Project the given articles when the graph database answers; never fails the ingest
    (the projection is derived: `kgraph project` catches up later)."""
    from . import graphdb
    from .projector import Projector
    graphs = [str(article_graph(settings.base, a)) for a in article_ids]
    if not graphs:
        return ""
    try:
        if not graphdb.status(settings).ready:
            return "graph database not running; `kgraph project` updates the Cypher view later"
        with graphdb.driver(settings) as d:
            stats = Projector(store, d, graphdb.database(settings)).project(graphs)
    except Exception as exc:  # noqa: BLE001 - any driver/server failure leaves the RDF store as is
        return f"Cypher projection skipped ({type(exc).__name__}: {exc}); run `kgraph project`"
    return (f"projected {len(graphs)} article(s) into the graph database "
            f"({stats.get('relationships', 0)} relationships)")
