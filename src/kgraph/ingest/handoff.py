"""Ingest through a running explorer (the on-disk store has ONE owner process).

The explorer, when it starts (kgraph.web.ingest_api registered in create_app):
  - takes the token from settings.ingest_token, or creates a random one in
    ``data_dir/ingest-token`` (mode 0600);
  - writes ``data_dir/explorer.json`` = {"host", "port", "pid", "url"}.
``kgraph ingest``, finding the store locked, reads both and POSTs the articles to
``http://host:port/api/ingest`` with ``Authorization: Bearer <token>``; the explorer runs
the same ingest code in its process (writes serialized by a lock) and answers with the
summary. Loopback only.
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict
from pathlib import Path
from typing import Optional

from ..records import Article
from .run import IngestSummary

TOKEN_FILE = "ingest-token"
INFO_FILE = "explorer.json"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def token_path(settings) -> Path:
    return Path(settings.data_dir) / TOKEN_FILE


def info_path(settings) -> Path:
    return Path(settings.data_dir) / INFO_FILE


def ensure_token(settings) -> str:
    """The ingest token: settings.ingest_token, else data_dir/ingest-token (created 0600)."""
    if settings.ingest_token:
        return settings.ingest_token
    p = token_path(settings)
    if p.is_file():
        tok = p.read_text().strip()
        if tok:
            return tok
    p.parent.mkdir(parents=True, exist_ok=True)
    tok = secrets.token_urlsafe(32)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(tok + "\n")
    os.chmod(p, 0o600)
    return tok


def read_token(settings) -> Optional[str]:
    if settings.ingest_token:
        return settings.ingest_token
    p = token_path(settings)
    return p.read_text().strip() if p.is_file() else None


def write_explorer_info(settings, host: str, port: int) -> Path:
    p = info_path(settings)
    p.parent.mkdir(parents=True, exist_ok=True)
    h = "127.0.0.1" if host in ("0.0.0.0", "", "localhost") else host
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps({"host": h, "port": int(port), "pid": os.getpid(),
                               "url": f"http://{h}:{port}"}))
    os.replace(tmp, p)
    return p


def remove_explorer_info(settings) -> None:
    p = info_path(settings)
    try:
        info = json.loads(p.read_text())
        if info.get("pid") == os.getpid():
            p.unlink()
    except (OSError, ValueError):
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def find_explorer(settings) -> Optional[dict]:
    """The running explorer's {host, port, url, pid}, or None."""
    p = info_path(settings)
    try:
        info = json.loads(p.read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or "port" not in info:
        return None
    if info.get("pid") and not _alive(int(info["pid"])):
        return None
    return info


class HandoffError(RuntimeError):
    pass


def _chunks(articles: list[Article], max_bytes: int = 4_000_000, max_n: int = 500):
    chunk, size = [], 0
    for a in articles:
        n = len(a.text.encode("utf-8")) + 512
        if chunk and (size + n > max_bytes or len(chunk) >= max_n):
            yield chunk
            chunk, size = [], 0
        chunk.append(a)
        size += n
    if chunk:
        yield chunk


def send(articles: list[Article], settings, info: dict, force: bool = False,
         timeout: float = 3600.0) -> IngestSummary:
    """POST the articles to the explorer's ingest API (in requests of ≤ 4 MB, under the
    explorer's request size limit) and add up the summaries."""
    import requests
    token = read_token(settings)
    if not token:
        raise HandoffError(f"no ingest token: set KGRAPH_INGEST_TOKEN or check {token_path(settings)}")
    url = info.get("url") or f"http://{info['host']}:{info['port']}"
    total = IngestSummary()
    for chunk in _chunks(articles):
        payload = {"articles": [asdict(a) for a in chunk], "force": force}
        try:
            r = requests.post(f"{url}/api/ingest", json=payload, timeout=timeout,
                              headers={"Authorization": f"Bearer {token}"})
        except requests.RequestException as exc:
            raise HandoffError(f"the explorer at {url} did not answer: {exc}") from exc
        if r.status_code == 401:
            raise HandoffError(f"the explorer at {url} refused the ingest token")
        if r.status_code == 404:
            raise HandoffError(f"the explorer at {url} has no ingest API (/api/ingest)")
        if r.status_code >= 400:
            raise HandoffError(f"the explorer at {url} failed ({r.status_code}): {r.text[:500]}")
        s = IngestSummary()
        for k, v in r.json().get("summary", {}).items():
            if hasattr(s, k):
                setattr(s, k, v)
        total.add(s)
        total.seconds += s.seconds
    return total


def articles_from_json(items: list) -> list[Article]:
    fields = set(Article.__dataclass_fields__)
    out = []
    for i, it in enumerate(items):
        if not isinstance(it, dict) or not isinstance(it.get("text"), str) or not it.get("id"):
            raise ValueError(f"article {i}: needs at least 'id' and 'text'")
        out.append(Article(**{k: v for k, v in it.items() if k in fields}))
    return out
