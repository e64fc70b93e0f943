"""Readers: files, folders, JSONL, HTML, RSS/Atom feeds (files or URLs) → Article records.

Ids: an article's URL when it has one, else ``sha256:`` + a hash of its text (so an
unchanged file keeps its id; a changed file gets a new id and, through its source key
``file:/abs/path``, replaces the previous version at ingest — see docs/ingest.md).

Bad input never stops a batch: every problem becomes a ReadError naming the file (and
line), and the other inputs are read.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from ..records import Article

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".feed")
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class ReadError:
    source: str
    problem: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.problem}"


class BadInput(ValueError):
    pass


def content_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------- helpers
def _decode(data: bytes, what: str) -> str:
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not valid UTF-8 {what} (byte {exc.start}: {exc.reason})") from None
    if not text.strip():
        raise BadInput("empty file (only whitespace)")
    return text


def _check_size(n: int, limit: int) -> None:
    if limit and n > limit:
        raise BadInput(f"too large: {n} bytes > max_article_bytes {limit} "
                       "(raise KGRAPH_MAX_ARTICLE_BYTES to allow it)")


_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def iso_date(value) -> Optional[str]:
    """ISO 8601 day/month/year from what readers find ('2020-10-01T12:00:00Z', struct_time…)."""
    if value is None or value == "":
        return None
    if hasattr(value, "tm_year"):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    s = str(value).strip()
    if _DATE_RE.match(s):
        return s
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", s)
    if m:
        return m.group(1)
    try:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _title_of(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("# ").strip()
    return ""


# --------------------------------------------------------------------- readers
INDEX_NAME = "index.tsv"


@lru_cache(maxsize=64)
def _folder_dates(folder: str, mtime_ns: int) -> dict[str, str]:
    """A corpus folder's ``index.tsv`` (columns ``id`` and ``date_iso`` or ``date``, as in
    the dev corpus): file stem -> ISO date. Text files carry no date of their own; the index
    does. A row whose date is not ISO 8601 ("2d", "last week") gives none."""
    try:
        lines = (Path(folder) / INDEX_NAME).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    header = [h.strip().lower() for h in lines[0].split("\t")] if lines else []
    if "id" not in header:
        return {}
    columns = [header.index(c) for c in ("date_iso", "date") if c in header]
    id_col, dates = header.index("id"), {}
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        date = next((d for d in (iso_date(cells[i]) for i in columns if i < len(cells)) if d), None)
        if date and id_col < len(cells) and cells[id_col]:
            dates[cells[id_col]] = date
    return dates


def indexed_date(path: Path) -> Optional[str]:
    """The date the article file's folder index gives it, if any."""
    try:
        mtime = (path.parent / INDEX_NAME).stat().st_mtime_ns
    except OSError:
        return None
    return _folder_dates(str(path.parent), mtime).get(path.stem)


def read_text_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    _check_size(path.stat().st_size, max_bytes)
    text = _decode(path.read_bytes(), "text")
    return Article(id=content_id(text), text=text, title=_title_of(text), source=str(path),
                   stem=path.stem, date=indexed_date(path))


def html_to_article(html: str, source: str, stem: str = "", url: Optional[str] = None) -> Article:
    import trafilatura
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    date = iso_date(meta.date) if meta and meta.date else None
    url = url or (meta.url if meta and meta.url and meta.url.startswith("http") else None)
    lang = "en"
    m = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2,3})", html[:2000], re.I)
    if m:
        lang = m.group(1).lower()
    if not text.strip():
        raise BadInput("no article text found in the HTML")
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"   # the headline is evidence too (it often states a fact)
    return Article(id=url or content_id(text), text=text, title=title or _title_of(text),
                   url=url, date=date, language=lang, source=source, stem=stem)


def read_html_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    _check_size(path.stat().st_size, max_bytes)
    html = _decode(path.read_bytes(), "HTML")
    return html_to_article(html, str(path), path.stem)


def read_jsonl_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES):
    """One article per line: {"url", "title", "date", "text", "language"}; ``text`` required."""
    articles, errors = [], []
    data = path.read_bytes()
    if not data.strip():
        return [], [ReadError(str(path), "empty file")]
    if b"\x00" in data[:8192]:
        return [], [ReadError(str(path), "binary file (contains NUL bytes), not JSON Lines")]
    for n, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            if max_bytes and len(raw) > max_bytes:
                raise BadInput(f"line too large: {len(raw)} bytes > max_article_bytes {max_bytes}")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BadInput(f"not valid UTF-8 (byte {exc.start})") from None
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput(f"malformed JSON: {exc.msg} (column {exc.colno})") from None
            if not isinstance(obj, dict):
                raise BadInput("expected a JSON object per line")
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadInput("missing or empty 'text'")
            url = obj.get("url") or None
            if url is not None and not isinstance(url, str):
                raise BadInput("'url' must be a string")
            title = str(obj.get("title") or _title_of(text))
            date = iso_date(obj.get("date"))
            if obj.get("date") and date is None:
                raise BadInput(f"'date' is not an ISO 8601 date: {obj.get('date')!r}")
            articles.append(Article(id=url or content_id(text), text=text, title=title, url=url,
                                    date=date, language=str(obj.get("language") or "en"),
                                    source=f"{path}:{n}", stem=f"{path.stem}-{n}"))
        except BadInput as exc:
            errors.append(ReadError(str(path), str(exc), line=n))
    return articles, errors


def parse_feed(data: bytes | str, source: str):
    """RSS/Atom → articles from entries that carry content or a summary."""
    import feedparser
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        raise BadInput(f"malformed feed: {exc}")
    if not entries:
        raise BadInput("feed has no entries")
    articles, errors = [], []
    for n, e in enumerate(entries, start=1):
        body = ""
        if e.get("content"):
            body = "\n\n".join(c.get("value", "") for c in e["content"] if c.get("value"))
        body = body or e.get("summary", "") or ""
        if "<" in body and ">" in body:
            import trafilatura
            body = trafilatura.extract(f"<html><body><article>{body}</article></body></html>",
                                       favor_recall=True) or re.sub(r"<[^>]+>", " ", body)
        body = body.strip()
        if not body:
            errors.append(ReadError(source, f"entry {n} has no content or summary"))
            continue
        title = (e.get("title") or "").strip()
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        url = e.get("link") or None
        date = iso_date(e.get("published_parsed") or e.get("updated_parsed")
                        or e.get("published") or e.get("updated"))
        lang = (e.get("language") or parsed.feed.get("language") or "en").split("-")[0].lower()
        articles.append(Article(id=url or content_id(text), text=text, title=title or _title_of(text),
                                url=url, date=date, language=lang or "en",
                                source=f"{source}#entry{n}", stem=f"entry-{n}"))
    return articles, errors


def read_feed_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES):
    _check_size(path.stat().st_size, max_bytes * 10 if max_bytes else 0)
    data = path.read_bytes()
    _decode(data, "feed")  # empty / binary / undecodable checks
    return parse_feed(data, str(path))


def read_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 30.0):
    """A feed URL (RSS/Atom) or a web page (HTML), fetched with requests."""
    import requests
    try:
        r = requests.get(url, timeout=timeout, headers={"User-Agent": "kgraph-ingest"}, stream=True)
        r.raise_for_status()
        data = r.raw.read(max_bytes * 10 + 1 if max_bytes else None, decode_content=True)
    except requests.RequestException as exc:
        raise BadInput(f"cannot fetch: {exc}") from None
    if max_bytes and len(data) > max_bytes * 10:
        raise BadInput(f"response too large (> {max_bytes * 10} bytes)")
    ctype = r.headers.get("Content-Type", "").lower()
    head = data[:500].lstrip().lower()
    if "html" in ctype and b"<rss" not in head and b"<feed" not in head:
        text = _decode(data, "HTML")
        return [html_to_article(text, url, url=url)], []
    return parse_feed(data, url)


def _is_feed_file(path: Path) -> bool:
    if path.suffix.lower() in (".rss", ".atom", ".feed"):
        return True
    if path.suffix.lower() == ".xml":
        head = path.read_bytes()[:1000].lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return False


def _is_folder_doc(path: Path) -> bool:
    """README/LICENSE/CHANGELOG files describe a folder of articles; they are not articles
    (name such a file explicitly to ingest it)."""
    return path.stem.upper() in ("README", "LICENSE", "CHANGELOG", "CONTRIBUTING", "NOTICE")


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES):
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return read_jsonl_file(path, max_bytes)
    if suffix in HTML_SUFFIXES:
        return [read_html_file(path, max_bytes)], []
    if suffix in FEED_SUFFIXES:
        if not _is_feed_file(path):
            raise BadInput("XML file is not an RSS/Atom feed")
        return read_feed_file(path, max_bytes)
    return [read_text_file(path, max_bytes)], []


def read_paths(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
               ) -> tuple[list[Article], list[ReadError]]:
    """Files, folders (recursively: .txt .md .html .htm .jsonl .rss .atom .xml), feed URLs."""
    articles: list[Article] = []
    errors: list[ReadError] = []
    for raw in paths:
        raw = str(raw)
        if raw.startswith(("http://", "https://")):
            try:
                a, e = read_url(raw, max_bytes)
                articles += a
                errors += e
            except BadInput as exc:
                errors.append(ReadError(raw, str(exc)))
            continue
        p = Path(raw)
        if not p.exists():
            errors.append(ReadError(raw, "no such file or folder"))
            continue
        if p.is_dir():
            files = sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in ALL_SUFFIXES
                           and not x.name.startswith(".") and not _is_folder_doc(x))
            if not files:
                errors.append(ReadError(raw, "folder holds no readable articles"))
        else:
            files = [p]
        for f in files:
            try:
                a, e = read_path(f, max_bytes)
                articles += a
                errors += e
            except BadInput as exc:
                errors.append(ReadError(str(f), str(exc)))
            except OSError as exc:
                errors.append(ReadError(str(f), f"cannot read: {exc.strerror or exc}"))
            except Exception as exc:  # a reader library failing on odd input
                errors.append(ReadError(str(f), f"unreadable: {type(exc).__name__}: {exc}"))
    return articles, errors
