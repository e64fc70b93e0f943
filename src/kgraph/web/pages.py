"""HTML pages: home/search, network, investments, articles, quarantine, query editors."""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from . import data as D
from .context import settings, store

bp = Blueprint("pages", __name__)


@bp.app_context_processor
def nav():
    return {"nav_items": [("/", "Search"), ("/network", "Network"), ("/investments", "Investments"),
                          ("/articles", "Articles"), ("/quarantine", "Quarantine"),
                          ("/sparql", "SPARQL"), ("/cypher-editor", "Cypher"), ("/queries", "Queries"),
                          ("/about", "About the data")],
            "current_path": request.path}


@bp.route("/")
def home():
    q = request.args.get("q", "").strip()
    hits = D.search(store(), q, 50) if q else []
    return render_template("home.html", counts=D.counts(store()), q=q, hits=hits)


@bp.route("/network")
def network():
    return render_template("network.html", facets=D.network_facets(store()))


@bp.route("/investments")
def investments():
    flows = D.money_flows(store())
    currencies = sorted({f["currency"] for f in flows if f["currency"]})
    return render_template("investments.html", flows=flows, currencies=currencies)


@bp.route("/articles")
def articles():
    return render_template("articles.html", articles=D.articles(store()))


@bp.route("/article/<article_id>")
def article(article_id: str):
    a = D.article(store(), article_id, settings().base)
    if a is None:
        abort(404)
    return render_template("article.html", a=a)


@bp.route("/quarantine")
def quarantine():
    return render_template("quarantine.html", q=D.quarantine(store(), settings().base))


@bp.route("/cypher-editor")
def cypher_editor():
    return render_template("cypher.html")


@bp.route("/queries")
def queries():
    from .api import named_queries
    try:
        qs, error = named_queries(), ""
    except Exception as exc:  # a broken query file must not take the page down
        qs, error = [], str(exc)
    return render_template("queries.html", queries=qs, error=error)


@bp.route("/about")
def about():
    cfg = settings()
    return render_template("about.html", base=cfg.base, timeout=cfg.query_timeout, row_cap=cfg.row_cap,
                           write=cfg.sparql_write)


@bp.app_errorhandler(404)
def not_found(exc):
    if request.accept_mimetypes.best == "text/html" or request.accept_mimetypes.accept_html:
        return render_template("error.html", code=404, message="Nothing here. The link may be old, or the "
                               "entity is not (yet) in the graph."), 404
    return "not found\n", 404, {"Content-Type": "text/plain"}


@bp.app_template_filter("href")
def href(value) -> str:
    """Links to our own IRIs by path, so pages work whatever the configured base is."""
    value = str(value or "")
    base = settings().base
    if value.startswith(base + "/"):
        return value[len(base):]
    return value
