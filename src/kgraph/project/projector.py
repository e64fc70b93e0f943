"""Project the RDF store into the property graph (docs/property-graph.md).

The projection is derived, never the source of truth: everything here is read from the
store with SPARQL and written over Bolt in UNWIND batches. Work goes article by article
(in batches of articles), each batch in one write transaction:

1. take away what these articles contributed before (their relationships, MENTIONS links
   and Article nodes; entities left with no link at all are deleted at the end);
2. add them again from their named graphs: Article nodes, entity nodes (properties from
   the union of all articles), MENTIONS links, one relationship per piece of evidence.

So re-projecting an unchanged article changes nothing, a changed article is replaced, and a
removed article disappears. ``sync()`` does that for every article whose graph changed
(fingerprint = hash of the graph's triples, kept on the Article node) or vanished;
``rebuild()`` wipes the database and projects everything.

The store is any object with ``select(sparql) -> list[dict]`` (or ``query``) whose values are
rdflib/pyoxigraph terms or strings, and ``graphs()`` (or ``article_graphs()``).
"""
from __future__ import annotations

import hashlib
import re
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Optional

from .model import (ARTICLE, ENTITY_LABELS, KIND_LABELS, MENTIONS, REL_TYPES, SCHEMA,
                    SUBTYPE_LABELS, subtype_label)

log = logging.getLogger(__name__)

PREFIXES = """PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
ARTICLE_GRAPH_MARK = "/graph/article/"

NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
DECIMAL = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("decimal", "double", "float")}


# ---------------------------------------------------------------------- store access
def _datatype(v) -> Optional[str]:
    dt = getattr(v, "datatype", None)
    if dt is None:
        return None
    return getattr(dt, "value", None) or str(dt)


def py(v):
    """An RDF term (rdflib, pyoxigraph or str) as a plain Python value for Bolt."""
    if v is None:
        return None
    if isinstance(v, (int, float, bool)):
        return v
    dt = _datatype(v)
    text = getattr(v, "value", None) if not isinstance(v, str) else None
    text = text if isinstance(text, str) else str(v)
    if dt in NUMERIC:
        try:
            return int(text)
        except ValueError:
            return text
    if dt in DECIMAL:
        try:
            d = Decimal(text)
            return int(d) if d == d.to_integral_value() and "e" not in text.lower() else float(d)
        except ArithmeticError:
            return text
    return text


def select(store, sparql: str) -> list[dict]:
    """SELECT rows as dicts var -> term. Uses the store's raw (pyoxigraph) results when it
    has them: converting every term to rdflib costs 2-3x the query itself."""
    sparql = PREFIXES + sparql
    raw = getattr(store, "raw_query", None)
    if raw is not None:
        res = raw(sparql)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]
    fn = getattr(store, "select", None) or getattr(store, "query")
    return fn(sparql)


def select_tuples(store, sparql: str) -> list[tuple]:
    """SELECT rows as tuples in the order of the projection (cheaper than dicts)."""
    raw = getattr(store, "raw_query", None)
    if raw is not None:
        return [tuple(sol) for sol in raw(PREFIXES + sparql)]
    rows = select(store, sparql)
    names = re.findall(r"\?(\w+)", sparql.split("WHERE", 1)[0])
    return [tuple(r.get(n) for n in names) for r in rows]


def article_graphs(store) -> list[str]:
    if hasattr(store, "article_graphs"):
        return sorted(str(g) for g in store.article_graphs())
    return sorted(g for g in map(str, store.graphs()) if ARTICLE_GRAPH_MARK in g)


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris) + " }"


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]


# ---------------------------------------------------------------------- reading RDF
# One query per batch of article graphs fetches every triple the projection needs, one
# UNION branch per predicate: with ``GRAPH ?g`` bound by VALUES, Oxigraph answers each branch
# from its graph index, while OPTIONALs inside ``GRAPH ?g`` made it scan every graph (4 s
# for ONE article in a store of 2000). Python assembles articles, facts and evidence.
READ_PREDICATES = [
    "schema:headline", "schema:url", "schema:datePublished", "schema:identifier",
    "schema:inLanguage", "schema:mentions",
    "rdf:subject", "rdf:predicate", "rdf:object", "kg:evidence", "kg:note",
    "kg:sentence", "kg:confidence", "kg:extractor", "kg:extractorVersion", "kg:pattern",
    "kg:amount", "schema:value", "schema:currency", "kg:date", "kg:datePrecision",
    "kg:amountText",
    # entity values as this article states them (they change its fingerprint)
    "rdfs:label", "skos:altLabel", "kg:subtype", "kg:country", "kg:nativeName",
]
READ_TYPES = ["schema:NewsArticle", "kg:Fact", "kg:MoneyFlow", "kg:Organization", "kg:Person",
              "kg:Place", "kg:Event", "kg:Technology"]
# evidence offsets, short-cut from the evidence node (mentions have selectors too)
READ_POSITION = ("{{ GRAPH ?g {{ ?s kg:sentence ?sentence ; oa:hasSelector ?sel . "
                 "?sel a oa:TextPositionSelector ; oa:{0} ?o }} BIND(oa:{0} AS ?p) }}")
Q_READ = ("SELECT ?g ?s ?p ?o WHERE { %s "
          + " UNION ".join([f"{{ GRAPH ?g {{ ?s {p} ?o }} BIND({p} AS ?p) }}"
                            for p in READ_PREDICATES]
                           + ["{ GRAPH ?g { ?s rdf:type ?o } BIND(rdf:type AS ?p) "
                              f"FILTER(?o IN ({', '.join(READ_TYPES)})) }}",
                              READ_POSITION.format("start"), READ_POSITION.format("end")])
          + " }")

_NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "schema": "https://schema.org/",
       "kg": "https://w3id.org/kgraph/ontology#", "oa": "http://www.w3.org/ns/oa#"}


def _iri(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return _NS[prefix] + local


RDF_TYPE, NEWS_ARTICLE = _iri("rdf:type"), _iri("schema:NewsArticle")
FACT, MONEY_FLOW = _iri("kg:Fact"), _iri("kg:MoneyFlow")
ARTICLE_PROPS = {_iri("schema:headline"): "headline", _iri("schema:url"): "url",
                 _iri("schema:datePublished"): "datePublished",
                 _iri("schema:identifier"): "identifier", _iri("schema:inLanguage"): "language"}
EVIDENCE_PROPS = {_iri("kg:sentence"): "sentence", _iri("kg:confidence"): "confidence",
                  _iri("kg:extractor"): "extractor",
                  _iri("kg:extractorVersion"): "extractorVersion", _iri("kg:pattern"): "pattern"}
FLOW_PROPS = {_iri("kg:date"): "date", _iri("kg:datePrecision"): "datePrecision",
              _iri("kg:amountText"): "amountText"}


def _term_key(v) -> str:
    text = v.value if isinstance(getattr(v, "value", None), str) else str(v)
    return f"{type(v).__name__}|{text}|{_datatype(v) or ''}|{getattr(v, 'language', '') or ''}"


# Entity properties come from the union of the article graphs (an entity is shared; system
# graphs such as the quarantine do not count). One UNION branch per predicate: Oxigraph is
# ~10x slower with ``VALUES ?p {...} ?e ?p ?v``. No aggregates: Oxigraph turns MIN or
# GROUP_CONCAT over rows with unbound values into unbound, so Python aggregates.
ENTITY_PREDICATES = {"rdf:type": "type", "rdfs:label": "name", "skos:altLabel": "aliases",
                     "kg:subtype": "subtype", "kg:country": "country",
                     "kg:nativeName": "nativeName"}
KIND_FILTER = "FILTER(?v IN (kg:Organization, kg:Person, kg:Place, kg:Event, kg:Technology))"


def _entity_branches(graph: str) -> str:
    return " UNION ".join(
        f"{{ GRAPH {graph} {{ ?e {p} ?v }} BIND(\"{k}\" AS ?k) "
        f"{KIND_FILTER if k == 'type' else ''} }}" for p, k in ENTITY_PREDICATES.items())


Q_ENTITIES = ("SELECT DISTINCT ?e ?k ?v WHERE { %s " + _entity_branches("?g")
              + ' FILTER(CONTAINS(STR(?g), "/graph/article/")) }')

def _fingerprint(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


@dataclass
class ArticleData:
    """What one article graph contributes, ready for UNWIND."""
    graph: str
    props: dict                                               # the Article node
    mentions: list[str] = field(default_factory=list)         # entity IRIs
    facts: list[dict] = field(default_factory=list)           # type, s, o, props
    skipped: int = 0
    fingerprint: str = ""


@dataclass
class Batch:
    graphs: list[str]                                         # graphs to (re)write
    articles: list[ArticleData] = field(default_factory=list)

    @property
    def mentions(self):
        return [(a.props["iri"], e) for a in self.articles for e in a.mentions]

    @property
    def facts(self):
        return [f for a in self.articles for f in a.facts]


class Projector:
    def __init__(self, store, driver, database: Optional[str] = None,
                 articles_per_batch: int = 100, rows_per_statement: int = 10000,
                 progress: Optional[Callable[[str], None]] = None):
        self.store, self.driver, self.database = store, driver, database
        self.articles_per_batch = articles_per_batch
        self.rows = rows_per_statement
        self.progress = progress or (lambda msg: None)

    # ------------------------------------------------------------------ public API
    def ensure_schema(self) -> None:
        with self._session() as s:
            for stmt in SCHEMA:
                s.run(stmt).consume()

    def rebuild(self) -> dict:
        """Wipe the graph database and project every article."""
        t0 = time.monotonic()
        self.wipe()
        self.ensure_schema()
        graphs = article_graphs(self.store)
        stats = self._project_graphs(graphs, fresh=True)
        stats.update(removed=0, seconds=round(time.monotonic() - t0, 3))
        return stats

    def sync(self) -> dict:
        """Incremental: project new and changed articles, remove vanished ones."""
        t0 = time.monotonic()
        self.ensure_schema()
        projected = self.projected_articles()                # graph -> fingerprint
        graphs = article_graphs(self.store)
        stats = self._project_graphs(graphs, known=projected)
        stats["removed"] = self.remove_graphs(sorted(set(projected) - set(graphs)))
        stats["seconds"] = round(time.monotonic() - t0, 3)
        return stats

    def project(self, refs: Iterable[str]) -> dict:
        """(Re)project the named articles — graph IRIs, article IRIs or their hash — and
        remove those no longer in the store."""
        t0 = time.monotonic()
        self.ensure_schema()
        graphs = article_graphs(self.store)
        by_hash = {g.rsplit("/", 1)[-1]: g for g in graphs}
        projected = self.projected_articles()
        present, gone = [], []
        for ref in refs:
            h = ref.rstrip("/").rsplit("/", 1)[-1]
            if h in by_hash:
                present.append(by_hash[h])
            else:
                gone += [g for g in projected if g.rsplit("/", 1)[-1] == h]
                if not any(g.rsplit("/", 1)[-1] == h for g in projected):
                    log.warning("no article %s in the store or the graph database", ref)
        stats = self._project_graphs(sorted(set(present)))
        stats["removed"] = self.remove_graphs(sorted(set(gone)))
        stats["seconds"] = round(time.monotonic() - t0, 3)
        return stats

    def remove_graphs(self, graphs: list[str]) -> int:
        """Take out everything the articles of these named graphs contributed."""
        n = 0
        for chunk in _chunks(graphs, self.articles_per_batch):
            with self._session() as s:
                n += s.execute_write(self._remove_tx, chunk)
        return n

    def projected_articles(self) -> dict[str, Optional[str]]:
        with self._session() as s:
            res = s.run(f"MATCH (a:{ARTICLE}) RETURN a.graph AS g, a.fingerprint AS f")
            return {r["g"]: r["f"] for r in res if r["g"]}

    def counts(self) -> dict:
        with self._session() as s:
            nodes = {label: s.run(f"MATCH (n:{label}) RETURN count(n) AS c").single()["c"]
                     for label in (*ENTITY_LABELS, ARTICLE)}
            rels = {t: s.run(f"MATCH ()-[r:{t}]->() RETURN count(r) AS c").single()["c"]
                    for t in (*REL_TYPES.values(), MENTIONS)}
        return {"nodes": nodes, "relationships": rels}

    def wipe(self, chunk: int = 10000) -> None:
        with self._session() as s:
            while s.run("MATCH ()-[r]->() WITH r LIMIT $n DELETE r RETURN count(*) AS c",
                        n=chunk).single()["c"]:
                pass
            while s.run("MATCH (n) WITH n LIMIT $n DELETE n RETURN count(*) AS c",
                        n=chunk).single()["c"]:
                pass

    # ------------------------------------------------------------------ internals
    def _session(self):
        return self.driver.session(database=self.database)

    def _project_graphs(self, graphs: list[str], fresh: bool = False,
                        known: Optional[dict] = None) -> dict:
        """Read and write ``graphs`` in batches; with ``known`` (graph -> fingerprint of
        what is projected) only the graphs whose fingerprint differs are written."""
        stats = {"articles": 0, "relationships": 0, "skipped": 0, "unchanged": 0,
                 "read_s": 0.0, "write_s": 0.0}
        t0 = time.monotonic()
        done = 0
        cache: dict[str, dict] = {}      # entities upserted in this run: iri -> entity
        for chunk in _chunks(graphs, self.articles_per_batch):
            t1 = time.monotonic()
            data = self._read(chunk)
            if known is not None:
                same = {g for g, d in data.items() if known.get(g) == d.fingerprint}
                stats["unchanged"] += len(same)
                chunk = [g for g in chunk if g not in same]
            done += self.articles_per_batch
            if not chunk:
                stats["read_s"] += time.monotonic() - t1
                continue
            batch = Batch(chunk, [data[g] for g in chunk if g in data])
            needed = ({e for _, e in batch.mentions} | {f["s"] for f in batch.facts}
                      | {f["o"] for f in batch.facts})
            entities = {i: cache[i] for i in needed if i in cache}
            entities.update(self._entities(needed - set(cache)))
            t2 = time.monotonic()
            stats["read_s"] += t2 - t1
            with self._session() as s:
                upserted, deleted = s.execute_write(self._write_tx, batch, entities, fresh,
                                                    set(cache))
            cache.update(upserted)
            for i in deleted:
                cache.pop(i, None)
            stats["write_s"] += time.monotonic() - t2
            stats["articles"] += len(batch.articles)
            for f in batch.facts:
                ok = f["s"] in entities and f["o"] in entities
                stats["relationships" if ok else "skipped"] += 1
            stats["skipped"] += sum(a.skipped for a in batch.articles)
            stats["read_s"], stats["write_s"] = (round(stats["read_s"], 3),
                                                 round(stats["write_s"], 3))
            self.progress(f"{min(done, len(graphs))}/{len(graphs)} articles read, "
                          f"{stats['articles']} projected, {stats['relationships']} "
                          f"relationships, {time.monotonic() - t0:.1f} s")
        return stats

    def _read(self, graphs: list[str]) -> dict[str, ArticleData]:
        """graph -> what it contributes (graphs without a schema:NewsArticle are left out)."""
        triples = defaultdict(lambda: defaultdict(list))     # graph -> (s, p) -> [o]
        keys = defaultdict(list)
        for rg, rs, rp, obj in select_tuples(self.store, Q_READ % _values("g", graphs)):
            g, sub, pred = py(rg), py(rs), py(rp)
            triples[g][(sub, pred)].append(obj)
            keys[g].append(f"{sub} {pred} {_term_key(obj)}")
        out = {}
        for g, t in triples.items():
            d = self._assemble(g, t)
            if d is not None:
                d.fingerprint = _fingerprint(sorted(keys[g]))
                d.props["fingerprint"] = d.fingerprint
                out[g] = d
        return out

    @staticmethod
    def _assemble(g: str, t: dict) -> Optional[ArticleData]:
        def one(s, p):
            vals = t.get((s, p))
            return py(min(vals, key=_term_key)) if vals else None

        def all_(s, p):
            return [py(v) for v in t.get((s, p), ())]

        typed = defaultdict(list)
        for (s, p), objs in t.items():
            if p == RDF_TYPE:
                for o in objs:
                    typed[py(o)].append(s)
        arts = sorted(set(typed.get(NEWS_ARTICLE, ())))
        if not arts:
            return None
        a = arts[0]          # one article per graph
        props = {"iri": a, "graph": g}
        for p, name in ARTICLE_PROPS.items():
            props[name] = one(a, p)
        props["name"] = props["headline"]
        d = ArticleData(g, {k: v for k, v in props.items() if v is not None})
        d.mentions = sorted(set(all_(a, _iri("schema:mentions"))))

        def evidence(ev) -> dict:
            e = {name: one(ev, p) for p, name in EVIDENCE_PROPS.items()}
            e["start"], e["end"] = one(ev, _iri("oa:start")), one(ev, _iri("oa:end"))
            return e

        money = {}
        for flow in sorted(set(typed.get(MONEY_FLOW, ()))):
            m = {"flow": flow, **{name: one(flow, p) for p, name in FLOW_PROPS.items()}}
            amount = one(flow, _iri("kg:amount"))
            if amount is not None:
                m["amount"] = one(amount, _iri("schema:value"))
                m["currency"] = one(amount, _iri("schema:currency"))
            for ev in all_(flow, _iri("kg:evidence")):
                money.setdefault(ev, m)
        facts = []
        for fact in sorted(set(typed.get(FACT, ()))):
            pred, s, o = (one(fact, _iri("rdf:predicate")), one(fact, _iri("rdf:subject")),
                          one(fact, _iri("rdf:object")))
            rtype = REL_TYPES.get(pred)
            if rtype is None or s is None or o is None:
                d.skipped += 1
                continue
            evs = sorted(set(all_(fact, _iri("kg:evidence"))))
            if not evs:
                d.skipped += 1
            for ev in evs:
                props = {"article": a, "fact": fact, "evidence": ev, **evidence(ev),
                         "note": one(fact, _iri("kg:note")), **money.get(ev, {})}
                facts.append({"type": rtype, "s": s, "o": o,
                              "props": {k: v for k, v in props.items() if v is not None}})
        d.facts = facts
        return d

    def _entities(self, iris: set[str]) -> dict[str, dict]:
        """iri -> {"labels": [...], "props": {...}} from the union of the article graphs;
        entities the store no longer knows (or of no known kind) are left out.
        Where articles disagree: name = the smallest rdfs:label, aliases = all other
        labels and altLabels, country = the smallest, subtype = model.subtype_label."""
        out = {}
        for chunk in _chunks(sorted(iris), 1000):
            values = defaultdict(lambda: defaultdict(set))
            for r in select(self.store, Q_ENTITIES % _values("e", chunk)):
                values[py(r["e"])][py(r["k"])].add(str(py(r["v"])))
            for iri, v in values.items():
                kinds = sorted(KIND_LABELS[t] for t in v["type"] if t in KIND_LABELS)
                if not kinds:
                    continue
                kind = kinds[0]
                names = sorted(v["name"])
                name = names[0] if names else iri.rsplit("/", 1)[-1]
                props = {"iri": iri, "name": name,
                         "aliases": sorted((v["aliases"] | set(names[1:])) - {name}),
                         "country": min(v["country"], default=None),
                         "nativeName": min(v["nativeName"], default=None)}
                labels = [kind]
                if kind == "Organization":
                    sub = subtype_label(sorted(v["subtype"]))
                    labels.append(sub)
                    props["subtype"] = next(k for k, x in SUBTYPE_LABELS.items() if x == sub)
                out[iri] = {"labels": labels,
                            "props": {k: x for k, x in props.items() if x is not None}}
        return out

    # -------------------------------------------------------------- transactions
    def _run(self, tx, query: str, rows: list, **params) -> list:
        out = []
        for chunk in _chunks(rows, self.rows):
            out += list(tx.run(query, rows=chunk, **params))
        return out

    def _remove_tx(self, tx, graphs: list[str]) -> int:
        touched = self._remove_articles(tx, graphs)
        self._delete_orphans(tx, touched)
        return len(graphs)

    def _remove_articles(self, tx, graphs: list[str]) -> dict[str, list[str]]:
        """Delete these graphs' Article nodes, MENTIONS and relationships; return the
        entities they touched (label -> iris)."""
        res = self._run(tx, f"""UNWIND $rows AS g
            MATCH (a:{ARTICLE} {{graph: g}})-[:{MENTIONS}]->(n)
            RETURN DISTINCT n.iri AS iri, labels(n) AS labels""", graphs)
        touched = defaultdict(list)
        for r in res:
            kind = next((l for l in r["labels"] if l in ENTITY_LABELS), None)
            if kind:
                touched[kind].append(r["iri"])
        self._run(tx, f"""UNWIND $rows AS g
            MATCH (a:{ARTICLE} {{graph: g}})-[:{MENTIONS}]->(n)-[r]->()
            WHERE r.article = a.iri DELETE r""", graphs)
        self._run(tx, f"UNWIND $rows AS g MATCH (a:{ARTICLE} {{graph: g}}) DETACH DELETE a",
                  graphs)
        return touched

    def _delete_orphans(self, tx, touched: dict[str, list[str]]) -> set[str]:
        gone = set()
        for kind, iris in touched.items():
            gone |= {r["iri"] for r in self._run(
                tx, f"UNWIND $rows AS i MATCH (n:{kind} {{iri: i}}) WHERE NOT (n)--() "
                    f"WITH n, n.iri AS iri DELETE n RETURN iri", iris)}
        return gone

    def _write_tx(self, tx, b: Batch, entities: dict[str, dict], fresh: bool,
                  done: set[str]) -> tuple[dict, set[str]]:
        """Write one batch. ``done``: entities already upserted (from the union) earlier in
        this run, left as they are. Returns (entities upserted, entities deleted)."""
        touched: dict[str, list[str]] = {}
        if not fresh:
            touched = self._remove_articles(tx, b.graphs)
            # entities these articles touched before are refreshed too (aliases may shrink)
            more = {i for iris in touched.values() for i in iris} - set(entities) - done
            if more:
                entities = {**entities, **self._entities(more)}
        upsert = {i: e for i, e in entities.items() if i not in done}
        self._upsert_entities(tx, upsert)
        self._run(tx, f"UNWIND $rows AS r CREATE (a:{ARTICLE}) SET a = r",
                  [a.props for a in b.articles])
        by_kind = defaultdict(list)
        for a, e in b.mentions:
            if e in entities:
                by_kind[entities[e]["labels"][0]].append({"a": a, "e": e})
        for kind, rows in by_kind.items():
            self._run(tx, f"""UNWIND $rows AS r MATCH (a:{ARTICLE} {{iri: r.a}})
                MATCH (n:{kind} {{iri: r.e}}) CREATE (a)-[:{MENTIONS}]->(n)""", rows)
        groups = defaultdict(list)
        for f in b.facts:
            if f["s"] in entities and f["o"] in entities:
                key = (f["type"], entities[f["s"]]["labels"][0], entities[f["o"]]["labels"][0])
                groups[key].append({"s": f["s"], "o": f["o"], "props": f["props"]})
        for (rtype, sk, ok), rows in sorted(groups.items()):
            self._run(tx, f"""UNWIND $rows AS r MATCH (s:{sk} {{iri: r.s}})
                MATCH (o:{ok} {{iri: r.o}}) CREATE (s)-[x:{rtype}]->(o) SET x = r.props""", rows)
        return upsert, self._delete_orphans(tx, touched)

    def _upsert_entities(self, tx, entities: dict[str, dict]) -> None:
        by_kind = defaultdict(list)
        for iri, e in entities.items():
            by_kind[e["labels"][0]].append(iri)
        existing: dict[str, list[str]] = {}
        for kind, iris in by_kind.items():
            for r in self._run(tx, f"UNWIND $rows AS i MATCH (n:{kind} {{iri: i}}) "
                                   f"RETURN n.iri AS iri, labels(n) AS labels", iris):
                existing[r["iri"]] = sorted(r["labels"])
        create, relabel, update = defaultdict(list), defaultdict(list), defaultdict(list)
        for iri, e in entities.items():
            labels = e["labels"]
            row = {"iri": iri, "props": e["props"]}
            if iri not in existing:
                create[":".join(labels)].append(row)
                continue
            if existing[iri] != sorted(labels):
                # adding a label moves an ArcadeDB record: only when the subtype changed
                relabel[tuple(labels)].append(iri)
            update[labels[0]].append(row)
        for labels, rows in sorted(create.items()):
            self._run(tx, f"UNWIND $rows AS r CREATE (n:{labels}) SET n = r.props", rows)
        for labels, iris in sorted(relabel.items()):
            kind, new = labels[0], labels[1:]
            old = [l for l in SUBTYPE_LABELS.values() if l not in new]
            remove = f"REMOVE n:{':'.join(old)}" if old else ""
            add = f"SET n:{':'.join(new)}" if new else ""
            self._run(tx, f"UNWIND $rows AS i MATCH (n:{kind} {{iri: i}}) {remove} {add}", iris)
        for kind, rows in sorted(update.items()):
            self._run(tx, f"UNWIND $rows AS r MATCH (n:{kind} {{iri: r.iri}}) SET n = r.props",
                      rows)
