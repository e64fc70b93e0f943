"""JSON (and CSV) APIs behind the explorer pages."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, request

from . import data as D
from .context import settings, store

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    try:
        limit = max(1, min(int(request.args.get("limit", 10)), 100))
    except ValueError:
        limit = 10
    return jsonify({"query": q, "results": D.search(store(), q, limit)})


@bp.route("/entity")
def entity():
    iri = request.args.get("iri", "")
    try:
        return jsonify(D.neighbourhood(store(), iri))
    except ValueError:
        abort(400)


def network_args():
    a = request.args
    try:
        minc = max(1, int(a.get("min", a.get("min_corroboration", 1)) or 1))
    except ValueError:
        minc = 1
    kinds = [k for k in a.getlist("type") if k] or [k for k in a.get("types", "").split(",") if k]
    return {"kinds": kinds, "country": a.get("country", ""), "technology": a.get("technology", ""),
            "until": a.get("until", ""), "min_corroboration": minc}


@bp.route("/network")
def network():
    return jsonify(D.network(store(), **network_args()))


@bp.route("/network/facets")
def network_facets():
    return jsonify(D.network_facets(store()))


def filtered_flows():
    flows = D.money_flows(store())
    a = request.args
    q = a.get("q", "").strip().lower()
    kind = a.get("type", "")
    cur = a.get("currency", "")
    if q:
        flows = [f for f in flows if q in f["investor_label"].lower() or q in f["recipient_label"].lower()
                 or q in f["sentence"].lower()]
    if kind:
        flows = [f for f in flows if f["type"] == kind]
    if cur:
        flows = [f for f in flows if f["currency"] == cur]
    return flows


@bp.route("/investments")
def investments():
    return jsonify({"investments": filtered_flows()})


CSV_COLUMNS = ["type", "investor_label", "investor", "recipient_label", "recipient", "amount", "currency",
               "amount_text", "date", "precision", "sentence", "title", "article", "published"]


@bp.route("/investments.csv")
def investments_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["type", "investor", "investor_iri", "recipient", "recipient_iri", "amount", "currency",
                "amount_as_written", "date", "date_precision", "source_sentence", "article_title",
                "article_iri", "article_published"])
    for f in filtered_flows():
        w.writerow(["" if f[c] is None else (f"{f[c]:.2f}".rstrip("0").rstrip(".") if c == "amount" else f[c])
                    for c in CSV_COLUMNS])
    return Response(buf.getvalue(), 200, content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="kgraph-investments.csv"'})


def named_queries() -> list[dict]:
    """The gallery: queries/NAME.rq + NAME.cypher (via the Cypher engineer's loader when present)."""
    try:
        from ..project.named_queries import list_queries
        return [{"name": q.name, "title": q.title, "description": q.description,
                 "params": [{"name": p.name, "type": p.type} for p in q.params],
                 "sparql": q.sparql, "cypher": q.cypher} for q in list_queries()]
    except ImportError:
        pass
    from .. import resources
    out = []
    folder = Path(resources.path("queries"))
    for rq in sorted(folder.glob("*.rq")):
        cy = rq.with_suffix(".cypher")
        text = rq.read_text(encoding="utf-8")
        title = next((line.split(":", 1)[1].strip() for line in text.splitlines()
                      if line.startswith("# title:")), rq.stem)
        out.append({"name": rq.stem, "title": title, "description": "", "params": [], "sparql": text,
                    "cypher": cy.read_text(encoding="utf-8") if cy.is_file() else ""})
    return out


@bp.route("/queries")
def queries():
    return jsonify({"queries": named_queries()})


@bp.route("/status")
def status():
    st = store()
    return jsonify({"graphs": len(D.data_graphs(st)), "quads": st.quad_count(), "base": settings().base})
