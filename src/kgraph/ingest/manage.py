"""Store maintenance: remove an article, undo a merge, list the quarantine, export."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL

from ..records import Article
from ..vocab import KG, PREFIXES, SPARQL_PREFIXES, article_graph, article_iri, system_graph
from ..validate.quarantine import delete_record_op, quarantine_graph_iri


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@dataclass
class ArticleRef:
    graph: Optional[str]
    id: str


def find_articles(store, settings, ref: str) -> list[ArticleRef]:
    """Articles named by an id, URL, file path, article IRI or article graph IRI."""
    base = settings.base
    candidates = {ref}
    graph_iris = set()
    if ref.startswith(f"{base}/id/article/"):
        graph_iris.add(ref.replace("/id/article/", "/graph/article/", 1))
    elif ref.startswith(f"{base}/graph/article/"):
        graph_iris.add(ref)
    else:
        graph_iris.add(str(article_graph(base, ref)))
        p = Path(ref)
        if p.exists() and p.is_file():
            candidates.add("file:" + str(p.resolve()))
            try:
                from ..read import read_path
                arts, _ = read_path(p, settings.max_article_bytes)
                candidates |= {a.id for a in arts}
                graph_iris |= {str(article_graph(base, a.id)) for a in arts}
            except Exception:
                pass
        elif not ref.startswith(("http://", "https://", "sha256:")):
            candidates.add("file:" + str(Path(ref).resolve()))
    vlist = ", ".join(_lit(c) for c in sorted(candidates))
    glist = ", ".join(f"<{g}>" for g in sorted(graph_iris))
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT ?g ?id WHERE {{
          GRAPH ?g {{ ?a a schema:NewsArticle ; schema:identifier ?id .
                     OPTIONAL {{ ?a kg:sourceKey ?key }} }}
          FILTER (?id IN ({vlist}) || COALESCE(?key IN ({vlist}), false) || ?g IN ({glist}))
        }}""", union=False)
    found = {str(r["g"]): ArticleRef(str(r["g"]), str(r["id"])) for r in rows}
    # articles quarantined as a whole have no graph, only a quarantine record
    qg = quarantine_graph_iri(base)
    for r in store.select(SPARQL_PREFIXES + f"""
            SELECT ?id WHERE {{ GRAPH <{qg}> {{ ?r a kg:QuarantineRecord ; kg:articleId ?id ;
              kg:article ?a . OPTIONAL {{ ?r kg:source ?src }} }}
              FILTER (?id IN ({vlist}) || COALESCE(?src = {_lit(ref)}, false)) }}""",
                          union=False):
        g = str(article_graph(base, str(r["id"])))
        found.setdefault(g, ArticleRef(None, str(r["id"])))
    return list(found.values())


def removal_ops(settings, refs: list[ArticleRef]) -> tuple[list[str], list[str]]:
    """(graphs to drop, delete operations) that take the articles' contribution out."""
    base = settings.base
    merges = str(system_graph(base, "merges"))
    drops = [r.graph for r in refs if r.graph]
    ops = []
    for r in refs:
        ops.append(delete_record_op(base, r.id))
        ops.append(f"DELETE WHERE {{ GRAPH <{merges}> {{ ?m <{KG.article}> <{article_iri(base, r.id)}> }} }}")
    if refs:  # merges no article supports any more
        ops.append(f"""DELETE {{ GRAPH <{merges}> {{ ?m ?p ?o . ?v <{OWL.sameAs}> ?c }} }}
            WHERE {{ GRAPH <{merges}> {{ ?m a <{KG.Merge}> ; <{KG.mergedFrom}> ?v ; <{KG.mergedInto}> ?c ;
                     ?p ?o . FILTER NOT EXISTS {{ ?m <{KG.article}> ?any }} }} }}""")
    return drops, ops


def remove_articles(store, settings, ref: str) -> list[ArticleRef]:
    refs = find_articles(store, settings, ref)
    if refs:
        drops, ops = removal_ops(settings, refs)
        store.apply(drop=drops, delete_where=ops)
        store.flush()
    return refs


# ----------------------------------------------------------------------- articles back
def stored_article(store, graph_iri: str) -> Optional[Article]:
    """Rebuild an Article from its graph (schema:text etc.), to re-ingest it."""
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT ?id ?text ?title ?url ?date ?lang ?key WHERE {{ GRAPH <{graph_iri}> {{
          ?a a schema:NewsArticle ; schema:identifier ?id ; schema:text ?text .
          OPTIONAL {{ ?a schema:headline ?title }} OPTIONAL {{ ?a schema:url ?url }}
          OPTIONAL {{ ?a schema:datePublished ?date }} OPTIONAL {{ ?a schema:inLanguage ?lang }}
          OPTIONAL {{ ?a kg:sourceKey ?key }} }} }} LIMIT 1""", union=False)
    if not rows:
        return None
    r = rows[0]
    key = str(r.get("key", ""))
    source = key[5:] if key.startswith("file:") else (key or str(r["id"]))
    stem = Path(source).stem if key.startswith("file:") else ""
    return Article(id=str(r["id"]), text=str(r["text"]), title=str(r.get("title", "")),
                   url=str(r["url"]) if "url" in r else None,
                   date=str(r["date"]) if "date" in r else None,
                   language=str(r.get("lang", "en")), source=source, stem=stem)


# ----------------------------------------------------------------------- unmerge
@dataclass
class UnmergeResult:
    merges: list[tuple[str, str]] = field(default_factory=list)   # (variant, canonical)
    articles: list[str] = field(default_factory=list)
    summary: object = None


def unmerge(store, settings, iri: str, extractor=None) -> UnmergeResult:
    """Undo the merge(s) named by a merge node IRI, a variant IRI (owl:sameAs subject) or a
    canonical IRI: record owl:differentFrom (a do-not-merge rule the resolver obeys), drop
    the merge-log entries, and re-ingest the affected articles from their stored text so
    their graphs point at the separate entity again."""
    base = settings.base
    merges = str(system_graph(base, "merges"))
    rows = store.select(f"""SELECT ?m ?v ?c ?a WHERE {{ GRAPH <{merges}> {{
        ?m a <{KG.Merge}> ; <{KG.mergedFrom}> ?v ; <{KG.mergedInto}> ?c .
        OPTIONAL {{ ?m <{KG.article}> ?a }}
        FILTER (?m = <{iri}> || ?v = <{iri}> || ?c = <{iri}>) }} }}""", union=False)
    res = UnmergeResult()
    if not rows:
        return res
    pairs = {(str(r["m"]), str(r["v"]), str(r["c"])) for r in rows}
    art_iris = {str(r["a"]) for r in rows if "a" in r}
    ops, add = [], Graph()
    for m, v, c in sorted(pairs):
        res.merges.append((v, c))
        ops.append(f"DELETE WHERE {{ GRAPH <{merges}> {{ <{m}> ?p ?o }} }}")
        ops.append(f"DELETE DATA {{ GRAPH <{merges}> {{ <{v}> <{OWL.sameAs}> <{c}> }} }}")
        add.add((URIRef(v), OWL.differentFrom, URIRef(c)))
        add.add((URIRef(c), OWL.differentFrom, URIRef(v)))
    store.apply(delete_where=ops, insert={merges: add})
    articles = []
    for a in sorted(art_iris):
        g = a.replace("/id/article/", "/graph/article/", 1)
        art = stored_article(store, g)
        if art is not None:
            articles.append(art)
    res.articles = [a.id for a in articles]
    if articles:
        from .run import ingest_articles
        res.summary = ingest_articles(articles, store, settings, extractor, force=True, workers=0)
    store.flush()
    return res


# ----------------------------------------------------------------------- quarantine
def quarantine_entries(store, settings) -> list[dict]:
    qg = quarantine_graph_iri(settings.base)
    rows = store.select(SPARQL_PREFIXES + f"""
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?r ?id ?source ?whole ?focus ?path ?shape ?message ?value WHERE {{ GRAPH <{qg}> {{
          ?r a kg:QuarantineRecord ; kg:articleId ?id ; kg:violation ?v .
          OPTIONAL {{ ?r kg:source ?source }} OPTIONAL {{ ?r kg:wholeArticle ?whole }}
          ?v sh:focusNode ?focus ; sh:sourceShape ?shape ; sh:resultMessage ?message .
          OPTIONAL {{ ?v sh:resultPath ?path }} OPTIONAL {{ ?v sh:value ?value }} }} }}
        ORDER BY ?id ?focus ?shape""", union=False)
    facts = store.select(SPARQL_PREFIXES + f"""
        SELECT ?r ?s ?p ?o ?sentence WHERE {{ GRAPH <{qg}> {{
          ?r kg:quarantinedFact ?f . ?f kg:factSubject ?s ; kg:factPredicate ?p ; kg:factObject ?o .
          OPTIONAL {{ ?f kg:sentence ?sentence }} }} }}""", union=False)
    by_record: dict[str, dict] = {}
    for r in rows:
        e = by_record.setdefault(str(r["r"]), {
            "record": str(r["r"]), "article_id": str(r["id"]), "source": str(r.get("source", "")),
            "whole_article": str(r.get("whole", "false")) == "true", "violations": [], "facts": []})
        e["violations"].append({k: str(r[k]) if k in r else None
                                for k in ("focus", "path", "shape", "message", "value")})
    for f in facts:
        e = by_record.get(str(f["r"]))
        if e is not None:
            e["facts"].append({"subject": str(f["s"]), "predicate": str(f["p"]),
                               "object": str(f["o"]), "sentence": str(f.get("sentence", ""))})
    return list(by_record.values())


# ----------------------------------------------------------------------- export
def export(store, settings, fmt: str = "turtle", article: Optional[str] = None,
           include_system: bool = False) -> bytes:
    """Serialize the data graphs (plus the merge log), everything, or one article."""
    if article:
        refs = [r for r in find_articles(store, settings, article) if r.graph]
        if not refs:
            raise KeyError(f"no stored article matches {article!r}")
        graphs = [r.graph for r in refs]
    elif include_system:
        graphs = store.graphs()
    else:
        graphs = store.data_graphs()
        merges = str(system_graph(settings.base, "merges"))
        if store.has_graph(merges):
            graphs.append(merges)
    if fmt == "nquads":
        ds = Dataset()
        for g in graphs:
            ds.graph(URIRef(g)).__iadd__(store.graph(g))
        return ds.serialize(format="nquads", encoding="utf-8")
    if fmt == "jsonld":
        ds = Dataset()
        for p, ns in PREFIXES.items():
            ds.bind(p, ns)
        for g in graphs:
            ds.graph(URIRef(g)).__iadd__(store.graph(g))
        return ds.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    if fmt == "turtle":
        out = Graph()
        for p, ns in PREFIXES.items():
            out.bind(p, ns)
        for g in graphs:
            out += store.graph(g)
        return out.serialize(format="turtle", encoding="utf-8")
    raise ValueError(f"unknown export format {fmt!r} (turtle, nquads, jsonld)")
