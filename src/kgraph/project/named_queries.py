"""Named queries: queries/NAME.rq (SPARQL) and queries/NAME.cypher (Cypher), same answers.

Each file starts with a header of comments (``#`` in SPARQL, ``//`` in Cypher)::

    # title: Partners of an organization
    # description: Organizations reported as partners of the given one,
    #   continued on indented comment lines.
    # params: org (IRI), date (date)

Parameters are written ``$name`` in both languages. Cypher takes them as query parameters;
SPARQL's ``$name`` is a plain variable (the file runs as is in any SPARQL tool), and
:func:`bind_sparql` substitutes the values as RDF terms before running it here.
Parameter types: IRI, string, date (ISO 8601 string, compared as text), integer.

    list_queries() -> [NamedQuery(name, title, description, params, sparql, cypher)]
    get_query(name) -> NamedQuery
    q.sparql_with({"org": iri})  ->  SPARQL text ready to run
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

PARAM_TYPES = ("IRI", "string", "date", "integer")
_HEADER_KEY = re.compile(r"^(title|description|params)\s*:\s*(.*)$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?$")


class QueryError(ValueError):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "string"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    cypher: str

    def sparql_with(self, values: dict) -> str:
        return bind_sparql(self.sparql, self.params, values)

    def cypher_parameters(self, values: dict) -> dict:
        """The values as Cypher parameters (checked like the SPARQL ones)."""
        out = {}
        for p in self.params:
            if p.name not in values:
                raise QueryError(f"missing parameter {p.name!r}")
            out[p.name] = _check(p, values[p.name])
        return out


def queries_dir() -> Path:
    from .. import resources
    return resources.path("queries")


def _header(text: str, marker: str) -> dict:
    out: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith(marker):
            break
        body = s[len(marker):].strip()
        m = _HEADER_KEY.match(body)
        if m:
            key = m.group(1)
            out[key] = m.group(2).strip()
        elif key and body:
            out[key] = (out[key] + " " + body).strip()
    return out


def _params(spec: str, where: str) -> tuple[Param, ...]:
    params = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = _PARAM.match(part)
        if not m:
            raise QueryError(f"{where}: cannot read parameter {part!r}")
        ptype = (m.group(2) or "string").strip()
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{where}: parameter {m.group(1)} has unknown type {ptype!r}")
        params.append(Param(m.group(1), ptype))
    return tuple(params)


def load_query(name: str, folder: Optional[Path] = None) -> NamedQuery:
    folder = folder or queries_dir()
    rq, cy = folder / f"{name}.rq", folder / f"{name}.cypher"
    if not rq.is_file() or not cy.is_file():
        raise QueryError(f"named query {name!r} needs both {rq.name} and {cy.name}")
    sparql, cypher = rq.read_text(encoding="utf-8"), cy.read_text(encoding="utf-8")
    hs, hc = _header(sparql, "#"), _header(cypher, "//")
    ps, pc = _params(hs.get("params", ""), rq.name), _params(hc.get("params", ""), cy.name)
    if ps != pc:
        raise QueryError(f"{name}: parameters differ between {rq.name} {ps} and {cy.name} {pc}")
    for p in ps:
        for text, fname in ((sparql, rq.name), (cypher, cy.name)):
            if not re.search(rf"\${p.name}\b", text):
                raise QueryError(f"{fname}: parameter ${p.name} is declared but not used")
    return NamedQuery(name=name, title=hs.get("title") or hc.get("title") or name,
                      description=hs.get("description") or hc.get("description") or "",
                      params=ps, sparql=sparql, cypher=cypher)


def list_queries(folder: Optional[Path] = None) -> list[NamedQuery]:
    folder = folder or queries_dir()
    names = sorted({p.stem for p in folder.glob("*.rq")} | {p.stem for p in folder.glob("*.cypher")})
    return [load_query(n, folder) for n in names]


def get_query(name: str, folder: Optional[Path] = None) -> NamedQuery:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name or ""):
        raise QueryError(f"no named query {name!r}")
    return load_query(name, folder)


# ---------------------------------------------------------------------- binding
_IRI_BAD = re.compile(r'[\s<>"{}|\\^`]')
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?([T ][0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$")


def _check(p: Param, value):
    if value is None:
        raise QueryError(f"parameter {p.name!r} is empty")
    if p.type == "IRI":
        value = str(value)
        if not value or _IRI_BAD.search(value) or ":" not in value:
            raise QueryError(f"parameter {p.name!r} is not an IRI: {value!r}")
        return value
    if p.type == "integer":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise QueryError(f"parameter {p.name!r} is not an integer: {value!r}") from None
    if p.type == "date":
        value = str(value)
        if not _DATE.match(value):
            raise QueryError(f"parameter {p.name!r} is not an ISO 8601 date: {value!r}")
        return value
    return str(value)


def _sparql_term(p: Param, value) -> str:
    value = _check(p, value)
    if p.type == "IRI":
        return f"<{value}>"
    if p.type == "integer":
        return str(value)
    esc = (str(value).replace("\\", "\\\\").replace('"', '\\"')
           .replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{esc}"'


def bind_sparql(sparql: str, params, values: dict) -> str:
    """Replace each ``$name`` (outside comments) with the value as an RDF term."""
    terms = {}
    for p in params:
        if p.name not in values:
            raise QueryError(f"missing parameter {p.name!r}")
        terms[p.name] = _sparql_term(p, values[p.name])
    out = []
    for line in sparql.splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            out.append(line)
            continue
        out.append(re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)\b",
                          lambda m: terms.get(m.group(1), m.group(0)), line))
    return "".join(out)
