"""(tests/ingest helpers) Extraction records built by hand or from the dev corpus gold annotations, so the ingest
tests do not depend on what the (concurrently improved) extractor finds."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from kgraph.records import Article, Entity, Evidence, Extraction, Mention, Relation

HERE = Path(__file__).parent
DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.find(needle, start)
    if i < 0:
        i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else (0, min(len(text), len(needle)))


def extraction_from_json(doc: dict) -> Extraction:
    a = doc["article"]
    art = Article(id=a["id"], text=a["text"], title=a.get("title", ""), url=a.get("url"),
                  date=a.get("date"), source=a.get("source", a["id"]))
    ex = Extraction(art)
    for e in doc["entities"]:
        s, t = _find(art.text, e["text"])
        ex.entities.append(Entity(key=e["key"], type=e["type"], text=e["text"],
                                  canonical=e["canonical"], subtype=e.get("subtype"),
                                  aliases=e.get("aliases", []), value=e.get("value"),
                                  currency=e.get("currency"), mentions=[Mention(e["text"], s, t)]))
    for r in doc["relations"]:
        s, t = _find(art.text, r["sentence"])
        ex.relations.append(Relation(r["type"], r["subject"], r["object"],
                                     Evidence(r["sentence"], s, t, 0.9, "test-fixture", "1", "hand"),
                                     amount=r.get("amount")))
    return ex


def quarantine_fixture() -> Extraction:
    return extraction_from_json(json.loads((HERE / "fixtures" / "quarantine_article.json").read_text()))


def gold_extraction(stem: str) -> Extraction:
    """The dev corpus gold annotation of one article as an Extraction."""
    d = json.loads((DEV / "gold" / f"{stem}.json").read_text())
    text = (DEV / "articles" / f"{stem}.txt").read_text()
    art = Article(id=f"gold:{stem}", text=text, title=d.get("title", ""), source=f"gold/{stem}", stem=stem)
    ex = Extraction(art)
    keys = {}
    for i, e in enumerate(d["entities"]):
        if e["type"] in ("Money", "Date"):
            continue
        key = f"e{i}"
        keys.setdefault(e["canonical"], key)
        s, t = _find(text, e["text"])
        ex.entities.append(Entity(key=key, type=e["type"], text=e["text"], canonical=e["canonical"],
                                  subtype=e.get("subtype"), aliases=list(e.get("aliases", [])),
                                  native_name=e.get("native_name"),
                                  mentions=[Mention(e["text"], s, t)]))
    for r in d["relations"]:
        if r["subject"] not in keys or r["object"] not in keys:
            continue
        ev = r["evidence"]
        s, t = _find(text, ev)
        ex.relations.append(Relation(r["type"], keys[r["subject"]], keys[r["object"]],
                                     Evidence(ev, s, t, 1.0, "gold", "1", "gold")))
    return ex


class StubExtractor:
    """Feeds prepared Extractions through ingest_articles (by article id)."""

    def __init__(self, extractions):
        self.by_id = {ex.article.id: ex for ex in extractions}

    def extract(self, article):
        return next(self.extract_many([article]))

    def extract_many(self, articles, batch_size=16, n_process=1):
        import copy
        for a in articles:
            ex = copy.deepcopy(self.by_id[a.id])
            ex.article = a
            yield ex


# ---------------------------------------------------------------- processes and servers
ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
DEV_ARTICLES = ROOT.parent / "shared" / "corpus" / "dev" / "articles"


def kgraph_env(data_dir: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update({"KGRAPH_DATA_DIR": str(data_dir), "KGRAPH_BASE_IRI": "http://kg.test",
                "PYTHONUNBUFFERED": "1"})
    env.update({k: str(v) for k, v in extra.items()})
    return env
