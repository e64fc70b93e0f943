"""The on-disk pyoxigraph store (the default).

One process owns it (see DESIGN.md): opening takes an exclusive lock, so a second
writer fails fast with StoreLockedError instead of corrupting data.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .terms import to_rdflib


class StoreLockedError(RuntimeError):
    pass


class LocalStore:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else None
        if self.path is None:
            self.ox = ox.Store()
            return
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self.ox = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"the store at {self.path} is in use by another process (is the explorer "
                    "running? then ingest through it: `kgraph ingest` does so by itself)") from exc
            raise

    # ------------------------------------------------------------------ reads
    def raw_query(self, sparql: str, union: bool = True, **kw):
        return self.ox.query(sparql, use_default_graph_as_union=union, **kw)

    def select(self, sparql: str, union: bool = True) -> list[dict]:
        res = self.raw_query(sparql, union)
        names = [v.value for v in res.variables]
        return [{n: to_rdflib(sol[n]) for n in names if sol[n] is not None} for sol in res]

    def ask(self, sparql: str, union: bool = True) -> bool:
        return bool(self.raw_query(sparql, union))

    def construct(self, sparql: str, union: bool = True) -> Graph:
        g = Graph()
        for t in self.raw_query(sparql, union):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quad_count(self) -> int:
        return len(self.ox)

    def graph(self, graph_iri: str) -> Graph:
        g = Graph()
        for q in self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    # ------------------------------------------------------------------ writes
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Swap a named graph's content in one transaction: readers see old or new.

        One SPARQL update is one transaction in Oxigraph, so a crash mid-way leaves
        the previous content (or nothing new) — never half an article."""
        body = graph.serialize(format="nt")
        self.ox.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                       f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")

    def drop_graph(self, graph_iri: str) -> bool:
        name = ox.NamedNode(graph_iri)
        if not self.ox.contains_named_graph(name):
            return False
        self.ox.remove_graph(name)
        return True

    def update(self, sparql_update: str) -> None:
        self.ox.update(sparql_update)

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()

    def close(self) -> None:
        self.flush()
        del self.ox
