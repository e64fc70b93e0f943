"""The on-disk pyoxigraph store (the default).

One process owns it (see DESIGN.md): opening takes an exclusive lock, so a second
writer fails fast with StoreLockedError instead of corrupting data.

Every write is one SPARQL Update request, and Oxigraph runs one update request as one
transaction: a crash (even ``kill -9``) leaves the previous state or the new one, never
half an article. See :mod:`kgraph.store.base` for the shared interface.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .base import ARTICLE_GRAPH_MARK, StoreBase, is_data_graph
from .terms import to_rdflib


class StoreLockedError(RuntimeError):
    pass


class LocalStore(StoreBase):
    materialized_union = True
    #: quads loaded by apply() between two flushes of RocksDB's memtables to disk: inserting
    #: a key costs a skip-list search that grows with the memtable (up to 128 MB per column
    #: family before RocksDB flushes by itself), so a long ingest writes faster in smaller
    #: memtables. 0: let RocksDB decide.
    flush_every_quads = 200_000
    _unflushed = 0

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
        self._fill_union()

    def refresh_union(self) -> None:
        """Recompute the kept union graph from the article graphs (after raw updates)."""
        mark = f'CONTAINS(STR(?g), "{ARTICLE_GRAPH_MARK}")'
        self.ox.update(f"""DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o
              FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({mark}) }} }} ;
            INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({mark}) }}""")

    def _fill_union(self) -> None:
        """Build the kept union graph for a store written before it existed (once)."""
        if self.ox.query("ASK { ?s ?p ?o }"):
            return
        self.ox.update(f"""INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
            FILTER (CONTAINS(STR(?g), "{ARTICLE_GRAPH_MARK}")) }}""")

    def __repr__(self) -> str:
        return f"LocalStore({str(self.path) if self.path else ':memory:'})"

    # ------------------------------------------------------------------ reads
    def raw_query(self, sparql: str, union: bool = True, default_graph=None, **kw):
        """pyoxigraph results. ``default_graph`` (a list of graph IRIs) restricts the default
        graph to those graphs (e.g. ``store.data_graphs()``) and takes precedence over union."""
        if default_graph is not None:
            kw["default_graph"] = [ox.NamedNode(g) for g in default_graph]
            return self.ox.query(sparql, **kw)
        return self.ox.query(sparql, use_default_graph_as_union=union, **kw)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quad_count(self) -> int:
        return len(self.ox)

    def graph(self, graph_iri: str) -> Graph:
        g = Graph()
        for q in self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def has_graph(self, graph_iri: str) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(graph_iri))

    def dump(self, fmt: str = "nquads", graph_iri: str | None = None) -> bytes:
        if graph_iri:
            return self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
        return self.ox.dump(format=ox.RdfFormat.N_QUADS)

    # ------------------------------------------------------------------ writes
    def apply(self, *, drop=(), insert=None, delete_where=(), delete_data=None) -> None:
        """As StoreBase.apply; a pure insert is loaded as one N-Quads document, which
        Oxigraph also applies as one transaction (about twice as fast as INSERT DATA)."""
        drop, delete_where = list(drop), list(delete_where)
        if drop or delete_where or delete_data or not insert:
            return super().apply(drop=drop, insert=insert, delete_where=delete_where,
                                 delete_data=delete_data)
        from .base import nt
        parts = []
        for g, data in insert.items():
            data = nt(data)
            suffix = f" <{g}> .\n"
            if data.endswith(" .\n") and data.count("\n") == data.count(" .\n"):
                # every line ends with " .\n" (N-Triples escapes newlines inside literals):
                # name the graph on every line at once
                parts.append(data.replace(" .\n", suffix))
                if is_data_graph(g):  # the kept union graph (the store's default graph)
                    parts.append(data)
                continue
            lines = []
            for line in data.splitlines():
                line = line.rstrip()
                if line.endswith("."):
                    lines.append(line[:-1].rstrip() + suffix)
                    if is_data_graph(g):
                        lines.append(line + "\n")
            parts.append("".join(lines))
        doc = "".join(parts)
        if doc:
            self.ox.load(doc.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            self._unflushed += doc.count("\n")
            if self.flush_every_quads and self._unflushed >= self.flush_every_quads:
                self.flush()

    def update(self, sparql_update: str) -> None:
        self.ox.update(sparql_update)

    def drop_graph(self, graph_iri: str) -> bool:
        name = ox.NamedNode(graph_iri)
        if not self.ox.contains_named_graph(name):
            return False
        self.apply(drop=[graph_iri])
        return True

    def flush(self) -> None:
        self._unflushed = 0
        if self.path is not None:
            self.ox.flush()

    def close(self) -> None:
        if getattr(self, "ox", None) is not None:
            self.flush()
            del self.ox
