"""Regression floors on the dev corpus (slightly below the scores reached)."""
import json
import time
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"  # ../shared beside the checkout
FLOORS = {"org_f1": 0.95, "entity_f1": 0.945, "relation_f1": 0.95,
          "org_subtype_acc": 0.945, "org_canonical_acc": 0.985}


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not available")
def test_dev_corpus_floors(extractor, tmp_path):
    from kgraph.evaluate import score_dirs
    from kgraph.extract import to_annotation
    from kgraph.read import read_paths
    arts, errors = read_paths(sorted(str(p) for p in (DEV / "articles").glob("*.txt")))
    assert not errors
    t0 = time.perf_counter()
    for ex in extractor.extract_many(arts):
        (tmp_path / f"{ex.article.stem}.json").write_text(json.dumps(to_annotation(ex)), encoding="utf-8")
    assert time.perf_counter() - t0 < 20
    s = score_dirs(DEV / "gold", tmp_path).summary()
    for k, floor in FLOORS.items():
        assert s[k] >= floor, (k, s)


def test_scorer_agrees_on_a_tiny_case(tmp_path):
    from kgraph.evaluate import score_dirs
    gold = {"entities": [{"text": "Acme", "type": "Organization", "subtype": "Company",
                          "canonical": "Acme", "aliases": []},
                         {"text": "Beta Ltd", "type": "Organization", "subtype": "Company",
                          "canonical": "Beta Ltd", "aliases": ["Beta"]}],
            "relations": [{"type": "partnersWith", "subject": "Acme", "object": "Beta Ltd"}]}
    pred = {"entities": [{"text": "Beta", "type": "Organization", "subtype": "Company",
                          "canonical": "Beta", "aliases": []},
                         {"text": "the Acme", "type": "Organization", "subtype": "Other",
                          "canonical": "Acme", "aliases": []}],
            "relations": [{"type": "partnersWith", "subject": "Beta", "object": "Acme"}]}
    (tmp_path / "g").mkdir()
    (tmp_path / "p").mkdir()
    (tmp_path / "g" / "001.json").write_text(json.dumps(gold))
    (tmp_path / "p" / "001.json").write_text(json.dumps(pred))
    s = score_dirs(tmp_path / "g", tmp_path / "p")
    assert s.entities["Organization"].tp == 2
    assert s.relations["partnersWith"].tp == 1
    assert s.subtype_accuracy == 0.5 and s.canonical_accuracy == 0.5
