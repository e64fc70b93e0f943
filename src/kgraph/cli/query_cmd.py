"""kgraph query 'SPARQL'  and  kgraph validate"""
from __future__ import annotations

import sys

from rich.table import Table

from .common import err, fail, out, settings


def register(sub) -> None:
    p = sub.add_parser("query", help="run a SPARQL query against the store",
                       description="Run a SPARQL SELECT/ASK/CONSTRUCT query. The default graph is "
                                   "the union of all article graphs; GRAPH ?g reaches each one.")
    p.add_argument("sparql", help="the query text, or - to read it from standard input")
    p.set_defaults(func=run_query)
    v = sub.add_parser("validate", help="check the stored article graphs against the SHACL shapes",
                       description="Validate every article graph (or one, with --article) against "
                                   "ontology/shapes.ttl; exits 1 when anything does not conform. "
                                   "Quarantined facts are not in the article graphs.")
    v.add_argument("--article", metavar="ID", help="only this article (id, URL, file, IRI)")
    v.set_defaults(func=run_validate)


def run_query(args) -> int:
    from ..store import StoreLockedError, open_store
    from ..vocab import SPARQL_PREFIXES
    text = sys.stdin.read() if args.sparql == "-" else args.sparql
    if "PREFIX" not in text.upper():
        text = SPARQL_PREFIXES + text
    cfg = settings()
    try:
        store = open_store(cfg)
    except StoreLockedError as exc:
        from ..ingest.handoff import find_explorer
        info = find_explorer(cfg)
        if info is None:
            return fail(str(exc))
        return _query_explorer(text, info)
    try:
        res = store.raw_query(text, **store.public_dataset())
    except (SyntaxError, ValueError, OSError) as exc:
        return fail(f"query failed: {exc}")
    if isinstance(res, bool):
        out.print("true" if res else "false")
        return 0
    if hasattr(res, "variables"):
        names = [v.value for v in res.variables]
        table = Table(*names)
        n = 0
        for sol in res:
            table.add_row(*[(sol[x].value if sol[x] is not None else "") for x in names])
            n += 1
        out.print(table)
        err.print(f"{n} row(s)")
        return 0
    for t in res:  # CONSTRUCT / DESCRIBE: N-Triples
        out.print(f"{t.subject} {t.predicate} {t.object} .", soft_wrap=True)
    return 0


def _query_explorer(text: str, info: dict) -> int:
    """The explorer owns the store: ask its public /sparql endpoint instead."""
    import requests
    url = info.get("url") or f"http://{info['host']}:{info['port']}"
    try:
        r = requests.post(f"{url}/sparql", data={"query": text}, timeout=120,
                          headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    except requests.RequestException as exc:
        return fail(f"the explorer at {url} owns the store but did not answer: {exc}")
    if r.status_code != 200:
        return fail(f"query failed ({r.status_code}): {r.text.strip()}")
    if not r.headers.get("Content-Type", "").startswith("application/sparql-results+json"):
        out.print(r.text, soft_wrap=True)
        return 0
    doc = r.json()
    if "boolean" in doc:
        out.print("true" if doc["boolean"] else "false")
        return 0
    names = doc["head"]["vars"]
    table = Table(*names)
    rows = doc["results"]["bindings"]
    for b in rows:
        table.add_row(*[b[n]["value"] if n in b else "" for n in names])
    out.print(table)
    err.print(f"{len(rows)} row(s) (answered by the running explorer at {url})")
    return 0


def run_validate(args) -> int:
    from ..store import StoreLockedError, open_store
    from ..validate import validate_graph
    cfg = settings()
    try:
        store = open_store(cfg)
    except StoreLockedError as exc:
        return fail(str(exc))
    if args.article:
        from ..ingest.manage import find_articles
        graphs = [r.graph for r in find_articles(store, cfg, args.article) if r.graph]
        if not graphs:
            return fail(f"no stored article matches {args.article!r}")
    else:
        graphs = store.data_graphs()
    bad = 0
    for gi in graphs:
        report = validate_graph(store.graph(gi))
        if not report.conforms:
            bad += 1
            for v in report.violations:
                err.print(f"[red]{gi}[/]: {v.shape} {v.path or ''} on {v.focus}: {v.message}")
    err.print(f"{len(graphs) - bad} of {len(graphs)} article graph(s) conform")
    return 1 if bad else 0
