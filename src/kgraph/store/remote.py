"""A remote SPARQL 1.1 store (scale-out): Query + Update protocol, optionally the Graph
Store Protocol for whole-graph replacement. Same interface as LocalStore.

Configured by KGRAPH_SPARQL_QUERY_URL, KGRAPH_SPARQL_UPDATE_URL (default: the query URL)
and KGRAPH_SPARQL_GSP_URL (optional). Tested against a real Oxigraph server
(``oxigraph serve``: /query, /update, /store).

Union default graph: with ``union=True`` the request carries Oxigraph's
``union-default-graph`` parameter (servers started with ``--union-default-graph`` or Fuseki's
``unionDefaultGraph`` need nothing); ``default_graph=[...]`` sends ``default-graph-uri``
parameters (SPARQL 1.1 Protocol) instead.
"""
from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
import requests
from rdflib import Graph

from .base import StoreBase

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


class RemoteStoreError(RuntimeError):
    pass


class RemoteStore(StoreBase):
    def __init__(self, query_url: str, update_url: str = "", gsp_url: str = "",
                 timeout: float = 60.0, session: requests.Session | None = None):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.gsp_url = gsp_url
        self.timeout = timeout
        self.http = session or requests.Session()
        self.path = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url})"

    # ------------------------------------------------------------------ reads
    def _post_query(self, sparql: str, union: bool, default_graph, accept: str) -> requests.Response:
        params: list[tuple[str, str]] = []
        if default_graph is not None:
            params += [("default-graph-uri", g) for g in default_graph]
        elif union:
            params.append(("union-default-graph", ""))
        try:
            r = self.http.post(self.query_url, params=params, data=sparql.encode("utf-8"),
                               headers={"Content-Type": "application/sparql-query",
                                        "Accept": accept}, timeout=self.timeout)
        except requests.RequestException as exc:
            raise RemoteStoreError(f"SPARQL query to {self.query_url} failed: {exc}") from exc
        if r.status_code >= 400:
            raise RemoteStoreError(f"SPARQL query failed ({r.status_code}): {r.text[:500]}")
        return r

    def raw_query(self, sparql: str, union: bool = True, default_graph=None, **kw):
        """pyoxigraph results (QuerySolutions / QueryBoolean / triples), as LocalStore."""
        accept = f"{RESULTS_JSON}, {NTRIPLES};q=0.9"
        r = self._post_query(sparql, union, default_graph, accept)
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype in (NTRIPLES, "text/turtle", "application/n-quads"):
            fmt = {NTRIPLES: ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                   "application/n-quads": ox.RdfFormat.N_QUADS}[ctype]
            return list(ox.parse(r.content, format=fmt))
        return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return sorted(str(r["g"]) for r in rows)

    def quad_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
                           "{ GRAPH ?g { ?s ?p ?o } } }", union=False)
        return int(rows[0]["n"]) if rows else 0

    def graph(self, graph_iri: str) -> Graph:
        return self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}",
                              union=False)

    def has_graph(self, graph_iri: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}", union=False)

    def dump(self, fmt: str = "nquads", graph_iri: str | None = None) -> bytes:
        if graph_iri:
            return self.graph(graph_iri).serialize(format="nt", encoding="utf-8")
        rows = self.raw_query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return "".join(f"{s['s']} {s['p']} {s['o']} {s['g']} .\n" for s in rows).encode("utf-8")

    # ------------------------------------------------------------------ writes
    def update(self, sparql_update: str) -> None:
        try:
            r = self.http.post(self.update_url, data=sparql_update.encode("utf-8"),
                               headers={"Content-Type": "application/sparql-update"},
                               timeout=self.timeout)
        except requests.RequestException as exc:
            raise RemoteStoreError(f"SPARQL update to {self.update_url} failed: {exc}") from exc
        if r.status_code >= 400:
            raise RemoteStoreError(f"SPARQL update failed ({r.status_code}): {r.text[:500]}")

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Graph Store Protocol PUT when configured (atomic replace), else DROP+INSERT."""
        if not self.gsp_url:
            return super().replace_graph(graph_iri, graph)
        body = graph.serialize(format="nt", encoding="utf-8")
        try:
            r = self.http.put(f"{self.gsp_url}?graph={quote(graph_iri, safe='')}", data=body,
                              headers={"Content-Type": NTRIPLES}, timeout=self.timeout)
        except requests.RequestException as exc:
            raise RemoteStoreError(f"graph store PUT to {self.gsp_url} failed: {exc}") from exc
        if r.status_code >= 400:
            raise RemoteStoreError(f"graph store PUT failed ({r.status_code}): {r.text[:500]}")

    def drop_graph(self, graph_iri: str) -> bool:
        if not self.has_graph(graph_iri):
            return False
        if self.gsp_url:
            r = self.http.delete(f"{self.gsp_url}?graph={quote(graph_iri, safe='')}",
                                 timeout=self.timeout)
            if r.status_code >= 400 and r.status_code != 404:
                raise RemoteStoreError(f"graph store DELETE failed ({r.status_code}): {r.text[:500]}")
        else:
            self.update(f"DROP SILENT GRAPH <{graph_iri}>")
        return True

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.http.close()
