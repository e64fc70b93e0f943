"""The bundled product example (examples/articles), not dev data."""
from pathlib import Path

from kgraph.records import Article

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "articles" / "01-salento-biomedical-district.txt"


def _names(e):
    return {e.canonical, e.text, *e.aliases}


def test_salento_example_entities(extractor):
    ex = extractor.extract(Article(id="ex1", text=EXAMPLE.read_text(encoding="utf-8"), stem="ex1"))
    by_type = {}
    for e in ex.entities:
        by_type.setdefault(e.type, []).append(e)

    def find(type_, name):
        return [e for e in by_type.get(type_, []) if name in _names(e)]

    assert find("Organization", "Medtronic")
    assert find("Organization", "Università del Salento")
    nanotec = find("Organization", "CNR Nanotec")
    assert nanotec and not find("Organization", "CNR")
    cbn = find("Organization", "CBN–IIT Lecce") or find("Organization", "IIT Lecce")
    assert cbn and cbn[0].canonical == "Center for Biomolecular Nanotechnologies"
    assert "CBN" not in _names(cbn[0]) and "CNR" not in _names(cbn[0])
    assert find("Place", "Lecce") and not find("Person", "Lecce")
    assert find("Event", "Tech Share Day")
    for name, st in (("Netval", "Network"), ("Knowledge Share", "Network")):
        org = find("Organization", name)
        assert org and org[0].subtype == st, name
        assert not find("Technology", name)

    names = {e.key: e.canonical for e in ex.entities}
    rels = {(r.type, names[r.subject], names[r.object]) for r in ex.relations}
    assert ("investsIn", "Medtronic", "Salento Biomedical District") in rels
    assert ("organizes", "Knowledge Share", "Tech Share Day") in rels
    for member in ("Università del Salento", "Institute of Nanotechnology",
                   "Center for Biomolecular Nanotechnologies"):
        assert ("memberOf", member, "Netval") in rels, member
