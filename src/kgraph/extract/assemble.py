"""Candidates -> Entity records: mentions merged per real-world entity, aliases from
parentheses/dashes/acronyms/short forms, canonical names, organization subtypes."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..records import Entity, Mention
from ..resolve.names import fold, legal_suffixes
from .entities import P_NER, Cand, _alt, facility_after, modifies_noun, org_descriptor_apposition
from .lexicon import country_names, english_words, gazetteer, known_orgs, lexicon, place_names
from .words import occurrences, occurs, occurs_in_prose
from .orgnames import (acronym_matches, gnorm, is_acronym, key_norm,
                       subtype_from_context, subtype_from_description, subtype_from_name)
# a post or years at an employer just before "at (the)": "head of data at", "eight years at"
EMPLOYED_AT = re.compile(r"\b(?:head|director|manager|officer|chief|engineer|analyst|scientist|researcher|worked|years|months|"
                         r"spent|employed|job|post|role)\b[^.;<>]{0,40}?\bat\s(?:the\s)?$", re.I)


class Group:
    """Working state of one entity while the article is assembled."""

    def __init__(self, c: Cand):
        self.type = c.type
        self.cands: list[Cand] = [c]
        self.names: list[str] = [c.text]          # surface forms in order of appearance
        self.primary: Optional[str] = None        # the name that carries a parenthesis
        self.native: Optional[str] = c.native
        self.canonical_hint: Optional[str] = c.canonical
        self.subtype_hint: Optional[str] = c.subtype
        self.mentions: list[tuple[int, int]] = [(c.start, c.end)]

    def add(self, c: Cand):
        self.cands.append(c)
        if c.text not in self.names:
            self.names.append(c.text)
        self.mentions.append((c.start, c.end))
        if c.canonical and not self.canonical_hint:
            self.canonical_hint = c.canonical
        if c.subtype and not self.subtype_hint:
            self.subtype_hint = c.subtype
        if c.native and not self.native:
            self.native = c.native


ORG_VERBS = ("raised|raises|invested|invests|investing|received|receives|secured|acquired|acquires|"
             "bought|buys|closed|develops|developed|developing|signed|agreed|announced|employs|"
             "launched|partnered|collaborates|unveiled|hired|licensed|co-invested|led|joined|"
             "raise|invest|receive|secure|acquire|buy|develop|sign|launch|partner|collaborate|hire|"
             "license|join|lead|open|opens|opened|expand|expands|expanded")
# the subtype of an organization nothing types (marked guessed: the relations may still
# tell, an unknown name that invests is an investor)
DEFAULT_SUBTYPE = "Company"
PLACE_DESCRIPTOR_HEADS = ("company|start-up|startup|firm|group|biotech|maker|developer|manufacturer|"
                          "supplier|chipmaker|drugmaker|carmaker|spin-off|spinout|specialist|provider")


@lru_cache(maxsize=1)
def _person_org_patterns():
    """Context patterns that tell a several-word "person" from an organization (compiled once):
    organization signs after and before the name, person signs after it, a descriptor
    apposition, coordination with a named organization, and a job title after a name."""
    el, ol = lexicon("entities"), lexicon("organizations")
    roles = _alt(el["role_nouns_before_name"])
    org_heads = _alt(h for h in ol["heads"] if h[:1].isupper() and len(h) > 3)
    return (
        re.compile(rf"['’]s\s(?:[\w\-]+\s){{0,2}}?(?:{el['org_possessions']})\b"
                   r"|\s(?:has\s|have\s|had\s|also\s)?(?:raised|raises|secured|closed)\s(?:a\s|an\s)?"
                   r"(?:[€$£¥]|USD|EUR|CHF|GBP|\d|seed|Series|round|funding|financing)"
                   r"|\s(?:has\s|have\s|had\s|also\s)?(?:acquired|acquires|employs|bought|buys|took\sover|"
                   r"taken\sover|(?:agreed|signed\s(?:a\s|an\s)?(?:definitive\s)?agreement)\sto\s(?:buy|acquire)|"
                   r"completed\s(?:its|the)\s(?:acquisition|takeover|purchase)|"
                   r"signed\s(?:a|an)\s(?:[a-z\-]+\s)?(?:memorandum|framework|cooperation|collaboration|partnership|"
                   r"licen[cs]e|research|supply)|(?:is|are)\s(?:piloting|developing)|develops|(?:has|have)\sdeveloped|partners\swith|"
                   r"has\sentered\sinto)\b"
                   rf"|{facility_after()}"
                   r"|,?\s(?:is|was|has\sbeen)\s(?:headquartered|registered)\b"
                   # "Patholix, founded in 2019 by …", "Peptivo was founded in 2017": what is
                   # founded or spun out (a known city is never asked)
                   r"|,?\s(?:which\s|that\s)?(?:was\s|has\sbeen\s)?(?:co-)?founded\s(?:in\s\d{4}\s)?by\s"
                   r"|,?\s(?:was\s|has\sbeen\s)?(?:co-)?founded\sin\s(?:[A-Z][a-z]+\s)?\d{4}\b"
                   r"|,?\s(?:was\s|has\sbeen\s)?(?:spun\s(?:out|off)|a\sspin-?(?:off|out))\s(?:of|from)\b"
                   r"|,\s(?:also\s|now\s|likewise\s)?(?:based|headquartered|registered)\sin\s[A-Z]"
                   # "Belfast Harbour has appointed Colm Devlin": who appoints is an employer
                   r"|\s(?:has\s|have\s|today\s|recently\s)?(?:appointed|hired|recruited)\s(?:[a-z\-]+\s){0,2}?[A-Z]"
                   # "Hansa Batteries chief executive Mette Kjær": a role at the name, then a person
                   r"|\s(?:chief\s[a-z]+(?:\s[a-z]+)?\sofficer|chief\sexecutive|CEO|CTO|CFO|COO|chairman|chairwoman|"
                   r"president|co-founder|managing\sdirector|studio\shead|head\sof\s[a-z]+|spokesperson|"
                   r"spokeswoman|spokesman)\s[A-Z][a-zà-ÿ]+\s[A-Z]"),
        re.compile(rf"(?<![\w\-])(?:{el['org_cues_before_name']})[ \t](?:the\s)?$", re.I),   # (not a heading line above)
        re.compile(rf"^(?:,\s(?:who|a|an|the|its|our)\b|\s(?:said|says|told|added|explained)\b"
                   rf"|,\s(?:{roles}))", re.I),
        re.compile("^" + org_descriptor_apposition(), re.I),
        re.compile(rf"^\s(?:and|&)\s(?:the\s)?(?:[A-Z][\w\-]*\s){{0,3}}(?:{org_heads})\b"),
        re.compile(rf",\s(?:[A-Z][\w\-]*\s){{0,3}}(?:{_alt(el['job_title_nouns'])}),"),
    )


# "X is leaving …", "X has been appointed …": what a person, not an organization, does
PERSON_ONLY_AFTER = re.compile(r" (?:is leaving|is stepping down|has stepped down|will step down|is retiring|"
                               r"has retired|will retire|has been appointed|was appointed|has been named|was named|"
                               # "X was director of research at …", "X is a senior lecturer at …"
                               r"(?:is|was) (?:previously |formerly |now )?(?:an? |the )?(?:[a-z\-]+ )?"
                               r"(?:director|head|lecturer|professor|researcher|engineer|scientist|manager|"
                               r"founder|co-founder|chief executive|partner) (?:of|at|in)\b)")
# "MRIC has named X executive director", "Acme has hired X as …": who is named or hired is a person
PERSON_ONLY_BEFORE = re.compile(r"\b(?:has|have|had) (?:named|appointed|hired|promoted|recruited) $")
PERSON_ROLE_NEXT = re.compile(r" (?:as |its |the |new )?[a-z]")
# "Founder Nikola Radović" taken for one organization name: a title and a person's name
NAME_TITLES = r"(?:Founder|Co-founder|Cofounder|CEO|Chairman|Chairwoman|Chairperson)"
TITLE_THEN_NAME = re.compile(NAME_TITLES + r" (?=[A-Z][^\W\d_]+(?: [A-Z][\w\-]+){1,2}$)")
TITLE_BEFORE = re.compile(r"\b" + NAME_TITLES + r"\s$")
PERSON_NAME = re.compile(r"[A-Z][^\W\d_]+(?: [A-Z][^\W\d_\-]+(?:-[A-Z][^\W\d_]+)?){1,2}")
# " and former deminer ", " and agronomist ": a job noun (an agent noun) before a second person's name
OCCUPATION_AND = re.compile(r" and (?:(?:a|an|the)\s)?(?:(?:former|fellow|retired|senior|chief)\s)?(?:[a-z\-]+\s)?"
                            r"[a-z\-]+(?:er|or|ist|ian|ant|ent|ect)\s")
# "Dar Pay, our largest holding, raised KWD 3 million": what a company, not a person, is or does
COMPANY_AFTER = re.compile(r",\s(?:our|its|their|the\sfund['’]s)\s(?:largest\s|biggest\s|first\s|newest\s|latest\s)?"
                            r"(?:holding|portfolio\scompany|investment)\b|"
                            r"(?:,[^,.;]{1,60},)?\s(?:has\s|have\s)?(?:raised|closed|secured)\s(?:a\s|an\s)?"
                            r"(?:[A-Z]{2,3}\s?|US\$|[$€£¥])\d")
# "the Port of Rotterdam, which has signed …", "the Port of Seattle said": what only its authority does
PORT_ACTS = re.compile(r",?\s(?:which\s|that\s)?(?:has\s|had\s|also\s)?(?:signed|agreed|said|says|announced|"
                       r"awarded|granted|invested|appointed|hired|operates|runs|owns)\b")


# " became the 50th member of", " has joined the": what only an organization does
ORG_SUBJECT_AFTER = re.compile(r" (?:has |have |also |now )?(?:became|becomes|has become|is|was) (?:a|an|the) "
                               r"(?:\w+ )?(?:new |founding |full |associate )?member of\b|"
                               r" (?:has |have |also |now )?(?:joined|signed up as a member of) the\b")


# one name in a list: capitalised words (with "&", "of", "de" …), an optional parenthesis
LIST_ITEM = (r"(?:the\s)?[A-Z][\w\-&'’.]*(?:\s(?:[A-Z&][\w\-&'’.]*|of|de|di|for|und|et|y))*"
             r"(?:\s\([^()]{1,30}\))?")

@lru_cache(maxsize=1)
def _person_context_rxs():
    """(a title or role right before a name; ", who" or a job apposed after it; what says the name
    is an employer or a round-up item: "said X chief executive Y", "X. The Alexandria-based
    fintech …"), compiled once: the alternations are long."""
    el = lexicon("entities")
    titles, roles = _alt(el["person_titles"]), _alt(el["role_nouns_before_name"])
    return (
        re.compile(rf"(?<![\w\-])(?:{titles}|{roles})\s$"),
        re.compile(rf",\s(?:who\s|(?:a|an|the)\s(?:[\w\-]+\s){{0,3}}?(?:{_alt(el['occupation_nouns'])})s?\b)"),
        re.compile(rf"(?P<role>\s(?:{roles})\s(?:[A-Z]|(?:{titles})\s))|"
                   rf"\.\s+The\s(?:[\w\-]+\s){{0,3}}?(?:{el['org_descriptor_nouns']}|platform|app|marketplace)\b"),
    )


@lru_cache(maxsize=1)
def _head_sets() -> tuple[frozenset, frozenset]:
    """(all organization heads, strong heads) from organizations.json, built once."""
    ol = lexicon("organizations")
    return frozenset(ol["heads"]), frozenset(ol["heads"]) - frozenset(ol["weak_heads"])


def _person_with_employer(c, text: str) -> bool:
    """"Hiroshi Tanabe (University of Tokyo)": a two- or three-word name with no organization
    word, then an organization with a head word in parentheses, is a person and their employer
    (the NER often calls such names organizations)."""
    heads, strong = _head_sets()
    pm = re.match(r" \(([^()]{3,80})\)", text[c.end:])
    return bool(pm and re.fullmatch(r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ\-]+){1,2}", c.text) and
                not any(w in heads for w in c.text.split()) and c.text not in known_orgs() and
                any(w in strong for w in pm.group(1).split()))


def _tail_after_head(name: str, heads: set) -> Optional[str]:
    """"Institut Pasteur" -> "Pasteur", "Helmholtz-Zentrum Hereon" -> "Hereon": the second word
    of a two-word name that opens with an institution head, when it is no head itself."""
    words = name.split()
    if len(words) == 2 and words[0].split("-")[-1] in heads and words[1] not in heads:
        return words[1]
    return None


def assemble(text: str, cands: list[Cand]) -> list[Entity]:
    ol = lexicon("organizations")
    generic = set(ol["generic_suffixes"])
    heads = set(ol["heads"])
    groups: list[Group] = []
    index: dict[tuple[str, str], Group] = {}

    def find(typ, name) -> Optional[Group]:
        return index.get((typ, key_norm(name)))

    def register(g: Group, name: str):
        index.setdefault((g.type, key_norm(name)), g)

    # 1. parenthetical aliases: "Name (ACR)", "Name (Native Name, ACR)", "Name (ACR – City)"
    paren_alias: dict[int, list[str]] = {}
    listed_towns = {c.start for c in cands if c.source == "listed-town"}     # "• Name (Town) – …"
    places_known = set(lexicon("entities")["regions"]) | set(lexicon("entities")["place_canonical"])
    for i, c in enumerate(cands):
        if c.type not in ("Organization", "Technology", "Event", "Place") or c.source == "dateline":
            continue   # "LYON (France) –": the parenthesis of a dateline is the country
        m = re.match(r"\s?\(([^()\n]{1,90})\)", text[c.end:])
        if not m or c.source == "ner" and _person_with_employer(c, text):
            continue
        parts = [p.strip() for p in re.split(r",\s|;\s", m.group(1)) if p.strip()]
        if c.type == "Organization" and all(p in places_known for p in parts):
            continue   # "Fjord Instruments (Denmark)": where it is, not another name
        al = []
        if c.type in ("Organization", "Place"):    # "(ISE, Germany)": the country is where, not a name
            where = [p for p in parts if p in places_known or p in place_names()]
            parts = [p for p in parts if p not in where]
            if where and len(parts) == 1 and not is_acronym(parts[0]) and " " not in parts[0] and \
                    parts[0] not in known_orgs():
                parts = []                         # "(Boulder, Colo.)": a town and its state
        if c.type == "Organization" and len(parts) == 1 and c.end + 2 in listed_towns and \
                not set(parts[0].split()) & set(c.text.split()) and not acronym_matches(parts[0], c.text) \
                and parts[0] not in known_orgs() and not set(parts[0].split()) & _head_sets()[0]:
            parts = []      # "• Michigan Technological University (Houghton) – $600,000": a town
        for p in parts:
            if len(p.split()) > 8 or re.search(r"\d{4}", p) or \
                    p[:1].islower() and not (" " not in p and sum(ch.isupper() for ch in p) >= 2):   # "iMM" is fine
                al = []
                break
            al.append(p)
        if al:
            paren_alias[i] = al
    # "NTNU, the Norwegian University of Science and Technology, …": an acronym the apposition
    # names in full (often the native name's acronym: only the first letter need agree), when
    # the apposition closes ("…, built", "….") and so is no list ("NTNU, the University of Oslo
    # and SINTEF")
    by_start = {c.start: j for j, c in enumerate(cands) if c.type == "Organization"}
    for c in cands:
        if c.type == "Organization" and is_acronym(c.text):
            j = by_start.get(c.end + 6) if text.startswith(", the ", c.end) else None
            if j is None:
                continue
            full = cands[j]
            closes = re.match(r"(?:,\s[a-z]|[.;:)])", text[full.end:full.end + 3])
            if acronym_matches(c.text, full.text) or closes and full.text[:1] == c.text[:1] and " " in full.text:
                paren_alias.setdefault(j, []).append(c.text)
    # a known acronym that begins a longer name used elsewhere in the article is part of that
    # name ("CNR" in "CNR Nanotec" once "(CNR Nanotec)" is an alias)
    longer = {c.text for c in cands if c.type == "Organization" and " " in c.text}
    longer |= {a for al in paren_alias.values() for a in al if " " in a}
    drop = set()
    for i, c in enumerate(cands):
        if c.type == "Organization" and c.source in ("known-org", "ner") and " " not in c.text:
            rest = text[c.start:c.start + 80]
            if any(n.startswith(c.text + " ") and rest.startswith(n) and
                   not re.match(r"[\w\-]", rest[len(n):len(n) + 1]) for n in longer):
                drop.add(i)
    if drop:
        newidx = {}
        for i in range(len(cands)):
            if i not in drop:
                newidx[i] = len(newidx)
        paren_alias = {newidx[i]: al for i, al in paren_alias.items() if i in newidx}
        cands = [c for i, c in enumerate(cands) if i not in drop]

    # "Swiss Institute of X in Lausanne (SIXL)": an organization's acronym after the place that
    # ends its name belongs to the organization, not to the place
    for i in list(paren_alias):
        c = cands[i]
        if c.type == "Place" and all(is_acronym(a) for a in paren_alias[i]) and \
                not any(a in lexicon("entities")["place_canonical"] for a in paren_alias[i]):
            j = next((j for j in range(i - 1, -1, -1) if cands[j].end <= c.start), None)
            if j is not None and cands[j].type == "Organization" and \
                    re.fullmatch(r" (?:in|at|de|di|in the) ", text[cands[j].end:c.start]) and j not in paren_alias:
                paren_alias[j] = paren_alias.pop(i)
    # candidates that sit inside a parenthesis already claimed as alias are absorbed
    absorbed = set()
    for i, al in paren_alias.items():
        c = cands[i]
        open_, close = text.find("(", c.end), text.find(")", c.end)
        for j, d in enumerate(cands):
            if j != i and open_ < d.start < close and not (d.type == "Place" and d.text not in al):
                absorbed.add(j)

    # a "person" after "the city of" / "in" and a one-word "organization" right after
    # "<Organization> in" are places ("the city of Tarvisio", "the IIS in Erlangen")
    prev = None
    for c in cands:
        before = text[max(0, c.start - 40):c.start]
        if c.source == "ner" and c.type == "Person" and not re.match(r"['’]s\b", text[c.end:c.end + 3]) and (
                re.search(r"\b(?:city|town|village|region|province|capital|municipality|outskirts) of (?:the )?$", before)
                or re.search(r"\b(?:in|near|outside|around|across|from) (?:the )?$", before)):
            c.type, c.source = "Place", "ner+context"
        elif c.source == "ner" and c.type == "Organization" and " " not in c.text and re.search(
                r"\b(?:track|site|plant|offices?|campus|lab|laboratory|centre|center|facility|factory|hub|"
                r"headquarters|based|located|city|town|village|region) in (?:the )?$", before) \
                and not re.match(r"['’]s\b", text[c.end:c.end + 3]):
            c.type, c.source = "Place", "ner+context"    # "a test track in Leoben"
        elif c.source == "ner" and c.type == "Organization" and " " not in c.text and prev is not None \
                and prev.type == "Organization" and prev.source != "ner" \
                and re.fullmatch(r" in (?:the )?", text[prev.end:c.start]) \
                and not re.match(r"['’]s\b", text[c.end:c.end + 3]):
            c.type, c.source = "Place", "ner+context"
        prev = c

    # a "person" described as a company/institution is an organization:
    # "Kestrel Bio, the Uppsala-based antibody company, ..."
    regions = set(lexicon("entities")["regions"])
    el = lexicon("entities")
    roles = _alt(el["role_nouns_before_name"])
    title_before, occupied, employer_after = _person_context_rxs()

    def titled(c) -> bool:
        """A title or a role right before the name: "Dr. Ana Ruiz", "chief executive Ana Ruiz"."""
        return bool(title_before.search(text, max(0, c.start - 40), c.start))

    # a two- or three-word name after a title or a role is a person, whatever spaCy said
    # (and so is one the text goes on about with ", who" or describes by a job: "and Anouk de Graaf,
    # who still leads …", "Thijs Bosman, a former process engineer at Philips")
    for c in cands:
        if c.type in ("Organization", "Event") and c.source == "ner" and (
                titled(c) and re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){1,2}", c.text) or
                occupied.match(text, c.end) and
                re.fullmatch(r"[A-Z][a-zà-ÿ]+(?: (?:de|van|von|der|den|da|di|del|dos|du|le|la|ter|ten))*"
                             r"(?:[ \-][A-Z][a-zà-ÿ]+){1,2}", c.text) and not _head_sets()[0] & set(c.text.split())):
            c.type, c.subtype = "Person", None
    # "the Oslo company Tarrow Robotics": one word between an article and a descriptor that
    # introduces a name is where the company is, a place
    for c in cands:
        if c.source == "ner" and c.type in ("Organization", "Person") and " " not in c.text and \
                re.search(r"(?<![\w\-])(?:the|a|an|The|A|An)\s$", text[max(0, c.start - 4):c.start]) and \
                re.match(rf"\s(?:[a-z][\w\-]*\s){{0,2}}?(?:{PLACE_DESCRIPTOR_HEADS})\s+(?:[A-Z]|the\s[A-Z])", text[c.end:]):
            c.type, c.subtype, c.source = "Place", None, "ner+context"
    for c in cands:
        if c.type == "Person":
            om = re.match(r"\s(?:[a-z]+\s)?(centre|center|hospital|institute|group|company|foundation|university|clinic|cluster|network)\b", text[c.end:])
            if om:
                c.type, c.source = "Organization", "ner+context"
                c.subtype = {"hospital": "Hospital", "clinic": "Hospital", "university": "University",
                             "group": "Company", "company": "Company", "foundation": "Other",
                             "cluster": "Network", "network": "Network"}.get(om.group(1), "ResearchInstitute")
                continue
            if re.match(r",\s(?:(?:now |also )?part of|an? (?:[a-z\-]+ )?(?:subsidiary|unit|division|spin-off|spinout) of|owned by)\s(?:the\s)?[A-Z]", text[c.end:]):
                c.type, c.source = "Organization", "ner+context"     # "Eviden, part of Atos"
                continue
            rm = re.match(r",\s([A-Z][\w]*(?:\s[A-Z][\w]*)?)(?:-based)?\b", text[c.end:])
            if rm and rm.group(1) in regions and " " not in c.text:
                c.type, c.source = "Place", "ner+context"          # "Caesarea, Israel"
                continue
            m = re.match(r",\s(?:the|a|an)\s([^,.;()]{2,80}?)(?=[,.;]|\s(?:that|which|with|in|of|at|for|from)\b)", text[c.end:])
            if m and not re.search(r"['’]s\b", m.group(1)) and not titled(c):
                st = subtype_from_description(m.group(1), text[c.end + m.end(1):])
                last = m.group(1).split()[-1].casefold()
                if st and st != "Other" and any(last.startswith(w) for w in (
                        "company", "firm", "group", "maker", "start-up", "startup", "supplier",
                        "specialist", "manufacturer", "developer", "provider", "institute", "university",
                        "network", "association", "fund", "investor", "hospital", "agency", "centre", "center")):
                    c.type, c.subtype, c.source = "Organization", st, "ner+context"

    # "Cyber Valley, a research consortium for …": a description with an organization head
    # outweighs a venue word in the name
    org_desc_rx = _person_org_patterns()[3]
    org_after = _person_org_patterns()[0]
    seats: list[Cand] = []          # a city's or a port's name taken for its government or authority
    for c in cands:
        if c.type == "Place" and c.source in ("place-head", "ner") and c.text not in regions and \
                c.text not in places_known and c.text not in place_names():
            m = org_desc_rx.match(text[c.end:c.end + 120])
            if m:
                c.type, c.source = "Organization", "ner+context"
                c.subtype = subtype_from_context(m.group(0)) or None
        # "the State of Baden-Württemberg is funding …": a state that acts is its government
        # (not "based in the State of New York")
        # … and so is a city's ("owned by the City of Gothenburg", "with the City of Detroit")
        # (and so is one that employs: "head of data at the City of Kitchener")
        if c.type == "Place" and re.match(r"(?:Free )?State of [A-Z]|(?:City|Municipality|County|Town|Region|Province) of [A-Z]",
                                          c.text) and (
                not re.search(r"\b(?:in|at|from|across|throughout|of)\s(?:the\s)?$", text[max(0, c.start - 12):c.start]) or
                EMPLOYED_AT.search(text, max(0, c.start - 60), c.start)):
            c.type, c.subtype, c.source = "Organization", "Government", "ner+context"
            seats.append(c)
        # "together with the Port of Rotterdam", "a partnership of the Port of Seattle": a port
        # named as a party is its authority ("sailed from the Port of Kobe": the place)
        elif c.type == "Place" and re.match(r"Ports? of [A-Z]", c.text) and (
                org_after.match(text, c.end) or PORT_ACTS.match(text, c.end) or not re.search(
                    r"\b(?:from|to|through|into|in|at|near|around|outside|across|via|off)\s(?:the\s)?$",
                    text[max(0, c.start - 12):c.start])):
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
            seats.append(c)
    # … while the place itself stays a place where the text names it alone ("a Bulawayo company")
    for c in seats:
        place = c.text.split(" of ", 1)[1]
        at = next((i for i in occurrences(text, place) if not c.start <= i < c.end), None)
        if at is not None and not any(d.start <= at < d.end for d in cands):
            cands.append(Cand(at, at + len(place), "Place", "ner+context", P_NER, place))

    # spaCy's small model calls many one-word company names persons or places ("Genmab",
    # "Northvolt"): a one-word "person" no full name in the article ends with, and a one-word
    # "place" (not a known country or region) that raises, invests, acquires … is an organization
    full_names = {c.text.split()[-1] for c in cands if c.type == "Person" and " " in c.text}

    def surname_seen(word: str) -> bool:
        """"Tanvi Rao … Rao said": the word ends a capitalised two-word name somewhere."""
        return any(not re.search(r"(?:^|\s)(?:The|A|An|In|At|On|For|By|From|With|And|Of)\s$", text[max(0, i - 5):i + 1])
                   for i in (m.start() for m in re.finditer(rf"[A-Z][a-zà-ÿ'’\-]+\s{re.escape(word)}\b", text)))
    for c in cands:
        if c.source != "ner" or " " in c.text or not c.text[:1].isupper() or c.text in place_names():
            continue
        if c.type == "Person" and c.text not in full_names and not titled(c) and \
                not re.search(r"\b(?:in|at|near|from|of)\s$", text[max(0, c.start - 6):c.start]) and \
                not (re.match(r"\s(?:said|says|told|added|explained|noted|wrote)\b", text[c.end:]) and
                     surname_seen(c.text)):
            c.type, c.subtype = "Organization", None   # still a guess: the votes below decide
        elif c.type == "Place" and c.text not in regions and \
                re.match(rf"(?:\s(?:and|&)\s[A-Z][\w\-]+)?(?:,\swhich)?\s(?:has\s|have\s|had\s|is\s|also\s|will\s|would\s)?"
                         rf"(?:{ORG_VERBS})\b", text[c.end:]):            # (also "from Invitalia, which invested")
            c.type, c.subtype = "Organization", None   # still a guess: the votes below decide

    # a several-word "person" that is only ever used as an organization is one ("Sarsia Seed
    # led the round", "Brimvale Grid's shareholders"): the small model calls many invented
    # company names persons. One sign of a person anywhere (a title or role, "said", ", who")
    # keeps it a person.
    org_after, org_before, person_near, org_desc, org_coord, _ = _person_org_patterns()
    person_votes: dict[str, list[int]] = {}
    place_words = set(el["place_heads"])
    for i, c in enumerate(cands):
        if c.source == "ner" and c.type == "Person" and 2 <= len(c.text.split()) <= 3:
            if c.text.split()[-1] in el["job_title_nouns"]:
                absorbed.add(i)                 # "Sophie Grant, Communications Manager, Acme"
                continue
            v = person_votes.setdefault(c.text, [0, 0])
            after = text[c.end:c.end + 80]
            if i and cands[i - 1].type == "Person" and OCCUPATION_AND.fullmatch(text[cands[i - 1].end:c.start]):
                v[1] += 2                       # "by radar engineer A and former deminer B"
                continue
            if re.fullmatch(r"[A-Z]{2,4}", c.text.split()[-1]) and \
                    not re.fullmatch(r"[IVX]+", c.text.split()[-1]):
                v[0] += 2                       # "Norrsken VC": no person's name ends in an acronym
            elif (dm := org_desc.match(after)) and not re.match(
                    r"\s(?:has|have|had|is|was|will|would|can|could|said|says|develops|makes|announced)\b",
                    after[dm.end():]) or org_coord.match(after):
                # "X, a Pune-based start-up", "X and Kalaari Capital" (not "Founded by … Declan
                # Murray, the company has developed …": the description opens the main clause)
                v[0] += 1
            elif (em := employer_after.match(after)) and (em.group("role") or re.search(r"(?:^|\n)\s*$", text[:c.start])):
                # "said Baltic Hullworks chief executive Rūta …": an employer; "Qirsh Pay. The
                # Alexandria-based fintech offers …": a round-up item, then what it is
                v[0] += 1
            elif titled(c) or person_near.match(after) or \
                    re.search(r"\bsaid\s$", text[max(0, c.start - 6):c.start]):
                v[1] += 1
            elif org_after.match(text[c.end:c.end + 60]) or org_before.search(text[max(0, c.start - 40):c.start]):
                v[0] += 1
            elif after.startswith(", which ") and c.text.split()[-1] not in place_words:
                v[0] += 3                       # "Tātai Carbon, which measures …": "which" is never a person
    for c in cands:                             # where the model itself read the name as an organization
        if c.source == "ner" and c.type == "Organization" and c.text in person_votes:
            person_votes[c.text][0] += 1
    for c in cands:
        v = person_votes.get(c.text)
        if c.source == "ner" and c.type == "Person" and v and v[0] > v[1] * 2:
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
    # "Eneo Cameroon", "Airtel Malawi", "Kerry Dairy Ireland": a brand and a country is a
    # company's national arm; no person's name ends with a country, and a place that does is
    # a known one ("Northern Ireland", "Papua New Guinea")
    countries, country_prefixes = country_names() | set(el["local_country_names"]), set(el["country_prefix_words"])
    for c in cands:
        words = c.text.split()
        if c.source == "ner" and c.type in ("Person", "Place") and 2 <= len(words) <= 4 and \
                words[-1] in countries and all(w[:1].isupper() for w in words) and c.text not in places_known and \
                c.text not in place_names() and c.text not in regions and \
                not any(w in place_names() or w in regions or w in country_prefixes for w in words[:-1]):
            c.type, c.subtype, c.source = "Organization", "Company", "ner+context"

    # "general manager of Gustave Roussy", "a researcher at the Scuola Normale Superiore": what
    # a role is held at is an organization; "Ingrid Svensson, who chairs …" is a person;
    # "the Marie Skłodowska-Curie fellowship" names no person
    role_at = re.compile(rf"(?<![\w\-])(?:{roles})\s(?:of|at)\s(?:the\s)?$", re.I)
    not_person = re.compile(rf"\s(?:{_alt(el['not_person_after'])})\b")
    founder_by = re.compile(r"\b(?:co-)?founded\s(?:in\s\d{4}\s)?by\s(?:[^,.;]{0,60}?\sand\s)?(?:[a-z\-]+\s){0,3}$")
    person_after = re.compile(rf",\s(?:who\b|(?:a|an|both)\sformer\b|(?:a|an|the|its|our)\s(?:[a-z\-]+\s){{0,2}}?"
                              rf"(?:{roles})\b)")
    strong_heads = _head_sets()[1]
    for i, c in enumerate(cands):
        if c.source != "ner":
            continue
        am = re.match(r" \(([A-Z][A-Za-z&]{1,7})\)", text[c.end:])
        if c.type == "Person" and " " in c.text and c.text in place_names() and not titled(c):
            c.type, c.subtype, c.source = "Place", None, "ner+context"   # "Hosur, Tamil Nadu"
            continue
        if c.type == "Person" and (c.text.split()[-1] in strong_heads or am and acronym_matches(am.group(1), c.text)):
            # "Training Center", "Zürcher Kantonalbank (ZKB)": no person has a head word or an acronym
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
            continue
        if c.type == "Person" and COMPANY_AFTER.match(text, c.end):
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
            continue
        if c.type == "Organization" and _person_with_employer(c, text):
            c.type, c.subtype, c.source = "Person", None, "ner+context"
            continue
        tm = TITLE_THEN_NAME.match(c.text) if c.type == "Organization" else None
        if tm and c.text[tm.end():] not in known_orgs():
            c.start, c.text = c.start + tm.end(), c.text[tm.end():]
            c.type, c.subtype, c.source = "Person", None, "ner+context"
            continue
        if c.type == "Organization" and TITLE_BEFORE.search(text, max(0, c.start - 16), c.start) and \
                PERSON_NAME.fullmatch(c.text) and c.text not in known_orgs() and \
                not set(c.text.split()) & _head_sets()[0]:
            c.type, c.subtype, c.source = "Person", None, "ner+context"    # "Founder <Nikola Radović>"
            continue
        if c.type in ("Person", "Place") and c.text not in regions and c.text not in places_known and \
                c.text not in place_names() and role_at.search(text[max(0, c.start - 50):c.start]):
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
        elif c.type == "Organization" and re.fullmatch(r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ\-]+){1,2}", c.text) and \
                not set(c.text.split()) & _head_sets()[0] and c.text not in known_orgs() and \
                (re.match(r",\swho\b", text[c.end:c.end + 6]) or PERSON_ONLY_AFTER.match(text, c.end) or
                 PERSON_ONLY_BEFORE.search(text, max(0, c.start - 30), c.start) and PERSON_ROLE_NEXT.match(text, c.end) or
                 _person_org_patterns()[5].match(text[c.end:c.end + 60]) or
                 re.search(r"['’]s $", text[max(0, c.start - 3):c.start]) and SPEECH_AFTER.match(text, c.end) or
                 re.search(r"(?:^|\n)[ \t]*[A-Z][\w ]{0,25}:[ \t]$", text[max(0, c.start - 30):c.start]) and
                 text[c.end:c.end + 2] == ", "):
            # "Ana Ruiz, who …", "Ana Ruiz, Communications Manager, Acme", "Valeo's Sophie Lambert
            # warned", "Ufficio stampa: Giulia Ferraro, Polinova": a person
            c.type, c.subtype, c.source = "Person", None, "ner+context"
        elif c.type in ("Place", "Organization") and re.fullmatch(r"[A-Z][^\W\d_]+(?: [A-Z][\w\-]+){1,2}", c.text) and \
                c.text not in regions and c.text not in places_known and c.text not in place_names() and \
                (c.type == "Place" or not set(c.text.split()) & _head_sets()[0] and c.text not in known_orgs()) and \
                (founder_by.search(text[max(0, c.start - 60):c.start]) or
                 c.type == "Place" and person_after.match(text[c.end:c.end + 60])):
            # "founded by Marta Zielińska, a former data-science lead": spaCy's "place" or
            # "organization" is a person
            c.type, c.subtype, c.source = "Person", None, "ner+context"
        elif c.type == "Person" and not_person.match(text[c.end:c.end + 20]):
            absorbed.add(i)            # left out of the entities

    # the object of an acquisition, a stake, a partnership or a membership is an organization
    # ("a stake in Graphcore", "its acquisition of Polyplus"), whatever spaCy guessed
    slot = re.compile(rf"(?<![\w\-])(?:{_alt(el['org_slot_cues'])}|{'|'.join(el['org_slot_cue_patterns'])})"
                      r"\s(?:the\s)?$", re.I)
    # … and so is every later item of a list in such a slot ("investment from the X Fund and Seedcamp")
    slot_list = re.compile(rf"(?<![\w\-])(?i:{_alt(el['org_slot_cues'] + el['org_slot_name_cues'])}|"
                           rf"{'|'.join(el['org_slot_cue_patterns'])})\s(?:the\s)?"
                           rf"(?:{LIST_ITEM}(?:,\s|,?\s(?:and|&)\s))+(?:the\s)?$")
    for c in cands:
        if c.source == "ner" and (c.type == "Place" or c.type == "Person" and " " not in c.text) and \
                c.text not in regions and c.text not in places_known and c.text not in place_names() and \
                not modifies_noun(text, c.start, c.text) and \
                (slot.search(text[max(0, c.start - 40):c.start]) or
                 slot_list.search(text[max(0, c.start - 120):c.start]) or re.match(
                    r"['’]s (?:[\w€$£.,\-]+ ){0,4}?(?:round|financing|investors|backers|shareholders|valuation)\b",
                    text[c.end:c.end + 60]) or
                 # "Start-up Lumenta", "Dunatech became the 50th member": a place no gazetteer
                 # knows, in an organization's context
                 c.type == "Place" and (org_before.search(text[max(0, c.start - 40):c.start]) or
                                        org_after.match(text[c.end:c.end + 60]) or
                                        ORG_SUBJECT_AFTER.match(text, c.end))):
            # … or what a funding round belongs to ("Lumora's €8 million round")
            c.type, c.subtype, c.source = "Organization", None, "ner+context"

    # 1b. one name, one type per article: a one-word name that spaCy alone labels differently
    # in one spot takes the type it has elsewhere ("Lecce" a Place in the dateline stays a Place)
    votes: dict[str, dict[str, int]] = {}
    ruled: dict[str, set[str]] = {}          # types given by rules (not the statistical NER)
    for c in cands:
        if c.type in ("Person", "Place", "Organization") or \
                c.type == "Technology" and c.source in ("tech-pattern", "product-name"):
            votes.setdefault(c.text, {}).setdefault(c.type, 0)
            votes[c.text][c.type] += 1
            if c.source != "ner":
                ruled.setdefault(c.text, set()).add(c.type)
    for c in cands:
        v = votes.get(c.text)
        if c.source != "ner" or not v or len(v) < 2 or len(c.text.split()) > 3:
            continue
        r = ruled.get(c.text, set())
        if len(r) == 1:
            best = next(iter(r))
        elif not r:
            best, n = max(v.items(), key=lambda kv: kv[1])
            if sum(1 for k in v.values() if k == n) > 1:
                continue
        else:
            continue
        c.type = best

    # a "product" or "platform" that is bought, invested in, founded or employs people is a
    # company named like its product ("acquired Ledgerly, a bookkeeping app", "Ledgerly's
    # founder", "a partner at Ventures Platform")
    techs = {c.text for c in cands if c.type == "Technology" and c.source in ("tech-pattern", "tech-name", "product-name")}
    firms = {n for n in techs if any(
        ORG_ONLY_BEFORE.search(text, max(0, i - 40), i) or ORG_ONLY_AFTER.match(text, i + len(n))
        for i in occurrences(text, n))}
    for c in cands:
        if c.text in firms and c.type == "Technology":
            c.type, c.subtype, c.source = "Organization", None, "ner+context"
    # a name the text describes as a product stays one where only the NER or a one-word registry
    # entry says otherwise ("The model, called Marlo, …" — "Marlo" is also some company's name)
    products = {c.text for c in cands if c.source == "product-name" and c.text not in firms}
    for c in cands:
        if c.text in products and c.type != "Technology" and \
                (c.source == "ner" or c.source == "gazetteer" and " " not in c.text):
            c.type, c.subtype, c.source = "Technology", None, "ner+context"

    # 1c. coordinated names share a type: "by Ana Ruiz and Tomas Berg" (spaCy: Person + Place);
    # a one-word "person" next to an organization is an organization ("X (ACR) and Telefónica")
    for a, b in zip(cands, cands[1:]):
        between = text[a.end:b.start]
        if re.fullmatch(r"\)?(?: \([^()]{1,20}\))? and | & ", between) and {a.type, b.type} <= {"Person", "Place", "Organization"}:
            for x, y in ((a, b), (b, a)):
                if x.type == "Person" and y.type != "Person" and y.source == "ner" and \
                        len(y.text.split()) >= 2 and not ruled.get(y.text):
                    y.type = "Person"
                elif x.type == "Organization" and x.source != "ner" and y.type == "Person" and \
                        y.source == "ner" and " " not in y.text and not ruled.get(y.text):
                    y.type, y.source = "Organization", "ner+context"
        # "Mette Kjær of Hansa Batteries": what a person is "of" is no second person
        if a.type == "Person" and b.type == "Person" and b.source == "ner" and between in (" of ", " from ") and \
                " " in a.text and not ruled.get(b.text) and not titled(b):
            b.type, b.source = "Organization", "ner+context"
    for c in cands:
        if c.type == "Person" and c.source == "ner" and re.search(
                r"\b(?:its|their) (?:[a-z\-]+ ){0,2}(?:unit|arm|subsidiary|division|business|brand|affiliate) $",
                text[max(0, c.start - 60):c.start]):
            c.type, c.source = "Organization", "ner+context"       # "its innovation unit Acme Tech"
    for c in cands:               # propagate the context-given type to the other mentions
        if c.source == "ner":
            r = {d.type for d in cands if d.text == c.text and d.source == "ner+context"}
            if len(r) == 1:
                c.type = next(iter(r))

    # 2. group by type + normalized name
    for i, c in enumerate(cands):
        if i in absorbed:
            continue
        if c.type in ("Money", "Date"):
            g = find(c.type, c.canonical or c.text)
            if g is None:
                g = Group(c)
                groups.append(g)
                register(g, c.canonical or c.text)
            else:
                g.add(c)
            continue
        g = find(c.type, c.text)
        if g is None and c.canonical and c.type == "Organization":
            g = find(c.type, c.canonical)
        if g is None:
            g = Group(c)
            groups.append(g)
        else:
            g.add(c)
        register(g, c.text)
        if c.canonical and c.type == "Organization":
            register(g, c.canonical)
        if i in paren_alias:
            g.primary = g.primary or c.text
            for a in paren_alias[i]:
                if a not in g.names:
                    g.names.append(a)
                if not is_acronym(a) and len(a.split()) >= 2 and not g.native and c.type == "Organization":
                    g.native = a
                register(g, a)

    # 2b. a short name apposed to a full name is an alias ("CNR Nanotec, the Institute of ...")
    for c in cands:
        if c.appos_to is None:
            continue
        short = next((g for g in groups if c in g.cands), None)
        full = next((g for g in groups if g.type == "Organization" and g is not short and
                     any(abs(s0 - c.appos_to) <= 4 for s0, _ in g.mentions)), None)
        if short is None or full is None or len(short.names) != 1:
            continue
        for d in short.cands:
            full.add(d)
        short.cands = []
        register(full, c.text)
    groups = [g for g in groups if g.cands]

    # 2c. explicit alias phrases: "X, known as Y", "X in the Z area, often referred to as Y",
    # "Y, as the university is often called, ..."
    def group_of(start):
        return next((g for g in groups if g.cands and any(s0 == start for s0, _ in g.mentions)), None)

    for c in list(cands):
        g = group_of(c.start)
        if g is None:
            continue
        if g.type == "Organization":
            m = re.match(r"(?: in (?:the )?[A-Z][\w\-]+(?: area| region| district)?)?,? (?:also |often |commonly |"
                         r"locally |widely |usually |generally |now |formerly )?(?:known as|referred to as|called|"
                         r"nicknamed|dubbed) [\"“]?([A-Z][\w\-–]*(?: [A-Z][\w\-–]*){0,3})", text[c.end:])
            if m:
                _adopt_alias(g, m.group(1), text, c.end + m.start(1), groups, register)
        m = re.match(r", as the ([a-z]+) is (?:often |commonly |also |usually |widely |locally )?(?:called|known)\b",
                     text[c.end:])
        if m and len(g.names) == 1:
            noun = m.group(1)[:7].casefold()
            ante = None
            for h in groups:
                if h is not g and h.type == "Organization" and h.cands and \
                        min(s0 for s0, _ in h.mentions) < c.start and \
                        any(w.casefold().startswith(noun) for n in h.names for w in n.split()):
                    ante = h
            if ante is not None:
                _adopt_alias(ante, c.text, text, c.start, groups, register)
    groups = [g for g in groups if g.cands]

    # 3. trailing acronym inside an organization name: "... Microsystems IPMS"
    for g in groups:
        if g.type != "Organization":
            continue
        for n in list(g.names):
            m = re.search(r"^(\S+).* ([A-Z]{3,6})$", n)
            if m and len(n.split()) >= 3 and m.group(2) not in generic:   # not "... AG"
                for a in (m.group(2), f"{m.group(1)} {m.group(2)}"):
                    if a not in g.names:
                        g.names.append(a)
                    register(g, a)

    # 4. re-attach stray mentions: names of other groups that are aliases / short forms
    def absorb(small: Group, big: Group):
        for c in small.cands:
            big.add(c)
        for n in small.names:
            if n not in big.names:
                big.names.append(n)
        small.cands = []

    by_alias: dict[str, Group] = {}
    # a name belongs to the group that knows most names ("Fraunhofer IMTX" seen alone first,
    # later the alias of "Fraunhofer Institute for ... IMTX")
    for g in sorted(groups, key=lambda g: -len(g.names)):
        if g.type in ("Organization", "Technology", "Event"):
            for n in g.names:
                by_alias.setdefault(n, g)
    for g in groups:
        if not g.cands:
            continue
        for n in list(g.names):
            owner = by_alias.get(n)
            if owner is not None and owner is not g and owner.cands and len(g.names) == 1:
                absorb(g, owner)
                break
            if len(g.names) == 1:
                # a name first seen alone, later given as another entity's alias in parentheses
                owner = next((h for h in groups if h is not g and h.cands and h.type == g.type
                              and len(h.names) > 1 and n in h.names[1:] and h.primary), None)
                if owner is not None:
                    absorb(g, owner)
                    break
    orgs = [g for g in groups if g.type == "Organization" and g.cands]
    persons = [g for g in groups if g.type == "Person" and g.cands]
    lexicon_places = set(lexicon("entities")["place_canonical"]) | regions
    for g in groups:
        if not g.cands or len(g.names) != 1:
            continue
        n = g.names[0]
        # person surname: "Wu" after "Michelle Wu", "Ní Bhriain" after "Aoife Ní Bhriain"
        # (a known place only after the person was named: "Sequeira" is a surname and a town)
        if n.count(" ") <= 1 and n[:1].isupper() and not (g.type == "Place" and (n in country_names() or n in regions)):
            for p in persons:
                if p is not g and p.names[0].endswith(" " + n) and (" " not in n or p.names[0].count(" ") >= 2) and \
                        not (g.type == "Place" and n in place_names() and min(g.mentions) < min(p.mentions)):
                    absorb(g, p)
                    break
            if not g.cands:
                continue
        if g.type != "Organization" and not (g.type in ("Person", "Place") and is_acronym(n)):
            continue
        if g.type == "Place" and (n in lexicon_places or any(c.source == "dateline" for c in g.cands)):
            continue                  # "US" stays the country, not "Università del Salento"
        for o in orgs:
            if o is g or not o.cands:
                continue
            full = _fullest(o)
            rest = full[len(n):].strip().split() if full.startswith(n + " ") or full.startswith(n + "-") else None
            if rest is None and full.startswith(n + "-"):
                rest = [full[len(n) + 1:]]
            if rest and all(w in generic or w.rstrip(".") in generic for w in rest):
                absorb(g, o)                      # "Merck" -> "Merck KGaA"
                break
            if is_acronym(n) and len(n) >= 2 and not is_acronym(full) and acronym_matches(n, full):
                absorb(g, o)                      # "EMBL" -> "European Molecular Biology Laboratory"
                break
    groups = [g for g in groups if g.cands]

    # 4a'. a headline-only organization name that begins a longer name in the body is a short
    # form of it ("Graz University" in the title, "Graz University of Technology" below)
    head_end = text.find("\n")
    if head_end > 0:
        for g in groups:
            if not g.cands or g.type != "Organization" or any(s0 > head_end for s0, _ in g.mentions):
                continue
            n = _fullest(g)
            owners = [o for o in groups if o is not g and o.cands and o.type == "Organization" and
                      any(x.startswith(n + " ") for x in o.names)]
            if len(owners) == 1:
                absorb(g, owners[0])
        groups = [g for g in groups if g.cands]

    # 4a. a one-word organization that is the first word of exactly one company's name:
    # "Kessel chief executive …" for "Kessel Optics GmbH" (not when two names share the word)
    for g in groups:
        if not g.cands or g.type != "Organization" or len(g.names) != 1 or " " in g.names[0] \
                or is_acronym(g.names[0]) or g.names[0] in known_orgs():
            continue
        n = g.names[0]
        # … or the last word after an institution head ("Hereon" for "Helmholtz-Zentrum Hereon")
        tails = [o for o in groups if o is not g and o.cands and o.type == "Organization" and
                 any(_tail_after_head(x, heads) == n for x in o.names)]
        if len(tails) == 1 and n not in place_names():
            absorb(g, tails[0])
            continue
        owners = [o for o in groups if o is not g and o.cands and o.type == "Organization" and
                  any(x.startswith(n + " ") for x in o.names)]
        if len(owners) > 1:        # "Polinova Sud" and "Polinova Sud S.r.l.": one company, two spellings
            owners = [o for o in owners if not any(p is not o and _fullest(p).startswith((_fullest(o) + " ", _fullest(o) + ","))
                                                   for p in owners)]
        if len(owners) == 1 and (owners[0].subtype_hint in ("Company", "Investor") or
                                 subtype_from_name(_fullest(owners[0])) in ("Company", "Investor") or
                                 # "Rozalina" for "Rozalina Analytics": the name goes on by a firm word
                                 _fullest(owners[0]).split()[-1].casefold() in FIRM_WORDS or
                                 # "Trinity" for "Trinity College Dublin", "Karolinska" for "Karolinska Institutet"
                                 n not in place_names() and
                                 _fullest(owners[0])[len(n) + 1:].split(" ")[0] in ol["named_institution_heads"]):
            absorb(g, owners[0])
    groups = [g for g in groups if g.cands]

    # 4b. short forms of company names: "Brindle" for "Brindle Robotics AG"
    conn = set(ol["connectors"])
    for g in groups:
        if g.type != "Organization":
            continue
        words = _fullest(g).split()
        while len(words) > 1 and (words[-1] in generic or words[-1].rstrip(".") in generic or
                                  words[-1].replace(".", "") in generic or words[-1] in conn):
            words.pop()
        words[-1:] = [w.rstrip(",") for w in words[-1:]]     # "Subsea Robótica, S.A." -> "Subsea Robótica"
        short = " ".join(words)
        if short != _fullest(g) and len(short) >= 3 and short[0].isupper() and short not in g.names \
                and short not in lexicon("entities")["regions"] and short not in known_orgs() \
                and not any(short in o.names for o in groups if o is not g and o.type == "Organization") \
                and occurs(text, short):
            g.names.append(short)
        # the distinctive first word of a company name used alone ("Kessilor" for "Kessilor
        # Optics GmbH"), when no other entity's name starts with it and it is no place or word
        first = words[0] if words else ""
        if len(words) >= 2 and len(first) >= 4 and first[0].isupper() and not is_acronym(first) \
                and first not in g.names and first not in lexicon("entities")["regions"] \
                and first not in known_orgs() and first not in ol["nationality_adjectives"] \
                and (g.subtype_hint == "Company" or subtype_from_name(_fullest(g)) == "Company" or
                     _legal_stem(_fullest(g))[1] or
                     # a coined word ("Parametrix" for "Parametrix Caribbean") names nothing else
                     first.casefold() not in english_words() and first not in place_names() and
                     subtype_from_name(_fullest(g)) in (None, "Company", "Investor")) \
                and not any(o is not g and o.cands and any(n == first or n.startswith(first + " ") for n in o.names)
                            and not _ner_guess(o, first) and not _same_name_spelt(o, g) for o in groups) \
                and not occurs_in_prose(text, first.lower()) \
                and any(not text.startswith(" " + words[1], i + len(first)) for i in occurrences(text, first)):
            g.names.append(first)
        # the distinctive last word after an institution head used alone ("Pasteur" for
        # "Institut Pasteur", "Hereon" for "Helmholtz-Zentrum Hereon")
        last = _tail_after_head(" ".join(words), heads)
        if last and len(last) >= 4 and last[0].isupper() and not is_acronym(last) and \
                last not in g.names and last not in place_names() and last not in lexicon("entities")["regions"] \
                and last not in known_orgs() and last not in ol["nationality_adjectives"] \
                and not any(o is not g and o.cands and any(n == last or last in n.split() for n in o.names)
                            for o in groups) \
                and occurs(text.replace(_fullest(g), ""), last):
            g.names.append(last)

    for g in groups:
        # (several words only when the statistical model alone proposed them: "Subsea Robótica"
        # taken for a place is the short name of "Subsea Robótica, S.A.")
        if g.cands and g.type in ("Person", "Place") and len(g.names) == 1 and (
                " " not in g.names[0] or all(c.source == "ner" for c in g.cands)):
            for o in groups:
                if o.type == "Organization" and o.cands and g.names[0] in o.names:
                    absorb(g, o)
                    break
    groups = [g for g in groups if g.cands]

    # a person's surname used alone ("Ojo was previously …") when the model missed that
    # mention: only when no other entity's name has the word and it is no place or known name
    for g in groups:
        if g.type != "Person" or not g.cands:
            continue
        words = _fullest(g).split()
        last = words[-1] if len(words) >= 2 else ""
        # (the model's own one-word guess for the surname, "Menon" as a place, is that mention)
        guesses = [o for o in groups if o is not g and o.cands and o.names == [last] and
                   all(c.source == "ner" for c in o.cands)]
        if len(last) < 3 or not last[0].isupper() or last in g.names or is_acronym(last) or \
                last in place_names() or last in known_orgs() or last in lexicon("entities")["regions"] or \
                any(o is not g and o.cands and o not in guesses and any(last in n.split() for n in o.names)
                    for o in groups):
            continue
        if occurs(text.replace(_fullest(g), ""), last):
            for o in guesses:
                absorb(o, g)
            g.names.append(last)

    # 5. every further occurrence of a name becomes a mention
    # (longest names first across all entities: "Fraunhofer IPMS" before "Fraunhofer")
    taken = sorted((s, e) for g in groups for s, e in g.mentions)
    pairs = [(n, g) for g in groups if g.type not in ("Money", "Date") for n in set(g.names)]
    pairs.sort(key=lambda p: -len(p[0]))
    for n, g in pairs:
        if len(n) < 2:
            continue
        for ms in occurrences(text, n):
            me = ms + len(n)
            if not any(ms < e and s < me for s, e in taken):
                g.mentions.append((ms, me))
                taken.append((ms, me))

    # 6. records
    out: list[Entity] = []
    for g in groups:
        g.mentions.sort()
        e = _entity(text, g, groups)
        if e is not None:
            out.append(e)
    out = _merge_same(out)
    out += _parents_in_unit_names(out)
    for i, e in enumerate(out):
        e.key = f"e{i + 1}"
    return out


def _parents_in_unit_names(ents: list[Entity]) -> list[Entity]:
    """A known organization naming a unit ("IBM Research Zurich", "Nokia Bell Labs") is
    mentioned by that name even when the article never names it alone
    (GUIDELINES: a modifier naming the parent inside a unit's name is a mention of it)."""
    known = known_orgs()
    heads = set(lexicon("organizations")["unit_name_heads"])
    have = {n for e in ents if e.type == "Organization" for n in (e.canonical, e.text, *e.aliases)}
    added: dict[str, Entity] = {}
    for e in ents:
        if e.type != "Organization":
            continue
        words = e.canonical.split()
        for k in (2, 1):
            if len(words) <= k:
                continue
            prefix, rest = " ".join(words[:k]), words[k:]
            if prefix not in known or prefix in have:
                continue
            if not any(w in heads for w in rest[:2]):
                continue
            canon, st, native = known[prefix]
            if canon == e.canonical or canon in have:
                break              # "VTT Technical Research Centre …" is VTT itself
            p = added.get(prefix)
            if p is None:
                p = added[prefix] = Entity(key="", type="Organization", text=prefix,
                                           canonical=canon or prefix, subtype=st or "Company",
                                           aliases=[prefix] if canon and canon != prefix else [],
                                           native_name=native or None)
            for m in e.mentions:
                if m.text.startswith(prefix + " "):
                    p.mentions.append(Mention(prefix, m.start, m.start + len(prefix)))
            break
    return [p for p in added.values() if p.mentions]


def _adopt_alias(g: Group, alias: str, text: str, start: int, groups: list[Group], register) -> None:
    """Make `alias` (found at `start`) a name of g, absorbing the group that holds that mention."""
    alias = alias.rstrip(".,;")
    end = start + len(alias)
    for h in groups:
        if h is g or not h.cands:
            continue
        inside = [d for d in h.cands if start <= d.start and d.end <= end]
        if not inside:
            continue
        if len(h.names) == 1 and h.names[0] == alias:
            for d in h.cands:
                g.add(d)
            h.cands = []
        else:                       # "CNR" inside "CNR Nanotec": that mention is the alias now
            h.cands = [d for d in h.cands if d not in inside]
            h.mentions = [(a, b) for a, b in h.mentions if not (start <= a and b <= end)]
    if not any(a == start and b == end for a, b in g.mentions):
        g.mentions = [(a, b) for a, b in g.mentions if not (start <= a and b <= end)] + [(start, end)]
    if alias not in g.names:
        g.names.append(alias)
    register(g, alias)


@lru_cache(maxsize=4096)
def _legal_stem(name: str) -> tuple[str, str]:
    """("hoshino kikai", "co ltd") for "Hoshino Kikai Co., Ltd.": the name without its legal form."""
    words = fold(name).split()
    suffix: list[str] = []
    changed = True
    while changed and len(words) > 1:
        changed = False
        for suf in legal_suffixes():
            if len(words) > len(suf) and words[-len(suf):] == suf:
                suffix[:0] = words[-len(suf):]
                words = words[:-len(suf)]
                changed = True
                break
    return " ".join(words), " ".join(suffix)


def _same_company(a: Entity, b: Entity) -> bool:
    """"LumiQore B.V." and "LumiQore": one name with and without its legal form (two different
    legal forms are two companies: "Merck KGaA", "Merck & Co.")."""
    sa, sb = _legal_stem(a.canonical), _legal_stem(b.canonical)
    if bool(sa[1]) == bool(sb[1]) or len(sa[0]) < 3:
        return False
    # "Kalkan Siber" for "Kalkan Siber Güvenlik A.Ş.": the first two words or more of the name
    short, full = (sa[0], sb[0]) if sb[1] else (sb[0], sa[0])
    return short == full or len(short.split()) >= 2 and (full + " ").startswith(short + " ")


FIRM_WORDS = {w.casefold() for key in ("generic_suffixes", "short_name_firm_words")
              for w in lexicon("organizations")[key]}


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def _short_name(a: Entity, b: Entity, orgs: list[Entity]) -> bool:
    """"Granite Peak" for "Granite Peak Ventures": two words or more that begin the other name,
    which goes on by one firm word only, and begin no other organization's name."""
    sa, sb = _words(a.canonical), _words(b.canonical)
    if len(sa) > len(sb):
        sa, sb, a, b = sb, sa, b, a
    if len(sa) < 2 or len(sb) != len(sa) + 1 or sb[:len(sa)] != sa or sb[-1] not in FIRM_WORDS:
        return False
    # (another name beginning so is the longer one's own unit or fund: "Granite Peak Ventures Fund II")
    return not any(_words(o.canonical)[:len(sa)] == sa and _words(o.canonical)[:len(sb)] != sb
                   for o in orgs if o is not a)


def _merge_same(ents: list[Entity]) -> list[Entity]:
    """Entities of one type that share a canonical name or a surface form are one entity
    (e.g. a known acronym expansion and the article's own full name; a company's name with and
    without its legal form). A "person" named like a company with a legal form is that company
    ("Hoshino Kikai" and "Hoshino Kikai Co., Ltd.")."""
    orgs = [e for e in ents if e.type == "Organization" and _legal_stem(e.canonical)[1]]
    for e in ents:
        if e.type == "Person" and any(_same_company(e, o) for o in orgs):
            e.type, e.subtype = "Organization", None
    all_orgs = [e for e in ents if e.type == "Organization"]
    merged: list[Entity] = []
    for e in ents:
        target = None
        if e.type in ("Organization", "Technology", "Event", "Person", "Place"):
            names = {key_norm(n) for n in [e.canonical, e.text, *e.aliases]}
            if e.native_name:
                names.add(key_norm(e.native_name))
            for m in merged:
                if m.type != e.type:
                    continue
                mn = {key_norm(n) for n in [m.canonical, m.text, *m.aliases]}
                if m.native_name:
                    mn.add(key_norm(m.native_name))
                if names & mn or e.type == "Organization" and (_same_company(e, m) or
                                                               _short_name(e, m, all_orgs)):
                    target = m
                    break
        if target is None:
            merged.append(e)
            continue
        # keep the fuller record as the base
        if target.native_name and key_norm(target.native_name) == key_norm(e.canonical):
            base, other = target, e
        elif e.native_name and key_norm(e.native_name) == key_norm(target.canonical):
            base, other = e, target
        else:
            base, other = (target, e) if len(target.canonical) >= len(e.canonical) or \
                is_acronym(e.canonical) else (e, target)
        if base is e:
            merged[merged.index(target)] = e
        seen = {(m.start, m.end) for m in base.mentions}
        base.mentions += [m for m in other.mentions if (m.start, m.end) not in seen]
        base.mentions.sort(key=lambda m: m.start)
        base.aliases = sorted({m.text for m in base.mentions} - {base.canonical})
        base.native_name = base.native_name or other.native_name
        base.subtype = base.subtype or other.subtype
    return merged


SPEECH_AFTER = re.compile(rf",? (?:{_alt(lexicon('entities')['speech_verbs'])})\b")
ORG_ONLY_BEFORE = re.compile(rf"\b(?:{_alt(lexicon('entities')['org_only_cues_before'])})\s(?:the\s)?\Z")
ORG_ONLY_AFTER = re.compile(rf"['’]s (?:{_alt(lexicon('entities')['org_only_possessed_nouns'])})\b")


def _same_name_spelt(a, b) -> bool:
    """"Salish Autonomy" and "Salish Autonomy, Inc.": one name is the other's beginning."""
    return a.type == b.type and any(
        x == y or x.startswith(y) and not x[len(y)].isalnum() or y.startswith(x) and not y[len(x)].isalnum()
        for x in a.names for y in b.names)


def _ner_guess(g, name: str) -> bool:
    """Only the statistical model calls this word a person or a place ("Salish" alone, after
    "Salish Autonomy, Inc."): a company's short name may take it over."""
    return g.type in ("Person", "Place") and name not in place_names() and \
        all(n == name or n.startswith(name + " ") for n in g.names) and \
        all(c.source in ("ner", "ner+context") for c in g.cands)


def _fullest(g: Group) -> str:
    if g.primary:
        # "Empa (Swiss Federal Laboratories for ...)", "CERN (European Organization for ...)": a
        # one-word short form followed by its full name; else the name before the parenthesis
        if " " not in g.primary and g.native and len(g.native.split()) >= 2:
            return g.native
        return g.primary
    names = [n for n in g.names if not is_acronym(n)] or g.names
    return max(names, key=lambda n: (len(n.split()), len(n)))


def _entity(text: str, g: Group, groups: list[Group]) -> Optional[Entity]:
    el = lexicon("entities")
    first = g.cands[0]
    mentions = [Mention(text[s:e], s, e) for s, e in g.mentions]
    if g.type in ("Money", "Date"):
        c = first
        return Entity(key="", type=g.type, text=c.text, canonical=c.canonical or c.text,
                      aliases=sorted({m.text for m in mentions} - {c.canonical}),
                      mentions=mentions, value=c.value, currency=c.currency,
                      precision=c.precision)
    canonical = _fullest(g)
    native = g.native
    if g.type == "Organization":
        full_names = [n for n in g.names if not is_acronym(n)]
        known = known_orgs()
        if not full_names:
            hint = g.canonical_hint
            if hint:
                canonical = hint
        elif g.canonical_hint and g.canonical_hint.startswith(canonical + " of "):
            canonical = g.canonical_hint       # "Department of Automation of the … University" (a unit)
        else:
            # "US Food and Drug Administration": drop a national prefix when the rest is a known name
            words = canonical.split(" ", 1)
            if len(words) == 2 and words[0] in lexicon("organizations")["nationality_adjectives"]:
                rest = words[1]
                if rest in {v[0] for v in known.values()}:
                    canonical = rest
        if native and key_norm(native) == key_norm(canonical):
            native = None
    elif g.type == "Place":
        canonical = el["place_canonical"].get(canonical, canonical)
    elif g.type == "Event" and g.canonical_hint and len(g.canonical_hint) > len(canonical):
        canonical = g.canonical_hint           # "Baltic Ports Association annual meeting"
    elif g.type == "Technology":
        hint = g.canonical_hint
        if hint and all(is_acronym(n) or n.casefold() == hint.casefold() for n in g.names):
            canonical = hint
        elif hint and is_acronym(canonical):
            canonical = hint
    text_form = max(g.names, key=lambda n: (not is_acronym(n), len(n)))
    if g.primary:
        text_form = g.primary
    aliases = sorted({m.text for m in mentions if m.text != canonical})
    subtype = _subtype(text, g, canonical, groups) if g.type == "Organization" else None
    guessed = g.type == "Organization" and subtype is None
    if guessed:
        subtype = DEFAULT_SUBTYPE
    if subtype == "Other":
        # "through its Innovative Regions scheme": the programme noun after the name is part of
        # how the text names it, so that form is an alias too
        aliases = sorted({*aliases, *(m.text + pm.group(0) for m in mentions
                                      if (pm := PROGRAMME_NOUN_AFTER.match(text, m.end)))} - {canonical})
    if g.type == "Technology" and canonical[:1].isupper() and canonical.casefold() in (
            "artificial intelligence", "machine learning") and canonical != canonical.lower():
        canonical = canonical.lower()
    # a name only the statistical NER proposed (no rule, registry or context) is less sure
    confidence = 0.5 if all(c.source == "ner" for c in g.cands) else 1.0
    return Entity(key="", type=g.type, text=text_form, canonical=canonical, subtype=subtype,
                  subtype_guessed=guessed, aliases=aliases, mentions=mentions, native_name=native,
                  confidence=confidence)


PROGRAMME_NOUN_AFTER = re.compile(r" (?:programme|program|scheme)(?![\w\-])")


def _subtype(text: str, g: Group, canonical: str, groups: list[Group]) -> Optional[str]:
    names = [canonical] + [n for n in g.names if n != canonical]
    if g.subtype_hint:
        return g.subtype_hint
    known = known_orgs()
    for n in names:
        if n in known and known[n][1]:
            return known[n][1]
    gaz = gazetteer()
    # name rules on full names first, the gazetteer for what they cannot tell
    st = None
    for n in names:
        if not is_acronym(n):
            st = subtype_from_name(n)
            if st:
                break
    gz = None
    for n in names:
        gz = gaz.get(gnorm(n))
        if gz:
            break
    # the registry knows which institutes grant degrees ("Karolinska Institutet")
    if gz and (st is None or st == "University" and "Institute of Technology" in canonical or
               gz == "University" and st == "ResearchInstitute"):
        return gz
    if st:
        # a unit named after a company parent is part of that company ("Microsoft Research Lab")
        if st in ("ResearchInstitute", "Company") or re.search(r"\bLab\b", canonical):
            for o in groups:
                if o is not g and o.type == "Organization" and o.cands:
                    on = _fullest(o)
                    if canonical.startswith(on + " ") and (o.subtype_hint == "Company" or
                                                           known.get(on, ("", ""))[1] == "Company"):
                        return "Company"
        return st
    if gz:
        return gz
    # context: descriptions next to a mention ("the drugmaker X", "X, a start-up")
    for s, e in g.mentions:
        before = text[max(0, s - 60):s]
        after = text[e:e + 90]
        m = re.search(r"(?:\b(?:the|a|an|its)\s+)([\w\- ]{2,50})\s$", before)
        if m and not re.search(r"[A-Z]", m.group(1)[:1]):
            st = subtype_from_context(m.group(1))
            if st:
                return st
        m = re.match(r"(?:\s\(([A-Z][\w&\-]{1,12})\))?,\s(?:the|a|an)\s([^,.;()]{2,80})", after)   # "X (ACR), a …"
        if m and (m.group(1) is None or is_acronym(m.group(1))):
            st = subtype_from_context(m.group(2))
            if st:
                return st
        m = re.match(r"\s([a-z][\w\-]*(?:\s[a-z][\w\-]*)?)\b", after)
        if m:
            st = subtype_from_context(m.group(1))
            if st:
                return st
    return None                     # nothing tells: the default, marked guessed
