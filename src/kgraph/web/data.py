"""What the explorer's pages and JSON APIs read from the store (SPARQL over the union of
the article graphs — quarantine, merge log and other shared graphs excluded)."""
from __future__ import annotations

import inspect
import re
from collections import defaultdict

import pyoxigraph as ox

from ..vocab import SPARQL_PREFIXES

ARTICLE_MARK = "/graph/article/"
ENTITY_KINDS = ("Organization", "Person", "Place", "Event", "Technology")
NETWORK_RELATIONS = ("partnersWith", "memberOf", "investsIn", "fundedBy", "acquires", "affiliatedWith")
RELATION_LABELS = {
    "partnersWith": ("partners with", "partners with"),
    "investsIn": ("invests in", "receives investment from"),
    "fundedBy": ("funded by", "funds"),
    "memberOf": ("member of", "has member"),
    "locatedIn": ("located in", "location of"),
    "hosts": ("hosts", "hosted by"),
    "organizes": ("organizes", "organized by"),
    "develops": ("develops", "developed by"),
    "acquires": ("acquires", "acquired by"),
    "affiliatedWith": ("affiliated with", "has affiliate"),
}


def data_graphs(store) -> list[str]:
    if _remote(store):
        return [g for g in remote_graphs(store) if ARTICLE_MARK in g]
    if hasattr(store, "data_graphs"):
        return list(store.data_graphs())
    return [g for g in store.graphs() if ARTICLE_MARK in g]


def _remote(store) -> bool:
    from ..store.remote import RemoteStore
    return isinstance(store, RemoteStore)


def remote_graphs(store) -> list[str]:
    """A remote store's graph list, asked once per request (every page query needs it)."""
    from flask import g, has_request_context
    if not has_request_context():
        return store.graphs()
    cache = g.setdefault("kgraph_remote_graphs", {})
    if id(store) not in cache:
        cache[id(store)] = store.graphs()
    return cache[id(store)]


def _remote_query(store, sparql: str, default_graph: list[str]):
    """pyoxigraph results from a remote store with the default graph = the given graphs and
    every graph still available as a named graph (``default-graph-uri`` alone leaves a
    SPARQL server no named graph, so ``GRAPH <article graph>`` would match nothing); the
    dataset goes in a form body (thousands of graph IRIs do not fit a URL)."""
    import requests

    from ..store.remote import RemoteStoreError
    form = [("query", sparql)]
    form += [("default-graph-uri", g) for g in (default_graph or ["urn:kgraph:no-graph"])]
    form += [("named-graph-uri", g) for g in remote_graphs(store)]
    try:
        r = store.http.post(store.query_url, data=form, timeout=store.timeout, headers={
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    except requests.RequestException as exc:
        raise RemoteStoreError(f"SPARQL query to {store.query_url} failed: {exc}") from exc
    if r.status_code >= 400:
        raise RemoteStoreError(f"SPARQL query failed ({r.status_code}): {r.text[:500]}")
    if r.headers.get("Content-Type", "").split(";")[0].strip() == "application/n-triples":
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)]
    return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)


def public_graphs(store):
    """The default graph for public reads: None when the store keeps the union of the
    article graphs as its own default graph (set semantics), else the article graphs."""
    if getattr(store, "materialized_union", False):
        return None
    return data_graphs(store)


def ox_query(store, sparql: str, default_graph=None, **kw):
    """pyoxigraph results with the default graph = the given graph IRIs (strings)."""
    if default_graph is not None:
        if _remote(store):
            return _remote_query(store, sparql, [str(g) for g in default_graph])
        params = inspect.signature(store.raw_query).parameters
        if "default_graph" in params:
            return store.raw_query(sparql, union=False, default_graph=[str(g) for g in default_graph], **kw)
        kw["default_graph"] = [ox.NamedNode(str(g)) for g in default_graph]
    return store.raw_query(sparql, union=False, **kw)


def rows(store, sparql: str) -> list[dict]:
    """SELECT over the article graphs → list of {var: str} (unbound variables left out)."""
    res = ox_query(store, SPARQL_PREFIXES + sparql, default_graph=public_graphs(store))
    names = [v.value for v in res.variables]
    out = []
    for sol in res:
        d = {}
        for n in names:
            t = sol[n]
            if t is not None:
                d[n] = t.value
        out.append(d)
    return out


def lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ") + '"'


def iri(s: str) -> str:
    if re.search(r'[\s<>"{}|\\^`]', s):
        raise ValueError(f"not an IRI: {s!r}")
    return f"<{s}>"


def local(iri_: str) -> str:
    return re.split(r"[#/]", iri_)[-1]


# ---------------------------------------------------------------------------- counts, search
def counts(store) -> dict:
    r = rows(store, """
        SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
          VALUES ?kind { kg:Organization kg:Person kg:Place kg:Event kg:Technology schema:NewsArticle kg:Fact kg:MoneyFlow }
          ?x a ?kind } GROUP BY ?kind""")
    out = {k: 0 for k in ("Organization", "Person", "Place", "Event", "Technology", "NewsArticle",
                          "Fact", "MoneyFlow")}
    for r_ in r:
        out[local(r_["kind"])] = int(r_["n"])
    return out


def search(store, q: str, limit: int = 20) -> list[dict]:
    q = q.strip()
    if not q:
        return []
    needle = lit(q.lower())
    found = rows(store, f"""
        SELECT ?e ?label ?kind ?name WHERE {{
          VALUES ?kind {{ kg:Organization kg:Person kg:Place kg:Event kg:Technology }}
          ?e a ?kind ; rdfs:label ?label .
          {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }}
          FILTER (CONTAINS(LCASE(STR(?name)), {needle}))
        }} LIMIT 2000""")
    best: dict[str, dict] = {}
    ql = q.lower()
    for r_ in found:
        name = r_["name"]
        nl = name.lower()
        score = 0 if nl == ql else 1 if nl.startswith(ql) else 2 if re.search(r"\b" + re.escape(ql), nl) else 3
        if name != r_["label"]:
            score += 0.5
        cur = best.get(r_["e"])
        if cur is None or score < cur["score"]:
            best[r_["e"]] = {"iri": r_["e"], "label": r_["label"], "kind": local(r_["kind"]),
                             "matched": name, "score": score}
    hits = sorted(best.values(), key=lambda h: (h["score"], len(h["label"]), h["label"].lower()))
    for h in hits:
        h["alias"] = h["matched"] if h["matched"] != h["label"] else ""
        del h["score"], h["matched"]
    return hits[:limit]


# ---------------------------------------------------------------------------- entity
def entity(store, e: str) -> dict | None:
    E = iri(e)
    desc = rows(store, f"""
        SELECT ?p ?o WHERE {{ {E} ?p ?o .
          FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel, kg:subtype, kg:country, kg:nativeName,
                         skos:prefLabel, skos:broader, schema:url)) }}""")
    if not desc:
        return None
    info: dict = {"iri": e, "types": [], "labels": [], "aliases": [], "subtype": "", "country": "",
                  "native": "", "broader": []}
    for d in desc:
        p, o = local(d["p"]), d["o"]
        if p == "type":
            info["types"].append(o)
        elif p == "label":
            info["labels"].append(o)
        elif p == "altLabel":
            info["aliases"].append(o)
        elif p == "subtype":
            info["subtype"] = o
        elif p == "country":
            info["country"] = o
        elif p == "nativeName":
            info["native"] = o
        elif p == "broader":
            info["broader"].append(o)
    info["labels"] = list(dict.fromkeys(info["labels"]))  # a remote default graph is a bag
    info["label"] = sorted(info["labels"])[0] if info["labels"] else local(e)
    info["aliases"] = sorted(set(info["aliases"]) - set(info["labels"]))
    info["types"] = sorted(set(info["types"]))
    kinds = [local(t) for t in info["types"] if t.startswith("https://w3id.org/kgraph/ontology#")]
    # the general kind first (Organization), then its subtype (Company)
    info["kinds"] = sorted(set(kinds), key=lambda k: (k not in ENTITY_KINDS, k))
    info["kind"] = next((k for k in ENTITY_KINDS if k in info["kinds"]), "Thing")
    info["facts"] = facts_of(store, e)
    info["money"] = money_flows(store, entity_iri=e)
    info["articles"] = rows(store, f"""
        SELECT DISTINCT ?article ?title ?date WHERE {{ ?article schema:mentions {E} .
          OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:datePublished ?date }}
        }} ORDER BY DESC(?date) LIMIT 200""")
    return info


def facts_of(store, e: str) -> list[dict]:
    """Every fact about e, grouped by relation and direction, each with its evidence."""
    E = iri(e)
    found = rows(store, f"""
        SELECT ?p ?dir ?other ?otherLabel ?sentence ?article ?title ?date WHERE {{
          {{ ?fact rdf:subject {E} ; rdf:object ?other . BIND("out" AS ?dir) }}
          UNION {{ ?fact rdf:object {E} ; rdf:subject ?other . BIND("in" AS ?dir) }}
          ?fact a kg:Fact ; rdf:predicate ?p ; kg:evidence ?ev .
          ?ev kg:sentence ?sentence ; prov:wasDerivedFrom ?article .
          OPTIONAL {{ ?article schema:headline ?title }}
          OPTIONAL {{ ?article schema:datePublished ?date }}
          OPTIONAL {{ ?other rdfs:label ?otherLabel }}
        }}""")
    groups: dict = {}
    for r_ in found:
        rel = local(r_["p"])
        direction = r_["dir"]
        if rel == "partnersWith":
            direction = "out"                         # symmetric
        gkey = (rel, direction)
        g = groups.setdefault(gkey, {"relation": rel, "direction": direction,
                                     "label": RELATION_LABELS.get(rel, (rel, rel + " (of)"))[0 if direction == "out" else 1],
                                     "items": {}})
        item = g["items"].setdefault(r_["other"], {"other": r_["other"],
                                                   "label": r_.get("otherLabel") or local(r_["other"]),
                                                   "evidence": {}, "articles": set()})
        item["articles"].add(r_["article"])
        item["evidence"][(r_["sentence"], r_["article"])] = {
            "sentence": r_["sentence"], "article": r_["article"], "article_id": local(r_["article"]),
            "title": r_.get("title", ""), "date": r_.get("date", "")}
    out = []
    for g in sorted(groups.values(), key=lambda g: (g["relation"], g["direction"])):
        items = []
        for it in g["items"].values():
            items.append({"other": it["other"], "label": it["label"], "corroboration": len(it["articles"]),
                          "evidence": sorted(it["evidence"].values(), key=lambda x: x["date"] or "", reverse=True)})
        items.sort(key=lambda it: (-it["corroboration"], it["label"].lower()))
        out.append({"relation": g["relation"], "direction": g["direction"], "label": g["label"], "items": items})
    return out


def neighbourhood(store, e: str, limit: int = 150) -> dict:
    found = _neighbourhood_rows(store, iri(e), limit)
    nodes, edges = {}, {}
    for r_ in found:
        for node, lab, kind in ((r_["s"], r_.get("sl"), r_.get("sk")), (r_["o"], r_.get("ol"), r_.get("ok"))):
            nodes.setdefault(node, {"id": node, "label": lab or local(node), "kind": local(kind) if kind else "Thing",
                                    "focus": node == e})
        rel = local(r_["p"])
        edges[(r_["s"], rel, r_["o"])] = {"source": r_["s"], "target": r_["o"], "relation": rel,
                                         "label": RELATION_LABELS.get(rel, (rel,))[0]}
    if e not in nodes:
        nodes[e] = {"id": e, "label": local(e), "kind": "Thing", "focus": True}
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _neighbourhood_rows(store, E: str, limit: int) -> list[dict]:
    rels = " ".join(f"kg:{r}" for r in RELATION_LABELS)
    return rows(store, f"""
        SELECT DISTINCT ?s ?p ?o ?sl ?ol ?sk ?ok WHERE {{
          VALUES ?p {{ {rels} }}
          {{ BIND({E} AS ?s) ?s ?p ?o }} UNION {{ BIND({E} AS ?o) ?s ?p ?o }}
          OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }}
          OPTIONAL {{ VALUES ?sk {{ kg:Organization kg:Person kg:Place kg:Event kg:Technology }} ?s a ?sk }}
          OPTIONAL {{ VALUES ?ok {{ kg:Organization kg:Person kg:Place kg:Event kg:Technology }} ?o a ?ok }}
        }} LIMIT {limit}""")


# ---------------------------------------------------------------------------- money
def money_flows(store, entity_iri: str | None = None) -> list[dict]:
    flt = ""
    if entity_iri:
        E = iri(entity_iri)
        flt = f"FILTER (?investor = {E} || ?recipient = {E})"
    found = rows(store, f"""
        SELECT ?flow ?type ?investor ?investorLabel ?recipient ?recipientLabel ?value ?currency
               ?amountText ?date ?precision ?sentence ?article ?title ?pub WHERE {{
          VALUES ?type {{ kg:Investment kg:Funding }}
          ?flow a ?type ; kg:investor ?investor ; kg:recipient ?recipient .
          {flt}
          OPTIONAL {{ ?investor rdfs:label ?investorLabel }}
          OPTIONAL {{ ?recipient rdfs:label ?recipientLabel }}
          OPTIONAL {{ ?flow kg:amount ?amt . ?amt schema:value ?value ; schema:currency ?currency }}
          OPTIONAL {{ ?flow kg:amountText ?amountText }}
          OPTIONAL {{ ?flow kg:date ?date }}
          OPTIONAL {{ ?flow kg:datePrecision ?precision }}
          OPTIONAL {{ ?flow kg:evidence ?ev . ?ev kg:sentence ?sentence ; prov:wasDerivedFrom ?article .
                      OPTIONAL {{ ?article schema:headline ?title }}
                      OPTIONAL {{ ?article schema:datePublished ?pub }} }}
        }}""")
    flows: dict = {}
    for r_ in found:
        f = flows.setdefault(r_["flow"], {
            "flow": r_["flow"], "type": local(r_["type"]),
            "investor": r_["investor"], "investor_label": r_.get("investorLabel") or local(r_["investor"]),
            "recipient": r_["recipient"], "recipient_label": r_.get("recipientLabel") or local(r_["recipient"]),
            "amount": None, "currency": "", "amount_text": "", "date": "", "precision": "",
            "sentence": "", "article": "", "article_id": "", "title": "", "published": ""})
        if "value" in r_ and f["amount"] is None:
            try:
                f["amount"] = float(r_["value"])
            except ValueError:
                pass
            f["currency"] = r_.get("currency", "")
        for k, src in (("amount_text", "amountText"), ("date", "date"), ("precision", "precision"),
                       ("sentence", "sentence"), ("article", "article"), ("title", "title"),
                       ("published", "pub")):
            if not f[k] and r_.get(src):
                f[k] = r_[src]
        if f["article"]:
            f["article_id"] = local(f["article"])
    out = list(flows.values())
    for f in out:
        f["when"] = f["date"] or f["published"]
    out.sort(key=lambda f: (f["when"] or "", f["investor_label"]), reverse=True)
    return out


# ---------------------------------------------------------------------------- network
def network(store, kinds=(), country: str = "", technology: str = "", until: str = "",
            min_corroboration: int = 1, relations=NETWORK_RELATIONS) -> dict:
    import networkx as nx

    rels = " ".join(f"kg:{r}" for r in relations if r in NETWORK_RELATIONS) or "kg:partnersWith"
    found = rows(store, f"""
        SELECT ?s ?p ?o ?article ?date WHERE {{
          VALUES ?p {{ {rels} }}
          ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
          ?ev prov:wasDerivedFrom ?article .
          OPTIONAL {{ ?article schema:datePublished ?date }}
          ?s a kg:Organization . ?o a kg:Organization .
        }}""")
    edges: dict = {}
    for r_ in found:
        if until:
            d = r_.get("date", "")
            if not d or d[:len(until)] > until:
                continue
        rel = local(r_["p"])
        s, o = r_["s"], r_["o"]
        if rel == "partnersWith" and o < s:
            s, o = o, s
        e = edges.setdefault((s, rel, o), {"source": s, "target": o, "relation": rel, "articles": set(),
                                           "first": ""})
        e["articles"].add(r_["article"])
        d = r_.get("date", "")
        if d and (not e["first"] or d < e["first"]):
            e["first"] = d
    edges = {k: v for k, v in edges.items() if len(v["articles"]) >= max(1, min_corroboration)}
    ids = {v["source"] for v in edges.values()} | {v["target"] for v in edges.values()}
    info = _org_info(store, ids)
    keep = set()
    for n in ids:
        i = info.get(n, {})
        if kinds and i.get("subtype") not in kinds:
            continue
        if country and country.lower() not in (i.get("country") or "").lower():
            continue
        if technology and technology not in i.get("technologies", ()):
            continue
        keep.add(n)
    if technology:
        # keep the technology's developers and their direct partners
        devs = {n for n in keep}
        keep = devs | {v["target"] for v in edges.values() if v["source"] in devs} | \
            {v["source"] for v in edges.values() if v["target"] in devs}
        if kinds or country:
            keep = {n for n in keep if (not kinds or info.get(n, {}).get("subtype") in kinds)
                    and (not country or country.lower() in (info.get(n, {}).get("country") or "").lower())}
    edges = [v for v in edges.values() if v["source"] in keep and v["target"] in keep]
    g = nx.Graph()
    g.add_nodes_from(sorted(keep))  # sorted: the layout and communities must not depend on set order
    for v in sorted(edges, key=lambda v: (v["source"], v["target"], v["relation"])):
        w = len(v["articles"])
        if g.has_edge(v["source"], v["target"]):
            g[v["source"]][v["target"]]["weight"] += w
        else:
            g.add_edge(v["source"], v["target"], weight=w)
    centrality = nx.degree_centrality(g) if len(g) > 1 else {n: 0.0 for n in g}
    between = nx.betweenness_centrality(g) if 2 < len(g) <= 3000 else {n: 0.0 for n in g}
    community = {}
    if g.number_of_edges():
        comms = nx.community.greedy_modularity_communities(g, weight="weight")
        for k, c in enumerate(sorted(comms, key=lambda c: (-len(c), min(c)))):
            for n in c:
                community[n] = k
    nodes = []
    for n in sorted(keep):
        i = info.get(n, {})
        nodes.append({"id": n, "label": i.get("label") or local(n), "subtype": i.get("subtype", ""),
                      "country": i.get("country", ""), "degree": g.degree(n),
                      "centrality": round(centrality.get(n, 0.0), 4),
                      "betweenness": round(between.get(n, 0.0), 4),
                      "community": community.get(n, -1)})
    return {"nodes": nodes,
            "edges": [{"source": v["source"], "target": v["target"], "relation": v["relation"],
                       "label": RELATION_LABELS.get(v["relation"], (v["relation"],))[0],
                       "corroboration": len(v["articles"]), "first_reported": v["first"]} for v in edges],
            "communities": len(set(community.values()))}


def _org_info(store, ids) -> dict:
    if not ids:
        return {}
    out: dict = {}
    ids = sorted(ids)
    for k in range(0, len(ids), 400):
        values = " ".join(iri(i) for i in ids[k:k + 400])
        for r_ in rows(store, f"""
            SELECT ?o ?label ?subtype ?country ?tech WHERE {{
              VALUES ?o {{ {values} }}
              OPTIONAL {{ ?o rdfs:label ?label }} OPTIONAL {{ ?o kg:subtype ?subtype }}
              OPTIONAL {{ ?o kg:country ?country }} OPTIONAL {{ ?o kg:develops ?tech }} }}"""):
            i = out.setdefault(r_["o"], {"label": "", "subtype": "", "country": "", "technologies": set()})
            for k2 in ("label", "subtype", "country"):
                if r_.get(k2) and not i[k2]:
                    i[k2] = r_[k2]
            if r_.get("tech"):
                i["technologies"].add(r_["tech"])
    return out


def network_facets(store) -> dict:
    subtypes = [r["v"] for r in rows(store, "SELECT DISTINCT ?v WHERE { ?o a kg:Organization ; kg:subtype ?v } ORDER BY ?v")]
    countries = [r["v"] for r in rows(store, "SELECT DISTINCT ?v WHERE { ?o a kg:Organization ; kg:country ?v } ORDER BY ?v")]
    techs = rows(store, """SELECT ?t (MIN(STR(?l)) AS ?label) WHERE { ?o kg:develops ?t . ?t rdfs:label ?l }
                           GROUP BY ?t ORDER BY ?label""")
    return {"subtypes": subtypes, "countries": countries,
            "technologies": [{"iri": t["t"], "label": t.get("label", local(t["t"]))} for t in techs]}


# ---------------------------------------------------------------------------- articles
def articles(store) -> list[dict]:
    found = rows(store, """
        SELECT ?article ?title ?date ?url (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?e) AS ?entities) WHERE {
          ?article a schema:NewsArticle .
          OPTIONAL { ?article schema:headline ?title }
          OPTIONAL { ?article schema:datePublished ?date }
          OPTIONAL { ?article schema:url ?url }
          OPTIONAL { ?article schema:mentions ?e }
          OPTIONAL { ?ev prov:wasDerivedFrom ?article . ?fact kg:evidence ?ev . ?fact a kg:Fact }
        } GROUP BY ?article ?title ?date ?url ORDER BY DESC(?date) ?title""")
    for a in found:
        a["id"] = local(a["article"])
    return found


def article(store, article_id: str, base: str) -> dict | None:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", article_id):
        return None
    a_iri = f"{base}/id/article/{article_id}"
    g_iri = f"{base}/graph/article/{article_id}"
    A = iri(a_iri)
    meta = rows(store, f"""
        SELECT ?title ?date ?url ?text ?lang ?identifier WHERE {{
          {A} a schema:NewsArticle .
          OPTIONAL {{ {A} schema:headline ?title }} OPTIONAL {{ {A} schema:datePublished ?date }}
          OPTIONAL {{ {A} schema:url ?url }} OPTIONAL {{ {A} schema:text ?text }}
          OPTIONAL {{ {A} schema:inLanguage ?lang }} OPTIONAL {{ {A} schema:identifier ?identifier }}
        }} LIMIT 1""")
    if not meta:
        return None
    m = meta[0]
    text = m.get("text", "")
    mentions = rows(store, f"""
        SELECT ?e ?label ?kind ?start ?end WHERE {{ GRAPH {iri(g_iri)} {{
          ?e kg:mention ?m . ?m oa:start ?start ; oa:end ?end .
          OPTIONAL {{ ?e rdfs:label ?label }}
          OPTIONAL {{ VALUES ?kind {{ kg:Organization kg:Person kg:Place kg:Event kg:Technology }} ?e a ?kind }} }} }}""")
    spans = []
    for r_ in mentions:
        try:
            s, e = int(r_["start"]), int(r_["end"])
        except (KeyError, ValueError):
            continue
        if 0 <= s < e <= len(text):
            spans.append((s, e, r_["e"], r_.get("label", ""), local(r_["kind"]) if r_.get("kind") else "Thing"))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    segments, pos = [], 0
    for s, e, ent, label, kind in spans:
        if s < pos:
            continue                                      # overlapping mention: keep the first
        if s > pos:
            segments.append({"text": text[pos:s]})
        segments.append({"text": text[s:e], "entity": ent, "label": label, "kind": kind})
        pos = e
    if pos < len(text):
        segments.append({"text": text[pos:]})
    facts = rows(store, f"""
        SELECT ?s ?sl ?p ?o ?ol ?sentence WHERE {{ GRAPH {iri(g_iri)} {{
          ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
          ?ev kg:sentence ?sentence .
          OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }} }} ORDER BY ?p ?sl""")
    for f in facts:
        f["relation"] = RELATION_LABELS.get(local(f["p"]), (local(f["p"]),))[0]
        f.setdefault("sl", local(f["s"]))
        f.setdefault("ol", local(f["o"]))
    ents = {}
    for s in spans:
        ents.setdefault(s[2], {"iri": s[2], "label": s[3] or local(s[2]), "kind": s[4], "count": 0})["count"] += 1
    return {"iri": a_iri, "graph": g_iri, "id": article_id, "title": m.get("title", article_id),
            "date": m.get("date", ""), "url": m.get("url", ""), "lang": m.get("lang", ""),
            "identifier": m.get("identifier", ""), "segments": segments, "facts": facts,
            "entities": sorted(ents.values(), key=lambda x: (x["kind"], x["label"].lower())),
            "text": text}


# ---------------------------------------------------------------------------- quarantine
SH = "http://www.w3.org/ns/shacl#"


def quarantine(store, base: str) -> dict:
    """Read the quarantine graph generically: each record (a subject with properties) and
    any SHACL validation results it carries."""
    g_iri = f"{base}/graph/quarantine"
    res = ox_query(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g_iri}> {{ ?s ?p ?o }} }}")
    triples = [(sol["s"], sol["p"], sol["o"]) for sol in res]
    by_subject: dict = defaultdict(list)
    for s, p, o in triples:
        by_subject[s].append((p, o))
    referenced = {o for _, _, o in triples if isinstance(o, (ox.NamedNode, ox.BlankNode)) and o in by_subject}
    records = []

    def props(node, depth=0):
        out = []
        for p, o in by_subject.get(node, []):
            entry = {"p": local(p.value), "p_iri": p.value, "value": o.value,
                     "is_iri": isinstance(o, ox.NamedNode), "children": []}
            if isinstance(o, (ox.NamedNode, ox.BlankNode)) and o in by_subject and depth < 3 and o != node:
                entry["children"] = props(o, depth + 1)
            out.append(entry)
        return out

    for s in by_subject:
        if s in referenced:
            continue
        ps = props(s)
        reasons = []
        _collect_reasons(ps, reasons)
        types = [e["value"] for e in ps if e["p"] == "type"]
        records.append({"id": s.value, "types": [local(t) for t in types], "props": ps,
                        "reasons": reasons,
                        "sentence": next((e["value"] for e in _walk(ps) if e["p"] in ("sentence", "exact")), ""),
                        "label": next((e["value"] for e in ps if e["p"] in ("label", "title", "headline", "name")), "")})
    records.sort(key=lambda r: r["id"])
    return {"graph": g_iri, "records": records, "triples": len(triples)}


def _walk(ps):
    for e in ps:
        yield e
        yield from _walk(e["children"])


def _collect_reasons(ps, out):
    for e in _walk(ps):
        if e["p"] in ("resultMessage", "reason", "message", "comment") and e["value"] not in out:
            out.append(e["value"])
