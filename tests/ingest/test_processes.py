"""Real processes: the CLI on the dev corpus, kill -9 mid-ingest, a remote Oxigraph server,
ingest handed to a running explorer, bad inputs."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from ingest_helpers import DEV_ARTICLES, kgraph_env
from servers import free_port, wait_http

KGRAPH = [str(Path(sys.executable).parent / "kgraph")]


def run(args, env, timeout=600):
    return subprocess.run(KGRAPH + args, env=env, capture_output=True, text=True, timeout=timeout)


def query_count(env, sparql):
    r = run(["query", sparql], env)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.slow
def test_dev_corpus_twice_is_idempotent_and_valid(tmp_path):
    env = kgraph_env(tmp_path / "data")
    r1 = run(["ingest", "--no-progress", str(DEV_ARTICLES)], env)
    assert r1.returncode == 0, r1.stderr
    from kgraph import config
    from kgraph.store import LocalStore
    from kgraph.vocab import SPARQL_PREFIXES
    cfg = config.load(env)
    s = LocalStore(cfg.store_path)
    n1 = s.quad_count()
    graphs = s.data_graphs()
    assert len(graphs) == 16
    missing = s.select(SPARQL_PREFIXES + """SELECT ?s ?p ?o WHERE { ?s ?p ?o .
        FILTER (?p IN (kg:partnersWith, kg:investsIn, kg:fundedBy, kg:memberOf, kg:locatedIn,
                       kg:hosts, kg:organizes, kg:develops, kg:acquires, kg:affiliatedWith))
        FILTER NOT EXISTS { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                kg:evidence/kg:sentence ?sentence } }""", default_graph=graphs)
    assert missing == []
    s.close()
    del s
    r2 = run(["ingest", "--no-progress", str(DEV_ARTICLES)], env)
    assert r2.returncode == 0, r2.stderr
    assert "16 unchanged" in " ".join(r2.stderr.split())
    s = LocalStore(cfg.store_path)
    assert s.quad_count() == n1
    s.close()
    del s
    v = run(["validate"], env)
    assert v.returncode == 0, v.stderr
    assert "16 of 16" in " ".join(v.stderr.split())


def _corpus(dir_: Path, n: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.corpus import generate
    dir_.mkdir(parents=True)
    with (dir_ / "corpus.jsonl").open("w") as fh:
        for art in generate(n, seed=7):
            fh.write(json.dumps(art) + "\n")


@pytest.mark.slow
def test_kill_9_leaves_a_consistent_store_and_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 60)
    env = kgraph_env(tmp_path / "data")
    proc = subprocess.Popen(KGRAPH + ["ingest", "--no-progress", "--workers", "0", str(corpus)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    store_dir = tmp_path / "data" / "store"
    # wait until some articles are committed (the store's write-ahead log grows), then kill
    t0 = time.time()
    while time.time() - t0 < 240:
        time.sleep(0.5)
        size = sum(f.stat().st_size for f in store_dir.glob("*") if f.is_file()) if store_dir.exists() else 0
        if size > 600_000 or proc.poll() is not None:
            break
    time.sleep(1.0)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    from kgraph import config
    from kgraph.store import LocalStore
    from kgraph.validate import validate_graph
    from kgraph.vocab import SPARQL_PREFIXES
    cfg = config.load(env)
    s = LocalStore(cfg.store_path)
    graphs = s.data_graphs()
    assert 0 < len(graphs) < 60, len(graphs)
    for g in graphs:  # every stored article is complete: article node, evidence, conforms
        assert s.ask(SPARQL_PREFIXES + f"ASK {{ GRAPH <{g}> {{ ?a a schema:NewsArticle ; schema:text ?t }} }}",
                     union=False)
        assert not s.ask(SPARQL_PREFIXES + f"""ASK {{ GRAPH <{g}> {{ ?f a kg:Fact
            FILTER NOT EXISTS {{ ?f kg:evidence ?e . ?e kg:sentence ?x }} }} }}""", union=False)
        assert validate_graph(s.graph(g)).conforms, g
    s.close()
    del s
    r = run(["ingest", "--no-progress", str(corpus)], env)
    assert r.returncode == 0, r.stderr
    s = LocalStore(cfg.store_path)
    assert len(s.data_graphs()) == 60
    s.close()


def test_remote_store_against_a_real_oxigraph_server(oxigraph_server, settings):
    from kgraph.store import RemoteStore, open_store
    from kgraph.ingest import ingest_articles
    from kgraph.ingest.manage import quarantine_entries, remove_articles
    from kgraph.vocab import SPARQL_PREFIXES
    from ingest_helpers import StubExtractor, gold_extraction, quarantine_fixture
    settings.sparql_query_url = f"{oxigraph_server}/query"
    settings.sparql_update_url = f"{oxigraph_server}/update"
    settings.sparql_gsp_url = f"{oxigraph_server}/store"
    store = open_store(settings)
    assert isinstance(store, RemoteStore)
    exs = [gold_extraction("001"), gold_extraction("011"), quarantine_fixture()]
    summary = ingest_articles([e.article for e in exs], store, settings, StubExtractor(exs), workers=0)
    assert summary.articles == 3 and summary.merges >= 1 and summary.quarantined >= 2
    n = store.quad_count()
    assert n > 100 and len(store.data_graphs()) == 3
    again = ingest_articles([e.article for e in exs], store, settings, StubExtractor(exs),
                            workers=0, force=True)
    assert again.articles == 3 and store.quad_count() == n
    rows = store.select(SPARQL_PREFIXES + "SELECT ?l WHERE { ?e a kg:Organization ; rdfs:label ?l }")
    assert "Medtronic" in {str(r["l"]) for r in rows}  # union default graph
    assert len(quarantine_entries(store, settings)) == 1
    # GSP replace and drop
    from rdflib import Graph, Literal, URIRef
    g = Graph()
    g.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("v")))
    store.replace_graph("http://kg.test/graph/article/manual", g)
    assert store.has_graph("http://kg.test/graph/article/manual")
    assert store.drop_graph("http://kg.test/graph/article/manual")
    remove_articles(store, settings, "gold:011")
    assert len(store.data_graphs()) == 2


EXPLORER = r'''
import sys
from werkzeug.serving import make_server
from kgraph import config
from kgraph.web import create_app
cfg = config.load()
cfg.port = int(sys.argv[1])
app = create_app(cfg)
if "ingest_api" not in app.blueprints:   # until create_app registers it itself
    from kgraph.web import ingest_api
    app.register_blueprint(ingest_api.bp)
make_server("127.0.0.1", cfg.port, app, threaded=True).serve_forever()
'''


@pytest.mark.slow
def test_ingest_hands_articles_to_a_running_explorer(tmp_path):
    port = free_port()
    env = kgraph_env(tmp_path / "data", KGRAPH_PORT=port)
    explorer = subprocess.Popen([sys.executable, "-c", EXPLORER, str(port)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D")
        tok = tmp_path / "data" / "ingest-token"
        assert tok.is_file() and (tok.stat().st_mode & 0o777) == 0o600
        info = json.loads((tmp_path / "data" / "explorer.json").read_text())
        assert info["port"] == port and info["pid"] == explorer.pid
        # wrong token is refused
        r = requests.post(f"http://127.0.0.1:{port}/api/ingest", json={"articles": []},
                          headers={"Authorization": "Bearer nope"})
        assert r.status_code == 401
        art = DEV_ARTICLES / "011.txt"
        res = run(["ingest", "--no-progress", str(art)], env)
        assert res.returncode == 0, res.stderr
        assert "handing 1 article(s)" in " ".join(res.stderr.split())
        q = "SELECT ?h WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/headline> ?h }"
        r = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": q},
                         headers={"Accept": "application/sparql-results+json"})
        heads = [b["h"]["value"] for b in r.json()["results"]["bindings"]]
        assert any("Mazor" in h for h in heads), heads
        # `kgraph query` cannot open the owned store either: the explorer answers it
        res = run(["query", q], env)
        assert res.returncode == 0, res.stderr
        assert "Mazor" in res.stdout and "answered by the running explorer" in res.stderr
    finally:
        explorer.terminate()
        explorer.wait(10)


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, settings):
    from kgraph.read import read_paths
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Acme partners with Beta.\n\nAcme and Beta build robots.")
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "latin1.txt").write_bytes("Universit\xe0 di Pisa".encode("latin-1"))
    (d / "big.txt").write_text("word " * 3000)
    (d / "lines.jsonl").write_text(
        json.dumps({"url": "https://e.test/1", "title": "One", "date": "2024-01-02",
                    "text": "Acme invests in Beta."}) + "\n{not json\n"
        + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Gamma partners with Delta.", "date": "yesterday"}) + "\n")
    (d / "broken.rss").write_text("<rss><channel><item><title>x</title>")
    (d / "feed.atom").write_text("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>t</title><entry><title>Acme opens lab</title><link href="https://e.test/a"/>
      <updated>2024-02-03T10:00:00Z</updated><summary>Acme opens a lab in Lecce.</summary></entry>
      <entry><title>Empty</title><link href="https://e.test/b"/></entry></feed>""")
    (d / "page.html").write_text("""<html lang="en"><head><title>Beta grows</title>
      <meta property="article:published_time" content="2024-03-04"></head><body><article>
      <h1>Beta grows</h1><p>Beta Labs opened a new research centre in Padova with Acme Robotics,
      the company said on Monday. The centre will employ forty researchers.</p></article></body></html>""")
    articles, errors = read_paths([str(d), str(tmp_path / "missing.txt")], max_bytes=10_000)
    msgs = "\n".join(map(str, errors))
    for needle in ("empty.txt: empty", "binary.txt: binary", "latin1.txt: not valid UTF-8",
                   "big.txt: too large", "lines.jsonl:2: malformed JSON", "lines.jsonl:3: missing",
                   "lines.jsonl:4: 'date'", "broken.rss", "entry 2 has no content",
                   "missing.txt: no such file"):
        assert needle in msgs, (needle, msgs)
    by_source = {Path(a.source.split(":")[0].split("#")[0]).name: a for a in articles}
    assert {"good.txt", "lines.jsonl", "feed.atom", "page.html"} <= set(by_source)
    j = by_source["lines.jsonl"]
    assert j.id == "https://e.test/1" and j.date == "2024-01-02" and j.title == "One"
    f = by_source["feed.atom"]
    assert f.id == "https://e.test/a" and f.date == "2024-02-03" and "Lecce" in f.text
    h = by_source["page.html"]
    assert "Padova" in h.text and h.title == "Beta grows"
    assert by_source["good.txt"].stem == "good" and by_source["good.txt"].id.startswith("sha256:")


def test_feed_url_is_fetched_over_http(tmp_path):
    import http.server
    import threading
    from kgraph.read import read_paths
    (tmp_path / "feed.xml").write_text("""<?xml version="1.0"?><rss version="2.0"><channel>
      <title>t</title><item><title>Acme and Beta</title><link>https://e.test/rss1</link>
      <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
      <description>Acme partners with Beta on robots.</description></item></channel></rss>""")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        arts, errs = read_paths([f"http://127.0.0.1:{srv.server_port}/feed.xml"])
    finally:
        srv.shutdown()
    assert not errs and len(arts) == 1
    assert arts[0].id == "https://e.test/rss1" and arts[0].date == "2024-03-05"


def test_changed_file_replaces_its_previous_version(tmp_path, settings):
    from kgraph.ingest import ingest_articles
    from kgraph.read import read_paths
    from kgraph.store import LocalStore
    from ingest_helpers import StubExtractor
    from kgraph.records import Extraction
    p = tmp_path / "story.txt"
    store = LocalStore(settings.store_path)

    class Empty(StubExtractor):
        def extract_many(self, articles, batch_size=16, n_process=1):
            for a in articles:
                yield Extraction(a)
    p.write_text("Version one of the story.")
    ingest_articles(read_paths([str(p)])[0], store, settings, Empty([]), workers=0)
    p.write_text("Version two of the story, changed.")
    s = ingest_articles(read_paths([str(p)])[0], store, settings, Empty([]), workers=0)
    assert s.replaced == 1 and len(store.data_graphs()) == 1
    from kgraph.ingest.manage import remove_articles
    assert remove_articles(store, settings, str(p)) and store.data_graphs() == []
