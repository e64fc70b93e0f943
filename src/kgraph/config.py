"""Settings from environment variables (KGRAPH_*), optionally from a config file.

A config file (TOML, path in KGRAPH_CONFIG or ./kgraph.toml) may set the same keys in
lower case without the prefix, e.g. ``data_dir = "/srv/kgraph"``; environment wins.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Optional


@dataclass
class Settings:
    data_dir: Path = Path("data")
    host: str = "127.0.0.1"
    port: int = 5000
    base_iri: str = ""                      # default: the explorer's own address
    store: str = ""                         # local store path; default data_dir/store
    sparql_query_url: str = ""              # remote SPARQL 1.1 store (scale-out)
    sparql_update_url: str = ""
    sparql_gsp_url: str = ""
    neo4j_uri: str = ""                     # default: the local ArcadeDB Bolt server
    neo4j_user: str = "root"
    neo4j_password: str = "kgraph-local"
    neo4j_database: str = "kgraph"
    bolt_port: int = 7687
    graphdb_http_port: int = 2480
    query_timeout: float = 10.0             # seconds, public endpoints
    row_cap: int = 10000
    max_article_bytes: int = 5_000_000
    ingest_token: str = ""                  # default: a random token kept in data_dir
    sparql_write: bool = False              # allow SPARQL Update on /sparql (off by default)

    @property
    def base(self) -> str:
        return (self.base_iri or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def store_path(self) -> Path:
        return Path(self.store) if self.store else self.data_dir / "store"

    @property
    def remote_store(self) -> bool:
        return bool(self.sparql_query_url)

    @property
    def bolt_uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.bolt_port}"


def _coerce(kind, raw):
    if kind is bool or kind == "bool":
        return str(raw).strip().lower() in ("1", "true", "yes", "on")
    if kind in (int, "int"):
        return int(raw)
    if kind in (float, "float"):
        return float(raw)
    if kind in (Path, "Path"):
        return Path(raw).expanduser()
    return str(raw)


def load(env: Optional[dict] = None) -> Settings:
    env = dict(os.environ if env is None else env)
    values: dict = {}
    cfg = Path(env.get("KGRAPH_CONFIG", "kgraph.toml"))
    if cfg.is_file():
        with cfg.open("rb") as fh:
            values.update(tomllib.load(fh))
    for f in fields(Settings):
        key = "KGRAPH_" + f.name.upper()
        if key in env and env[key] != "":
            values[f.name] = env[key]
    known = {f.name: f.type for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise ValueError(f"unknown setting(s) in {cfg}: {', '.join(sorted(unknown))}")
    return Settings(**{k: _coerce(known[k], v) for k, v in values.items()})
