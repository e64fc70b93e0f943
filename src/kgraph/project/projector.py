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
    fn = getattr(store, "select", None) or getattr(store, "query")
    return fn(PREFIXES + sparql)


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
Q_ARTICLES = """SELECT ?g ?a ?headline ?url ?date ?identifier ?language WHERE {
  %s
  GRAPH ?g { ?a a schema:NewsArticle .
    OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:url ?url }
    OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:identifier ?identifier }
    OPTIONAL { ?a schema:inLanguage ?language } } }"""

Q_TRIPLES = "SELECT ?g ?s ?p ?o WHERE { %s GRAPH ?g { ?s ?p ?o } }"

Q_MENTIONS = """SELECT DISTINCT ?g ?a ?e WHERE {
  %s GRAPH ?g { ?a a schema:NewsArticle ; schema:mentions ?e } }"""

Q_FACTS = """SELECT ?g ?fact ?s ?p ?o ?ev ?sentence ?start ?end ?confidence ?extractor ?version
       ?pattern ?note WHERE {
  %s
  GRAPH ?g { ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                   kg:evidence ?ev .
    OPTIONAL { ?ev kg:sentence ?sentence }
    OPTIONAL { ?ev oa:hasSelector ?sel . ?sel a oa:TextPositionSelector ;
               oa:start ?start ; oa:end ?end }
    OPTIONAL { ?ev kg:confidence ?confidence } OPTIONAL { ?ev kg:extractor ?extractor }
    OPTIONAL { ?ev kg:extractorVersion ?version } OPTIONAL { ?ev kg:pattern ?pattern }
    OPTIONAL { ?fact kg:note ?note } } }"""

Q_FLOWS = """SELECT ?g ?flow ?ev ?value ?currency ?date ?precision ?amountText WHERE {
  %s
  GRAPH ?g { ?flow a kg:MoneyFlow ; kg:evidence ?ev .
    OPTIONAL { ?flow kg:amount ?m . ?m schema:value ?value ; schema:currency ?currency }
    OPTIONAL { ?flow kg:date ?date } OPTIONAL { ?flow kg:datePrecision ?precision }
    OPTIONAL { ?flow kg:amountText ?amountText } } }"""

# entity properties come from the union of all articles (an entity is shared). No
# aggregates: Oxigraph turns MIN/GROUP_CONCAT over a UNION with unbound rows into unbound.
# Only article graphs count: system graphs (quarantine, merge log) are not facts.
Q_ENTITY_TYPES = """SELECT DISTINCT ?e ?t WHERE { %s
  GRAPH ?g { ?e a ?t } FILTER(CONTAINS(STR(?g), "/graph/article/"))
  FILTER(?t IN (kg:Organization, kg:Person, kg:Place, kg:Event, kg:Technology)) }"""
Q_ENTITY_VALUES = """SELECT DISTINCT ?e ?p ?v WHERE { %s
  VALUES ?p { rdfs:label skos:altLabel kg:subtype kg:country kg:nativeName }
  GRAPH ?g { ?e ?p ?v } FILTER(CONTAINS(STR(?g), "/graph/article/")) }"""
ENTITY_PROPS = {"http://www.w3.org/2000/01/rdf-schema#label": "name",
                "http://www.w3.org/2004/02/skos/core#altLabel": "aliases",
                "https://w3id.org/kgraph/ontology#subtype": "subtype",
                "https://w3id.org/kgraph/ontology#country": "country",
                "https://w3id.org/kgraph/ontology#nativeName": "nativeName"}


def _term_key(v) -> str:
    dt = _datatype(v)
    lang = getattr(v, "language", None)
    text = v.value if hasattr(v, "value") and isinstance(v.value, str) else str(v)
    return f"{type(v).__name__}|{text}|{dt or ''}|{lang or ''}"


@dataclass
class Batch:
    """What a batch of article graphs says, ready for UNWIND."""
    graphs: list[str]
    articles: list[dict] = field(default_factory=list)        # Article node props
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (article iri, entity iri)
    facts: list[dict] = field(default_factory=list)           # type, s, o, props
    skipped: int = 0


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
        changed = []
        for chunk in _chunks(graphs, self.articles_per_batch):
            prints = self._fingerprints(chunk)
            changed += [g for g in chunk if projected.get(g) != prints.get(g)]
        gone = sorted(set(projected) - set(graphs))
        stats = self._project_graphs(changed)
        stats["removed"] = self.remove_graphs(gone)
        stats["unchanged"] = len(graphs) - len(changed)
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

    def _project_graphs(self, graphs: list[str], fresh: bool = False) -> dict:
        stats = {"articles": 0, "relationships": 0, "skipped": 0}
        t0 = time.monotonic()
        for chunk in _chunks(graphs, self.articles_per_batch):
            batch = self._read(chunk)
            entities = self._entities({e for _, e in batch.mentions}
                                      | {f["s"] for f in batch.facts}
                                      | {f["o"] for f in batch.facts})
            with self._session() as s:
                s.execute_write(self._write_tx, batch, entities, fresh)
            stats["articles"] += len(batch.articles)
            stats["relationships"] += sum(1 for f in batch.facts if f["s"] in entities
                                          and f["o"] in entities)
            stats["skipped"] += batch.skipped
            el = time.monotonic() - t0
            self.progress(f"{stats['articles']}/{len(graphs)} articles, "
                          f"{stats['relationships']} relationships, {el:.1f} s")
        return stats

    def _fingerprints(self, graphs: list[str]) -> dict[str, str]:
        lines = defaultdict(list)
        for r in select(self.store, Q_TRIPLES % _values("g", graphs)):
            lines[str(py(r["g"]))].append(
                f"{_term_key(r['s'])} {_term_key(r['p'])} {_term_key(r['o'])}")
        return {g: hashlib.sha256("\n".join(sorted(ls)).encode()).hexdigest()[:32]
                for g, ls in lines.items()}

    def _read(self, graphs: list[str]) -> Batch:
        b = Batch(graphs)
        vals = _values("g", graphs)
        prints = self._fingerprints(graphs)
        seen = set()
        for r in select(self.store, Q_ARTICLES % vals):
            g, a = py(r["g"]), py(r["a"])
            if g in seen:      # one article per graph; more headlines etc. are ignored
                continue
            seen.add(g)
            props = {"iri": a, "graph": g, "fingerprint": prints.get(g),
                     "headline": py(r.get("headline")), "name": py(r.get("headline")),
                     "url": py(r.get("url")),
                     "datePublished": py(r.get("date")), "identifier": py(r.get("identifier")),
                     "language": py(r.get("language"))}
            b.articles.append({k: v for k, v in props.items() if v is not None})
        art_of = {a["graph"]: a["iri"] for a in b.articles}
        b.mentions = sorted({(py(r["a"]), py(r["e"])) for r in select(self.store, Q_MENTIONS % vals)})
        money = {}
        for r in select(self.store, Q_FLOWS % vals):
            props = {"flow": py(r["flow"]), "amount": py(r.get("value")),
                     "currency": py(r.get("currency")), "date": py(r.get("date")),
                     "datePrecision": py(r.get("precision")), "amountText": py(r.get("amountText"))}
            money[(py(r["g"]), py(r["ev"]))] = {k: v for k, v in props.items() if v is not None}
        facts = {}
        for r in select(self.store, Q_FACTS % vals):
            g, pred = py(r["g"]), py(r["p"])
            rtype = REL_TYPES.get(pred)
            if rtype is None or g not in art_of:
                b.skipped += 1
                continue
            ev = py(r["ev"])
            props = {"article": art_of[g], "fact": py(r["fact"]), "evidence": ev,
                     "sentence": py(r.get("sentence")), "start": py(r.get("start")),
                     "end": py(r.get("end")), "confidence": py(r.get("confidence")),
                     "extractor": py(r.get("extractor")),
                     "extractorVersion": py(r.get("version")), "pattern": py(r.get("pattern")),
                     "note": py(r.get("note")), **money.get((g, ev), {})}
            facts[(g, ev, props["fact"])] = {
                "type": rtype, "s": py(r["s"]), "o": py(r["o"]),
                "props": {k: v for k, v in props.items() if v is not None}}
        b.facts = [facts[k] for k in sorted(facts)]
        return b

    def _entities(self, iris: set[str]) -> dict[str, dict]:
        """iri -> {"labels": [...], "props": {...}} from the union of all articles;
        entities the store no longer knows (or of no known kind) are left out.
        Where articles disagree: name = the smallest rdfs:label, aliases = all other
        labels, country = the smallest, subtype = see model.subtype_label."""
        out = {}
        for chunk in _chunks(sorted(iris), 1000):
            kinds, values = defaultdict(set), defaultdict(lambda: defaultdict(set))
            for r in select(self.store, Q_ENTITY_TYPES % _values("e", chunk)):
                kinds[py(r["e"])].add(KIND_LABELS[py(r["t"])])
            for r in select(self.store, Q_ENTITY_VALUES % _values("e", chunk)):
                values[py(r["e"])][ENTITY_PROPS[py(r["p"])]].add(str(py(r["v"])))
            for iri, ks in kinds.items():
                kind = sorted(ks)[0]
                v = values[iri]
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

    def _delete_orphans(self, tx, touched: dict[str, list[str]]) -> None:
        for kind, iris in touched.items():
            self._run(tx, f"UNWIND $rows AS i MATCH (n:{kind} {{iri: i}}) "
                          f"WHERE NOT (n)--() DELETE n", iris)

    def _write_tx(self, tx, b: Batch, entities: dict[str, dict], fresh: bool) -> None:
        touched: dict[str, list[str]] = {}
        if not fresh:
            touched = self._remove_articles(tx, b.graphs)
            # entities these articles touched before are refreshed too (aliases may shrink)
            more = {i for iris in touched.values() for i in iris} - set(entities)
            if more:
                entities = {**entities, **self._entities(more)}
        self._upsert_entities(tx, entities, fresh)
        self._run(tx, f"UNWIND $rows AS r CREATE (a:{ARTICLE}) SET a = r", b.articles)
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
            else:
                b.skipped += 1
        for (rtype, sk, ok), rows in sorted(groups.items()):
            self._run(tx, f"""UNWIND $rows AS r MATCH (s:{sk} {{iri: r.s}})
                MATCH (o:{ok} {{iri: r.o}}) CREATE (s)-[x:{rtype}]->(o) SET x = r.props""", rows)
        self._delete_orphans(tx, touched)

    def _upsert_entities(self, tx, entities: dict[str, dict], fresh: bool) -> None:
        by_kind = defaultdict(list)
        for iri, e in entities.items():
            by_kind[e["labels"][0]].append(iri)
        existing: dict[str, list[str]] = {}
        if not fresh:
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
