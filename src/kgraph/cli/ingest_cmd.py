"""kgraph ingest PATH..."""
from __future__ import annotations

from .common import err, fail, settings


def register(sub) -> None:
    p = sub.add_parser("ingest", help="read articles, extract facts and store them",
                       description="Read article files, extract entities and relations, validate "
                                   "them against the SHACL shapes and store one named graph per "
                                   "article. Re-ingesting an unchanged article changes nothing.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..ingest import ingest_articles
    from ..read import read_paths
    from ..store import StoreLockedError, open_store
    cfg = settings()
    articles, errors = read_paths(args.paths)
    for e in errors:
        err.print(f"[red]skipped[/] {e}")
    try:
        store = open_store(cfg)
    except StoreLockedError as exc:
        return fail(str(exc))
    summary = ingest_articles(articles, store, cfg)
    for e in summary.errors:
        err.print(f"[red]rejected[/] {e}")
    err.print(f"ingested {summary.articles} article(s): {summary.entities} entities, "
              f"{summary.facts} facts; {summary.rejected} rejected, {len(errors)} unreadable")
    return 1 if (errors or summary.errors) else 0
