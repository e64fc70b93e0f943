"""kgraph graphdb start|stop|status, and kgraph project [--rebuild] [ARTICLE...]"""
from __future__ import annotations

from .common import err, fail, out, settings


def register(sub) -> None:
    g = sub.add_parser(
        "graphdb", help="start, stop or inspect the local graph database (Cypher)",
        description="The local ArcadeDB server that answers Cypher over Bolt. It runs as a "
                    "background process with its files under DATA_DIR/graphdb (pid file, "
                    "log, databases). With KGRAPH_NEO4J_URI set, kgraph uses that server "
                    "instead and never starts one.")
    g.add_argument("action", choices=["start", "stop", "status"])
    g.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                   help="how long start waits for the server to answer (default 60)")
    g.set_defaults(func=run_graphdb)

    p = sub.add_parser(
        "project", help="project the RDF store into the graph database (Cypher)",
        description="Bring the property graph up to date with the RDF store. Without "
                    "arguments: project new and changed articles and remove vanished ones. "
                    "With ARTICLEs (graph IRI, article IRI or its hash): (re)project just "
                    "those. --rebuild wipes the graph database and projects everything. "
                    "Starts the local graph database when it is not running.")
    p.add_argument("articles", nargs="*", metavar="ARTICLE")
    p.add_argument("--rebuild", action="store_true", help="wipe and project everything")
    p.add_argument("--batch", type=int, default=100, metavar="N",
                   help="articles per write transaction (default 100)")
    p.set_defaults(func=run_project)


def run_graphdb(args) -> int:
    from ..project import graphdb
    cfg = settings()
    try:
        if args.action == "start":
            st = graphdb.start(cfg, wait=args.wait)
            if not st.ready:
                return fail(f"{st.uri}: {st.message}")
            where = f" (pid {st.pid}, log {st.log})" if st.local else ""
            out.print(f"graph database ready at {st.uri} database {st.database}{where}")
            return 0
        if args.action == "stop":
            if not graphdb.is_local(cfg):
                return fail("KGRAPH_NEO4J_URI is set: kgraph does not manage that server")
            stopped = graphdb.stop(cfg)
            out.print("graph database stopped" if stopped else "graph database was not running")
            return 0
        st = graphdb.status(cfg)
        kind = "local ArcadeDB" if st.local else "configured server"
        state = "ready" if st.ready else ("running, not ready" if st.running else "not running")
        out.print(f"{kind} {st.uri} database {st.database}: {state}"
                  + (f" (pid {st.pid})" if st.pid else "")
                  + ("" if st.ready else f" — {st.message}"))
        return 0 if st.ready else 3
    except graphdb.GraphDBError as exc:
        return fail(str(exc))


def run_project(args) -> int:
    from ..project import graphdb
    from ..project.projector import Projector
    from ..store import StoreLockedError, open_store
    cfg = settings()
    try:
        if graphdb.is_local(cfg) and not graphdb.status(cfg).ready:
            err.print("starting the local graph database …")
            graphdb.start(cfg)
        elif not graphdb.is_local(cfg):
            problem = graphdb.ping(cfg)
            if problem:
                return fail(f"graph database {cfg.bolt_uri}: {problem}")
    except graphdb.GraphDBError as exc:
        return fail(str(exc))
    try:
        store = open_store(cfg)
    except StoreLockedError as exc:
        return fail(f"{exc}. Stop the explorer or project from it.")
    with graphdb.driver(cfg) as drv:
        proj = Projector(store, drv, graphdb.database(cfg), articles_per_batch=args.batch,
                         progress=lambda msg: err.print(f"  {msg}", end="\r"))
        if args.rebuild:
            stats = proj.rebuild()
        elif args.articles:
            stats = proj.project(args.articles)
        else:
            stats = proj.sync()
        counts = proj.counts()
    err.print()
    nodes = sum(counts["nodes"].values())
    rels = sum(counts["relationships"].values())
    rate = stats["relationships"] / stats["seconds"] if stats.get("seconds") else 0
    out.print(f"projected {stats['articles']} article(s) ({stats['relationships']} relationships, "
              f"{rate:.0f}/s), removed {stats.get('removed', 0)}, skipped "
              f"{stats.get('skipped', 0)} fact(s) in {stats['seconds']:.1f} s; the graph now has "
              f"{nodes} nodes and {rels} relationships")
    return 0
