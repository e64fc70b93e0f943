"""W3C SPARQL 1.1 Protocol tests, replayed over real HTTP against the explorer.

Reads shared/conformance/sparql-protocol/protocol/manifest.ttl (rdflib), preloads each
test's ``ut:graphData`` as the named graph its ``rdfs:label`` names, replays every
``ht:Request`` with ``requests`` against a werkzeug server on 127.0.0.1 and checks the
status class, the result format and the boolean. Runs twice: on the public, read-only
endpoint (update tests must be refused with a 4xx) and with settings.sparql_write=true
(every test must pass as written). The service-description tests are checked too.

The Graph Store Protocol manifests (graph-store-protocol/manifest-direct.ttl and
manifest-indirect.ttl) are replayed the same way, each test from an empty store, with the
manifests' /gsp prefix mapped to /rdf-graph-store (indirect identification, POST graph
creation) and /graph/… (direct identification): in write mode every request must get its
expected status, Location, Content-Type and an isomorphic graph; in read-only mode the first
write must be refused with a readable 403 and change nothing.

A third mode, remote-write, runs all of it in write mode against a real ``oxigraph serve``
process through RemoteStore (/sparql proxies the queries, the graph store writes through
the store object). One documented deviation there: a remote store's default graph is the
list of its article graphs, so ``?default`` writes answer 405 (put_get_default).
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from servers import oxigraph_serve

from kgraph import config
from kgraph.store import LocalStore, RemoteStore
from kgraph.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT.parent / "shared" / "conformance" / "sparql-protocol"
MANIFEST = SUITE / "protocol" / "manifest.ttl"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

pytestmark = pytest.mark.skipif(not MANIFEST.is_file(), reason=f"W3C suite not found at {SUITE}")


def load_tests():
    if not MANIFEST.is_file():
        return []
    g = Graph()
    g.parse(MANIFEST, format="turtle", publicID=MANIFEST.as_uri())
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for t in Collection(g, g.value(manifest, MF.entries)):
        data = []
        for gd in g.objects(t, UT.graphData):
            data.append((Path(str(g.value(gd, UT.graph)).replace("file://", "")), str(g.value(gd, RDFS.label))))
        reqs = []
        for r in Collection(g, g.value(g.value(t, MF.action), HT.requests)):
            headers = {}
            hl = g.value(r, HT.headers)
            if hl is not None:
                for h in Collection(g, hl):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(r, HT.body)
            chars = enc = None
            if body is not None:
                chars = str(g.value(body, CNT.chars))
                enc = str(g.value(body, CNT.characterEncoding) or "UTF-8")
            resp = g.value(r, HT.resp)
            statuses = {str(s).rsplit("#", 1)[-1] for s in g.objects(resp, MF.expectedStatus)}
            fmt = g.value(resp, MF.expectedFormat)
            boolean = g.value(resp, MF.expectedBoolean)
            reqs.append({"method": str(g.value(r, HT.methodName)), "path": str(g.value(r, HT.absolutePath)),
                         "headers": headers, "body": chars, "encoding": enc, "statuses": statuses,
                         "format": str(fmt) if fmt is not None else None,
                         "boolean": boolean.toPython() if boolean is not None else None})
        name = str(t).rsplit("#", 1)[-1]
        tests.append({"name": name, "data": data, "requests": reqs,
                      "update": name.startswith("update_")})
    return tests


TESTS = load_tests()


class Server:
    """The explorer on a werkzeug server: over an in-memory LocalStore, or (remote_url) over
    a real Oxigraph server through RemoteStore, /sparql then proxying the queries."""

    def __init__(self, write: bool, remote_url: str | None = None):
        from werkzeug.serving import make_server
        import threading
        self.remote_url = remote_url
        self.store = RemoteStore(remote_url + "/query", remote_url + "/update") if remote_url else LocalStore()
        self.httpd = make_server("127.0.0.1", 0, None, threaded=True)
        port = self.httpd.server_port
        settings = config.Settings(base_iri=f"http://127.0.0.1:{port}", port=port, sparql_write=write,
                                   query_timeout=10.0)
        self.httpd.app = create_app(settings, store=self.store)
        self.url = f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def load(self, data):
        if self.remote_url:
            self.store.update("DROP ALL")
            for path, label in data:
                r = requests.post(self.remote_url + "/store", params={"graph": label}, data=path.read_bytes(),
                                  headers={"Content-Type": "application/n-triples"}, timeout=30)
                assert r.status_code < 300, r.text
            return
        self.store.ox.clear()
        for path, label in data:
            self.store.ox.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(label))

    def quads(self) -> int:
        return self.store.quad_count()

    def close(self):
        self.httpd.shutdown()


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    """A real Oxigraph SPARQL server (``oxigraph serve``) on a free loopback port."""
    with oxigraph_serve(tmp_path_factory.mktemp("oxi")) as url:
        yield url


@pytest.fixture(scope="module", params=["read-only", "write", "remote-write"])
def server(request):
    remote = request.getfixturevalue("oxigraph_url") if request.param == "remote-write" else None
    s = Server(write=request.param != "read-only", remote_url=remote)
    s.mode = request.param
    yield s
    s.close()


def status_ok(code: int, expected: set) -> bool:
    classes = {"StatusCode2xx": range(200, 300), "StatusCode3xx": range(300, 400),
               "StatusCode4xx": range(400, 500), "StatusCode5xx": range(500, 600)}
    return any(code in classes[e] for e in expected if e in classes)


def parse_boolean(resp) -> bool:
    ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
    if "json" in ctype:
        return json.loads(resp.text)["boolean"]
    if "xml" in ctype:
        root = ET.fromstring(resp.content)
        el = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
        return el.text.strip() == "true"
    raise AssertionError(f"boolean result in unexpected media type {ctype}")


TABULAR = {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
           "text/tab-separated-values"}
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}


def replay(server, req):
    body = req["body"].encode(req["encoding"] or "utf-8") if req["body"] is not None else None
    if body is not None and req["encoding"] and req["encoding"].upper() == "UTF-16":
        body = req["body"].encode("utf-16")
    return requests.request(req["method"], server.url + req["path"], data=body, headers=req["headers"],
                            timeout=30, allow_redirects=False)


@pytest.mark.parametrize("test", TESTS, ids=[t["name"] for t in TESTS])
def test_protocol(server, test):
    server.load(test["data"])
    for i, req in enumerate(test["requests"]):
        resp = replay(server, req)
        if server.mode == "read-only" and test["update"] and i == 0:
            # the public endpoint refuses updates: a readable 4xx, and nothing changes
            assert 400 <= resp.status_code < 500, resp.text
            assert "read-only" in resp.text
            return
        assert status_ok(resp.status_code, req["statuses"]), \
            f"{req['method']} {req['path']} -> {resp.status_code} {resp.text[:300]} (expected {req['statuses']})"
        fmt = req["format"]
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
        if fmt == "boolean":
            assert ctype in ("application/sparql-results+json", "application/sparql-results+xml"), ctype
        elif fmt == "tabular":
            assert ctype in TABULAR, ctype
        elif fmt == "RDF":
            assert ctype in RDF_TYPES, ctype
            Graph().parse(data=resp.text, format=RDF_TYPES[ctype])
        if req["boolean"] is not None:
            assert parse_boolean(resp) is req["boolean"], resp.text


# ---------------------------------------------------------------------------- service description
def service_description(server) -> Graph:
    resp = requests.get(server.url + "/sparql", headers={"Accept": "text/turtle"}, timeout=10)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("text/turtle")
    g = Graph()
    g.parse(data=resp.text, format="turtle")
    return g


def test_sd_returns_rdf(server):
    g = service_description(server)
    assert len(g) > 0
    resp = requests.get(server.url + "/sparql", headers={"Accept": "application/rdf+xml"}, timeout=10)
    assert resp.headers["Content-Type"].startswith("application/rdf+xml")
    Graph().parse(data=resp.text, format="xml")


def test_sd_has_endpoint_triple(server):
    g = service_description(server)
    assert (None, SD.endpoint, URIRef(server.url + "/sparql")) in g


def test_sd_conforms_to_schema(server):
    g = service_description(server)
    services = list(g.subjects(RDF.type, SD.Service))
    assert len(services) == 1
    svc = services[0]
    assert g.value(svc, SD.endpoint) is not None
    langs = set(g.objects(svc, SD.supportedLanguage))
    assert SD.SPARQL11Query in langs
    assert (SD.SPARQL11Update in langs) == (server.mode != "read-only")
    assert set(g.objects(svc, SD.resultFormat))
    ds = g.value(svc, SD.defaultDataset)
    assert (ds, RDF.type, SD.Dataset) in g and g.value(ds, SD.defaultGraph) is not None


# ---------------------------------------------------------------------------- Graph Store Protocol
GSP_DIR = SUITE / "graph-store-protocol"
GSP_MANIFESTS = ["manifest-direct.ttl", "manifest-indirect.ttl"]
STATUS = {"OK": {200}, "Created": {201}, "NoContent": {204}, "NotFound": {404}}
# the manifests' /gsp prefix → the explorer's routes (see docs/explorer.md)
GSP_INDIRECT, GSP_DIRECT = "/rdf-graph-store", "/graph"
GSP_FEATURES = {"DirectGraphIdentification", "IndirectGraphIdentification", "POSTGraphCreation"}
WRITE_METHODS = {"PUT", "POST", "DELETE", "PATCH"}


def _headers(g, node):
    out = {}
    if node is not None:
        for h in Collection(g, node):
            out[str(g.value(h, HT.fieldName)).lower()] = str(g.value(h, HT.fieldValue))
    return out


def load_gsp_tests():
    tests = []
    for name in GSP_MANIFESTS:
        path = GSP_DIR / name
        if not path.is_file():
            continue
        g = Graph()
        g.parse(path, format="turtle", publicID=path.as_uri())
        manifest = next(g.subjects(RDF.type, MF.Manifest))
        for t in Collection(g, g.value(manifest, MF.entries)):
            reqs = []
            for r in Collection(g, g.value(g.value(t, MF.action), HT.requests)):
                body = g.value(r, HT.body)
                resp = g.value(r, HT.resp)
                rbody = g.value(resp, HT.body)
                reqs.append({
                    "method": str(g.value(r, HT.methodName)), "path": str(g.value(r, HT.absolutePath)),
                    "headers": _headers(g, g.value(r, HT.headers)),
                    "body": str(g.value(body, CNT.chars)) if body is not None else None,
                    "statuses": {str(s).rsplit("#", 1)[-1] for s in g.objects(resp, MF.expectedStatus)},
                    "location": str(g.value(resp, MF.expectedLocation) or "") or None,
                    "resp_headers": _headers(g, g.value(resp, HT.headers)),
                    "resp_body": str(g.value(rbody, CNT.chars)) if rbody is not None else None})
            tests.append({"manifest": name, "name": str(t).rsplit("#", 1)[-1], "requests": reqs,
                          "requires": {str(x).rsplit("#", 1)[-1] for x in g.objects(t, MF.requires)}})
    return tests


GSP_TESTS = load_gsp_tests()


def gsp_path(path: str) -> str:
    if path == "/gsp" or path.startswith("/gsp?"):
        return GSP_INDIRECT + path[len("/gsp"):]
    assert path.startswith("/gsp/"), path
    return GSP_DIRECT + path[len("/gsp"):]


def gsp_status_ok(code: int, expected: set) -> bool:
    return any(code in STATUS[e] for e in expected if e in STATUS) or status_ok(code, expected)


RDF_PARSE = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld"}


@pytest.mark.parametrize("test", GSP_TESTS, ids=[f"{t['manifest']}:{t['name']}" for t in GSP_TESTS])
def test_graph_store_protocol(server, test):
    from rdflib.compare import isomorphic
    assert test["requires"] <= GSP_FEATURES, test["requires"]
    server.load([])                                 # each test starts from an empty store
    env = {}
    for req in test["requests"]:
        path, body = req["path"], req["body"]
        for k, v in env.items():
            path = path.replace(k, v)
            body = body.replace(k, v) if body is not None else None
        resp = requests.request(req["method"], server.url + gsp_path(path), headers=req["headers"],
                                data=body.encode("utf-8") if body is not None else None,
                                timeout=30, allow_redirects=False)
        if server.mode == "remote-write" and "?default" in path and req["method"] in WRITE_METHODS:
            # a remote store's default graph is the list of its article graphs: not writable
            assert resp.status_code == 405 and "article graphs" in resp.text, resp.text
            return
        if server.mode == "read-only" and req["method"] in WRITE_METHODS:
            # the public endpoint refuses writes: a readable 403, and nothing changes
            assert resp.status_code == 403, resp.text
            assert "read-only" in resp.text
            assert server.quads() == 0
            return
        assert gsp_status_ok(resp.status_code, req["statuses"]), \
            f"{req['method']} {path} -> {resp.status_code} {resp.text[:300]} (expected {req['statuses']})"
        if req["location"]:
            assert resp.headers.get("Location"), "expected a Location header"
            env[req["location"]] = resp.headers["Location"]
        for name, value in req["resp_headers"].items():
            got = resp.headers.get(name, "")
            assert got.replace(" ", "").lower() == value.replace(" ", "").lower(), (name, got, value)
        if req["resp_body"] is not None:
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
            got = Graph().parse(data=resp.text, format=RDF_PARSE[ctype])
            expected = Graph().parse(data=req["resp_body"], format="turtle")
            assert isomorphic(got, expected), resp.text
