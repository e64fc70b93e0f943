"""POST /api/ingest — ingest articles through the running explorer (it owns the store).

Registration (in create_app, after the store is in app.extensions["kgraph_store"]):

    from . import ingest_api
    app.register_blueprint(ingest_api.bp)

On registration the blueprint makes sure an ingest token exists (settings.ingest_token or
data_dir/ingest-token, mode 0600) and writes data_dir/explorer.json (host, port, pid) so
`kgraph ingest` can find it; the file is removed when the process exits.

Request:  Authorization: Bearer <token>; JSON {"articles": [Article fields...], "force": false}
Response: {"summary": {articles, skipped, entities, facts, merges, quarantined, errors...}}
Only loopback clients are served. Writes are serialized by a process-wide lock.
"""
from __future__ import annotations

import atexit
import hmac
import threading

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("ingest_api", __name__)
_write_lock = threading.Lock()
LOOPBACK = ("127.0.0.1", "::1", "::ffff:127.0.0.1")
MAX_REQUEST_ARTICLES = 10_000


@bp.record_once
def _on_register(state) -> None:
    from ..ingest import handoff
    app = state.app
    settings = app.config.get("KGRAPH_SETTINGS")
    if settings is None:
        return
    app.config["KGRAPH_INGEST_TOKEN"] = handoff.ensure_token(settings)
    if app.extensions.get("kgraph_store") is not None and getattr(
            app.extensions["kgraph_store"], "path", None) is not None:
        handoff.write_explorer_info(settings, settings.host, settings.port)
        atexit.register(handoff.remove_explorer_info, settings)


def _extractor():
    ext = current_app.extensions.get("kgraph_extractor")
    if ext is None:
        from ..extract import Extractor
        ext = current_app.extensions["kgraph_extractor"] = Extractor()
    return ext


@bp.route("/api/ingest", methods=["POST"])
def ingest():
    if request.remote_addr not in LOOPBACK:
        return jsonify(error="the ingest API serves loopback clients only"), 403
    expected = current_app.config.get("KGRAPH_INGEST_TOKEN", "")
    auth = request.headers.get("Authorization", "")
    given = auth[7:].strip() if auth.startswith("Bearer ") else ""
    if not expected or not given or not hmac.compare_digest(given.encode(), expected.encode()):
        return jsonify(error="missing or wrong bearer token"), 401
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("articles"), list):
        return jsonify(error="expected JSON {\"articles\": [...]}"), 400
    if len(body["articles"]) > MAX_REQUEST_ARTICLES:
        return jsonify(error=f"at most {MAX_REQUEST_ARTICLES} articles per request"), 413
    from ..ingest import handoff, ingest_articles
    try:
        articles = handoff.articles_from_json(body["articles"])
    except (TypeError, ValueError) as exc:
        return jsonify(error=str(exc)), 400
    settings = current_app.config["KGRAPH_SETTINGS"]
    store = current_app.extensions["kgraph_store"]
    with _write_lock:
        summary = ingest_articles(articles, store, settings, _extractor(),
                                  force=bool(body.get("force")), workers=0)
        from ..project.follow import follow_ingest
        projection = follow_ingest(store, settings, [a.id for a in articles])
    return jsonify(summary=summary.as_dict(), projection=projection)
