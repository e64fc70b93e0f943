"""HTML pages: home (counts + search), entity page (facts with evidence)."""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from ..vocab import SPARQL_PREFIXES
from .context import settings, store

bp = Blueprint("pages", __name__)

COUNTS = SPARQL_PREFIXES + """
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?kind { kg:Organization kg:Person kg:Place kg:Event kg:Technology schema:NewsArticle kg:Fact }
  ?x a ?kind } GROUP BY ?kind"""


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


@bp.route("/")
def home():
    counts = {str(r["kind"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]: int(r["n"])
              for r in store().select(COUNTS)}
    q = request.args.get("q", "").strip()
    hits = []
    if q:
        hits = store().select(SPARQL_PREFIXES + f"""
            SELECT DISTINCT ?e ?label ?kind WHERE {{
              ?e rdfs:label ?label ; a ?kind .
              FILTER (?kind IN (kg:Organization, kg:Person, kg:Place, kg:Event, kg:Technology))
              OPTIONAL {{ ?e skos:altLabel ?alt }}
              FILTER (CONTAINS(LCASE(?label), LCASE({_lit(q)})) || CONTAINS(LCASE(COALESCE(?alt, "")), LCASE({_lit(q)})))
            }} ORDER BY ?label LIMIT 50""")
    return render_template("home.html", counts=counts, q=q, hits=hits)


@bp.route("/id/<kind>/<path:slug>")
def entity(kind: str, slug: str):
    iri = f"{settings().base}/id/{kind}/{slug}"
    labels = store().select(f"SELECT ?label WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}")
    if not labels:
        abort(404)
    facts = store().select(SPARQL_PREFIXES + f"""
        SELECT ?p ?other ?otherLabel ?dir ?sentence ?article ?title WHERE {{
          {{ <{iri}> ?p ?other . BIND("out" AS ?dir) }} UNION {{ ?other ?p <{iri}> . BIND("in" AS ?dir) }}
          ?p rdfs:subPropertyOf* kg:relation .
          FILTER (STRSTARTS(STR(?p), STR(kg:)))
          ?fact rdf:predicate ?p ; kg:evidence ?ev .
          {{ ?fact rdf:subject <{iri}> ; rdf:object ?other }} UNION {{ ?fact rdf:subject ?other ; rdf:object <{iri}> }}
          ?ev kg:sentence ?sentence ; prov:wasDerivedFrom ?article .
          ?article schema:headline ?title .
          OPTIONAL {{ ?other rdfs:label ?otherLabel }}
        }} ORDER BY ?p ?otherLabel""")
    return render_template("entity.html", iri=iri, label=str(labels[0]["label"]), kind=kind,
                           facts=facts)
