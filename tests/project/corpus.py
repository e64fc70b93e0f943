"""A small hand-made corpus that states every one of the ten relations, built into article
graphs with the real RDF builder (no extractor involved, so answers are known)."""
from __future__ import annotations

from kgraph.records import Article, Entity, Evidence, Extraction, Mention, Relation

BASE = "http://kg.test"

# key: (type, canonical, subtype/extra)
ENTITIES = {
    "medtronic": ("Organization", "Medtronic", "Company", {"country": "US", "aliases": ["Medtronic plc"]}),
    "unipi": ("Organization", "University of Pisa", "University", {"country": "IT", "aliases": ["UniPi"]}),
    "santanna": ("Organization", "Scuola Superiore Sant'Anna", "University", {"aliases": ["Sant'Anna"]}),
    "iit": ("Organization", "Italian Institute of Technology", "ResearchInstitute", {"aliases": ["IIT"]}),
    "netval": ("Organization", "Netval", "Network", {}),
    "cdp": ("Organization", "CDP Venture Capital", "Investor", {}),
    "medstart": ("Organization", "MedTech Start", "Company", {}),
    "ec": ("Organization", "European Commission", "Government", {}),
    "polimi": ("Organization", "Politecnico di Milano", "University", {}),
    "baripark": ("Organization", "Bari Tech Park", "Other", {}),
    "apulia": ("Organization", "Apulia Region", "Government", {}),
    "robotics": ("Technology", "surgical robotics", None, {}),
    "pisa": ("Place", "Pisa", None, {}),
    "meeting": ("Event", "Netval Annual Meeting 2023", None, {}),
    "rossi": ("Person", "Mario Rossi", None, {}),
}

# each article: id, title, date, [(subject, relation, object, sentence, money, date)]
ARTICLES = [
    ("https://news.test/a1", "Medtronic and the University of Pisa team up on surgical robots",
     "2023-03-10", [
         ("medtronic", "partnersWith", "unipi",
          "Medtronic announced a partnership with the University of Pisa.", None, None),
         ("medtronic", "develops", "robotics",
          "Medtronic develops surgical robotics platforms.", None, None),
         ("unipi", "locatedIn", "pisa", "The University of Pisa is located in Pisa.", None, None),
         ("medtronic", "investsIn", "medstart",
          "Medtronic invested EUR 5 million in MedTech Start in March 2023.",
          ("5000000", "EUR", "EUR 5 million"), ("2023-03", "month")),
     ]),
    ("https://news.test/a2", "Netval meets in Pisa", "2023-09-01", [
        ("unipi", "memberOf", "netval", "The University of Pisa is a member of Netval.", None, None),
        ("santanna", "memberOf", "netval", "Scuola Superiore Sant'Anna is a member of Netval.", None, None),
        ("santanna", "partnersWith", "iit",
         "Scuola Superiore Sant'Anna collaborates with the Italian Institute of Technology.", None, None),
        ("netval", "organizes", "meeting", "Netval organizes the Netval Annual Meeting 2023.", None, None),
        ("unipi", "hosts", "meeting", "The University of Pisa hosts the Netval Annual Meeting 2023.", None, None),
    ]),
    ("https://news.test/a3", "CDP Venture Capital backs MedTech Start", "2024-02-15", [
        ("cdp", "investsIn", "medstart",
         "CDP Venture Capital invested EUR 12 million in MedTech Start on 15 February 2024.",
         ("12000000", "EUR", "EUR 12 million"), ("2024-02-15", "day")),
        ("medstart", "fundedBy", "ec", "MedTech Start is funded by the European Commission.", None, None),
        ("rossi", "affiliatedWith", "iit",
         "Mario Rossi is a researcher at the Italian Institute of Technology.", None, None),
    ]),
    ("https://news.test/a4", "Medtronic acquires MedTech Start", "2024-06-20", [
        ("medtronic", "acquires", "medstart", "Medtronic acquires MedTech Start.", None, None),
        ("medtronic", "partnersWith", "unipi",
         "Medtronic renewed its partnership with the University of Pisa.", None, None),
        ("iit", "develops", "robotics",
         "The Italian Institute of Technology develops surgical robotics too.", None, None),
        ("medtronic", "partnersWith", "santanna",
         "Medtronic also partners with Sant'Anna.", None, None),
    ]),
    ("https://news.test/a5", "Bari Tech Park and the Apulia Region", "2024-01-05", [
        ("baripark", "partnersWith", "apulia",
         "Bari Tech Park partners with the Apulia Region.", None, None),
    ]),
    # the article the tests remove again
    ("https://news.test/a6", "Medtronic and Politecnico di Milano", "2024-03-01", [
        ("medtronic", "partnersWith", "polimi",
         "Medtronic signed an agreement with Politecnico di Milano.", None, None),
    ]),
]


def extraction(article_index: int) -> Extraction:
    aid, title, date, facts = ARTICLES[article_index]
    sentences, offsets = [], []
    pos = 0
    for f in facts:
        offsets.append((pos, pos + len(f[3])))
        sentences.append(f[3])
        pos += len(f[3]) + 1
    text = " ".join(sentences)
    art = Article(id=aid, text=text, title=title, url=aid, date=date, stem=aid.rsplit("/", 1)[-1])
    ex = Extraction(article=art)
    keys = {}

    def entity(key):
        if key in keys:
            return keys[key]
        kind, name, sub, extra = ENTITIES[key]
        i = text.find(name)
        mentions = [Mention(name, i, i + len(name))] if i >= 0 else []
        e = Entity(key=f"e{len(ex.entities) + 1}", type=kind, text=name, canonical=name,
                   subtype=sub, aliases=list(extra.get("aliases", [])), mentions=mentions,
                   country=extra.get("country"))
        ex.entities.append(e)
        keys[key] = e.key
        return e.key

    for (s, rel, o, sentence, money, when), (start, end) in zip(facts, offsets):
        r = Relation(type=rel, subject=entity(s), object=entity(o),
                     evidence=Evidence(sentence=sentence, start=start, end=end, confidence=0.9,
                                       extractor="test-corpus", extractor_version="1"))
        if money:
            m = Entity(key=f"e{len(ex.entities) + 1}", type="Money", text=money[2],
                       canonical=f"{money[0]} {money[1]}", value=money[0], currency=money[1])
            ex.entities.append(m)
            r.amount = m.key
        if when:
            d = Entity(key=f"e{len(ex.entities) + 1}", type="Date", text=when[0],
                       canonical=when[0], precision=when[1])
            ex.entities.append(d)
            r.date = d.key
        ex.relations.append(r)
    return ex


def build_into(store, base: str = BASE, indexes=None) -> list[str]:
    """Build the corpus articles into ``store`` (a kgraph LocalStore); return graph IRIs."""
    from kgraph.build import build_article_graph
    from kgraph.resolve import resolve
    from kgraph.vocab import article_graph
    graphs = []
    for i in (range(len(ARTICLES)) if indexes is None else indexes):
        ex = resolve(extraction(i), base)
        g = build_article_graph(ex, base)
        iri = str(article_graph(base, ex.article.id))
        store.replace_graph(iri, g)
        graphs.append(iri)
    return graphs


def graph_iri(article_index: int, base: str = BASE) -> str:
    from kgraph.vocab import article_graph
    return str(article_graph(base, ARTICLES[article_index][0]))


def iri(key: str, base: str = BASE) -> str:
    from kgraph.vocab import entity_iri
    kind, name, _, _ = ENTITIES[key]
    return str(entity_iri(base, kind, name))
