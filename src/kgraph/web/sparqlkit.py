"""SPARQL text handling for the public endpoint: a light tokenizer, the rewrites that make
the timeout real, the query form, result serialization and content negotiation.

Why a rewrite: pyoxigraph cannot be cancelled from outside and swallows exceptions raised
by custom functions (they become evaluation errors). But it calls custom functions *during*
evaluation, and a variable-free ``FILTER(<urn:kgraph:tick>())`` is pushed down onto the
scans of its group. When the deadline passes the tick answers false, so every scan dries
up and the joins above them finish within moments: the query really stops (measured: a
64-million-row cross join ends ~0.05 s after its deadline instead of running 2 minutes).
The endpoint then answers 503 and never returns the partial results.
"""
from __future__ import annotations

import csv
import io
import json
import re
import time
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

TICK_IRI = "urn:kgraph:tick"
TICK_FILTER = f" FILTER(<{TICK_IRI}>()) "

# ---------------------------------------------------------------------------- tokenizer
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<pname>[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*:(?:[\w\-\u00B7-\uFFFF.:%\\]*[\w\-:%])?|:(?:[\w\-\u00B7-\uFFFF.:%\\]*[\w\-:%])?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass
class Tok:
    kind: str
    text: str
    start: int
    end: int

    @property
    def kw(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        out.append(Tok(kind, m.group(), m.start(), m.end()))
    return out


@dataclass
class Analysis:
    form: str = ""                     # SELECT ASK CONSTRUCT DESCRIBE, or "" if unknown
    has_dataset: bool = False          # FROM / FROM NAMED at top level
    keywords: set = field(default_factory=set)   # every keyword seen (upper case)


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"}


def analyse(text: str) -> Analysis:
    a = Analysis()
    depth = 0
    for t in tokens(text):
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        elif t.kind == "word":
            kw = t.kw
            a.keywords.add(kw)
            if not a.form and kw in QUERY_FORMS:
                a.form = kw
            if kw == "FROM" and depth == 0:
                a.has_dataset = True
    return a


def instrument_query(text: str) -> str:
    """Insert the deadline tick into every group graph pattern of a query.

    Skips CONSTRUCT templates, VALUES data blocks and sub-select groups (which may hold
    nothing but the SELECT); rewrites the short ``CONSTRUCT WHERE { T }`` form to
    ``CONSTRUCT { T } WHERE { T }`` so it gets a tick too."""
    toks = tokens(text)
    inserts: list[tuple[int, str]] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "word" and t.kw == "VALUES":
            # skip to the data block and past it
            j = i + 1
            while j < n and toks[j].kind != "open":
                j += 1
            while j < n and toks[j].kind != "close":
                j += 1
            i = j + 1
            continue
        if t.kind == "word" and t.kw == "CONSTRUCT":
            j = i + 1
            if j < n and toks[j].kind == "word" and toks[j].kw == "WHERE" and j + 1 < n \
                    and toks[j + 1].kind == "open":
                close = _matching(toks, j + 1)
                if close is None:
                    return text
                body = text[toks[j + 1].start:toks[close].end]
                inserts.append((toks[j].start, body + " "))   # template before WHERE
                inserts.append((toks[j + 1].end, TICK_FILTER))
                i = close + 1
                continue
            if j < n and toks[j].kind == "open":              # template: skip it
                close = _matching(toks, j)
                if close is None:
                    return text
                i = close + 1
                continue
        if t.kind == "open":
            nxt = toks[i + 1] if i + 1 < n else None
            if not (nxt is not None and nxt.kind == "word" and nxt.kw == "SELECT"):
                inserts.append((t.end, TICK_FILTER))
        i += 1
    for pos, s in sorted(inserts, key=lambda x: x[0], reverse=True):
        text = text[:pos] + s + text[pos:]
    return text


def _matching(toks: list[Tok], i: int) -> int | None:
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind == "open":
            depth += 1
        elif toks[j].kind == "close":
            depth -= 1
            if depth == 0:
                return j
    return None


def add_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Apply the protocol's using-graph-uri / using-named-graph-uri to every
    DELETE/INSERT … WHERE operation (the caller rejects updates with USING/WITH)."""
    clause = "".join(f" USING <{g}>" for g in using) + "".join(f" USING NAMED <{g}>" for g in using_named) + " "
    toks = tokens(update)
    inserts = []
    depth = 0
    for k, t in enumerate(toks):
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        elif depth == 0 and t.kind == "word" and t.kw == "WHERE":
            prev = toks[k - 1] if k else None
            if prev is not None and prev.kind == "word" and prev.kw == "DELETE":
                continue                                    # DELETE WHERE shorthand
            inserts.append(t.start)
    for pos in reversed(inserts):
        update = update[:pos] + clause + update[pos:]
    return update


# ---------------------------------------------------------------------------- deadline
class Deadline:
    """The tick function handed to pyoxigraph, plus the checks around iteration."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self.calls = 0
        self._true, self._false = ox.Literal(True), ox.Literal(False)

    def tick(self, *args):
        self.calls += 1
        if self.expired or time.monotonic() > self.at:
            self.expired = True
            return self._false
        return self._true

    def check(self) -> bool:
        if time.monotonic() > self.at:
            self.expired = True
        return self.expired

    @property
    def functions(self) -> dict:
        return {ox.NamedNode(TICK_IRI): self.tick}


class QueryTimeout(Exception):
    pass


# ---------------------------------------------------------------------------- formats
SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
BOOLEAN_TYPES = {k: v for k, v in SELECT_TYPES.items() if v in ("json", "xml")}
RDF_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
FORMAT_ALIASES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "rdfxml": "rdfxml", "rdf": "rdfxml", "rdf+xml": "rdfxml", "rdf/xml": "rdfxml",
    "jsonld": "jsonld", "json-ld": "jsonld",
}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values",
         "turtle": "text/turtle", "nt": "application/n-triples",
         "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}
OX_RDF = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
          "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}


def choose_format(kind: str, accept, format_param: str | None) -> str | None:
    """kind: 'select', 'boolean' or 'rdf'. Returns a format key, or None (406)."""
    table = {"select": SELECT_TYPES, "boolean": BOOLEAN_TYPES, "rdf": RDF_TYPES}[kind]
    default = "turtle" if kind == "rdf" else "json"
    if format_param:
        f = format_param.strip().lower()
        if f in table:
            return table[f]
        key = FORMAT_ALIASES.get(f)
        if key == "xml" and kind == "rdf":
            key = "rdfxml"
        if key == "json" and kind == "rdf":
            key = "jsonld"
        if key in table.values():
            return key
        if key in ("csv", "tsv") and kind == "boolean":
            return key
        return None
    if not accept:
        return default
    # werkzeug MIMEAccept: q-values and wildcards; prefer the default on ties
    offers = [MEDIA[default]] + [m for m in table if m != MEDIA[default]]
    best = accept.best_match(offers)
    if best is None:
        return None
    return table[best]


def _term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(t.subject),
                                             "predicate": _term_json(t.predicate),
                                             "object": _term_json(t.object)}}
    return {"type": "literal", "value": str(t)}


def _term_xml(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{xml_escape(t.value)}</literal>"
        if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(t.datatype.value)}>{xml_escape(t.value)}</literal>"
        return f"<literal>{xml_escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return ("<triple><subject>" + _term_xml(t.subject) + "</subject><predicate>"
                + _term_xml(t.predicate) + "</predicate><object>" + _term_xml(t.object)
                + "</object></triple>")
    return f"<literal>{xml_escape(str(t))}</literal>"


def _term_csv(t) -> str:
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


def serialize_select(variables: list[str], rows: list[list], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head>",
               "<results>"]
        for row in rows:
            out.append("<result>" + "".join(
                f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                for v, t in zip(variables, row) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode()
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow(["" if t is None else _term_csv(t) for t in row])
        return buf.getvalue().encode()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in variables)]
        for row in rows:
            lines.append("\t".join("" if t is None else str(t) for t in row))
        return ("\n".join(lines) + "\n").encode()
    raise ValueError(fmt)


def serialize_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    return (("true" if value else "false") + "\n").encode()


def serialize_triples(triples: list, fmt: str, prefixes: dict | None = None) -> bytes:
    kw = {"prefixes": prefixes} if prefixes and fmt in ("turtle", "rdfxml") else {}
    if fmt in ("turtle", "rdfxml"):        # group each subject's triples together
        triples = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate)))
    return ox.serialize(triples, format=OX_RDF[fmt], **kw)
