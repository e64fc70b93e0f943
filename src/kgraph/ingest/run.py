"""Ingest a batch of articles into a store, one named graph per article.

    read → spaCy nlp.pipe (batched; --processes)                    main process
         → extractor post-processing (Extractor._from_doc)          ┐ one worker process
         → resolve (sequential: first-seen IRI wins)                │ (--workers 1, the
         → build + SHACL gate (compiled checks, batches of 16)      ┘ default with 2+ CPUs)
         → commit (main process = the store's owner, in a commit thread, one transaction per
           article that replaces anything: drop the old article graph and any superseded
           version, insert the conforming facts, the quarantine entry, the merge-log entries;
           new articles that are ready together share one transaction — each article is
           still written whole or not at all)

With --processes 1 the worker also runs spaCy on some batches: each batch goes to whichever
process has spent (or has queued) less CPU — the main process also commits. --workers 0
runs every stage in this process, article by article.

Idempotent: an article whose fingerprint (id, text, metadata, extractor version) is
already stored is skipped; rebuilding an unchanged article yields the identical graph
anyway (hash-based node IRIs). Crash-safe: a kill between two commits loses at most the
articles not committed yet, and the next run skips the committed ones.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Optional

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ..build import build_article_triples
from ..validate import validate_graph
from ..build.article_graph import fingerprint, source_key
from ..records import Article, Extraction
from ..resolve import Merge, Resolver
from ..validate.quarantine import (delete_record_op, quarantine_graph_iri, quarantine_record,
                                   split_graph)
from ..vocab import KG, SPARQL_PREFIXES, article_graph, article_iri, digest, system_graph


@dataclass
class IngestSummary:
    articles: int = 0            # committed (new or changed)
    skipped: int = 0             # unchanged since the last ingest
    entities: int = 0
    facts: int = 0               # relations stored
    merges: int = 0              # cross-article merges recorded
    quarantined: int = 0         # relations (or other units) sent to quarantine
    quarantined_articles: int = 0
    rejected: int = 0            # articles quarantined as a whole
    replaced: int = 0            # previous versions superseded (same URL / same file)
    words: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    # seconds spent per stage ("main.*": the store-owning process, "worker.*": the pipeline
    # worker); CPU-busy time, so with a worker the stages overlap and sum to more than
    # ``seconds``
    timings: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)

    def add(self, other: "IngestSummary") -> None:
        for k, v in asdict(other).items():
            if k == "errors":
                self.errors.extend(v)
            elif k == "timings":
                for stage, sec in (v or {}).items():
                    self.timings[stage] = self.timings.get(stage, 0.0) + sec
            elif k != "seconds":
                setattr(self, k, getattr(self, k) + v)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Built:
    """What the build+validate stage hands back to the committer (plain strings: cheap to
    send between processes)."""
    good_nt: str
    quarantine_nt: str = ""
    quarantined: int = 0
    whole_article: bool = False
    facts: int = 0
    violations: int = 0
    error: str = ""


def build_and_validate(ex: Extraction, base: str) -> Built:
    """Build the article graph and pass it through the SHACL gate (pure; runs anywhere)."""
    try:
        buf = build_article_triples(ex, base)
        nt = buf.nt()
        report = validate_graph(nt)
        if report.conforms:
            facts = len(buf.facts)
            return Built(good_nt=nt, facts=facts)
        sp = split_graph(buf.to_graph(), report)
        node = article_iri(base, ex.article.id)
        q_nt = quarantine_record(base, ex.article, node, sp).serialize(format="nt")
        facts = sum(1 for _ in sp.good.subjects(RDF.type, KG.Fact))
        return Built(good_nt=sp.good.serialize(format="nt") if len(sp.good) else "",
                     quarantine_nt=q_nt, quarantined=max(len(sp.facts), 1),
                     whole_article=sp.whole_article, facts=facts, violations=len(sp.violations))
    except Exception as exc:  # reported per article; the batch goes on
        return Built(good_nt="", error=f"{type(exc).__name__}: {exc}")


def merge_node(base: str, variant: str, canonical: str) -> URIRef:
    return URIRef(f"{base}/id/merge/{digest(variant, canonical)}")


def merge_graph(base: str, merges: list[Merge], known: set | None = None) -> Graph:
    """Merge-log entries. For a merge already logged (``known`` holds its node IRI) only the
    article link is added: the first recorded reason and score stay."""
    g = Graph()
    for m in merges:
        node = merge_node(base, m.variant, m.canonical)
        g.add((node, KG.article, article_iri(base, m.article)))
        if known is not None and str(node) in known:
            continue
        if known is not None:
            known.add(str(node))
        g.add((URIRef(m.variant), OWL.sameAs, URIRef(m.canonical)))
        g.add((node, RDF.type, KG.Merge))
        g.add((node, KG.mergedFrom, URIRef(m.variant)))
        g.add((node, KG.mergedInto, URIRef(m.canonical)))
        g.add((node, KG.reason, Literal(m.reason)))
        g.add((node, KG.score, Literal(f"{m.score:.3f}", datatype=XSD.decimal)))
        g.add((node, KG.variantLabel, Literal(m.variant_label)))
        g.add((node, RDFS.label, Literal(f"{m.variant_label} → {m.canonical_label}")))
    return g


def logged_merges(store, base: str) -> set:
    merges = str(system_graph(base, "merges"))
    return {str(r["m"]) for r in store.select(
        f"SELECT ?m WHERE {{ GRAPH <{merges}> {{ ?m a <{KG.Merge}> }} }}", union=False)}


def stored_state(store, base: str, existing_graphs: set | None = None) -> tuple[set, dict]:
    """(fingerprints stored, {source key: [(graph IRI, article id)]}); fills
    ``existing_graphs`` with the article graphs present."""
    existing_graphs = existing_graphs if existing_graphs is not None else set()
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT ?g ?id ?fp ?key WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle ; schema:identifier ?id .
          OPTIONAL {{ ?a kg:fingerprint ?fp }} OPTIONAL {{ ?a kg:sourceKey ?key }} }}
          FILTER (STRSTARTS(STR(?g), "{base}/graph/article/")) }}""", union=False)
    fps, keys = set(), {}
    for r in rows:
        existing_graphs.add(str(r["g"]))
        if "fp" in r:
            fps.add(str(r["fp"]))
        if "key" in r:
            keys.setdefault(str(r["key"]), []).append((str(r["g"]), str(r["id"])))
    # quarantined-as-a-whole articles have no article graph; their record keeps the id
    return fps, keys


def _default_workers(n: int) -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return 1 if (cpus > 1 and n >= 8) else 0


def ingest_articles(articles: Iterable[Article], store, settings, extractor=None,
                    progress: Optional[Callable[[Extraction], None]] = None, *,
                    processes: int = 1, batch_size: int = 16, force: bool = False,
                    workers: Optional[int] = None) -> IngestSummary:
    """Ingest ``articles`` into ``store``; returns counts and per-article errors.

    processes: spaCy processes for nlp.pipe; workers: 0 = every stage in this process,
    ≥ 1 = one pipeline worker process for the stages after spaCy (see the module docstring;
    default: 1 when there is a spare CPU and ≥ 8 articles, else 0). Seconds per stage are
    in ``summary.timings``."""
    t0 = time.perf_counter()
    base = settings.base
    summary = IngestSummary()
    articles = list(articles)
    existing: set = set()
    fps, keys = stored_state(store, base, existing)
    qg_iri = quarantine_graph_iri(base)
    quarantined_ids = {str(r["id"]) for r in store.select(
        f"SELECT ?id WHERE {{ GRAPH <{qg_iri}> {{ ?r <{KG.articleId}> ?id }} }}", union=False)}
    todo: list[Article] = []
    seen_ids: set = set()
    limit = getattr(settings, "max_article_bytes", 0) or 0
    for a in articles:
        if limit and len(a.text.encode("utf-8")) > limit:
            summary.errors.append(f"{a.source or a.id}: article is larger than "
                                  f"max_article_bytes ({limit})")
            continue
        if not a.text.strip():
            summary.errors.append(f"{a.source or a.id}: article has no text")
            continue
        if a.id in seen_ids:
            summary.skipped += 1
            continue
        seen_ids.add(a.id)
        if not force and fingerprint(a) in fps:
            summary.skipped += 1
            continue
        todo.append(a)
    if not todo:
        summary.seconds = time.perf_counter() - t0
        return summary

    if extractor is None:
        from ..extract import Extractor
        extractor = Extractor()
    resolver = Resolver(base, store)
    n_workers = _default_workers(len(todo)) if workers is None else workers
    quarantine_g = quarantine_graph_iri(base)
    merges_g = str(system_graph(base, "merges"))
    known_merges = logged_merges(store, base)
    timings = summary.timings

    def commit(ex: Extraction, merges: list[Merge], built: Built,
               entities: Optional[int] = None) -> None:
        """``entities``: how many of the article's entities have an IRI, when ``ex`` holds the
        article alone (the pipeline worker sends the whole extraction back only for
        ``progress``)."""
        commit_many([(ex, merges, built, entities)])

    def commit_many(items: list) -> None:
        """Commit (ex, merges, built, entities) items in order. Consecutive articles that only
        add graphs (nothing to drop or delete: new articles) are written as ONE transaction —
        each article still lands whole or not at all, and Oxigraph spends less per quad in a
        larger write; an article that replaces or deletes anything gets its own transaction.
        If a shared write fails, its articles are written one by one (the failing one raises,
        the ones before it stay committed)."""
        t, c = time.perf_counter(), time.thread_time()
        batch: list = []   # planned pure inserts not written yet: (item, plan)
        keys_in_batch: set = set()
        try:
            for item in items:
                ex, merges, built, entities = item
                if built.error:
                    flush_batch(batch)
                    keys_in_batch.clear()
                    summary.errors.append(f"{ex.article.source or ex.article.id}: {built.error}")
                    done(item)
                    continue
                key = source_key(ex.article)
                if key and key in keys_in_batch:  # the same input twice: write in order
                    flush_batch(batch)
                    keys_in_batch.clear()
                plan = _plan(ex, merges, built)
                if plan["drop"] or plan["delete_where"] or plan["superseded"]:
                    flush_batch(batch)
                    keys_in_batch.clear()
                    _write([(item, plan)])
                    continue
                batch.append((item, plan))
                if key:
                    keys_in_batch.add(key)
            flush_batch(batch)
        finally:
            timings["main.commit"] = timings.get("main.commit", 0.0) + time.perf_counter() - t
            timings["main.commit_cpu"] = (timings.get("main.commit_cpu", 0.0)
                                          + time.thread_time() - c)

    def done(item) -> None:
        if progress:
            progress(item[0])

    def flush_batch(batch: list) -> None:
        if not batch:
            return
        planned = list(batch)
        batch.clear()
        if len(planned) == 1:
            _write(planned)
            return
        insert: dict = {}
        for _, plan in planned:
            for g, data in plan["insert"].items():
                insert.setdefault(g, []).append(data if data.endswith("\n") else data + "\n")
        try:
            store.apply(insert={g: "".join(parts) for g, parts in insert.items()})
        except Exception:
            for one in planned:  # one transaction per article: the culprit raises
                _write([one])
            return
        for item, plan in planned:
            _record(item, plan)

    def _write(planned: list) -> None:
        (item, plan), = planned
        store.apply(drop=plan["drop"], delete_where=plan["delete_where"], insert=plan["insert"])
        _record(item, plan)

    def _plan(ex: Extraction, merges: list[Merge], built: Built) -> dict:
        a = ex.article
        g_iri = str(article_graph(base, a.id))
        drop = [g_iri] if g_iri in existing else []
        delete_ops = [delete_record_op(base, a.id)] if a.id in quarantined_ids else []
        key = source_key(a)
        superseded = [(g, i) for g, i in keys.get(key, []) if g != g_iri] if key else []
        for g, old_id in superseded:
            drop.append(g)
            delete_ops.append(delete_record_op(base, old_id))
            delete_ops.append(f"DELETE WHERE {{ GRAPH <{merges_g}> {{ ?m <{KG.article}> "
                              f"<{article_iri(base, old_id)}> }} }}")
        insert = {}
        if built.good_nt:
            insert[g_iri] = built.good_nt
        if built.quarantine_nt:
            insert[quarantine_g] = built.quarantine_nt
        if merges:
            insert[merges_g] = merge_graph(base, merges, known_merges).serialize(format="nt")
        return {"g_iri": g_iri, "key": key, "drop": drop, "delete_where": delete_ops,
                "superseded": superseded, "insert": insert}

    def _record(item, plan: dict) -> None:
        """After the write: what the rest of the run must know, and the counts."""
        ex, merges, built, entities = item
        a, g_iri, key, superseded = ex.article, plan["g_iri"], plan["key"], plan["superseded"]
        existing.add(g_iri)
        existing.difference_update(g for g, _ in superseded)
        if built.quarantine_nt:
            quarantined_ids.add(a.id)
        if key:
            keys[key] = [(g_iri, a.id)]
        summary.replaced += len(superseded)
        summary.articles += 1
        summary.words += len(a.text.split())
        summary.entities += (entities if entities is not None
                             else sum(1 for e in ex.entities if e.iri))
        summary.facts += built.facts
        summary.merges += len(merges)
        if built.violations:
            summary.quarantined += built.quarantined
            summary.quarantined_articles += 1
            if built.whole_article:
                summary.rejected += 1
                summary.errors.append(f"{a.source or a.id}: the whole article was quarantined "
                                      f"({built.violations} violations; see `kgraph quarantine`)")
        done(item)

    try:
        if n_workers > 0:
            _run_pipelined(extractor, resolver, todo, base, batch_size, processes, summary,
                           commit_many, full_results=progress is not None)
        else:
            _run_in_process(extractor, resolver, todo, base, batch_size, processes, summary,
                            commit)
    finally:
        store.flush()
    summary.seconds = time.perf_counter() - t0
    return summary


def _tick(timings: dict, stage: str, t: float) -> float:
    now = time.perf_counter()
    timings[stage] = timings.get(stage, 0.0) + now - t
    return now


def _run_in_process(extractor, resolver, todo, base, batch_size, processes, summary, commit):
    """--workers 0: every stage in this process, article by article."""
    timings = summary.timings
    cpu0 = time.process_time()
    it = iter(_extract_isolated(extractor, todo, batch_size, processes, summary))
    while True:
        t = time.perf_counter()
        ex = next(it, None)
        t = _tick(timings, "main.extract", t)
        if ex is None:
            break
        try:
            merges = resolver.resolve(ex)
        except Exception as exc:
            summary.errors.append(f"{ex.article.source or ex.article.id}: resolution failed: {exc}")
            continue
        t = _tick(timings, "main.resolve", t)
        built = build_and_validate(ex, base)
        _tick(timings, "main.build_validate", t)
        commit(ex, merges, built)
    timings["main.cpu"] = time.process_time() - cpu0


# --------------------------------------------------------------------------- pipeline
# Two processes for two cores. This process (the store's owner) runs spaCy ``nlp.pipe`` and
# the commits; ONE forked worker runs everything in between, article by article in input
# order: the extractor's post-processing of the Doc (``Extractor._from_doc``), entity
# resolution (sequential: first-seen IRI wins — the resolver, loaded from the store before
# the fork, lives in the worker), the build and the SHACL gate (compiled checks run once over
# a batch of article graphs). Docs travel as ``Doc.to_bytes`` (without the tok2vec tensor,
# which the extractor does not read); results come back as (entity count, merges, Built) in
# input order, so commits keep their order and no transaction holds part of an article.

VALIDATE_BATCH = 16
# at most this many new articles share one store transaction (see commit_many)
COMMIT_BATCH = 16
# the worker's stages after spaCy (what it reports as its cost per article)
POST_STAGES = ("worker.doc_from_bytes", "worker.extract", "worker.resolve", "worker.build",
               "worker.validate", "worker.quarantine_split")
# With one spaCy process (--processes 1) the worker also runs spaCy on the batches the
# CPU balance gives it (same model, same batch composition). False: the main process runs spaCy on
# every article (strict spaCy | post-processing split).
SHARE_SPACY = True


def _clean_text():
    try:
        from ..extract.pipeline import _clean
        return _clean
    except ImportError:  # pragma: no cover - the extractor renamed it
        return lambda t: (t or "").replace("\x00", " ")


def _docs_isolated(nlp, articles: list[Article], batch_size: int, processes: int,
                   summary: IngestSummary):
    """(article, Doc bytes) in input order from batched ``nlp.pipe``; an article that crashes
    spaCy is reported and skipped (its chunk is redone article by article)."""
    clean = _clean_text()
    timings = summary.timings
    chunk = max(batch_size, 1) * max(processes, 1) * 4
    for i in range(0, len(articles), chunk):
        part = articles[i:i + chunk]
        done = 0
        try:
            for doc in nlp.pipe((clean(a.text) for a in part), batch_size=batch_size,
                                n_process=processes):
                t = time.perf_counter()
                data = doc.to_bytes(exclude=["tensor"])
                _tick(timings, "main.doc_to_bytes", t)
                a = part[done]
                done += 1
                yield a, data
        except Exception:
            for a in part[done:]:
                try:
                    doc = nlp(clean(a.text))
                    data = doc.to_bytes(exclude=["tensor"])
                except Exception as exc:
                    summary.errors.append(f"{a.source or a.id}: extraction failed: "
                                          f"{type(exc).__name__}: {exc}")
                    continue
                yield a, data


def _pipeline_worker(q_in, q_out, extractor, resolver, base: str, vbatch: int,
                     full_results: bool = True) -> None:
    """The worker: messages (i, article, Doc bytes | Extraction) in, lists of
    (i, extraction | None, entities with an IRI, merges, Built) out, then ("done", timings).
    The extraction goes back only with ``full_results`` (the main process has the article;
    pickling every entity and mention back costs both processes CPU for nothing)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    T: dict = {}
    vocab = getattr(getattr(extractor, "nlp", None), "vocab", None)
    pending: list = []
    done = [0]   # articles sent back so far

    def flush() -> None:
        if not pending:
            return
        t = time.perf_counter()
        out, to_check = [], {}
        for i, ex, merges, built in pending:
            if built is None:
                try:
                    buf = build_article_triples(ex, base)
                    nt = buf.nt()
                    facts = len(buf.facts)
                    built = Built(good_nt=nt, facts=facts)
                    to_check[f"urn:kgraph:batch:{i}"] = nt
                except Exception as exc:
                    built = Built(good_nt="", error=f"{type(exc).__name__}: {exc}")
            out.append((i, ex, merges, built))
        t = _tick(T, "worker.build", t)
        violating: Optional[set] = set()
        if to_check:
            try:
                from ..validate.compiled import (Unsupported, compiled_checks, load_batch,
                                                 validate_dataset)
                try:
                    compiled_checks()
                    violating = set(validate_dataset(load_batch(to_check)))
                except Unsupported:
                    violating = None  # pyshacl fallback: article by article
            except Exception:
                violating = None
        t = _tick(T, "worker.validate", t)
        for k, (i, ex, merges, built) in enumerate(out):
            name = f"urn:kgraph:batch:{i}"
            if name in to_check and (violating is None or name in violating):
                out[k] = (i, ex, merges, build_and_validate(ex, base))  # split + quarantine
        _tick(T, "worker.quarantine_split", t)
        t = time.perf_counter()
        # with the results, this worker's post-spaCy seconds so far and how many articles
        # they cover: the main process's measure of the worker's cost per article
        post = sum(v for k, v in T.items() if k in POST_STAGES)
        done[0] += len(out)
        out = [(i, ex if full_results else None, sum(1 for e in ex.entities if e.iri), merges,
                built) for i, ex, merges, built in out]
        q_out.put(("results", out, post, done[0], time.process_time()))
        _tick(T, "worker.send", t)
        pending.clear()

    while True:
        t = time.perf_counter()
        msg = q_in.get()
        t = _tick(T, "worker.idle", t)
        if msg is None:
            flush()
            T["worker.cpu"] = time.process_time()  # the forked worker's own CPU seconds
            q_out.put(("done", T))
            return
        kind = msg[0]
        if kind == "texts":  # a batch the main process left to this worker's spaCy
            _, i0, arts, batch_size = msg
            clean = _clean_text()
            try:
                docs = list(extractor.nlp.pipe([clean(a.text) for a in arts],
                                               batch_size=batch_size))
            except Exception:
                docs = []
                for a in arts:
                    try:
                        docs.append(extractor.nlp(clean(a.text)))
                    except Exception as exc:
                        docs.append(exc)
            t = _tick(T, "worker.spacy", t)
            T["worker.spacy_articles"] = T.get("worker.spacy_articles", 0) + len(arts)
            items = [(i0 + k, a, d) for k, a, d in zip(range(len(arts)), arts, docs)]
        elif kind == "docs":  # a batch of (i, article, Doc bytes) from the main process
            items = msg[1]
        else:
            items = [msg[1:]]
        for i, article, payload in items:
            try:
                if isinstance(payload, Exception):
                    raise payload
                if isinstance(payload, bytes):
                    from spacy.tokens import Doc
                    payload = Doc(vocab).from_bytes(payload)
                    t = _tick(T, "worker.doc_from_bytes", t)
                ex = payload if isinstance(payload, Extraction) else \
                    extractor._from_doc(article, payload)
                t = _tick(T, "worker.extract", t)
            except Exception as exc:
                pending.append((i, Extraction(article=article), [], Built(
                    good_nt="", error=f"extraction failed: {type(exc).__name__}: {exc}")))
                continue
            try:
                merges = resolver.resolve(ex)
                pending.append((i, ex, merges, None))
            except Exception as exc:
                pending.append((i, ex, [], Built(good_nt="", error=f"resolution failed: {exc}")))
            t = _tick(T, "worker.resolve", t)
        try:
            empty = q_in.empty()
        except Exception:  # pragma: no cover
            empty = True
        if len(pending) >= vbatch or empty:
            flush()


def _run_pipelined(extractor, resolver, todo, base, batch_size, processes, summary, commit,
                   full_results: bool = True):
    import queue
    timings = summary.timings
    cpu0 = time.process_time()
    ctx = multiprocessing.get_context("fork")
    q_in, q_out = ctx.Queue(), ctx.Queue()
    worker = ctx.Process(target=_pipeline_worker, name="kgraph-ingest-worker", daemon=True,
                         args=(q_in, q_out, extractor, resolver, base, VALIDATE_BATCH,
                               full_results))
    worker.start()
    inflight = 0
    articles_sent: dict = {}  # i → the article sent to the worker (results name i only)
    # seconds per article: spaCy in this process, the worker's stages after spaCy
    cost = {"spacy": 0.05, "post": 0.03, "worker_cpu": 0.0}
    sent: collections.deque = collections.deque()  # [articles not back yet, sent as texts?]
    window = 4 * max(batch_size, 1) + 2 * VALIDATE_BATCH
    # commits run in a thread of this process, in order: Oxigraph releases the GIL while it
    # writes, so a commit overlaps spaCy on the next batch instead of following it
    commits: queue.Queue = queue.Queue(maxsize=window)
    commit_error: list = []

    def committer() -> None:
        stop = False
        while not stop:
            items = [commits.get()]
            # what else is ready (the worker sends a batch at a time) goes in the same call:
            # new articles share one transaction
            while len(items) < COMMIT_BATCH:
                try:
                    items.append(commits.get_nowait())
                except queue.Empty:
                    break
            if None in items:
                stop = True
                items = items[:items.index(None)]
            if commit_error or not items:
                continue  # a previous commit failed: drain, the main thread re-raises
            try:
                commit(items)
            except BaseException as exc:  # the store failed: stop committing
                commit_error.append(exc)

    thread = threading.Thread(target=committer, name="kgraph-ingest-commit", daemon=True)
    thread.start()

    def receive(wait: bool) -> None:
        nonlocal inflight
        while inflight:
            t = time.perf_counter()
            try:
                msg = q_out.get(timeout=1.0) if wait else q_out.get_nowait()
            except queue.Empty:
                _tick(timings, "main.wait_worker" if wait else "main.receive", t)
                if not wait:
                    return
                if not worker.is_alive():
                    raise RuntimeError(f"the ingest worker died (exit code {worker.exitcode})")
                continue
            _tick(timings, "main.wait_worker" if wait else "main.receive", t)
            wait = False
            _, results, post_s, post_n, cost["worker_cpu"] = msg
            cost["post"] = post_s / max(post_n, 1)
            for i, ex, entities, merges, built in results:
                inflight -= 1
                article = articles_sent.pop(i)
                if sent:  # results come back in input order
                    sent[0][0] -= 1
                    if sent[0][0] <= 0:
                        sent.popleft()
                if commit_error:
                    raise commit_error[0]
                if ex is None:
                    ex = Extraction(article=article)
                commits.put((ex, merges, built, entities))

    use_docs = hasattr(extractor, "_from_doc") and hasattr(extractor, "nlp")
    if use_docs:
        source = _docs_isolated(extractor.nlp, todo, batch_size, processes, summary)
    else:  # an extractor without spaCy Docs (tests): extract here, the rest in the worker
        source = ((ex.article, ex) for ex in
                  _extract_isolated(extractor, todo, batch_size, processes, summary))
    share = use_docs and processes <= 1 and SHARE_SPACY
    ok = False
    try:
        i = 0
        if share:
            # batch by batch, in input order: a batch goes to the worker as texts (it runs
            # spaCy itself) or is run here and shipped as Docs. Costs are measured as the
            # run goes (spaCy here, the worker's post-processing as it reports).
            step = max(batch_size, 1)
            for b in range(0, len(todo), step):
                part = todo[b:b + step]
                receive(wait=False)
                # CPU seconds each process has spent or has queued: the batch goes to the
                # one with less (this process also commits, the worker post-processes)
                worker_load = cost["worker_cpu"] + sum(
                    n * (cost["post"] + (cost["spacy"] if texts else 0.0)) for n, texts in sent)
                commit_cost = (timings.get("main.commit_cpu", 0.0) / summary.articles
                               if summary.articles else 0.02)
                main_load = time.process_time() - cpu0 + commits.qsize() * commit_cost
                # (and not when the worker is 5 batches behind: its backlog is the run's tail)
                if worker_load < main_load and inflight <= 5 * step:
                    q_in.put(("texts", i, part, batch_size))
                    articles_sent.update(zip(range(i, i + len(part)), part))
                    i += len(part)
                    inflight += len(part)
                    sent.append([len(part), True])
                    continue
                source = _docs_isolated(extractor.nlp, part, batch_size, 1, summary)
                docs = []
                t0 = time.thread_time()
                while True:
                    t = time.perf_counter()
                    item = next(source, None)
                    _tick(timings, "main.spacy", t)
                    if item is None:
                        break
                    docs.append((i, item[0], item[1]))
                    articles_sent[i] = item[0]
                    i += 1
                if docs:  # one message per batch: one pickle, one write, one SHACL batch
                    cost["spacy"] = 0.7 * cost["spacy"] + 0.3 * (time.thread_time() - t0) / len(docs)
                    q_in.put(("docs", docs))
                    inflight += len(docs)
                    sent.append([len(docs), False])
                while inflight > window:
                    receive(wait=True)
        else:
            docs = []
            while True:
                t = time.perf_counter()
                item = next(source, None)
                _tick(timings, "main.spacy", t)
                if item is not None:
                    docs.append((i, item[0], item[1]))
                    articles_sent[i] = item[0]
                    i += 1
                if docs and (item is None or len(docs) >= max(batch_size, 1)):
                    q_in.put(("docs", docs))
                    inflight += len(docs)
                    docs = []
                if item is None:
                    break
                receive(wait=False)
                while inflight > window:
                    receive(wait=True)
        q_in.put(None)
        while inflight:
            receive(wait=True)
        t = time.perf_counter()
        while True:
            try:
                msg = q_out.get(timeout=5.0)
            except queue.Empty:
                if not worker.is_alive():
                    break
                continue
            if isinstance(msg, tuple) and msg and msg[0] == "done":
                for k, v in msg[1].items():
                    timings[k] = timings.get(k, 0.0) + v
                break
        _tick(timings, "main.wait_worker", t)
        t = time.perf_counter()
        commits.put(None)
        thread.join()
        _tick(timings, "main.wait_commits", t)
        if commit_error:
            raise commit_error[0]
        ok = True
    finally:
        if thread.is_alive():
            commit_error.append(RuntimeError("ingest stopped"))
            while thread.is_alive():
                try:
                    commits.put(None, timeout=0.5)
                except queue.Full:
                    pass
                thread.join(timeout=0.5)
        if ok:
            worker.join(timeout=30)
        if worker.is_alive():
            worker.terminate()
            worker.join(timeout=5)
        for q in (q_in, q_out):
            q.close()
            q.cancel_join_thread()
    timings["main.cpu"] = time.process_time() - cpu0  # CPU seconds of this process (all threads)
    # main.spacy included the time to_bytes took inside the generator
    timings["main.spacy"] = timings.get("main.spacy", 0.0) - timings.get("main.doc_to_bytes", 0.0)


def _extract_isolated(extractor, articles: list[Article], batch_size: int, processes: int,
                      summary: IngestSummary):
    """extract_many, but one article that crashes the extractor does not stop the batch:
    the failing chunk is redone article by article and the culprit reported."""
    chunk = max(batch_size, 1) * max(processes, 1) * 4
    for i in range(0, len(articles), chunk):
        part = articles[i:i + chunk]
        done = 0
        try:
            for ex in extractor.extract_many(part, batch_size=batch_size, n_process=processes):
                done += 1
                yield ex
        except Exception:
            for a in part[done:]:
                try:
                    yield extractor.extract(a)
                except Exception as exc:
                    summary.errors.append(f"{a.source or a.id}: extraction failed: "
                                          f"{type(exc).__name__}: {exc}")
