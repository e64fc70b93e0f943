"""kgraph serve"""
from __future__ import annotations

from .common import err, settings


def register(sub) -> None:
    p = sub.add_parser("serve", help="start the explorer (UI, /sparql, /cypher, linked data)",
                       description="Start the Flask explorer on KGRAPH_HOST:KGRAPH_PORT "
                                   "(default 127.0.0.1:5000). It owns the local store while it runs.")
    p.add_argument("--port", type=int, help="override KGRAPH_PORT")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..web import create_app
    cfg = settings()
    if args.port:
        cfg.port = args.port
    app = create_app(cfg)
    err.print(f"kgraph explorer at http://{cfg.host}:{cfg.port}/")
    app.run(host=cfg.host, port=cfg.port, threaded=True, use_reloader=False)
    return 0
