"""kgraph eval GOLD_DIR ARTICLES_DIR"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from .common import err, fail


def register(sub) -> None:
    p = sub.add_parser("eval", help="extract a corpus and score it against gold annotations",
                       description="Run the extractor on ARTICLES_DIR (NNN.txt …), score the result "
                                   "against GOLD_DIR (NNN.json, GUIDELINES.md format) and print "
                                   "per-type precision/recall/F1. The last line is a summary.")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("articles_dir", metavar="ARTICLES_DIR")
    p.add_argument("--pred", metavar="DIR", help="also keep the predictions in DIR")
    p.add_argument("--json", metavar="FILE", help="write the scores as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..evaluate import format_table, score_dirs
    from ..extract import Extractor, to_annotation
    from ..read import read_paths
    gold, arts = Path(args.gold_dir), Path(args.articles_dir)
    if not gold.is_dir():
        return fail(f"not a folder: {gold}")
    if not arts.is_dir():
        return fail(f"not a folder: {arts}")
    stems = {p.stem for p in gold.glob("*.json")}
    files = sorted(str(p) for p in arts.iterdir() if p.suffix in (".txt", ".md") and p.stem in stems)
    if not files:
        return fail(f"no article in {arts} has a gold file in {gold}")
    articles, errors = read_paths(files)
    for e in errors:
        err.print(f"[red]skipped[/] {e}")
    t0 = time.perf_counter()
    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.pred) if args.pred else Path(tmp)
        pred.mkdir(parents=True, exist_ok=True)
        for ex in extractor.extract_many(articles):
            (pred / f"{ex.article.stem}.json").write_text(
                json.dumps(to_annotation(ex), ensure_ascii=False, indent=1), encoding="utf-8")
        elapsed = time.perf_counter() - t0
        sc = score_dirs(gold, pred)
    err.print(f"extracted {len(articles)} article(s) in {elapsed:.1f} s")
    if sc.missing:
        err.print("no prediction for: " + " ".join(sc.missing))
    print(format_table(sc), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"entities": {t: v.as_dict() for t, v in sc.entities.items()},
             "relations": {t: v.as_dict() for t, v in sc.relations.items()},
             "relations_lenient_all": sc.relations_lenient.as_dict(), **sc.summary()}, indent=2),
            encoding="utf-8")
    return 0
