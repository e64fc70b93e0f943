"""Flask app factory. The app owns the store for its lifetime (one owner, see DESIGN.md)."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, request, send_from_directory

from .. import config, resources

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

    from . import api, cypher, gsp, ingest_api, linked, pages, sparql
    for bp in (pages.bp, api.bp, linked.bp, sparql.bp, gsp.bp, cypher.bp, ingest_api.bp):
        app.register_blueprint(bp)

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
