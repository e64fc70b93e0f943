"""Plain-text readers."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..records import Article


@dataclass
class ReadError:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def content_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def read_text_file(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    title = lines[0].lstrip("# ").strip() if lines else ""
    return Article(id=content_id(text), text=text, title=title, source=str(path), stem=path.stem)


def read_paths(paths: Iterable[str]) -> tuple[list[Article], list[ReadError]]:
    articles, errors = [], []
    for raw in paths:
        p = Path(raw)
        files = sorted(x for x in p.rglob("*") if x.suffix in (".txt", ".md")) if p.is_dir() else [p]
        for f in files:
            try:
                articles.append(read_text_file(f))
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(ReadError(str(f), str(exc)))
    return articles, errors
