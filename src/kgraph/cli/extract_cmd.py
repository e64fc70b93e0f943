"""kgraph extract PATH... --out DIR"""
from __future__ import annotations

import json
from pathlib import Path

from .common import err, fail


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract entities and relations to annotation JSON files",
                       description="Run the extractor on articles and write one JSON file per input "
                                   "(001.txt -> DIR/001.json) in the dev-corpus annotation format.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt .md .html .jsonl)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    p.add_argument("--explain", action="store_true",
                   help="add the pattern and offsets behind each relation to the JSON and print them")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..extract import Extractor, to_annotation
    from ..read import read_paths
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    articles, errors = read_paths(args.paths)
    for e in errors:
        err.print(f"[red]skipped[/] {e}")
    if not articles:
        return fail("no readable articles among the inputs")
    extractor = Extractor()
    for ex in extractor.extract_many(articles):
        doc = to_annotation(ex, explain=args.explain)
        target = out / f"{ex.article.stem or 'article'}.json"
        target.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.explain:
            for r in doc["relations"]:
                err.print(f"{target.name}: {r['type']}({r['subject']}, {r['object']}) "
                          f"[dim]← {r.get('pattern', '?')}[/]", soft_wrap=True)
    err.print(f"wrote {len(articles)} file(s) to {out}")
    return 1 if errors else 0
