"""kgraph remove | unmerge | quarantine | export"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import err, fail, out, settings


def register(sub) -> None:
    r = sub.add_parser("remove", help="take an article's contribution out of the store",
                       description="Remove an article: its named graph (facts and evidence), its "
                                   "quarantine entry and its links in the merge log, in one "
                                   "transaction. ARTICLE is an article id (URL or sha256:…), a "
                                   "file path, an article IRI or its graph IRI.")
    r.add_argument("article", metavar="ARTICLE")
    r.set_defaults(func=run_remove)
    u = sub.add_parser("unmerge", help="undo an entity merge recorded in the merge log",
                       description="Undo a merge: IRI is the merged variant (the owl:sameAs "
                                   "subject), the merge node, or the canonical entity (undoes every "
                                   "merge into it). Records owl:differentFrom so the resolver keeps "
                                   "them apart, then re-ingests the affected articles from their "
                                   "stored text.")
    u.add_argument("iri", metavar="IRI")
    u.set_defaults(func=run_unmerge)
    q = sub.add_parser("quarantine", help="list the facts the SHACL gate kept out, with reasons",
                       description="List quarantine entries: per article, the violations (focus "
                                   "node, path, shape, message) and the quarantined facts.")
    q.add_argument("--json", action="store_true", help="print JSON instead of text")
    q.set_defaults(func=run_quarantine)
    e = sub.add_parser("export", help="write the graph (or one article) as Turtle, N-Quads or JSON-LD",
                       description="Export the article graphs and the merge log (or, with "
                                   "--article, one article's graph; with --all every graph "
                                   "including the quarantine). Turtle merges the graphs into one; "
                                   "N-Quads and JSON-LD keep the named graphs.")
    e.add_argument("--format", choices=("turtle", "nquads", "jsonld"), default="turtle")
    e.add_argument("--article", metavar="ID", help="only this article (id, URL, file, IRI)")
    e.add_argument("--all", action="store_true", help="include system graphs (quarantine, …)")
    e.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    e.set_defaults(func=run_export)


def _open():
    from ..store import StoreLockedError, open_store
    cfg = settings()
    try:
        return cfg, open_store(cfg)
    except StoreLockedError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)


def run_remove(args) -> int:
    from ..ingest.manage import remove_articles
    cfg, store = _open()
    refs = remove_articles(store, cfg, args.article)
    if not refs:
        return fail(f"no stored article matches {args.article!r}")
    for r in refs:
        err.print(f"removed {r.id} ({r.graph or 'quarantine only'})")
    return 0


def run_unmerge(args) -> int:
    from ..ingest.manage import unmerge
    cfg, store = _open()
    res = unmerge(store, cfg, args.iri)
    if not res.merges:
        return fail(f"no merge in the merge log involves {args.iri}")
    for v, c in res.merges:
        err.print(f"unmerged {v} from {c} (recorded owl:differentFrom)")
    err.print(f"re-ingested {len(res.articles)} affected article(s)")
    if res.summary is not None and res.summary.errors:
        for e in res.summary.errors:
            err.print(f"[red]error[/] {e}")
        return 1
    return 0


def run_quarantine(args) -> int:
    from ..ingest.manage import quarantine_entries
    cfg, store = _open()
    entries = quarantine_entries(store, cfg)
    if args.json:
        out.print_json(json.dumps(entries))
        return 0
    if not entries:
        err.print("the quarantine is empty")
        return 0
    for e in entries:
        whole = " [bold red](whole article)[/]" if e["whole_article"] else ""
        out.print(f"[bold]{e['source'] or e['article_id']}[/]{whole}")
        for f in e["facts"]:
            out.print(f"  fact  {f['subject']} {f['predicate'].rsplit('#', 1)[-1]} {f['object']}")
            if f["sentence"]:
                out.print(f"        [dim]“{f['sentence'][:160]}”[/]")
        for v in e["violations"]:
            path = f" {v['path']}" if v["path"] else ""
            out.print(f"  [red]✗[/] {v['shape'].rsplit('#', 1)[-1]}{path} on {v['focus']}: {v['message']}")
    err.print(f"{len(entries)} article(s) with quarantined facts")
    return 0


def run_export(args) -> int:
    from ..ingest.manage import export
    cfg, store = _open()
    try:
        data = export(store, cfg, args.format, args.article, args.all)
    except KeyError as exc:
        return fail(str(exc.args[0]))
    if args.out:
        Path(args.out).write_bytes(data)
        err.print(f"wrote {len(data)} bytes to {args.out}")
    else:
        sys.stdout.buffer.write(data)
    return 0
