"""kgraph ingest PATH|URL..."""
from __future__ import annotations

import time

from .common import err, fail, settings


def register(sub) -> None:
    p = sub.add_parser(
        "ingest", help="read articles, extract facts and store them (idempotent)",
        description="Read articles (.txt .md .html .jsonl, RSS/Atom feed files or URLs, folders), "
                    "extract entities and relations, resolve entities across articles, validate "
                    "each article against the SHACL shapes and store one named graph per article "
                    "in one transaction. Unchanged articles are skipped; a changed article (same "
                    "URL, or same file) replaces its previous version; facts that violate the "
                    "shapes go to the quarantine (see `kgraph quarantine`). When the explorer is "
                    "running it owns the store: the articles are handed to it over its local "
                    "ingest API.",
        epilog="Exit status: 0 all inputs ingested; 1 some inputs were unreadable or failed "
               "(the rest are stored); 2 nothing could be done.")
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="files, folders or feed URLs (http/https)")
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="spaCy processes for nlp.pipe in the main process (default 1; above 1 the "
                        "worker no longer shares the spaCy work)")
    p.add_argument("--batch-size", type=int, default=16, metavar="N",
                   help="spaCy nlp.pipe batch size (default 16)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="pipeline worker process for the stages after spaCy (extractor "
                        "post-processing, resolution, build, SHACL gate), overlapping with "
                        "spaCy and the commits in this process; with --processes 1 it also "
                        "runs spaCy on a batch whenever it runs dry. 0 = every stage in this "
                        "process; values above 1 act as 1 (resolution is sequential). Default: "
                        "1 when a spare CPU exists")
    p.add_argument("--force", action="store_true",
                   help="re-extract articles even when an identical version is stored")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _print_summary(summary, unreadable: int) -> None:
    err.print(f"[bold]ingested[/] {summary.articles} article(s) "
              f"({summary.skipped} unchanged, {summary.replaced} replaced): "
              f"{summary.entities} entities, {summary.facts} facts, {summary.merges} merges, "
              f"{summary.quarantined} quarantined in {summary.quarantined_articles} article(s), "
              f"{len(summary.errors) + unreadable} error(s)")
    if summary.seconds and summary.articles:
        err.print(f"[dim]{summary.articles / summary.seconds:.2f} articles/s, "
                  f"{summary.words / summary.seconds:.0f} words/s in {summary.seconds:.1f} s[/]")


def run(args) -> int:
    from ..ingest import ingest_articles
    from ..ingest.handoff import HandoffError, find_explorer, send
    from ..read import read_paths
    from ..store import StoreLockedError, open_store
    cfg = settings()
    articles, errors = read_paths(args.paths, cfg.max_article_bytes)
    for e in errors:
        err.print(f"[red]error[/] {e}")
    if not articles:
        err.print("no readable articles among the inputs")
        return 1 if errors else 2
    try:
        store = open_store(cfg)
    except StoreLockedError as exc:
        info = find_explorer(cfg)
        if info is None:
            return fail(f"{exc}; and no running explorer was found in {cfg.data_dir}", 2)
        err.print(f"the store is owned by the explorer at {info.get('url')} (pid {info.get('pid')}): "
                  f"handing {len(articles)} article(s) to its ingest API")
        try:
            summary = send(articles, cfg, info, force=args.force)
        except HandoffError as e:
            return fail(str(e), 2)
        for e in summary.errors:
            err.print(f"[red]error[/] {e}")
        _print_summary(summary, len(errors))
        return 1 if (errors or summary.errors) else 0

    bar = None
    if args.no_progress:
        progress_cb = None
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        bar = Progress(TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err,
                       transient=False)
        task = bar.add_task("ingest", total=len(articles), rate="")
        state = {"t0": time.perf_counter(), "n": 0, "w": 0}

        def progress_cb(ex):
            state["n"] += 1
            state["w"] += len(ex.article.text.split())
            dt = max(time.perf_counter() - state["t0"], 1e-6)
            bar.update(task, advance=1,
                       rate=f"{state['n'] / dt:.2f} articles/s · {state['w'] / dt:.0f} words/s")
        bar.start()
    try:
        summary = ingest_articles(articles, store, cfg, progress=progress_cb,
                                  processes=args.processes, batch_size=args.batch_size,
                                  force=args.force, workers=args.workers)
        if summary.articles:
            from ..project.follow import follow_ingest
            note = follow_ingest(store, cfg, [a.id for a in articles])
            if note:
                err.print(note)
    finally:
        if bar is not None:
            bar.stop()
        store.close()
    for e in summary.errors:
        err.print(f"[red]error[/] {e}")
    _print_summary(summary, len(errors))
    return 1 if (errors or summary.errors) else 0
