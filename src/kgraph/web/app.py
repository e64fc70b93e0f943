"""Flask app factory. The app owns the store for its lifetime (one owner, see DESIGN.md)."""
from __future__ import annotations

from flask import Flask

from .. import config


def create_app(settings: config.Settings | None = None, store=None) -> Flask:
    settings = settings or config.load()
    app = Flask(__name__)
    app.config["KGRAPH_SETTINGS"] = settings
    if store is None:
        from ..store import open_store
        store = open_store(settings)
    app.extensions["kgraph_store"] = store
    from . import pages, sparql
    app.register_blueprint(pages.bp)
    app.register_blueprint(sparql.bp)
    return app
