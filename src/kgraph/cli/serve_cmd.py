"""kgraph serve"""
from __future__ import annotations

from .common import err, settings


def register(sub) -> None:
    p = sub.add_parser("serve", help="start the explorer (UI, /sparql, /cypher, linked data)",
                       description="Start the Flask explorer on KGRAPH_HOST:KGRAPH_PORT "
                                   "(default 127.0.0.1:5000). It owns the local store while it runs. "
                                   "Entity IRIs use KGRAPH_BASE_IRI (default: this address).")
    p.add_argument("--port", type=int, help="override KGRAPH_PORT")
    p.add_argument("--host", help="override KGRAPH_HOST")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..web import create_app
    cfg = settings()
    if args.port:
        cfg.port = args.port
    if getattr(args, "host", None):
        cfg.host = args.host
    app = create_app(cfg)
    err.print(f"kgraph explorer at http://{cfg.host}:{cfg.port}/  (SPARQL: /sparql, base IRI {cfg.base})")
    from ..web.app import node_modules
    if not node_modules().is_dir():
        err.print("[yellow]front-end libraries missing: run `npm ci` (make does it) for the SPARQL "
                  "editor and the network views[/]")
    app.run(host=cfg.host, port=cfg.port, threaded=True, use_reloader=False)
    return 0
