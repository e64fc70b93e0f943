"""Flask app factory. The app owns the store for its lifetime (one owner, see DESIGN.md)."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, abort, request, send_from_directory

from .. import config, resources

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")

# node_modules files the pages use (installed by `npm ci`; nothing is vendored into the repo)
VENDOR_ALLOWED = ("@zazuko/yasgui/build/", "cytoscape/dist/")


def node_modules() -> Path:
    try:
        return resources.root() / "node_modules"
    except FileNotFoundError:
        return Path.cwd() / "node_modules"


def create_app(settings: config.Settings | None = None, store=None) -> Flask:
    settings = settings or config.load()
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = max(settings.max_article_bytes * 2, 10_000_000)
    if store is None:
        from ..store import open_store
        store = open_store(settings)
    app.extensions["kgraph_store"] = store

    from . import api, linked, pages, sparql
    for bp in (pages.bp, api.bp, linked.bp, sparql.bp):
        app.register_blueprint(bp)
    for name in ("cypher", "ingest_api"):          # written by other engineers
        try:
            mod = __import__(f"kgraph.web.{name}", fromlist=["bp"])
        except Exception as exc:                # ImportError, or a module mid-way in its work
            log.warning("optional blueprint %s not available: %s", name, exc)
            app.extensions.setdefault("kgraph_missing", {})[name] = str(exc)
            continue
        app.register_blueprint(mod.bp)
        app.extensions.setdefault("kgraph_blueprints", []).append(name)

    @app.route("/static/vendor/<path:path>")
    def vendor(path: str):
        if ".." in path or not path.startswith(VENDOR_ALLOWED):
            abort(404)
        folder = node_modules()
        if not (folder / path).is_file():
            abort(404, description="front-end library missing: run `npm ci` (make does it)")
        return send_from_directory(folder, path, max_age=3600)

    @app.route("/favicon.ico")
    def favicon():
        return send_from_directory(Path(app.static_folder), "favicon.svg", mimetype="image/svg+xml")

    @app.after_request
    def headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.path.startswith(("/api/ingest", "/ingest")):
            # read-only data is open to any origin (SPARQL clients in other web apps)
            resp.headers.setdefault("Access-Control-Allow-Origin", "*")
            resp.headers.setdefault("Access-Control-Expose-Headers", "Content-Type, X-KGraph-Truncated, Link")
            if request.method == "OPTIONS":
                resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
                resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
                resp.headers["Access-Control-Max-Age"] = "86400"
        return resp

    return app
