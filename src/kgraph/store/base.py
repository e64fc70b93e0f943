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

from .terms import to_rdflib

ARTICLE_GRAPH_MARK = "/graph/article/"


def nt(graph: Graph) -> str:
    """N-Triples body of a graph, for INSERT DATA / DELETE DATA."""
    if isinstance(graph, str):
        return graph
    return graph.serialize(format="nt")


def is_data_graph(graph_iri: str) -> bool:
    return ARTICLE_GRAPH_MARK in graph_iri


def union_upkeep(dropped: list[str]) -> list[str]:
    """Update operations that take the dropped data graphs' triples out of the store's own
    default graph, except triples another remaining article graph still states."""
    gone = [g for g in dropped if is_data_graph(g)]
    if not gone:
        return []
    others = ", ".join(f"<{g}>" for g in gone)
    return [f"""DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }}
        FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }}
          FILTER (?h NOT IN ({others}) && CONTAINS(STR(?h), "{ARTICLE_GRAPH_MARK}")) }} }}"""
            for g in gone]


class StoreBase:
    # -- subclasses provide: raw_query, select, ask, construct, graphs, graph, has_graph,
    #    quad_count, update, flush

    #: True when the store keeps its default graph equal to the set-union of the article
    #: graphs (every write maintains it). SPARQL stores merge graphs as a bag when asked
    #: for a union (a triple stated by two articles comes back twice); a kept union graph
    #: answers with set semantics, like an RDF merge, and leaves system graphs out.
    materialized_union = False

    # -- reads over raw_query (pyoxigraph result objects from every backend)
    def select(self, sparql: str, union: bool = True, default_graph=None) -> list[dict]:
        res = self.raw_query(sparql, union, default_graph)
        names = [v.value for v in res.variables]
        return [{n: to_rdflib(sol[n]) for n in names if sol[n] is not None} for sol in res]

    def ask(self, sparql: str, union: bool = True, default_graph=None) -> bool:
        return bool(self.raw_query(sparql, union, default_graph))

    def construct(self, sparql: str, union: bool = True, default_graph=None) -> Graph:
        g = Graph()
        for t in self.raw_query(sparql, union, default_graph):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    def public_dataset(self) -> dict:
        """raw_query/select keyword arguments for the public default graph (the facts)."""
        if self.materialized_union:
            return {"union": False}
        return {"union": False, "default_graph": self.data_graphs()}

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
        drop = list(dict.fromkeys(drop))
        ops = union_upkeep(drop) if self.materialized_union else []
        ops += [f"DROP SILENT GRAPH <{g}>" for g in drop]
        ops += list(delete_where)
        if delete_data:
            body = "".join(f"GRAPH <{g}> {{\n{nt(data)}\n}}\n" for g, data in delete_data.items()
                           if len(data))
            if body:
                ops.append("DELETE DATA {\n" + body + "}")
        if insert:
            body = "".join(f"GRAPH <{g}> {{\n{nt(data)}\n}}\n" for g, data in insert.items()
                           if len(data))
            if self.materialized_union:
                body += "".join(nt(data) + "\n" for g, data in insert.items()
                                if len(data) and is_data_graph(g))
            if body:
                ops.append("INSERT DATA {\n" + body + "}")
        if ops:
            self.update(" ;\n".join(ops))

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Swap a named graph's content in one transaction: readers see old or new."""
        self.apply(drop=[graph_iri], insert={graph_iri: graph})
