"""The interface every store offers, and the write helpers built on SPARQL Update.

Reads:  raw_query(sparql, union=True, default_graph=None) (backend results),
        select → list[dict of rdflib terms], ask → bool, construct → rdflib Graph,
        graphs(), data_graphs(), graph(iri), has_graph(iri), quad_count().
Writes: apply(...) — one SPARQL Update request = one transaction; replace_graph,
        drop_graph, update, flush.
"""
from __future__ import annotations

from typing import Iterable, Optional

from rdflib import Graph

ARTICLE_GRAPH_MARK = "/graph/article/"


def nt(graph: Graph) -> str:
    """N-Triples body of a graph, for INSERT DATA / DELETE DATA."""
    if isinstance(graph, str):
        return graph
    return graph.serialize(format="nt")


class StoreBase:
    # -- subclasses provide: raw_query, select, ask, construct, graphs, graph, has_graph,
    #    quad_count, update, flush

    def data_graphs(self) -> list[str]:
        """The article graphs only: what the public default graph should be.

        The union of *all* named graphs also holds the merge log, the quarantine and other
        system graphs; pass ``default_graph=store.data_graphs()`` to raw_query/select (or
        ``default-graph-uri`` on a SPARQL endpoint) to query the facts alone."""
        return [g for g in self.graphs() if ARTICLE_GRAPH_MARK in g]

    def apply(self, *, drop: Iterable[str] = (), insert: Optional[dict] = None,
              delete_where: Iterable[str] = (), delete_data: Optional[dict] = None) -> None:
        """Run drops, pattern deletes and inserts as ONE update request (one transaction).

        ``insert``/``delete_data``: {graph IRI: rdflib Graph or N-Triples text};
        ``delete_where``: SPARQL Update operations (``DELETE WHERE {...}`` / ``DELETE {...} WHERE {...}``)."""
        ops = [f"DROP SILENT GRAPH <{g}>" for g in dict.fromkeys(drop)]
        ops += list(delete_where)
        if delete_data:
            body = "".join(f"GRAPH <{g}> {{\n{nt(data)}\n}}\n" for g, data in delete_data.items()
                           if len(data))
            if body:
                ops.append("DELETE DATA {\n" + body + "}")
        if insert:
            body = "".join(f"GRAPH <{g}> {{\n{nt(data)}\n}}\n" for g, data in insert.items()
                           if len(data))
            if body:
                ops.append("INSERT DATA {\n" + body + "}")
        if ops:
            self.update(" ;\n".join(ops))

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Swap a named graph's content in one transaction: readers see old or new."""
        self.apply(drop=[graph_iri], insert={graph_iri: graph})
