"""Entity candidates from rules (lexicons, name patterns, SKOS technologies, money/date
regexes) and from the spaCy NER, resolved into non-overlapping mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import (country_names, english_words, gazetteer, given_names, known_orgs, lexicon, place_index,
                      place_names, region_names, registry_name_words, registry_names, relation_patterns,
                      town_names)
from .orgnames import gnorm
from .normalize import DateFinder, MoneyFinder
from .sentences import split_sentences
from .words import occurrences, occurs
from .orgnames import acronym_matches, initials, is_acronym, subtype_from_description
from ..resolve.names import fold, legal_suffixes
from ..resources import path

# priorities: a higher candidate wins an overlap
P_MONEY, P_PLACEHEAD, P_ORG, P_EVENT, P_TECHNAME, P_DATE, P_KNOWN = 95, 85, 80, 80, 78, 76, 75
P_EVENTNP, P_SKOS, P_TECHPAT, P_PERSON, P_NER = 70, 65, 60, 55, 50
P_ACRNAME, P_ORGAPPOS = 77, 62
# registry names (extractors/gazetteer/names.tsv): a several-word name is nearly always the
# organization; a one-word name only beats the statistical NER
P_GAZ, P_GAZ_ONE = 79, 56
def _institution_of(name: str) -> bool:
    """"Tecnológico de Monterrey": a name that opens with a word no given name and goes on
    with "de"/"of" names an institution, not a person ("Maria de Souza" is one)."""
    words = name.split()
    return len(words) >= 3 and words[1] in ("de", "di", "del", "della", "da", "do", "du", "of") and \
        words[0] not in given_names() and words[0] not in PLACE_LEADS


def _capitalised_before(text: str, pos: int) -> Optional[str]:
    """The capitalised word that ends, with a space, right before ``pos`` ("The", "Norrsken"), or
    None: a name that starts at ``pos`` may continue a longer one."""
    m = re.search(r"([A-Z][\w\-]*)[ \t]$", text[max(0, pos - 30):pos])
    return m.group(1) if m else None


def _words_after(text: str, word: str) -> list[str]:
    """The word after each occurrence of ``word`` followed by a space (string search: a regex
    per name would thrash re's cache)."""
    out, i = [], text.find(word + " ")
    while i >= 0:
        j = i + len(word) + 1
        out.append(text[j:j + 40].split(" ", 1)[0].rstrip(",;:)"))
        i = text.find(word + " ", j)
    return out


def _dictionary_word(w: str) -> bool:
    """An English word, plurals too ("Therapies", "Hydrophones")."""
    f = w.casefold()
    return f in english_words() or f.endswith("s") and (f[:-1] in english_words() or
                                                         f.endswith("ies") and f[:-3] + "y" in english_words())


_EL = lexicon("entities")
# "Department of Automation of the …": a unit named by its field, known by its full name
GENERIC_UNIT = re.compile(rf"(?:{'|'.join(_EL['generic_unit_heads'])}) (?:of|for|de|di|der|für|voor) ")
COMPASS_WORDS = set(_EL["compass_words"])
PLACE_LEADS = set(_EL["place_name_leads"])
COMPASS_PLACE = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(COMPASS_WORDS))}) [A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?![\w\-])")
# a line that opens with a place in capitals and a dash: "DARWIN — ", "TANJI – "
CAPS_DATELINE = re.compile(r"(?m)^(?P<city>[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2}) [–—-] ")
# two capitalised words not followed by a third: a candidate "Given Surname"
GIVEN_PAIR = re.compile(r"(?<![\w\-'’])[A-Z][^\W\d_]+ [^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?(?![\w\-'’]| [A-Z])")
# a name right after a preposition is the object of a phrase, not the head of an apposition
PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Oo]f|[Ff]rom|[Ff]or|[Ww]ith|[Bb]y)\s$")
# a surname: "LeBlanc", "MacNeil", "O'Brien", "Fougère", "Al-Amin"
SURNAME = re.compile(r"(?:[A-Z][^\W\d_]*['’]?)?(?=[^\W\d_])[^\W\d_a-z][^\W\d_A-Z]+(?:-(?=[^\W\d_])[^\W\d_a-z][^\W\d_A-Z]+)?")

# "Gimhae-based ", "Walvis Bay-based ": where a name's bearer is based, not part of the name
BASED_PREFIX = re.compile(r"[A-ZÀ-Ž][\w'’]*(?:[ \-][A-ZÀ-Ž][\w'’]*)*-(?:based|headquartered) ")
# "the Bahrain " right before a registry name: the country that opens an organization's name
PLACE_AFTER_THE = re.compile(r"\b[Tt]he ((?:[A-Z][\w\-]+ (?:and )?){1,3})$")
# "In 2024 Paguaj …", "since 2019 Nordvik …": a year after a preposition of time is a date
YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom)\s$")

# head nouns of a description that make the described name an organization
# ("Zentra, the Dutch association of ...", "Quillo, a Lyon-based start-up")
_EL = lexicon("entities")
UNIT_DESCRIPTOR_NOUNS = set(_EL["unit_descriptor_heads"])
ORG_DESCRIPTOR_NOUNS = set(_EL["descriptor_heads"]) | UNIT_DESCRIPTOR_NOUNS
PERSONLIKE_DESCRIPTOR_NOUNS = set(_EL["personlike_descriptor_heads"])
AMBIGUOUS_DESCRIPTOR_NOUNS = set(_EL["ambiguous_descriptor_heads"])
GROUP_PEOPLE_NOUNS = set(_EL["sentence_opening_group_nouns"])
UNIVERSITY_HEADS = {c for st, cues in lexicon("organizations")["subtype_rules"] if st == "University" for c in cues}
FUNDING_NOUNS = set(_EL["sentence_opening_funding_nouns"])
# words whose final period belongs to them inside a name ("Acme Inc.", "Dr. Oetker")
LEGAL_ABBREVIATIONS = ("Inc", "Ltd", "Co", "Corp", "Bros", "Mfg", "Pty", "Bhd", "Cie")
ABBREVIATED_WORDS = set(LEGAL_ABBREVIATIONS) | {"Dr", "St", "Mt", "Jr", "Sr", "Ltda", "Pte", "Sdn", "Ave", "No"}


# lowercase (and Flemish capitalised) name particles: "Anna van der Berg", "Luca de la Cruz",
# "Jan Van den Broeck"
PARTICLE_WORDS = ("van", "von", "de", "der", "den", "del", "della", "di", "da", "la", "le", "du",
                  "dos", "das", "ten", "ter", "Van", "Von", "De", "Der", "Den", "Del", "Da", "Di", "Du")
PARTICLES = "(?:" + "|".join(PARTICLE_WORDS) + ")"


@dataclass
class Cand:
    start: int
    end: int
    type: str
    source: str
    prio: int
    text: str = ""
    subtype: Optional[str] = None
    canonical: Optional[str] = None
    value: Optional[str] = None
    currency: Optional[str] = None
    precision: Optional[str] = None
    native: Optional[str] = None
    parent: Optional[int] = None       # index of the parent candidate for "X of the Y" splits
    appos_to: Optional[int] = None     # offset of an apposed full name this short name stands for


def _alt(words, flags="") -> str:
    return _alt_of(tuple(words))


@lru_cache(maxsize=256)
def _alt_of(words: tuple) -> str:
    """_alt's alternation, built once per word list (assemble() and candidates() ask for the
    same lexicon lists for every article)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _strip_name_end(raw: str) -> str:
    r"""re.sub(r"(?:['’]s)?[.,;:!?)\]\"”’']*$", "", raw) for a string without line breaks,
    without trying the regex at every position: the closing punctuation, then a possessive
    's right before it ("Acme's.", "(Acme)")."""
    q = len(raw.rstrip(".,;:!?)]\"”’'"))
    if q >= 2 and raw[q - 1] == "s" and raw[q - 2] in "'’":
        q -= 2
    return raw[:q]


def _joined_chunks(doc) -> list[tuple[int, int]]:
    """The Doc's noun chunks as (start, end) token indices, a chunk ending inside a hyphenated
    word running on to its end ("solar mini-grids": the parser may stop at "mini")."""
    spans = [(c.start, c.end) for c in doc.noun_chunks]
    ends = {s: e for s, e in spans}
    out, skip = [], set()
    for s, e in spans:
        if s in skip:
            continue
        while e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and \
                not doc[e].whitespace_ and doc[e + 1].is_alpha:
            skip.update((e, e + 1))
            e = ends.get(e + 1, e + 2)
        out.append((s, e))
    return out


def _alt_by_first(words) -> str:
    """_alt for a long case-insensitive list, one alternation per first letter behind a
    lookahead on that letter: the regex engine tries only the words that can start at a
    position (same matches as _alt: the candidates at a position are tried in the same
    longest-first order). _alt itself when two first letters are case variants that
    lower() keeps apart."""
    groups: dict[str, list] = {}
    for w in set(words):
        groups.setdefault(w[:1].lower(), []).append(w)
    keys = sorted(groups)
    if "" in groups or any(re.fullmatch(re.escape(a), b, re.I) for a in keys for b in keys if a != b):
        return _alt(words)
    return "|".join(f"(?={re.escape(k)})(?:{_alt(groups[k])})" for k in keys)


@lru_cache(maxsize=1)
def skos_labels() -> dict[str, str]:
    """label -> prefLabel from ontology/technologies.ttl."""
    import rdflib
    from rdflib.namespace import SKOS
    g = rdflib.Graph().parse(path("ontology", "technologies.ttl"))
    out = {}
    generic = {w.casefold() for w in lexicon("entities")["generic_artefact_nouns"]}
    for c in g.subjects(rdflib.RDF.type, SKOS.Concept):
        # top concepts are technology areas (nanotechnology, robotics) that news mostly uses as
        # fields or sectors; they organise the scheme but are not matched in text
        if (c, SKOS.topConceptOf, None) in g:
            continue
        pref = str(g.value(c, SKOS.prefLabel))
        for label in [pref, *map(str, g.objects(c, SKOS.altLabel))]:
            # a bare artefact noun ("implants", "the supercomputer") is a generic word, not a name
            if label.casefold() in generic:
                continue
            out[label] = pref
    return out


class EntityFinder:
    def __init__(self):
        ol = lexicon("organizations")
        el = lexicon("entities")
        self.ol, self.el = ol, el
        self.money = MoneyFinder()
        self.dates = DateFinder()
        # legal forms keep their final period when it belongs to the name: dotted forms always
        # ("Acme Holding N.V."), "Inc."/"Ltd."/"Co." when the sentence goes on ("Acme Inc., a ...")
        legal_dot = (r"(?<= )(?:(?:N\.V|B\.V|S\.A|S\.p\.A|S\.r\.l|S\.A\.S|S\.A\.C|S\.A\.A|A\.G|P\.L\.C|L\.L\.C|L\.P|S\.L|K\.K|A\.Ş|A\.S)\.(?![\w\.])"
                     r"|[A-Z]/[A-Z](?![\w/])"          # "Nordlys Offshore Service A/S"
                     rf"|(?:{'|'.join(LEGAL_ABBREVIATIONS)})\.(?=,| [a-z(&]|['’]s\b))")
        # "Ca' Foscari": an elided word before a capitalised one belongs to the name
        cap = rf"(?:{legal_dot}|[A-ZÀ-ÖØ-Þ][a-z]{{0,3}}['’](?=[ \t][A-Z])|[A-ZÀ-ÖØ-Þ][\w\-\.&'’]*[\w]|[A-Z]|plc|gGmbH|\d[A-Z]\w*)"
        conn = _alt([c for c in ol["connectors"] if not c.endswith(("'", "’"))])
        elis = r"(?:dell|d|l|all|nell|dall|sull|dello|degli)['’]"
        # ("A and The University of B": two names, the second one's own "The")
        sep = rf"(?:[ \t]+(?:(?:{conn})[ \t]+)*(?:{elis})?(?!(?<=[ \t]and[ \t])The\b))"
        self.chunk_rx = re.compile(rf"(?<![\w'’])(?<!(?<!-)-){cap}(?:{sep}{cap})*")
        self.heads = set(ol["heads"])
        self._chunks_of, self._chunk_spans = None, []
        self._ents_of, self._ent_spans = None, []
        self._text_of, self._doc_text = None, ""
        self.field_words = set(ol["coordination_field_words"])
        # "Ministry of X and Y Affairs": a name led by one of these keeps its "and"
        self.unit_lead_words = {"Ministry", "Department", "Faculty", "School", "Institute", "Centre",
                                "Center", "Museum", "Office", "Council", "Agency", "Federal"}
        self.weak = set(ol["weak_heads"])
        self.native_leads = set(ol["native_name_leads"])
        low = _alt(ol["native_lowercase_name_words"])
        con = _alt(["de", "de la", "des", "du", "di", "del", "della", "dei", "degli", "delle", "e", "et", "y",
                    "per", "pour", "para", "aux", "d'", "d’", "l'", "l’", "dell'", "dell’"])
        self.native_tail_rx = re.compile(
            rf"(?:(?: (?:{con}))?(?: | ?(?<=['’]))(?:(?:{low})(?![\w\-])|[A-ZÀ-ÖØ-Þ][\w\-]+))*"
            rf"(?: (?:{con}))?(?: | ?(?<=['’]))(?:{low})(?![\w\-])")
        nouns = el.get("acronym_modifier_nouns", [])
        self.modifier_noun_rx = re.compile(rf" (?:{_alt(nouns)})\b") if nouns else None
        self.native_lead_rx = re.compile(rf"(?<![\w\-])(?:{_alt(self.native_leads)})(?= [a-zà-ÿ])")
        self.head_rx = re.compile(rf"(?<![\w\-])(?:{_alt(self.heads)})(?![\w])|Fraunhofer-\w+")
        self.strong_head_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(self.heads - self.weak)})(?![\w])|Fraunhofer-\w+")
        self.place_rx = re.compile(rf"(?<![\w])(?:{_alt(el['place_heads'])})(?![\w])")
        self.event_head_rx = re.compile(rf"(?:^|\s)(?:{_alt(el['event_heads'])})$")
        self.leading_event_rx = re.compile(
            rf"(?:{_alt(el['leading_event_heads'])}) (?:{_alt(ol['connectors'])}|[A-ZÀ-Þ])")
        # "European Congress of Tropical Medicine", "World Summit on ..."
        self.event_of_rx = re.compile(
            rf"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w\-]*) ){{0,3}}(?:{_alt(el['event_heads'])}) (?:of|on|for) [A-Z]")
        self.event_noun_after_rx = re.compile(
            rf" (?:{_alt(el['named_event_nouns'] + el['event_nouns'])})(?: series)?\b")
        self.facility_after_rx = re.compile(facility_after())
        self.lower_legal_rx = re.compile(rf" (?:{_alt(ol['lowercase_legal_forms'])})(?![\w])")
        self.corporate_suffix_rx = re.compile(rf" (?:{_alt(ol['corporate_suffix_words'])})(?![\w\-])")
        self.on_day_rx = re.compile(rf" on (?:{_alt(lexicon('units')['weekdays'] + list(lexicon('units')['months']))})\b")
        self.techname_rx = re.compile(rf"(?:^|\s)(?:{_alt(el['tech_name_heads'])})$")
        self.lead_strip = set(ol["lead_words_to_strip"])
        mods = _alt(ol["name_modifier_suffixes"])
        self.lead_modifier_rx = re.compile(rf"[\w.&]+-(?:{mods}) (?=[A-Z\d]|$)")
        self.modifier_split_rx = re.compile(
            rf"['’]s(?=\s|$)|(?<=s)['’](?=\s|$)|['’]$|-(?:{mods})(?=\s|$)")
        self.roles = set(el["role_words"])
        self.role_phrases = {r.casefold() for r in el["role_nouns_before_name"]}
        self.nat_adj = set(ol["nationality_adjectives"])
        self.strip_adj_before = set(ol["strip_adjective_before"])
        self.not_org = set(ol["not_org"])
        self.publication_rx = re.compile(rf" (?:{_alt(ol['publication_heads'])})$|"
                                         rf"^ (?:{_alt(ol['press_release_headings'])})$")
        fw, ow = _alt(ol["function_words"]), _alt(ol["office_words"])
        self.office_name_rx = re.compile(
            rf"(?:{fw})|(?:(?:{fw}) )+(?:{ow})|.+ (?:{fw}) (?:{ow})|(?:{_alt(ol['title_words_before_of'])}) (?:of|for) .+"
            # "Founder & CEO", "Company Secretary": titles only
            rf"|(?:{_alt(el['role_words'])})(?: (?:&|and) (?:{_alt(el['role_words'])}))+|(?:Company|Corporate) Secretary")
        self.legal_forms = {" ".join(x) for x in legal_suffixes()}     # folded: "gmbh", "co ltd"
        self.generic_suffixes = set(ol["generic_suffixes"])
        self.firm_words = set(ol["short_name_firm_words"])
        self.agency_words = set(ol["national_agency_words"])
        self.regional_agency_words = set(ol["regional_agency_words"])
        self.regional_government_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(ol['regional_government_words'])})(?: (?:de|di|del|du|da|des|de la))? "
            r"[A-ZÀ-Ý][\w\-]+(?:[ \-][A-ZÀ-Ý][\w\-]+){0,2}(?![\w\-])")
        self.agency_rx = re.compile(rf"(?<![\w\-])(?:{_alt(ol['national_agency_words'])}) [A-Z][\w\-]+(?: [A-Z][\w\-]+){{0,2}}")
        self.possessive_name_words = set(ol["possessive_name_words"])
        self.saint_words = set(ol["saint_words"])
        self.cased_legal_forms = set(ol["cased_legal_forms"])
        # one-word forms that only a company name ends with (not "Company", "Holding")
        self.single_legal_forms = {tuple(x) for x in legal_suffixes()
                                   if len(x) == 1 and x[0] not in ("company", "corporation", "holding", "holdings",
                                                                   "limited", "incorporated", "co", "se", "as")}
        self.known = known_orgs()
        self.known_rx = re.compile(rf"(?<![\w\-])(?:{_alt(self.known)})(?![\w\-]| [A-Z]{{2,}}\b)")
        labels = skos_labels()
        self.tech_labels = labels
        low = [l for l in labels if not is_acronym(l)]
        acr = [l for l in labels if is_acronym(l)]
        self.skos_rx = re.compile(rf"(?<![\w\-])(?:{_alt_by_first(low)})(?![\w\-])", re.I)
        self.skos_acr_rx = re.compile(rf"(?<![\w\-])(?:{_alt(acr)})(?![\w\-])")
        self.skos_lower = {k.casefold(): v for k, v in labels.items()}
        mods = _alt(el["event_modifiers"])
        self.facility_event_nouns = set(el["facility_event_nouns"])
        nouns = _alt(el["event_nouns"])
        audience = rf"(?:\s+of\s+(?:the\s+)?(?:{_alt(el['event_audiences'])}))?"
        self.eventnp_rx = re.compile(
            rf"\b(?:the|an?|its|their|our|this)\s+(?P<ev>(?:(?:\d{{4}}|{mods})\s+){{1,2}}(?:{nouns}){audience})\b", re.I)
        self.event_context_rx = re.compile(rf"\b(?:{'|'.join(el['event_context_words'])})\b", re.I)
        self.owner_event_rx = re.compile(
            rf"(?<![\w\-'’])(?P<owner>[A-Z][\w\-]*(?: (?:of|for|de|[A-Z][\w\-]*))*) "
            rf"(?P<ev>(?:(?:{mods}|final|first|second|third|spring|autumn|winter|summer)\s+){{1,2}}(?:{nouns}))\b")
        ev_mod = rf"(?:{mods}|\w+-day|\d{{4}}|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))"
        self.event_bare_rx = re.compile(
            rf"(?:\b(?:the|an?|its|their|our|this|The|An?|Its|Their|Our|This)\s+|(?<=['’]s\s))(?:{ev_mod}\s+){{0,2}}?"
            rf"(?P<ev>(?:(?:{mods})\s+)?(?:{nouns}){audience}(?![\w\-])(?!\s(?:call|room|centre|center|hall|season|circuit|"
            rf"organi[sz]ers?|series|venue|calendar|programme|program|organisation|organization|speakers?|"
            rf"participants?|attendees?|delegates?|sponsors?|organi[sz]ing|partners?|committee|chair|agenda)\b)"
            rf"(?:\s(?:on|about)\s[a-z][\w\-]*(?:\s[a-z][\w\-]*){{0,2}}?(?=[,.;]|\s(?:at|in|on|organi[sz]ed|"
            rf"hosted|which|that|with|from|for|to|and|was|were|will|is|drew|brought)\b))?)")
        # "a health innovation fair that the city organised": lower-case modifiers before an event
        # noun name the event when a clause then says who organised or hosted it
        self.event_described_rx = re.compile(
            rf"\b(?:an?|the|An?|The)\s+(?P<ev>(?:[a-z][a-z\-]+\s){{1,2}}(?:{nouns}))"
            rf"(?=,?\s(?:that|which)\s(?:the\s)?[A-Z][^.;]{{0,80}}?\b(?:co-)?(?:organi[sz]ed|hosted|held|ran|staged)\b"
            rf"|,?\s(?:co-)?(?:organi[sz]ed|hosted|run|staged)\sby\b)")
        self.event_lead_adjectives = set(el["event_lead_adjectives"])
        self.event_named_rx = re.compile(
            rf"(?<![\w\-'’])(?P<name>[A-Z][\w\-]*(?: (?:and|&|of|for) [A-Z][\w\-]*| [A-Z][\w\-]*){{0,3}})"
            rf" (?:{_alt(el['named_event_nouns'])})(?![\w\-])(?! (?:centre|center|hall|venue|complex|grounds|site|campus)\b)")
        self.venue_rx = re.compile(
            rf"(?<![\w\-'’])(?P<name>[A-Z][\w\-]*(?: (?:de|del|di|du|la|le) [A-Z][\w\-]*| [A-Z][\w\-]*){{0,3}})"
            rf" (?:{_alt(el['venue_phrases'])})(?![\w\-])")
        ctx = "|".join(el["event_context_words"])
        self.event_year_rx = re.compile(
            rf"(?:(?:\b(?:at|attend\w*|host\w*|organi[sz]\w*|during|visitors to|edition of|opening of) (?:the )?)"
            rf"(?P<ev>[A-Z][\w\-]*(?: [A-Z][\w\-]*){{0,2}} (?:19|20)\d\d)(?![\w\-])"
            rf"|(?<![\w\-])(?P<ev2>[A-Z][\w\-]*(?: [A-Z][\w\-]*){{0,2}} (?:19|20)\d\d)(?=,? (?:was|is|will be|were) (?:{ctx})|, the [^,.]{{0,60}}(?:{nouns}|show|expo|event)\b))")
        th = _alt(el["tech_heads"])
        self.techpat_rx = re.compile(
            rf"(?P<name>(?<![\w\-])[A-Z][\w\-]*[A-Z0-9][\w\-]*(?:\s[A-Z0-9][\w\-]*)*)\s+"
            rf"(?:(?!(?:said|says|told|the|a|an|and|or|of|to|in|for|with|on|at|by|from|is|are|was|were|has|have|will)\s)[a-z][\w\-]*\s+){{0,2}}(?:{th})\b")
        self.appos_rx = re.compile(
            rf"(?P<name>(?<![\w\-])[A-Z][\w\-]*(?:\s(?:[A-Z][\w\-]*|\d+))*),\s+(?:(?:a|an|the)\s+|[A-Z]\w+['’]s\s+)"
            rf"(?:[\w\-]+\s+){{0,5}}(?:{th})\b")
        acr = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-Þà-öø-ÿ]*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-Þà-öø-ÿ]*"
        # "CBN–IIT Lecce", "CNB-CSIC", "EMBL-EBI": dash-joined acronyms, optionally + a place word
        self.dashed_rx = re.compile(
            rf"(?<![\w\-–—])(?P<name>{acr}(?:[–—-]{acr})+)(?P<tail> [A-Z][a-z]+)?(?![\w\-–—])")
        # "CNR Nanotec, the Institute of ...": a short acronym-led name before an apposed full name
        self.short_appos_rx = re.compile(
            rf"(?<![\w\-–—])(?P<name>[A-Z]{{2,}}[a-z]?(?:[–—-]{acr})*(?: [A-Z][\w\-]+){{0,2}}),"
            rf" the (?P<appos>[A-ZÀ-ÖØ-Þ])")
        # "Amonía Verde del Norte, a consortium": native lower-case connectors inside the name
        native_conn = r"(?:de|del|della|delle|di|du|des|la|le|y|et|da|do|dos|das|van|von|der|den|zu|für|en)"
        self.org_appos_rx = re.compile(
            r"(?P<name>(?<![\w\-])[A-Z][\w\-]*(?:\s(?:" + native_conn + r"\s)?(?:[A-Z][\w\-]*|\d+)){0,3})"
            r"(?:,|\sis)\s+(?:a|an|the)\s+"
            r"(?P<desc>(?:[\w\-]+(?:['’]s)?\s+){0,4}?[\w\-]+?)(?=s?\s*(?:[,.;:()]|\s(?:that|which|who|whose|of|for|with|in|on|at|to|based|behind|from|and|specialising|specializing|focused|dedicated|she|he|they|we|spun|set|founded|created|owned|run|led|backed|funded|financed|coordinated|headquartered|launched|established|listed|known)\b))")
        self.programme_rx = re.compile(
            r"(?P<name>(?<![\w\-])[A-Z][\w\-]*(?: (?:[A-Z][\w\-]*|\d+)){0,3}),\s(?:the|a|an)\s"
            rf"(?P<desc>[^,.;:()\n]{{0,80}}?)(?<![\w\-])(?:{_alt(el['funding_programme_heads'])})(?![\w\-])")
        self.programme_cue_rx = re.compile(rf"(?<![\w\-])(?:{_alt(el['funding_programme_cues'])})(?![\w\-])")
        self.geo_mods = set(ol["nationality_adjectives"]) | {
            "national", "international", "regional", "global", "public", "professional", "industry",
            "trade", "business", "academic", "local", "nonprofit", "non-profit", "not-for-profit"}
        role = (r"(?:co-?founder|founder|chief executive|chief [a-z]+ officer|CEO|CTO|CFO|president|"
                r"vice[ -]president|vice[ -]rector|vice[ -]chancellor|chancellor|chairman|chairwoman|chair|"
                r"director|director-general|managing director|lecturer|"
                r"head|professor|minister|secretary|commissioner|dean|rector|chief scientist|"
                r"spokesperson|spokesman|spokeswoman|partner|researcher|scientist|councillor|councilor|mayor|"
                r"governor|senator|ambassador)")
        self.role_person_rx = re.compile(
            rf"(?<![\w\-])(?P<name>[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{0,3}}(?:[ \-][A-Z][a-zà-ÿ]+){{1,2}}), "
            r"(?:(?:the|a|an|its|their)\s|(?:[A-Z][\w&\-]*\s){0,3}?[A-Z][\w&\-]*['’]s\s)?"
            rf"(?:(?:[a-z\-]+\s){{0,3}}?{role}|(?:[A-Z][a-z]+\s){{0,2}}?(?i:{role}))\b")   # (a contact line's "Head of …")
        # "President and Chief Executive Officer of Ardent", "general counsel of Moderna": the
        # name a person's role is held at (a slot for names nothing else proposed)
        self.role_of_name_rx = re.compile(
            rf"(?<![\w\-])(?i:{role}|officer|counsel|general manager)(?: (?:and|&) (?:[A-Za-z\-]+ ){{0,3}}?"
            rf"(?i:{role}|officer|counsel))? (?:(?P<of>of)|at) (?:the )?"
            r"(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,3})(?![\w\-])"
            r"(?(of)(?! at (?:the )?[A-Z]))")     # "Professor of Pharmaceutics at Trinity": a field
        # "Kestrel Aero's chief executive, Ana Ruiz, said": a role of an organization, then the name
        self.role_person_after_rx = re.compile(
            rf"['’]s?\s(?:[a-z\-]+\s){{0,3}}?{role}(?:\s[a-z\-]+){{0,3}}, "
            rf"(?P<name>[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{0,3}}(?:[ \-][A-Z][a-zà-ÿ]+){{1,2}})(?:,|\.(?:\s|$))")
        # "Itzel Mairena is co-founder and chief executive of Fermenta Labs": a name said to hold a
        # person's job (not "partner" or "head", which organizations are too)
        self.role_is_rx = re.compile(
            rf"(?<![\w\-])(?P<name>[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{0,3}}(?:[ \-][A-Z][a-zà-ÿ]+){{1,2}}) "
            r"(?:is|was|has been) (?:the |a |an )?(?:[a-z\-]+ ){0,2}?(?:co-?founder|founder|chief executive|"
            r"managing director|professor|dean|rector|chairman|chairwoman|vice-president|president|director)"
            r"(?: and [a-z\- ]{3,40}?)? (?:of|at) ")
        # a people move "Achta Mahamat has joined Kaskal Pay as chief operating officer"
        self.role_joined_rx = re.compile(
            rf"(?<![\w\-])(?P<name>[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{0,3}}(?:[ \-][A-Z][a-zà-ÿ]+){{1,2}}) "
            r"(?:has |have )?(?:re)?joined (?:the )?[A-Z][^.;\n]{0,60}? as (?:its |the |a |an )?(?:new |first )?"
            r"(?:[a-z\-]+ ){0,3}?(?:officer|director|manager|head|chief|president|chair|dean|adviser|advisor|"
            r"engineer|scientist|counsel|secretary|treasurer|economist|analyst|CEO|CTO|CFO|COO)\b")
        # a social post's profile line "Hadiza Issoufou · Founder, Moulin Soleil · Niamey": the
        # writer, her job and her company
        self.profile_line_rx = re.compile(
            rf"(?m)^[ \t]*(?P<name>[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{0,3}}(?:[ \-][A-Z][a-zà-ÿ]+){{1,2}}) · "
            rf"(?:[^·\n,]{{0,40}}?\b(?i:{role})\b[^·\n,]{{0,30}}?)(?:,| at| @) "
            r"(?P<org>[A-Z][^·\n,]{0,50}?)[ \t]*(?:·|$)")
        self.ctx_subtype = {}
        for st, cues in ol["context_subtypes"].items():
            for c in cues:
                if st in ("Company", "Investor") and " " not in c or c in ("venture capital firm", "vaccine maker", "drug maker"):
                    self.ctx_subtype.setdefault(c, st)
        self.ctx_rx = re.compile(
            rf"\b(?P<cue>{_alt(self.ctx_subtype)})\s+(?P<name>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){{0,2}})(?![\w\-'’])")
        mon = _alt(lexicon("units")["months"])
        self.dateline_rx = re.compile(
            rf"(?m)^(?P<places>[A-Z][\w\-\.]*(?: [A-Z][\w\-\.]*)*(?:(?:,(?: and)? (?:the )?|/| and )[A-Z][\w\-\.]*(?: [A-Z][\w\-\.]*)*){{0,4}}),"
            rf" (?:\d{{1,2}}(?:[\-–]\d{{1,2}})? (?:{mon})|(?:{mon}) \d{{1,2}}|(?:{mon}) \d{{4}}|(?:19|20)\d\d [–—-] |"
            rf"\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d\b)")          # "AARHUS, Denmark, 3.6.2025 -"
        # "LYON (France) – ..." / "Porto, Portugal — ...": city and country before a dash
        self.dateline_dash_rx = re.compile(
            r"(?m)^(?P<city>[A-Z][\w\.\-]*(?: [A-Z][\w\.\-]*){0,3})"
            r"(?: \((?P<c1>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})\)(?:, [\w ]{4,20}?\d)?|, (?P<c2>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})) [–—-] ")
        # "SAN DIEGO--(BUSINESS WIRE)--", "OSLO, Norway, May 2, 2025 (GLOBE NEWSWIRE) --": wire datelines
        self.dateline_wire_rx = re.compile(
            r"(?m)^(?P<city>[A-Z][\w\.\-]*(?: [A-Z][\w\.\-]*){0,3})(?:, (?P<c2>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}))?"
            r"(?:,[^\n()]{0,30})?\s?--\s?\([A-Z][\w ]+\)\s?--")
        self.person_titles = sorted(el["person_titles"], key=len, reverse=True)
        self.funder_verb_rx = re.compile(r" (?:has |had |also |will )*(?:granted|awarded|funded|funds|co-funded|"
                                         r"subsidi[sz]ed|contributed|gave|provided|invested|grants|awards)\b")
        self.occupation_after_rx = re.compile(rf"[ \t]+(?:{_alt(el['occupation_nouns'])})s?\b")
        # "worked as a product manager at Fawry", "a data scientist at Careem": where a job is held
        self.occupation_at_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(el['occupation_nouns'])})s? at (?:the )?(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){{0,3}})(?![\w\-])")
        self.wire_credit_rx = re.compile(
            rf"(?m)^[^\n]{{0,80}}?\((?P<w>[A-Z][\w\- ]{{0,40}}?(?:{_alt(el['wire_service_heads'])}))\)"
            r"\s?(?:[–—-]|/)")
        word = r"[^\W\d_][\w'’\-]*"
        self.contact_line_rx = re.compile(
            rf"(?im)^[ \t]*(?:{_alt(el['contact_line_labels'])})[ \t]*:[ \t]*(?-i:(?P<name>(?=[A-ZÀ-ÞŠŽČĆ]){word}"
            rf"(?: (?=[A-ZÀ-ÞŠŽČĆ]){word}){{1,2}}))(?=,)")
        self.not_place = set(el["not_place"])
        self.place_canon = set(el["place_canonical"])
        self.tech_strip = {w.casefold() for w in el["tech_strip_modifiers"]}
        self.other_verbs = {w.casefold() for w in el["verbs_after_develops_and"]}
        self.tech_head_words = {w.casefold() for w in el["tech_heads"] if " " not in w} | {
            "assistant", "assistants", "scanner", "scanners", "tools"}
        self.tech_modified_rx = _alt(el["tech_modified_nouns"])
        self.tech_block = {w.casefold() for w in el["tech_noun_blocklist"]}
        self.tech_head_block = set(el["tech_head_blocklist"])
        dv = _alt(el["develop_verbs"] + ["co-develops", "develops", "is developing", "are developing"])
        heads = {w.casefold() for w in el["develop_verbs"] if " " not in w} | {"co-develops", "develops"}
        uh = _alt(ol["unit_name_heads"])
        self.unit_heads = set(ol["unit_name_heads"])
        self.known_unit_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(k for k in self.known if not is_acronym(k) or len(k) > 2)})"
            rf" (?:[A-Z][\w\-]+ )?(?:{uh})(?: [A-Z][a-z][\w\-]+)?(?![\w\-])")
        self.code_not_tech = set(el["code_names_not_tech"])
        self.code_name_rx = re.compile(
            r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*[A-Z][\w\-]*[A-Z0-9])[A-Z][A-Za-z]*(?:-?[A-Za-z]*\d+[A-Za-z]*)+"
            r"(?:-[A-Za-z0-9]+)*(?![\w\-])")
        self.known_acr_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(k for k, v in self.known.items() if not is_acronym(k))})"
            rf" (?P<acr>[A-Z]{{2,6}})(?![\w\-])")
        self.develop_word_rx = re.compile(
            rf"(?<![\w\-])(?i:{_alt(heads | {'developer', 'development', 'co-development'})})(?![\w\-])")
        self.tech_topic_rx = re.compile(rf"(?<![\w\-])(?:{_alt(el['tech_topic_cues'])}) (?=\S)", re.I)
        self.tech_artefacts = {w.casefold() for w in el["tech_artefact_heads"]}
        self.dev_np_rx = re.compile(
            rf"\b(?:{dv})\s+(?:an?|the|new|its|their)\s+(?P<np>(?:[a-z][\w\-]*\s+){{1,3}}?"
            rf"(?:{_alt(el['tech_heads'])}))\b(?!-)")
        self.generic_nouns = {w.casefold() for w in el["generic_artefact_nouns"]}
        self.acronym_plain_heads = set(el["acronym_plain_heads"])
        # named products: "NovaSwitch, a 650-volt transistor", "an app called WardWatch",
        # "its prototype, Lumen" (see _product_names)
        ph = _alt({w for w in el["tech_artefact_heads"] + el["tech_heads"] + el["product_heads"]})
        pname = r"(?P<name>(?<![\w\-'’])[A-Z0-9][\w\-]*(?: [A-Z0-9][\w\-]*){0,3})"
        owner = r"(?:an?|the|its|their|our|(?:the )?[A-Za-z][\w\-]*(?:['’]s|s['’]))"     # ("Qvevri Labs' probe")
        self.product_rxs = [
            re.compile(rf"{pname}, {owner} (?P<words>(?:[\w\-]+ |\([A-Z][\w\-]{{1,10}}\) ){{0,5}})(?:{ph})"
                       r"(?=[,.;:)]| (?:that|which|to|for|designed|used|developed|built|based|aimed|capable|"
                       r"able|with|from|in|on|and|now|already|currently)\b)"),
            re.compile(rf"(?<![\w\-])(?:{ph}),? (?:{_alt(el['product_name_cues'])}) {pname}(?![\w\-])"),
            re.compile(rf"(?<![\w\-])(?i:{owner}) (?P<words>(?:[\w\-]+ ){{0,3}})(?:{ph}), (?:the )?{pname}"
                       r"(?=[,.;]| (?:is|was|has|had|will|can|could|ran|runs|uses|showed|shows|aims)\b)"),
            # "Its latest skimmer, the Barracuda S2, was …": any artefact noun before a model name
            # (a name with a number in it)
            re.compile(rf"(?<![\w\-])(?i:its|their|our) (?P<words>(?:latest|newest|new|first|flagship) )?"
                       r"[a-z][a-z\-]{3,}, (?:the )?(?P<name>[A-Z][\w\-]*(?: [A-Z0-9][\w\-]*)?(?<=\d))"
                       r"(?=, (?:was|is|has|had|will|which|that)\b)"),
            # "the maker of the Tessel robotic navigation platform"
            re.compile(rf"(?<![\w\-])(?:{_alt(el['product_cues_before'])}) (?:the |its |their )?{pname}"
                       r" (?P<words>(?:(?!(?:the|an?|its|their|his|her|our|through|to|for|of|in|on|at|by|with|from|and|or)\b)"
                       rf"[a-z][\w\-]* ){{0,3}})(?:{ph})\b"),
        ]
        self.product_not_words = set(el["product_description_stop_words"])
        self.tech_network_words = set(el["tech_network_words"])
        self.slot_name_rx = re.compile(
            rf"(?<![\w\-])(?:{_alt(el['org_slot_name_cues'])}) (?:the )?"
            r"(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,3})(?![\w\-])")
        self.subject_name_rx = re.compile(
            r"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=, which )|(?<=, that ))(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,2})"
            rf" (?:also |now |recently )?(?:{_alt(el['org_subject_cues'])})(?![\w\-])", re.M)
        self.venue_slot_rx = re.compile(
            rf"(?:(?<![\w\-])(?:{_alt(el['venue_slot_cues'])})|(?:^|(?<=[.!?] ))At"      # "At the X, …"
            # "organised by the Kenya Maritime Authority at the Sarova Whitesands"
            r"|(?<![\w\-])(?:co-)?organi[sz]ed by (?:the )?[A-Z][\w\-&]*(?: (?:[A-Z][\w\-&]*|of|and|for|the)){0,6} at)"
            r" (?:the )?"
            r"(?P<name>[A-Z][\w\-&'’]*(?: (?:[A-Z][\w\-&'’]*|de|des|du|del|di|der|am|an)){0,5})(?![\w\-])", re.M)
        # "the battery recycler Ciklus", "a Dutch chip start-up Lightgate": the name a describing
        # noun phrase introduces
        self.descriptor_name_rx = re.compile(
            rf"\b(?:the|a|an) (?:[\w\-]+ ){{0,3}}?(?:{el['org_descriptor_nouns']}) "
            r"(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,2})(?![\w\-])")
        # "Galway seaweed firm Brónach Bio": a place that modifies a describing noun
        self.place_modifier_rx = re.compile(rf" (?:[a-z][\w\-]* ){{0,2}}(?:{el['org_descriptor_nouns']}) [A-Z]")
        # "a Seraing start-up that …": a place that modifies an indefinite description
        self.town_modifier_rx = re.compile(rf" (?:[a-z][\w\-]* ){{0,2}}(?:{el['org_descriptor_nouns']})\b")
        self.org_list_rx = re.compile(
            rf"\b(?:{_alt(el['org_list_nouns'])})(?: such as| including| like|:| are| were| include| included|,? among them)"
            r" (?P<list>[A-Z][^.;:()\n]{2,240})")
        # (also camel-case names that open in lower case: "bavAIRia")
        self.lower_word_rx = re.compile(r"(?<![\w\-'’./@])(?:[a-z]{4,}|[a-z]{2,}[A-Z]{2,}[a-z]*)(?![\w\-'’@]|\.\w)")
        self.brand_before_rx = re.compile(
            rf"(?:[A-Z][\w\-]*-based|\b(?:start-up|startup|spin-off|spinout|company|firm|group|maker|cluster|network|"
            rf"rival|investors? in|invested in|stake in|acquisition of|acquire|acquired|bought|backed|"
            rf"partnership with|agreement with)) $")
        self.brand_after_rx = re.compile(
            rf"{org_descriptor_apposition()}|['’]s\s(?:[\w\-]+\s){{0,2}}?(?:{el['org_possessions']})\b")
        self.regions = set(el["regions"]) | set(el["us_states"])
        self.project_nouns = set(el["named_project_nouns"])
        # "the NEXUS-EU university alliance", "the euRobotics association": a coined name, at most
        # one describing word, then the group noun
        self.named_group_rx = re.compile(
            r"(?<![\w\-'’])(?P<name>(?:[A-Z0-9]|[a-z]+[A-Z])[\w\-\+&]*(?: [A-Z0-9][\w\-\+&]*){0,3})"
            r"(?: (?P<mod>university|research|industry|business|innovation|european|national|regional|"
            r"global|international|trade|industrial|scientific|academic))?"
            rf" (?P<noun>{_alt(el['named_group_nouns'] + el['named_project_nouns'])})(?![\w\-])"
            r"(?! (?:centre|center|office|lab|laboratory|site|building|company|team|manager|director)\b)")
        # "Cairo's Manial district", "the Liebenau district of Graz"; "the COBIS science park"
        dist = _alt(el["district_nouns"])
        name1 = r"[A-ZÀ-ÖØ-Þ][\w\-]*(?: [A-ZÀ-ÖØ-Þ][\w\-]*){0,2}"
        self.district_rx = re.compile(
            rf"(?:['’]s |\bthe )(?P<a>{name1}) (?:{dist})\b|\bthe [A-ZÀ-ÖØ-Þ][\w\-]*(?: [A-ZÀ-ÖØ-Þ][\w\-]*)? "
            rf"(?:{dist}) of (?P<b>{name1})(?![\w\-])")
        self.named_facility_rx = re.compile(
            r"(?:\b[Tt]he |['’]s )(?P<name>[A-ZÀ-ÖØ-Þ][\w\-]*(?: [A-ZÀ-ÖØ-Þ][\w\-]*){0,3}) "
            rf"(?P<noun>{_alt(el['named_facility_nouns'])})(?![\w\-])")
        # "Research Ireland's Frontiers for the Future programme", "TÜBİTAK's 1507 SME R&D Support
        # Programme": a capitalised name a body owns before a programme noun is the programme
        self.owned_programme_nouns = set(el["owned_programme_nouns"])
        prog = _alt(el["owned_programme_nouns"])
        self.owned_fund_nouns = set(el["owned_fund_nouns"])
        progfund = _alt(el["owned_programme_nouns"] + el["owned_fund_nouns"])
        self.owned_programme_rx = re.compile(
            r"(?:(?<=[\w)]['’]s )|(?<=\bits )|(?<=\btheir ))"
            r"(?P<name>[A-Z0-9][\w\-\+&]*(?:['’][A-Z][\w\-]*)?(?: (?:(?:for|of|the|and|to|on|in) )*[A-Z0-9][\w\-\+&]*){0,6}?)"
            rf"(?: (?P<noun>{progfund})| (?P<capnoun>(?i:{progfund})))(?![\w\-])")
        # "under the European Funds for a Modern Economy (FENG) programme", "through the Contratti
        # di Sviluppo scheme": money comes under it, so the name is a funding programme
        conn = _alt(el["programme_name_connectors"])
        self.funding_programme_rx = re.compile(
            r"\b(?:under|through|via) the (?P<name>[A-Z][\w\-\+&]*(?: (?:(?:" + conn + r") )*[A-Z0-9][\w\-\+&]*){0,7})"
            rf"(?: \((?P<acr>[A-Z][\w\-]+)\))? (?P<noun>{prog})(?![\w\-])")
        # "awarded Kayo a grant through its Conservation Innovation Window", "granted Neuscan 180.000
        # euros through its Fons d'Innovació": what a body pays money through is its funding programme
        # "through its programme « Innov'Industrie »", "its programme "Bayern Innovativ Digital"":
        # a quoted name after a body's programme noun
        self.quoted_programme_rx = re.compile(
            rf"\b(?:its|their|the [a-z]+['’]s) (?:{prog}) [«\"“]\s?(?P<name>[A-ZÀ-Ý][^«»\"“”\n]{{1,60}}?)\s?[»\"”]")
        self.paid_through_rx = re.compile(
            r"\b(?:grant|grants|granted|awarded|award|prize|loan|funding|funded|financed)\b(?:[^.;\n]|\.(?=\d)){0,80}? through "
            r"(?:its|their) (?P<name>[A-ZÀ-Ý][\w\-\+&]*(?: (?:(?:for|of|the|and|de|del|des|du|la|le|di|della|y|e|et|i|und) )*"
            r"(?:d['’]|l['’])?[A-Z0-9À-Ý][\w\-\+&]*){1,6})(?![\w\-'’])")
        self.place_facility_rx = re.compile(
            r"(?:\b(?:its|their|our)|['’]s) (?:new |main |own |first |largest )?(?P<name>[A-ZÀ-ÖØ-Þ][\w\-]+(?: [A-ZÀ-ÖØ-Þ][\w\-]+)?) "
            rf"(?:{_alt(el['place_facility_nouns'])})(?![\w\-])")
        self.not_after_year = set(lexicon("units")["not_date_after_year"])
        evn = _alt(el["named_event_nouns"] + ["partnering conference", "meeting", "ceremony", "challenge",
                                               "competition", "webinar", "roadshow", "exhibition"])
        ename = r"(?P<name>(?<![\w\-'’])[A-Z][\w\-]*(?: (?:[A-Z0-9][\w\-]*|of|on|for|and|de))*(?: [A-Z0-9][\w\-]*)?)"
        self.event_appos_rxs = [
            # (the event noun heads the apposition: not "X, a company with a workshop in …")
            re.compile(rf"{ename}, (?:the|a|an|this year's|its) (?:(?!(?:with|of|for|in|at|on|and|that|which|whose|"
                       r"has|have|had|is|are|was|were|will|runs)\b)"   # (not "B, the company has its workshop in")
                       rf"[\w\-]+ ){{0,4}}?(?:{evn})"
                       r"(?=[,.;]| (?:organi[sz]ed|held|hosted|run|on|in|at|for|that|which|where|to|with|from|of)\b)"),
            re.compile(rf"(?<![\w\-])(?:{evn}),? (?:the |called |named |dubbed )?{ename}(?=[,.;]| on | in | at | from | (?:was|is|will)\b)"),
            re.compile(rf"(?<![\w\-])[Tt]he {ename} (?:[a-z\-]+ ){{0,2}}(?:{_alt(el['named_event_nouns'])})\b"),
        ]
        # "HYDRA-X, which started in 2024, brings together …": a coined name that brings
        # partners together is a project or network
        self.group_verb_rx = re.compile(
            r"(?<![\w\-'’])(?P<name>[A-Z][\w\-]*(?: [A-Z0-9][\w\-]*){0,2})(?:,[^,.;()]{3,80},)?"
            r" (?:brings|brought|will bring|bring) together\b")

    # ------------------------------------------------------------------ candidates
    def candidates(self, text: str, doc, ref_year: Optional[str]) -> list[Cand]:
        cands: list[Cand] = []
        for f in self.money.find(text):
            cands.append(Cand(f.start, f.end, "Money", "money-regex", P_MONEY, f.text,
                              canonical=f.canonical, value=f.value, currency=f.currency))
        for f in self.dates.find(text, ref_year):
            if self._date_ok(text, f.start, f.end, f.precision):
                cands.append(Cand(f.start, f.end, "Date", "date-regex", P_DATE, f.text,
                                  canonical=f.canonical, precision=f.precision))
        chunks, title_spans = self._chunks(text)
        cands += chunks
        cands += self._registry_names(text, doc)
        cands += self._listed_places(text)
        for m in self.known_rx.finditer(text):
            canon, st, native = self.known[m.group(0)]
            if self._in_person_name(doc, m.start(), m.end()):
                continue                       # "Dr. Sophie Roche": a surname
            ext = self._group_company(text, doc, m.start(), m.end())
            if ext:              # "Siemens Energy", "Volvo Cars": a group company of its own
                cands.append(Cand(m.start(), ext, "Organization", "known-org-unit", P_KNOWN, text[m.start():ext]))
                continue
            cands.append(Cand(m.start(), m.end(), "Organization", "known-org", P_KNOWN, m.group(0),
                              subtype=st or None, canonical=canon, native=native or None))
        cands += self._named_groups(text)
        cands += self._owned_programmes(text)
        for m in self.regional_government_rx.finditer(text):      # "the Région Grand Est granted …"
            cands.append(Cand(m.start(), m.end(), "Organization", "regional-government", P_ORG + 1,
                              m.group(0), subtype="Government"))
        for m in self.venue_rx.finditer(text):     # "the RAI convention centre": the venue
            name = m.group("name")
            if name not in self.known and name.split()[0] not in ("The", "A", "An", "Its", "Their") and \
                    not self.head_rx.search(name):
                cands.append(Cand(m.start("name"), m.end("name"), "Place", "venue", P_PLACEHEAD, name))
        cands += self._based_names(text)
        for m in self.eventnp_rx.finditer(text):
            cands.append(Cand(m.start("ev"), m.end("ev"), "Event", "event-np", P_EVENTNP, m.group("ev")))
        for m in self.owner_event_rx.finditer(text):
            # "the Baltic Ports Association annual meeting": the organizer's name, then the event
            # (GUIDELINES: the event is named with its organizer; the name stays an organization)
            _, owner = self._strip_lead(m.start("owner"), m.group("owner"))
            if not owner or owner in self.regions or owner in place_names() or owner in self.nat_adj or \
                    owner in lexicon("units")["months"] or owner.split()[0] in ("Our", "My", "Your", "His", "Her"):
                continue               # "Our annual meeting": a possessive, no organizer's name
            cands.append(Cand(m.start("ev"), m.end("ev"), "Event", "event-np", P_EVENTNP, m.group("ev"),
                              canonical=f"{owner} {m.group('ev')}"))
        appos_events, desc_spans = self._event_appositions(text)
        cands += appos_events
        cands += self._described_events(text, [c.start for c in cands if c.type == "Event"])
        if desc_spans:       # "X, the annual conference": the description is X, not another event
            cands = [c for c in cands if not (c.type == "Event" and c.source != "event-appos" and any(
                a <= c.start and c.end <= b for a, b in desc_spans))]
        for rx in (self.skos_rx, self.skos_acr_rx):
            for m in rx.finditer(text):
                canon = self.skos_lower.get(m.group(0).casefold())
                st = m.start()
                if rx is self.skos_rx and m.group(0)[:1].isupper() and \
                        _capitalised_before(text, st):
                    continue                    # "Plasmo Diagnostics": part of a name
                if rx is self.skos_acr_rx and self._ends_org_name(text, doc, st, m.end()):
                    continue                    # "Mistral AI": the end of a company's name
                gm = re.search(r"(?<![\w\-])(?:next|new|second|third|fourth|fifth|latest)-generation $",
                               text[max(0, st - 30):st])
                if gm:                          # "next-generation AI platforms" is the name used
                    st -= len(gm.group(0))
                    canon = None
                en = m.end()
                if re.match(rf"[ \-](?:{self.tech_modified_rx})\b", text[en:en + 30]):
                    continue                    # "the AI company", "a CRISPR start-up": a modifier
                if doc is not None and not gm:
                    st2, en2 = self._tech_phrase(doc, st, en)
                    if (st2, en2) != (st, en):
                        st, en, canon = st2, en2, None
                cands.append(Cand(st, en, "Technology", "skos", P_SKOS, text[st:en], canonical=canon))
        # "have jointly developed an early warning system": a modified artefact noun after a
        # develop verb names a technology
        for m in self.dev_np_rx.finditer(text):
            words = m.group("np").split()
            while words and words[0].casefold() in self.tech_strip:
                words = words[1:]
            if len(words) < 2 or any(w.casefold() in self.tech_block for w in words[:-1]):
                continue
            np = " ".join(words)
            st = m.end("np") - len(np)
            cands.append(Cand(st, m.end("np"), "Technology", "develop-np", P_TECHPAT - 1, np))
        cands += self._develop_objects(doc)
        cands += self._tech_slot_objects(doc)
        # "the Grenoble-based company": the place before "-based"
        for m in re.finditer(r"(?<![\w\-])([A-ZĀ-Ž][a-zà-ÿā-ž]+(?: (?:(?:di|de|del|la|le|am|an|upon|on|sur|en) )?[A-ZĀ-Ž][a-zà-ÿā-ž]+){0,2})"
                             r"-(?:based|headquartered)\b", text):      # (also "Klaipėda-based", "Łódź-based")
            ps, name = self._strip_lead(m.start(1), m.group(1))
            words = name.split()
            # "Salt Lake City-based": the longest gazetteer place that ends the words; else the
            # last two words, as before three-word places were known
            known_tail = next((" ".join(words[i:]) for i in range(len(words))
                               if " ".join(words[i:]) in place_names()), None)
            tail = known_tail or " ".join(words[-2:])
            ps, name = ps + len(name) - len(tail), tail
            if name in self.known or name in self.nat_adj or name in self.not_place or \
                    name in self.lead_strip:
                continue
            # (over a person reading: a name before "-based" is never a person's, "Patras-based")
            cands.append(Cand(ps, ps + len(name), "Place", "based-place", P_PERSON + 1, name))
        # "Ehime Prefecture", "Limburg Province", "Kerry County": an administrative unit by its suffix
        for m in re.finditer(r"(?<![\w\-])(?:[A-Z][\w\-]+ ){1,2}(?:Prefecture|Province|County|Governorate|Oblast|"
                             r"Voivodeship)(?![\w\-])", text):
            ps, name = self._strip_lead(m.start(), m.group(0))
            if name and len(name.split()) >= 2:
                # … but one that grants, funds or awards money is its government ("Kumamoto
                # Prefecture granted the company JPY 180 million"; GUIDELINES: "Free State of
                # Thuringia" as a funder)
                gov = self.funder_verb_rx.match(text, m.end())
                cands.append(Cand(ps, ps + len(name), "Organization" if gov else "Place", "place-head",
                                  P_NER + 3, name, subtype="Government" if gov else None))
        # a results list "• Huron Skyways (Port Huron) – $550,000": the town of a listed name
        # (and the listed name, when it is a capitalised name, is an organization)
        # "- Borealis Catalysts (Edmonton), $1.2M, …": a bulleted item may give the amount after a comma
        for m in re.finditer(r"(?m)^[ \t]*(?:(?P<bullet>[•\-–*·▪])[ \t]*)?(?P<name>[A-Z][^\n()]{1,80}?) \((?P<town>[A-Z][a-zà-ÿ]+"
                             r"(?: [A-Z][a-zà-ÿ]+)?)(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?\)(?:\s?[–—:-]\s|"
                             r"(?P<comma>, (?=[€$£¥₹₸₩₦]|[A-Z]{3} ?\d|[A-Z]{1,2}\$ ?\d)))", text):
            if m.group("comma") and not m.group("bullet"):
                continue
            town, name = m.group("town"), m.group("name")
            if town not in place_names() and (town in self.known or self.head_rx.search(town)) or \
                    name.isupper() or town in country_names():
                continue                       # (not a dateline, "LYON (France) –")
            cands.append(Cand(m.start("town"), m.end("town"), "Place", "listed-town",
                              P_ORG + 1 if town in place_names() else P_NER + 3, town))   # (not "Red" Deer, a network)
            if re.fullmatch(r"[A-Z][\w\-&.]*(?: (?:[A-Z][\w\-&.]*|of|for|and|the|de|&))*", name) and \
                    name not in place_names() and name not in self.regions:
                cands.append(Cand(m.start("name"), m.end("name"), "Organization", "listed-org", P_ORG, name))
        # "Media contact: Petra Šimić, head of communications, Voltara d.d.": the name a contact
        # line opens with is a person's (the small model often calls it an organization)
        for m in self.contact_line_rx.finditer(text):
            name = m.group("name")
            if not self.head_rx.search(name) and name not in self.not_org and not any(w in self.known for w in name.split()):
                cands.append(Cand(m.start("name"), m.end("name"), "Person", "contact-person", P_PERSON + 1, name))
        # "Voltara d.d.", "Kvarner Cells d.o.o.": capitalised words before a lower-case legal form
        # are a company's name, whatever the model made of them
        for m in re.finditer(rf"(?<![\w\-])(?P<name>[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){{0,3}})(?={self.lower_legal_rx.pattern})",
                             text):
            s0, name = self._strip_lead(m.start("name"), m.group("name"))
            bm = re.match(r"(?:[\w\-]+-(?:based|headquartered) )+", name)
            if bm:                               # "Brno-based NanoWeave s.r.o."
                s0, name = s0 + bm.end(), name[bm.end():]
            lm = self.lower_legal_rx.match(text, m.end("name"))
            if name and name not in place_names() and name not in self.regions:
                cands.append(Cand(s0, lm.end(), "Organization", "legal-name", P_ORG, text[s0:lm.end()],
                                  subtype=None if lm.group(0).strip() == "e.V." else "Company"))   # (an association)
        # "LeafLogic (Pvt) Ltd", "Karoo Sensing (Pty) Ltd": the bracketed legal form belongs to the name
        for m in re.finditer(r"(?<![\w\-])[A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,3} \((?:Pvt|Pty|Private|Proprietary)\.?\) "
                             r"(?:Ltd|Limited)\b\.?", text):
            name = m.group(0).rstrip(".")          # a sentence's full stop is not the name's
            cands.append(Cand(m.start(), m.start() + len(name), "Organization", "legal-name", P_ORG + 2, name,
                              subtype="Company"))
        # "at its Bratislava site", "Magellan's Winnipeg plant": a known town before a facility noun
        for m in self.place_facility_rx.finditer(text):
            if m.group("name") in place_names() and m.group("name") not in self.known:
                cands.append(Cand(m.start("name"), m.end("name"), "Place", "place-facility", P_NER + 3,
                                  m.group("name")))
        # "the COBIS science park", "the university's Waite campus": a named facility is a place
        for m in self.named_facility_rx.finditer(text):
            name, noun = m.group("name"), m.group("noun")
            if name in self.known or gnorm(name) in gazetteer() or name in self.regions or \
                    noun == "campus" and is_acronym(name) or name.split()[0] in self.lead_strip:
                continue
            cands.append(Cand(m.start("name"), m.end("noun"), "Place", "named-facility",
                              P_TECHPAT + 1 if re.search(r"\d", name) else P_NER + 3,   # "the Block71 start-up hub"
                              text[m.start("name"):m.end("noun")]))
        # "Krishi Vigyan Kendra (KVK)": capitalised words that an acronym after them spells are an
        # organization's name, when one of the words is no English word (not "Artificial
        # Intelligence (AI)", "Chief Executive Officer (CEO)")
        for m in re.finditer(r"(?<![\w\-])((?:[A-Z][\w\-]+ (?:(?:of|for|and|the|de|di|del|la) )?){1,5}[A-Z][\w\-]+)"
                             r" \(([A-Z]{2,8})\)", text):
            s0, name = self._strip_lead(m.start(1), m.group(1))
            words = [w for w in name.split() if w[:1].isupper()]
            if len(words) < 2 or initials(name) != m.group(2) or name in self.known or name in place_names() or \
                    all(w.casefold() in english_words() or _english(w.casefold(), english_words()) for w in words):
                continue
            cands.append(Cand(s0, s0 + len(name), "Organization", "acronym-spelt", P_PERSON + 1, name))
        # "Cairo's Manial district", "the Liebenau district of Graz", "the Sydney suburb of Eveleigh"
        for m in self.district_rx.finditer(text):
            name = m.group("a") or m.group("b")
            if name and name not in self.known and name.split()[0] not in self.lead_strip:
                st = m.start("a") if m.group("a") else m.start("b")
                cands.append(Cand(st, st + len(name), "Place", "district", P_PERSON + 1, name))
        # "the Auvergne-Rhône-Alpes Region", "the Lombardy Region": a region's government when the
        # capitalised word follows a known place or region (not "the Asia-Pacific Region")
        for m in re.finditer(r"(?<![\w\-])([A-Z][\w\-]+(?: [A-Z][\w\-]+)?) Region(?![\w\-])", text):
            ps, name = self._strip_lead(m.start(1), m.group(1))
            if name and (name in place_names() or name in self.regions) and not re.search(
                    r"\b(?:in|at|across|throughout|of|near)\s(?:the\s)?$", text[max(0, ps - 12):ps]):
                cands.append(Cand(ps, m.end(), "Organization", "org-name", P_ORG, text[ps:m.end()],
                                  subtype="Government"))
        # a known company name + one capitalized word used twice: "Acme Seqbio" (a group company)
        for m in re.finditer(rf"(?<![\w\-])(?:{_alt(k for k, v in self.known.items() if v[1] == 'Company')})"
                             r" ([A-Z][a-z][\w\-]+)(?![\w\-]| [A-Z])", text):
            word = m.group(1)
            if word in self.roles or word in self.person_titles or word in self.lead_strip or \
                    self.techname_rx.search(" " + word) or self.event_head_rx.search(" " + word) or \
                    word in lexicon("units")["months"] or m.group(0) in self.known:
                continue
            occ = [o for o in re.finditer(rf"(?<![\w\-]){re.escape(m.group(0))}(?![\w\-])", text)]
            if len(occ) >= 2 and any("ORG" in self._ner_labels(doc, o.start(), o.end()) for o in occ):
                cands.append(Cand(m.start(), m.end(), "Organization", "known-org-unit", P_KNOWN + 1,
                                  m.group(0), subtype="Company"))
        # a known organization + a unit word (+ a place or name word): "IBM Research Zurich",
        # "Nokia Bell Labs" — the unit is the organization
        # "Fraunhofer IPMS", "Google AI": a known organization + an acronym names its unit
        for m in self.known_acr_rx.finditer(text):
            acr = m.group("acr")
            if acr in self.known or acr in self.tech_labels or acr in self.roles:
                continue
            cands.append(Cand(m.start(), m.end(), "Organization", "known-org-unit", P_KNOWN + 1, m.group(0)))
        for m in self.known_unit_rx.finditer(text):
            cands.append(Cand(m.start(), m.end(), "Organization", "known-org-unit", P_KNOWN + 1,
                              m.group(0)))
        org_appos = self._org_appositions(text, doc) + self._programme_appositions(text)
        cands += org_appos
        appos_names = {c.start for c in org_appos}
        cands += self._acronym_names(text, doc) + self._comma_acronym_names(text)
        # code-like names ("BNT162b2", "MVA-CoV2-S"): products and candidates, so technologies
        for m in self.code_name_rx.finditer(text):
            if len(m.group(0)) < 4 or m.group(0) in self.code_not_tech or m.group(0) in self.known or \
                    re.match(r"[\s\-]+(?:[A-Z][a-z]|\d)", text[m.end():m.end() + 3]) or \
                    self.event_noun_after_rx.match(text, m.end()):
                continue           # (not "the Hack4Health hackathon": an event's name)
            cands.append(Cand(m.start(), m.end(), "Technology", "code-name", P_TECHPAT, m.group(0)))
        cands += self._product_names(text, doc)
        cands += self._lowercase_brands(text, doc)
        for rx in (self.techpat_rx, self.appos_rx):
            for m in rx.finditer(text):
                s, e = m.span("name")
                name = m.group("name")
                s, name = self._strip_lead(s, name)
                if s in appos_names:
                    continue
                if rx is self.appos_rx and any(w.casefold() in self.product_not_words
                                               for w in m.group(0)[m.end("name") - m.start():].split()):
                    continue                    # "Pellucid, a developer of imaging software": a company
                if rx is self.appos_rx and self.occupation_after_rx.match(text, m.end()):
                    continue                    # "Thijs Bosman, a former process engineer": a person
                if not name or name in self.not_org or name in self.known or " " not in name and name.isupper() and len(name) < 3:
                    continue
                cands.append(Cand(s, s + len(name), "Technology", "tech-pattern", P_TECHPAT, name))
        for m in self.ctx_rx.finditer(text):
            name = m.group("name")
            if name in self.not_org or name in self.nat_adj:
                continue
            cands.append(Cand(m.start("name"), m.end("name"), "Organization", "context-org",
                              P_NER + 1, name, subtype=self.ctx_subtype[m.group("cue").casefold()]))
        # named programmes with a year: "under the Horizon 2030 plan"
        for m in re.finditer(r"(?<![\w\-])((?:[A-Z][\w\-]+ ){1,3}20\d\d)(?= (?:[a-z]+ )?(?:plan|programme|program|strategy|initiative|call|fund|scheme)\b)"
                             r"|(?<=under )(?:the )?((?:[A-Z][\w\-]+ ){1,3}20\d\d)\b", text):
            g = 1 if m.group(1) else 2
            cands.append(Cand(m.start(g), m.end(g), "Organization", "programme-name", P_ORG, m.group(g),
                              subtype="Other"))
        # datelines: "Lund, Sweden, 3 March 2022 –" / "Basel, Switzerland, and Redmond, Washington, 1 ..." /
        # "Vienna and Prishtinë, 20 January 2026 –"
        for m in self.dateline_rx.finditer(text):
            # ("Bosnia and Herzegovina" is one place, "Vienna and Prishtinë" two)
            for pm in re.finditer(r"[A-Z][\w\-\.]*(?: (?:and )?[A-Z][\w\-\.]*)*", m.group("places")):
                parts = [pm.group(0)] if pm.group(0) in place_names() or pm.group(0) in country_names() \
                    else pm.group(0).split(" and ")
                at = m.start("places") + pm.start()
                for name in parts:
                    st = text.index(name, at)
                    if name not in ("And",):
                        cands.append(Cand(st, st + len(name), "Place", "dateline", P_PERSON + 1, name))
                    at = st + len(name)
        for m in self.dateline_wire_rx.finditer(text):
            for g in ("city", "c2"):
                if m.group(g):
                    cands.append(Cand(m.start(g), m.end(g), "Place", "dateline", P_PERSON + 1, m.group(g)))
        for m in CAPS_DATELINE.finditer(text):       # "DARWIN — Tropic Grid, …": a listed place
            name = m.group("city").title()
            if name in place_names() or name in town_names():
                cands.append(Cand(m.start("city"), m.end("city"), "Place", "dateline", P_PERSON + 1,
                                  m.group("city")))
        for m in self.dateline_dash_rx.finditer(text):
            for g in ("city", "c1", "c2"):
                if m.group(g):
                    cands.append(Cand(m.start(g), m.end(g), "Place", "dateline", P_PERSON + 1, m.group(g)))
        ner = [c for c in self._ner(text, doc)
               if not (c.type == "Organization" and any(a <= c.start < b for a, b in title_spans))]
        cands += ner
        cands += self._role_persons(text, doc)
        cands += self._given_name_persons(text, doc)
        for m in COMPASS_PLACE.finditer(text):       # "the South Wales cluster": a place
            before = _capitalised_before(text, m.start())
            if self._compass_place(m.group(0)) and not (before and before not in self.lead_strip):
                cands.append(Cand(m.start(), m.end(), "Place", "place-head", P_NER + 1, m.group(0)))
        for m in self.agency_rx.finditer(text):    # "Invest Nova Scotia", "Business Finland"
            words = m.group(0).split()
            name = next((" ".join(words[:n]) for n in range(len(words), 1, -1)
                         if self._national_agency(" ".join(words[:n]))), None)
            if name:
                cands.append(Cand(m.start(), m.start() + len(name), "Organization", "agency-name", P_ORG, name,
                                  subtype="Government"))
        # "Ana Ruiz of the Institute of X": a person's name is not part of the organization name
        persons = [c for c in ner if c.type == "Person"]
        for c in cands:
            if c.type == "Organization" and c.source == "org-name":
                for p in persons:
                    if p.end == c.end and p.start > c.start and text[c.start:p.start].endswith(" and ") and \
                            not self.strong_head_rx.search(p.text):      # ("… and Training Center": no person)
                        c.end = p.start - 5          # "... Academy of X and Ana Ruiz"
                        c.text = text[c.start:c.end]
                    if p.start == c.start and p.end < c.end:
                        m = re.match(r"\s(?:of|at|from)\s(?:the\s)?", text[p.end:c.end])
                        if m and self.strong_head_rx.search(text[p.end + m.end():c.end]):
                            c.start = p.end + m.end()
                            c.text = text[c.start:c.end]
        # "Assistance Publique – Hôpitaux de Paris (AP-HP)": extend a name leftwards over a dashed
        # first part when only the extended name explains the acronym in parentheses
        for c in cands:
            if c.type == "Organization" and c.source == "org-name":
                am = re.match(r"\s?\(([A-Z][\w\-&]{1,11})\)", text[c.end:])
                bm = re.search(r"((?:[A-Z][\w\-]+ ){1,4})[–—-] $", text[max(0, c.start - 60):c.start])
                if am and bm:
                    ext = bm.group(1) + text[c.start:c.end]
                    if acronym_matches(am.group(1), ext) and not acronym_matches(am.group(1), c.text):
                        c.start -= len(bm.group(0))
                        c.text = text[c.start:c.end]
                # "Foundation for Research and Technology – Hellas (FORTH)": the same, rightwards
                fm = re.match(r" [–—] ((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+) \(([A-Z][\w\-&]{1,11})\)", text[c.end:])
                if fm and _letters_in_order(fm.group(2), c.text + " " + fm.group(1)):
                    c.end += fm.end(1)
                    c.text = text[c.start:c.end]
                    continue
                # "Royal College of Surgeons in Ireland (RCSI)": the place is part of the name
                # when only the longer name explains the acronym
                im = re.match(r" (?:in|at) ((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+) \(([A-Z][\w\-&]{1,11})\)", text[c.end:])
                if im and initials(c.text + " " + im.group(1)) == re.sub(r"[^A-Za-z]", "", im.group(2)).upper():
                    c.end += im.end(1)
                    c.text = text[c.start:c.end]
                    continue
                # "at Mila – Quebec Artificial Intelligence Institute", "the Alma Mater Studiorum –
                # Università di Bologna": a short name in a name's slot before a dashed full name
                lm = re.search(r"\b(?:at|of|by|the|from|with|for) ((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+) [–—] $",
                               text[max(0, c.start - 50):c.start])
                if lm and not (am and bm) and lm.group(1) not in self.known and lm.group(1) not in place_names() and \
                        lm.group(1) not in self.regions:
                    c.start = max(0, c.start - 50) + lm.start(1)
                    c.text = text[c.start:c.end]
        # "the École supérieure polytechnique (ESP)": a native lead word alone, then only lower-case
        # name words, is a name too (the chunks above need two capitalised words or a head)
        for m in self.native_lead_rx.finditer(text):
            tm = self.native_tail_rx.match(text, m.end())
            if tm and not any(c.start <= m.start() < c.end and c.end > m.end() for c in cands
                              if c.type == "Organization"):       # (a bare "École" is no name)
                cands.append(Cand(m.start(), tm.end(), "Organization", "org-name", P_ORG, text[m.start():tm.end()]))
        for c in cands:
            if c.type == "Organization" and c.source == "org-name":
                self._extend_native(text, c)
                # "SoftBank Vision Fund 2": a fund's number is part of its name
                nm = re.match(r" (\d{1,2})(?![\d\w%.,]| (?:million|billion|bn|m|per|percent|years?|months?)\b)",
                              text[c.end:c.end + 16])
                if c.text.split()[0] in UNIVERSITY_HEADS:     # … as is a university's ("… Lyon 1")
                    nm = re.match(r" (\d{1,2})(?=[,;)]|\.(?:\s|$)|\s(?:and|or|in|at|to|de)\b|\s\(|$)",
                                  text[c.end:c.end + 16])
                elif nm and c.text.split()[-1] not in ("Fund", "Funds", "Capital", "Ventures", "Partners"):
                    nm = None
                if nm:
                    c.end += nm.end()
                    c.text = text[c.start:c.end]
        # "a funding round led by Omnivore": a name in an organization's slot that nothing else
        # proposed (low priority: any other reading of the span wins)
        # … or opening a sentence before a verb only organizations take ("Lekko raised …")
        person_words = {w for c in cands if c.type == "Person" for w in c.text.split()}
        slots = [(m.start("name"), m.group("name"), kind)
                 for rx, kind in ((self.slot_name_rx, "slot"), (self.subject_name_rx, "subject"),
                                  (self.descriptor_name_rx, "slot"), (self.role_of_name_rx, "slot"),
                                  (self.occupation_at_rx, "slot"))
                 for m in rx.finditer(text)] + list(self._org_list_items(text))
        for start, found, kind in slots:
            ns, name = self._strip_lead(start, found)
            listed = kind == "list"
            if not name or name in self.nat_adj or modifies_noun(text, ns, name) or \
                    name in self.not_org or name in self.regions or name in place_names() or \
                    name in lexicon("units")["months"] or name.split()[0] in self.person_titles or \
                    any(c.start <= ns < c.end and not (listed and c.source == "ner" and c.end - c.start > len(name))
                        for c in cands) or \
                    kind == "subject" and (set(name.split()) & person_words or name.casefold() in STOP_WORDS or
                                           name in self.lead_strip or name in self.roles):
                continue
            # a list item outweighs spaCy's span over several items ("Nanovox and Fluidic Genomics")
            cands.append(Cand(ns, ns + len(name), "Organization", "slot-name", P_NER + 1 if listed else P_NER - 1,
                              name))
        cands += self._coordinated_orgs(text, cands)
        # "was held at ExCeL London": a name nothing else proposed in a venue's slot is a place
        for m in self.venue_slot_rx.finditer(text):
            ns, name = self._strip_lead(m.start("name"), m.group("name"))
            name = re.sub(r" (?:de|des|du|del|di|der|am|an)$", "", name)
            # a longer venue name wins over a city inside it ("ExCeL London"), not over names
            # other rules typed ("the University of Bergen")
            # (spaCy's "person" in the slot is the venue: "organised at Baha Mar in Nassau")
            persons = [c for c in cands if c.type == "Person" and c.source == "ner" and
                       c.start == ns and c.end == ns + len(name) and " " in name]
            if not name or name in self.not_place or name in lexicon("units")["months"] or \
                    any(c.start < ns + len(name) and ns < c.end and c not in persons and
                        (c.type != "Place" or c.prio > P_NER + 2 or c.end - c.start >= len(name)) for c in cands):
                continue
            cands = [c for c in cands if c not in persons]
            cands.append(Cand(ns, ns + len(name), "Place", "venue-slot", P_NER + 3, name))
        for c in cands:
            if c.type == "Organization" and self.COMMA_LEGAL.fullmatch(", " + c.text):
                # a legal form proposed alone ("Inc."): the name before its comma is the rest
                bm = re.search(r"(?:(?<![\w\-])|(?<=--))((?:(?:[A-Z][\w\-&.]*|&) ){0,3}[A-Z][\w\-&.]*), $",
                               text[max(0, c.start - 80):c.start])      # ("2026--Salish Autonomy, Inc.")
                if bm:
                    name = re.split(r"\.\s", bm.group(1))[-1]      # not over a sentence's end
                    name = self._strip_lead(0, name)[1]             # not "Today Salish Autonomy, Inc."
                    c.start -= len(name) + 2
                    c.text = text[c.start:c.end]
            if c.type in ("Organization", "Person", "Place"):
                cm = self.COMMA_LEGAL.match(text, c.end)          # "Calloway Scientific, Inc."
                if cm:                                         # ("Subsea Robótica, S.A.": no place)
                    c.end, c.type = cm.end(), "Organization"
                    c.text = text[c.start:c.end]
            if c.type in ("Organization", "Person"):
                lm = self.lower_legal_rx.match(text, c.end)      # "Ostrava Precision s.r.o."
                if lm:                                         # (a legal form makes it a company)
                    c.end, c.type, c.subtype = lm.end(), "Organization", c.subtype or "Company"
                    c.text = text[c.start:c.end]
        cands = [c for c in cands if not self._no_name(text, c)]
        # "KOŠICE, Slovakia, 9 March 2026 (CEE Newswire) –": a wire service credited in the
        # dateline is no party to the story
        wires = [m.span("w") for m in self.wire_credit_rx.finditer(text)]
        out = self._place_lists(text, self._resolve(text, cands))
        # an unnamed office or a title is no name ("Public Relations Office", "Head of Communications"),
        # whichever rule proposed it (lists of people take in such items too)
        out = [c for c in out if c.type not in ("Organization", "Person") or c.source == "known-org"
               or not (self.office_name_rx.fullmatch(c.text) or self.publication_rx.search(" " + c.text))]
        return [c for c in out if not any(a <= c.start and c.end <= b for a, b in wires)] if wires else out

    def _no_name(self, text: str, c: Cand) -> bool:
        """A job title the statistical model took for a name ("Managing Partner"), or
        one word that cannot be an organization's name on its own: a bare head word ("the
        Council's", "Photonics is …"), a pronoun ("It is a spin-off of …"), no capital
        ("an 18-month project"), or a dictionary word modifying a noun ("the State agency")."""
        if c.type in ("Organization", "Person") and c.source in ("ner", "org-name") and \
                re.sub(r"s$", "", c.text.casefold()) in self.role_phrases:
            return True                 # "Ann Reed, Managing Partner, Fellside Partners": a job (or two)
        if c.type != "Organization" or " " in c.text or c.source in ("lower-brand", "known-org"):
            return False
        return c.text in self.heads or c.text.casefold() in STOP_WORDS or not re.search(r"[A-Z]", c.text) or \
            modifies_noun(text, c.start, c.text) and c.text.lower() in english_words()

    # a legal form after a comma is part of the name (GUIDELINES keep it as written)
    COMMA_LEGAL = re.compile(r"(?:\s&\sCo\.)?(?:,\s(?:Inc\.|Ltd\.|LLC|L\.L\.C\.|Corp\.|Co\.,\sLtd\.|S\.A\.(?:S\.)?|N\.V\.|B\.V\.|"
                             r"Lda\.|Ltda\.|S\.L\.|S\.R\.L\.|S\.C\.|S\.\sde\sR\.L\.)"
                             r"|,\s(?:Inc|Ltd|Corp|plc|PLC|Lda|Ltda|SARL)(?![\w.\-]))|\s&\sCo\.")

    # sources whose organizations are sure enough to vouch for a name coordinated with them
    ANCHOR_SOURCES = frozenset({"org-name", "gazetteer", "known-org", "known-org-unit", "acronym-defined",
                                "acronym-name", "appos-org", "slot-name", "based-org", "named-group"})
    CONJ_AFTER = re.compile(r"(?P<sep>,| and| &|, and) (?:the )?(?P<name>[A-Z][\w\-&.]*(?: [A-Z][\w\-&.]*){0,3})"
                            r"(?![\w\-'’])")
    CONJ_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w\-&.]*(?: [A-Z][\w\-&.]*){0,3})"
                             r"(?P<sep>,| and| &|, and) (?:the )?$")
    LIST_GOES_ON = re.compile(r"(?:,| and\b| &| or\b)")

    def _coordinated_orgs(self, text: str, cands: list[Cand]) -> list[Cand]:
        """"investors UVC Partners and Bayern Kapital", "Elaia and Bpifrance": a name nothing
        else proposed, coordinated with a name the rules are sure is an organization, is one
        too (chains through lists: "A, B and C"). A comma coordinates only inside a list that
        goes on ("A, Inc." and "Separately, A" are no lists); never in Title Case headlines,
        where any capitalised word could follow."""
        out: list[Cand] = []
        # spaCy's one span over several items ("Elaia and Bpifrance") does not count, nor its
        # guess of a place no gazetteer knows or of a one-word person ("as did Quellin, …")
        taken = [(c.start, c.end) for c in cands if not (c.source == "ner" and (
            re.search(r",| and | & ", c.text) or c.type == "Place" and c.text not in place_names() or
            c.type == "Person" and " " not in c.text))]
        anchors = [c for c in cands if c.type == "Organization" and c.source in self.ANCHOR_SOURCES]
        while anchors:
            new = []
            for a in anchors:
                line_start = text.rfind("\n", 0, a.start) + 1
                line_end = text.find("\n", a.end)
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                words = re.findall(r"[A-Za-z][\w\-]*", line)
                if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words):
                    continue
                found = []
                # "Ministry for Economic Affairs, Science and Digital Society": what follows a
                # name with "of"/"for" may be the rest of that name
                am = None if re.search(r"\b(?:of|for|on)\b", a.text) else self.CONJ_AFTER.match(text, a.end)
                if am:
                    found.append((am.start("name"), am.group("name"), am.group("sep")))
                bm = self.CONJ_BEFORE.search(text[max(line_start, a.start - 80):a.start])
                # "…, B and A", "C, B and A": a comma before a name coordinates only inside a list
                if bm and (bm.group("sep") != "," or a.source == "conj-org" or self.LIST_GOES_ON.match(text, a.end)):
                    found.append((a.start - len(bm.group(0)), bm.group("name"), bm.group("sep")))
                for start, name, sep in found:
                    # a name does not run over a sentence's end ("Seedvika. Investors")
                    parts = re.split(r"\.\s", name)
                    if start < a.start:
                        start += len(name) - len(parts[-1])
                    name = re.sub(r"[.,]+$", "", parts[-1] if start < a.start else parts[0])
                    ns, name = self._strip_lead(start, name)
                    if sep == "," and (not self.LIST_GOES_ON.match(text, ns + len(name)) if start > a.start else
                                       re.search(r"(?:^|[.!?:]\s+)$", text[line_start:ns])):
                        continue
                    if re.search(r"\b(?:in|at|near|from|across|outside|to)\s$", text[max(0, ns - 8):ns]):
                        continue               # "in Tyrol and the Free University …": a place
                    if not name or name in self.nat_adj or modifies_noun(text, ns, name) or \
                            name in self.not_org or name in self.regions or \
                            name in place_names() or name in lexicon("units")["months"] or \
                            name.split()[0] in self.person_titles or \
                            name.casefold() in STOP_WORDS or fold(name) in self.legal_forms or \
                            any(s < ns + len(name) and ns < e for s, e in taken):
                        continue
                    c = Cand(ns, ns + len(name), "Organization", "conj-org", P_NER + 1, name)
                    taken.append((c.start, c.end))
                    new.append(c)
            out += new
            anchors = new
        return out

    LIST_ITEM = re.compile(r"(?:the )?(?P<name>[A-Z][\w\-&.]*(?: [A-Z][\w\-&.]*){0,3})(?:,? and |, |$)")

    def _org_list_items(self, text: str):
        """The items of "three companies: A, B and C" as (start, name, "list")."""
        for m in self.org_list_rx.finditer(text):
            pos, lst = 0, m.group("list")
            while pos < len(lst):
                im = self.LIST_ITEM.match(lst, pos)
                if not im:
                    break
                yield m.start("list") + im.start("name"), im.group("name"), "list"
                pos = im.end()

    WORD_START = re.compile(r"(?<![\w\-'’])[A-Z0-9À-ÖØ-Þ][^\s,;:()\"“”]*")

    SPACED_WORDS = re.compile(r"\S+(?: \S+){0,11}")

    def _registry_names(self, text: str, doc) -> list[Cand]:
        """Organizations of the registry gazetteer by their surface names, longest first.
        Registry spellings differ in case ("Agence Nationale de la Recherche" for the native
        "Agence nationale de la recherche"): names of three words or more match in any case."""
        reg = registry_names()
        out, pos = [], 0
        for m in self.WORD_START.finditer(text):
            s = m.start()
            if s < pos:
                continue
            first = re.sub(r"['’]s$|[.,;:)]+$", "", m.group(0))
            most = reg.most_words.get(first)
            if not most:
                continue
            # the next words, as far as single spaces join them (a name does not cross a line)
            words = self.SPACED_WORDS.match(text, s).group(0).split(" ")[:most]
            for k in range(len(words), 0, -1):
                raw = " ".join(words[:k])
                name = None
                for x in (raw, _strip_name_end(raw)):
                    if x in reg.exact or k >= 3 and x.casefold() in reg.folded:
                        name = x
                        break
                if name is None:
                    continue
                e = s + len(name)
                if re.match(r"[\w\-]", text[e:e + 1]):
                    continue
                if k == 1 and not self._registry_word_ok(text, doc, s, e) or \
                        self._inside_longer_org(text, doc, s, e):
                    break
                # a possessive inside a registry name is part of it ("King's College London"),
                # though the name patterns split chunks there
                prio = P_GAZ_ONE if k == 1 else P_ORG + 1 if re.search(r"['’]s ", name) else P_GAZ
                sm = self.corporate_suffix_rx.match(text, e)
                if sm:                         # "LioniX International": the company's full name
                    e, name = sm.end(), text[s:sm.end()]
                # "the Bahrain Economic Development Board": a country after "the" opens the name
                # (the registry lists the generic "Economic Development Board")
                pm = PLACE_AFTER_THE.search(text, max(0, s - 40), s)
                if pm and pm.group(1).rstrip() in country_names():
                    s, name = pm.start(1), text[pm.start(1):e]
                out.append(Cand(s, e, "Organization", "gazetteer", prio, name))
                pos = e
                break
        return out

    def _event_appositions(self, text: str) -> tuple[list[Cand], list[tuple[int, int]]]:
        """A name the text calls an event: "Quantum Meets, the international quantum conference",
        "a student hackathon, the Chiplet Challenge,", "the COP28 climate conference". Also
        returns the spans of the descriptions, which name the same event."""
        out, spans = [], []
        for rx in self.event_appos_rxs:
            for m in rx.finditer(text):
                s, name = self._strip_lead(m.start("name"), m.group("name"))
                if not name or name in self.known or name in self.regions or name in place_names() or \
                        name in self.nat_adj or name.split()[0] in self.person_titles or \
                        name in lexicon("units")["months"] or self.head_rx.search(name) and rx is not self.event_appos_rxs[0]:
                    continue
                if rx is self.event_appos_rxs[2] and not re.search(r"\d|[A-Z]{2}|[a-z][A-Z]", name):
                    continue                   # "the Lisbon climate conference": a place, no name
                if self.role_person_rx.match(text, s):
                    continue                   # "Opening the summit, Ana Ruiz, director of …": a person
                out.append(Cand(s, s + len(name), "Event", "event-appos", P_EVENT, name))
                spans.append((m.start(), m.end()) if rx is not self.event_appos_rxs[2]
                             else (m.end("name"), m.end()))
        return out, spans

    def _described_events(self, text: str, named: list[int]) -> list[Cand]:
        """Events in sentences that say something happens at them: "a hackathon on climate
        data", "the summit", "its Science and Society conference", "VivaTech 2024 was held".
        After a named event, "the conference" refers back to it (an anaphor, not a new event)."""
        out = []
        for ss, se in split_sentences(text):
            sent = text[ss:se]
            if not self.event_context_rx.search(sent):
                continue
            for m in self.event_named_rx.finditer(sent):
                name = m.group("name")
                if name in self.known or name in self.regions or name in self.nat_adj or is_acronym(name) or \
                        self.head_rx.search(name) or name.split()[0] in ("The", "A", "An", "Its", "Their"):
                    continue
                out.append(Cand(ss + m.start(), ss + m.end(), "Event", "event-name", P_EVENT, m.group(0)))
            for m in self.event_year_rx.finditer(sent):
                g = "ev" if m.group("ev") else "ev2"
                out.append(Cand(ss + m.start(g), ss + m.end(g), "Event", "event-name", P_EVENT, m.group(g)))
            for m in self.event_described_rx.finditer(sent):
                words = m.group("ev").split()
                while len(words) > 1 and (words[0] in self.event_lead_adjectives or words[0].endswith("ly")):
                    words = words[1:]       # "a new investor day": the modifier is no part of the name
                ev = " ".join(words)
                out.append(Cand(ss + m.end("ev") - len(ev), ss + m.end("ev"), "Event", "event-np", P_EVENTNP - 1, ev))
            for m in self.event_bare_rx.finditer(sent):
                if m.group("ev") == "event" or any(n < ss + m.start() for n in named + [c.start for c in out]) \
                        and not re.match(r"an?\b", m.group(0), re.I):
                    continue          # "the conference", "X's convention" after a named event
                if m.group("ev").lower() in self.facility_event_nouns and re.search(
                        r"(?:\b(?:its|our|their|his|her|with an?)|['’]s)\s(?:[\w\-]+\s)?$", sent[:m.start("ev")], re.I):
                    continue          # "a company with a workshop in Tivat": its place of work
                out.append(Cand(ss + m.start("ev"), ss + m.end("ev"), "Event", "event-np", P_EVENTNP - 1,
                                m.group("ev")))
        return out

    def _ends_org_name(self, text: str, doc, s: int, e: int) -> bool:
        return any(lab == "ORG" and es < s and ee == e and re.fullmatch(r"(?:[A-Z][\w\-]* )+", text[es:s])
                   for es, ee, lab, _ in self._ents(doc))

    def _in_person_name(self, doc, s: int, e: int) -> bool:
        return any(lab == "PERSON" and es <= s and e <= ee and ee - es > e - s and " " in t
                   for es, ee, lab, t in self._ents(doc))

    def _group_company(self, text: str, doc, s: int, e: int) -> Optional[int]:
        """The end of a spaCy organization that starts with a known company's name and goes on
        with capitalised words only ("Siemens Energy", "Google DeepMind")."""
        for es, ee, lab, t in self._ents(doc):
            if lab != "ORG" or es != s:
                continue
            end = ee - (2 if re.search(r"['’]s$", t) else 0)
            if end > e and re.fullmatch(r"(?: [A-Z][\w\-]*[a-z][\w\-]*){1,2}", text[e:end]):
                return end
        return None

    def _named_groups(self, text: str) -> list[Cand]:
        """"the EPIC-ALS consortium", "the EIT Health network": a name before a lowercase group
        noun is a network-like organization (the noun is not part of the name)."""
        out = []
        for m in (*self.named_group_rx.finditer(text), *self.group_verb_rx.finditer(text)):
            s, name = m.start("name"), m.group("name")
            words = name.split()
            # "The EU-funded NORVANTA project": articles and describing modifiers are not the name
            while words and (words[0] in self.nat_adj or words[0] in ("The", "A", "An", "Its") or
                             self.lead_modifier_rx.fullmatch(words[0] + " ")):
                s += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if (m.re is self.group_verb_rx or m.group("noun") in self.project_nouns or
                    m.re is self.named_group_rx and (m.group("mod") or name[:1].islower())) and not any(
                    re.search(r"\d|[A-Z]{2}|[a-z][A-Z]", w) for w in words):
                continue               # "the Horizon Europe programme": no coined name
            if not name or name in self.regions or name in self.place_canon or name in self.known or \
                    self._compass_place(name) or \
                    name.casefold() in self.skos_lower or name in self.not_org or \
                    re.fullmatch(r"[\d\W]+", name) or name in lexicon("units")["months"] or \
                    m.re is self.group_verb_rx and self.event_head_rx.search(re.sub(r" (?:19|20)\d\d$", "", name)):
                continue               # "the Data Science Meetup 2025 brought together": an event
            if m.re is self.named_group_rx and m.group("noun") == "platform" and not re.search(
                    r"\b(?:part|members?|partners?) (?:of|in) (?:the )?$|\bjoin(?:s|ed)? (?:the )?$",
                    text[max(0, m.start() - 30):m.start("name")]):
                continue               # "develops the HullSight platform": a product (one joins a network)
            programme = m.re is self.named_group_rx and m.group("noun") in self.owned_programme_nouns
            out.append(Cand(s, s + len(name), "Organization", "named-group", P_ORG + 1, name,
                            subtype="Other" if programme else "Network"))    # a funding programme
        return out

    def _owned_programmes(self, text: str) -> list[Cand]:
        """A named programme of a body ("Research Ireland's Frontiers for the Future programme"):
        two capitalised words or more, the lowercase noun outside the name, a capitalised one in it."""
        out = []
        for m in self.owned_programme_rx.finditer(text):
            if m.group("capnoun") and m.group("capnoun")[:1].islower():
                continue
            name = m.group("name") + (" " + m.group("capnoun") if m.group("capnoun") else "")
            if name in self.known or name in place_names() or \
                    name.split()[0] in self.nat_adj and len(name.split()) < 3:
                continue                       # (not "the agency's French programme"; "its French Tech Seed fund" is one)
            if " " not in name and (name.isupper() or name.casefold() in english_words() or
                                    _english(name.casefold(), english_words())):
                continue       # one word must be coined ("Hazitek"), not "the agency's Energy programme"
            fund = (m.group("noun") or m.group("capnoun")).casefold() in self.owned_fund_nouns
            # "the Bank's Sustainable Energy Fund for Africa (SEFA)": the acronym spells a longer name
            ext = re.match(r" (?:for|of) [A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?= \(([A-Z][A-Za-z&]{1,9})\))",
                           text[m.start("name") + len(name):])
            if ext and acronym_matches(ext.group(1), name + ext.group(0)):
                name += ext.group(0)
            out.append(Cand(m.start("name"), m.start("name") + len(name), "Organization", "owned-programme",
                            P_ORG + 1, name, subtype="Investor" if fund else "Other"))
        for m in self.quoted_programme_rx.finditer(text):
            out.append(Cand(m.start("name"), m.end("name"), "Organization", "funding-programme",
                            P_ORG + 1, m.group("name"), subtype="Other"))
        for m in self.paid_through_rx.finditer(text):
            name = m.group("name")
            if name in self.known or name in place_names() or \
                    self.strong_head_rx.search(re.sub(r"\b(?:Funds?|Fundo|Fondo|Fonds?)\b", "", name)) or \
                    name.split()[-1].casefold() in self.owned_programme_nouns:
                continue               # (a body, or a programme the rules above name with its noun)
            out.append(Cand(m.start("name"), m.end("name"), "Organization", "funding-programme",
                            P_ORG + 1, name, subtype="Other"))
        for m in self.funding_programme_rx.finditer(text):
            name = m.group("name")
            if name in self.known or name in place_names() or \
                    self.strong_head_rx.search(re.sub(r"\b(?:Funds?|Fundo|Fondo|Fonds)\b", "", name)) or \
                    name.split()[0] in self.nat_adj and not m.group("acr"):
                continue               # "under the Ministry of Health programme": the body, not a programme
                # (a fund word is no body: "under the European Funds for a Modern Economy programme")
            out.append(Cand(m.start("name"), m.end("name"), "Organization", "funding-programme",
                            P_ORG + 1, name, subtype="Other"))
        return out

    def _based_names(self, text: str) -> list[Cand]:
        """"Kaunas-based Teltonika": the name a "-based" modifier describes is an organization."""
        out = []
        for m in re.finditer(r"(?<![\w\-])[A-Z][\w]*(?: [A-Z][\w]*)?-based "
                             r"(?P<name>[A-Z][\w\-\.&]*(?: [A-Z][\w\-\.&]*){0,3})(?![\w\-])", text):
            name = re.sub(r"['’]s$", "", m.group("name"))
            name = _before_sentence_break(name)    # "Montreal-based Ionex Batteries. The company …"
            if name in self.regions or name in self.place_canon or name in self.not_org:
                continue
            out.append(Cand(m.start("name"), m.start("name") + len(name), "Organization", "based-org",
                            P_PERSON + 2, name))
        return out

    def _inside_longer_org(self, text: str, doc, s: int, e: int) -> bool:
        """"Air Products" in spaCy's "Air Products and Chemicals": the longer name stands, unless
        its rest is a second name ("A and Lightspeed Venture Partners")."""
        for es, ee, lab, _ in self._ents(doc):
            if lab == "ORG" and es <= s and e <= ee and ee - es > e - s:
                return not re.match(r"\s(?:and|&)\s[A-Z][\w\-]*\s[A-Z]", text[e:ee]) and es == s
        return False

    TOWN_CONTEXT = re.compile(r"\b(?:in|near|from|outside|around)\s$")
    INDEFINITE = re.compile(r"(?<![\w\-])(?:a|an|A|An)\s$")

    def _town_context(self, text: str, s: int, e: int) -> bool:
        """"in Thyolo", "Klaksvík-based", "a Seraing start-up": the text calls for a place here."""
        before = text[max(0, s - 12):s]
        return bool(self.TOWN_CONTEXT.search(before) or text.startswith("-based", e) or
                    self.INDEFINITE.search(before) and self.town_modifier_rx.match(text, e))
    LOCATIVE = re.compile(r"(?:\b(?:in|at|near|from|outside|to|across|around|the|of)\s|[,(]\s?)$")

    def _listed_places(self, text: str) -> list[Cand]:
        """Cities, countries and states of places.tsv the NER missed ("the Mechelen company"): a
        name of several words anywhere it stands alone, a one-word name after a locative word or
        before "-based"/"'s", never inside a longer capitalised name."""
        index, out, pos = place_index(), [], 0
        for m in self.WORD_START.finditer(text):
            s = m.start()
            before = _capitalised_before(text, s)
            if s < pos or before and before not in self.lead_strip:
                continue                       # (inside a longer name; not after "The", "In")
            first = re.sub(r"['’]s$|[.,]$|-based$", "", m.group(0))
            for name in index.get(first, ()):
                e = s + len(name)
                if not text.startswith(name, s) or re.match(r"[\w]|[ \t][A-Z]|-(?!based)", text[e:e + 2]):
                    continue
                if " " not in name and not (self.LOCATIVE.search(text[max(0, s - 12):s]) or
                                            re.match(r"-based|['’]s\b", text[e:e + 6]) or
                                            self.place_modifier_rx.match(text, e) or
                                            self._town_context(text, s, e)):
                    break
                # a small town only where the text calls for a place ("in Thyolo", "Klaksvík-based")
                if name in town_names() and not self._town_context(text, s, e):
                    break
                # (a hyphenated name outweighs the model's piece of it: "Emilia-Romagna", not "Emilia";
                # not inside "State of Baden-Württemberg")
                boost = "-" in name and not re.search(r"\b(?:of|de|di|del|des|du|von|für) $", text[max(0, s - 5):s])
                out.append(Cand(s, e, "Place", "place-list", P_NER + 1 if boost else P_NER - 1, name))
                pos = e
                break
        return out

    def _registry_word_ok(self, text: str, doc, s: int, e: int) -> bool:
        """A one-word registry name in running text: a proper noun standing alone, not part of a
        longer name ("Siemens Energy", "Sophie Roche") nor a place after "in"."""
        if re.match(r" [A-Z][a-z]", text[e:e + 2]) or text[s:e] in place_names():
            return False
        pm = re.search(r"([A-Z][\w\-]*) $", text[max(0, s - 30):s])
        if pm and pm.group(1) not in self.nat_adj and not re.search(r"(?:^|[.!?]\s+)\S+ $", text[max(0, s - 30):s]):
            return False
        if doc is None:
            return True
        span = doc.char_span(s, e, alignment_mode="expand")
        # the tagger calls some sentence-initial names nouns or verbs ("Equinor presented ...",
        # "Ørsted may ..."); names.tsv holds no dictionary word, so a capitalised word is the name
        if span is None or len(span) != 1 or span[0].pos_ in ("ADP", "DET", "PRON", "CCONJ", "AUX", "SCONJ"):
            return False
        for es, ee, lab, _ in self._ents(doc):
            if es <= s and e <= ee:
                if ee - es > e - s + 2 and lab != "ORG":
                    return False
                if lab in ("GPE", "LOC") and re.search(r"\b(?:in|at|near|from|outside)\s$", text[max(0, s - 8):s]):
                    return False
        return True

    def _common_noun(self, t: str, text: str) -> bool:
        """A capitalised word the article also writes in lower case ("Vaccines … vaccines")."""
        if " " in t or not t[1:].islower():
            return False
        if t.endswith(("ed", "ing", "ly")) and t.lower() in english_words() and t not in self.known:
            return True                    # "Coordinated by …", "Founded in …": a participle
        stem = t.lower().rstrip("s")
        return t.lower() in self.generic_nouns or \
            any(occurs(text, w) for w in (stem, stem + "s"))

    @staticmethod
    def _ner_labels(doc, s: int, e: int) -> set:
        if doc is None:
            return set()
        span = doc.char_span(s, e, alignment_mode="expand")
        return {t.ent_type_ for t in span} - {""} if span is not None else set()

    def _acronym_modifier(self, acr: str, text: str) -> bool:
        """Every occurrence of the acronym is followed by a technical noun ("EUV lithography")."""
        occ = [i + len(acr) for i in occurrences(text, acr)]
        return bool(occ and self.modifier_noun_rx) and all(self.modifier_noun_rx.match(text, e) for e in occ)

    def _tech_phrase(self, doc, st: int, en: int) -> tuple[int, int]:
        """The technical noun phrase around a scheme term: its modifiers in the same noun
        chunk ("cardiac imaging", "CRISPR gene editing") and a technical head after it ("MRI
        scanner", "AI assistant"); not determiners, possessors, numbers or names."""
        span = doc.char_span(st, en, alignment_mode="expand")
        if span is None:
            return st, en
        chunk = next(((a, b) for a, b in self._noun_chunks(doc) if a <= span.start and span.end <= b), None)
        if chunk is None:
            return st, en
        c_start, c_end = chunk
        i = span.start
        while i > c_start:
            t = doc[i - 1]
            if t.text in ("-", "–") and not t.whitespace_ and i - 2 >= c_start and not doc[i - 2].whitespace_ \
                    and not (doc[i - 2].text[:1].isupper() and not doc[i - 2].text.isupper()):
                i -= 2                         # "CRISPR-based diagnostics", "12-layer memory stack"
                continue
            if t.pos_ in ("DET", "PRON", "NUM", "PUNCT") or t.tag_ in ("PRP$", "POS") or \
                    t.lower_ in self.tech_strip or t.ent_type_ in ("ORG", "GPE", "PERSON", "NORP", "DATE") or \
                    t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.lower_ in self.tech_block or \
                    t.lower_ in self.geo_mods or t.text in self.nat_adj or t.lower_ in self.other_verbs or \
                    t.text[:1].isupper() and not t.text.isupper():   # names, not acronyms
                break
            i -= 1
        j = span.end
        while j < c_end and doc[j].lower_ in self.tech_head_words:
            j += 1
        return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)

    def _ents(self, doc) -> list[tuple[int, int, str, str]]:
        """(start_char, end_char, label, text) of the Doc's entities, read once per Doc (each
        read of Doc.ents builds new Span objects)."""
        if doc is None:
            return []
        if self._ents_of is not doc:
            self._ents_of, self._ent_spans = doc, [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        return self._ent_spans

    def _text(self, doc) -> str:
        """doc.text, read once per Doc (the property joins every token)."""
        if self._text_of is not doc:
            self._text_of, self._doc_text = doc, doc.text
        return self._doc_text

    def _noun_chunks(self, doc) -> list[tuple[int, int]]:
        """(start, end) token indices of the Doc's noun chunks, computed once per Doc."""
        if self._chunks_of is not doc:
            self._chunks_of, self._chunk_spans = doc, _joined_chunks(doc)
        return self._chunk_spans

    def _develop_objects(self, doc) -> list[Cand]:
        """The noun phrase a develop verb takes ("develops trapped-ion quantum computers",
        "a developer of cochlear implants", "is developing iCub"): what is developed is a
        technology. spaCy's noun chunk gives the phrase; determiners, possessives and
        generic words are left out."""
        out: list[Cand] = []
        if doc is None:
            return out
        starts = None
        text = self._text(doc)
        for m in self.develop_word_rx.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue
            tok = span[0]
            if not (tok.pos_ in ("VERB", "AUX") or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
                continue
            if starts is None:      # noun chunks only for articles that develop something
                starts = dict(self._noun_chunks(doc))
            if tok.pos_ == "VERB":
                out += self._developed_before(doc, tok, starts, text)
            i = tok.i + (2 if tok.pos_ not in ("VERB", "AUX") else 1)
            if i not in starts:
                continue
            words = self._developed_words(doc[i:starts[i]])
            if not words:
                continue
            ends = {e - 1: b for b, e in starts.items()}
            # "has developed a spring-loaded applicator, FluxPress,": the apposed name is the technology
            named = [w for c in words[-1].children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in ends
                     and doc[ends[c.i] - 1].text == ","
                     for w in [self._developed_words(doc[ends[c.i]:c.i + 1])] if w]
            phrases = [named[0] if named else words]
            # "develops automatic feeders and water-quality sensors": each conjunct is developed
            phrases += [w for c in words[-1].conjuncts if c.i > words[-1].i and c.i in ends
                        for w in [self._developed_words(doc[ends[c.i]:c.i + 1])]
                        if len(w) > 1 or w and w[0].pos_ == "PROPN"]        # not "… and new technologies"
            for words in phrases:
                st, en = words[0].idx, words[-1].idx + len(words[-1].text)
                out.append(Cand(st, en, "Technology", "develop-object", P_SKOS + 1, text[st:en]))
        return out

    def _developed_before(self, doc, tok, starts, text) -> list[Cand]:
        """What a develop verb takes before it: the subject of a passive ("The laboratory
        information system … was developed by X"), the noun a participle or an object relative
        clause describes ("the platform, developed by X", "engines that it developed")."""
        ends = {e - 1: b for b, e in starts.items()}
        heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
        # ("Frostline is a chip that X developed": the name; but "Its core technology is a membrane
        # process, which the company developed": no name, the description)
        named_subject = tok.head.dep_ == "appos" or tok.head.dep_ == "attr" and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or any(g.pos_ == "PROPN" for g in c.children))
            for c in tok.head.head.children)
        if (tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in tok.children)) and \
                not named_subject:
            heads.append(tok.head)
        out = []
        for h in heads:
            if h.pos_ in ("NOUN", "PROPN") and h.i in ends and h.i < tok.i:
                words = self._developed_words(doc[ends[h.i]:h.i + 1])
                if len(words) > 1 or words and words[0].pos_ == "PROPN":
                    st, en = words[0].idx, words[-1].idx + len(words[-1].text)
                    out.append(Cand(st, en, "Technology", "develop-object", P_SKOS + 1, text[st:en]))
        return out

    def _developed_words(self, span) -> list:
        """The words of a developed noun phrase that name the technology, or [] when it names none."""
        words = list(span)
        poss = [k for k, w in enumerate(words) if w.tag_ == "POS" or w.lower_ in ("'s", "’s")]
        if poss:
            words = words[poss[-1] + 1:]       # "the company's EpiSiC-8 wafers"
        while words and (words[0].pos_ in ("DET", "PRON", "NUM") or words[0].tag_ == "PRP$" or
                         words[0].lower_ in self.tech_strip or words[0].lower_ in self.other_verbs) and \
                not (len(words) > 2 and words[1].text == "-" and not words[0].whitespace_):
            words = words[1:]              # (not the number of "a 12-layer memory stack")
        if not words or words[-1].pos_ not in ("NOUN", "PROPN"):
            return []
        # "its SwapCell battery pack", "the Osteon hand-held robotic saw", "the Relay-6 automated
        # docking station": the product's name is the technology, the generic words after it
        # describe it (spaCy often calls such a name an organization)
        k = self._name_words(words)
        named = 0 < k < len(words) and all(w.text.islower() or not w.text.isalnum() for w in words[k:]) and \
            not (k == 1 and words[0].is_upper and len(words[0]) <= 5 and
                 words[-1].lower_ not in self.acronym_plain_heads)
        # "DAS interrogators": a short acronym names a class, no product ("the DLE process" is the
        # DLE; "the WIMAGINE brain implant" is a name)
        if named:
            words = words[:k]
        # a lone name with an apposed description: "has developed KrošnjaScan, software that …"
        described = len(words) == 1 and words[0].pos_ == "PROPN" and words[0].i + 2 < len(words[0].doc) and \
            words[0].nbor(1).text == "," and words[0].nbor(2).is_lower
        if any(w.lower_ in self.tech_block or w.lower_[:-1] in self.tech_block for w in words) or \
                words[-1].lower_ in self.tech_head_block or \
                any(w.ent_type_ in ("ORG", "PERSON", "GPE", "DATE", "MONEY") and
                    not (w.ent_type_ == "ORG" and w.is_upper and (k and words[k - 1].is_lower or
                                                                  k + 1 < len(words) and words[-1].is_lower and
                                                                  not named)) and
                    # an acronym modifying a lower-case head: "spectral CT scanners", "DAS interrogators"
                    not ((named or described) and w.ent_type_ in ("ORG", "PERSON") and not w.is_upper)
                    for k, w in enumerate(words)) or \
                sum(w.text not in ("-", "–", "/") for w in words) > 6 or \
                (len(words) == 1 and words[0].lower_ in self.generic_nouns):   # hyphens are no words
            return []
        return words

    @staticmethod
    def _name_words(words) -> int:
        """How many leading words form a product's name: capitalised proper nouns and coined
        written words ("EpiSiC-8", "R-Cell", "Relay-6"; not an acronym class such as "RISC-V")."""
        k = 0
        while k < len(words):
            j = k
            while j + 1 < len(words) and not words[j].whitespace_:
                j += 1                         # the whole written word: "R", "-", "Cell"
            written = "".join(w.text for w in words[k:j + 1])
            if words[k].pos_ == "PROPN" and words[k].text[:1].isupper() and j == k or \
                    re.match(r"[A-Z][a-z]+[A-Z]", written) or \
                    j > k and written[:1].isupper() and re.search(r"[a-z]", written) and re.search(r"[A-Z\d]", written[1:]):
                k = j + 1
            else:
                break
        return k

    def _tech_slot_objects(self, doc) -> list[Cand]:
        """The technical topic after "an agreement on", "a maker of", "specialises in" …,
        when the phrase looks technical: an artefact head such as batteries/scanner/vaccines,
        or a technique word ("network slicing", "cryo-electron microscopy"). (Objects of
        test/build/deploy … were tried too: the held-out sets scored lower.)"""
        out: list[Cand] = []
        if doc is None:
            return out
        text = self._text(doc)
        firsts = []
        for m in self.tech_topic_rx.finditer(text):
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is not None:
                firsts.append(span.start)
        if not firsts:
            return out
        starts = dict(self._noun_chunks(doc))
        for i in firsts:
            # the phrase may start after a determiner that the noun chunk includes; where the
            # parser made no chunk ("whose sonar buoys measure"), the run of modifiers and nouns
            end = starts.get(i)
            if end is None:
                end = i
                while end < len(doc) and (doc[end].pos_ in ("NOUN", "ADJ", "PROPN") or doc[end].text == "-"):
                    end += 1
            words = list(doc[i:end])
            while words and (words[0].pos_ in ("DET", "PRON", "NUM") or words[0].tag_ == "PRP$" or
                             words[0].lower_ in self.tech_strip):
                words = words[1:]
            if len(words) < 2 or len(words) > 6 or words[-1].pos_ not in ("NOUN", "PROPN"):
                continue
            head = words[-1].lower_
            technique = head.endswith(("ing", "scopy", "graphy", "metry", "therapy")) and words[-1].pos_ == "NOUN"
            if head not in self.tech_artefacts and not technique:
                continue
            if any(w.lower_ in self.tech_block or w.ent_type_ in ("ORG", "PERSON", "GPE", "DATE", "MONEY", "NORP")
                   or (w.text[:1].isupper() and not w.text.isupper() and not any(ch.isdigit() for ch in w.text))
                   for w in words):
                continue
            st, en = words[0].idx, words[-1].idx + len(words[-1].text)
            out.append(Cand(st, en, "Technology", "tech-slot", P_SKOS + 1, text[st:en]))
        return out

    def _lowercase_brands(self, text: str, doc) -> list[Cand]:
        """Companies that write their names in lower case ("ferrolyt", "imec"): a lower-case
        word that is no English word, where only a name can stand — opening a sentence,
        after "Hamburg-based" or "start-up", before ", a … company", after "invested in".
        (Read from the text, not the Doc: building a Token per word costs more than the rule.)"""
        out: list[Cand] = []
        words = None
        for m in self.lower_word_rx.finditer(text):
            w = m.group(0)
            if w in STOP_WORDS:
                continue
            if words is None:
                words = english_words()
            if w in words or _english(w, words) or w in self.skos_lower:
                continue           # (the plain look-up first: most words are in the lists as written)
            s, e = m.span()
            before, after = text[max(0, s - 40):s], text[e:e + 80]
            if re.match(r" (?:[a-z][\w\-]*|[A-Z][\w\-]*)", after) and self.brand_before_rx.search(before) \
                    and not re.match(r" (?:and|or|has|have|had|is|was|will|said|says|raised|closed|makes|builds|"
                                     r"develops|announced|plans|signed|opened|launched|together|with|alongside|which|that|who)\b", after):
                continue           # "Aberdeen-based subsea robotics firm": a modifier, not a name
            if re.search(r"(?:^|[.!?][\"”’]?\s+|\n)$", before) or \
                    self.brand_before_rx.search(before) or self.brand_after_rx.match(after):
                out.append(Cand(s, e, "Organization", "lower-brand", P_NER + 3, w))
        return out

    def _product_names(self, text: str, doc) -> list[Cand]:
        """A capitalised name the text describes as an artefact is a named product, which the
        GUIDELINES count as a Technology ("NovaSwitch, a 650-volt transistor", "Microsoft Azure,
        the company's cloud platform", "an app called WardWatch", "its prototype, Lumen").
        The description wins over the statistical NER and over a known company's name."""
        out = []
        for rx in self.product_rxs:
            for m in rx.finditer(text):
                words = (m.groupdict().get("words") or "").split()
                if any(w.casefold() in self.product_not_words or w.casefold() in self.geo_mods or
                       w in self.nat_adj for w in words):
                    continue     # "Acme, a maker of chips", "X, the regional platform": organizations
                if m.group(0).endswith(("network", "networks")) and not self.tech_network_words & {w.casefold() for w in words}:
                    continue     # "Silicon Saxony, the state's microelectronics network": members, not wires
                s, name = self._strip_lead(m.start("name"), m.group("name"))
                if not name or name in self.known or name in self.not_org or name in self.roles or \
                        name in place_names() or name in self.regions or name in self.nat_adj or \
                        name.split()[0] in self.person_titles:
                    continue
                labels = self._ner_labels(doc, s, s + len(name))
                if labels & {"DATE", "MONEY", "CARDINAL", "PERCENT"} or "PERSON" in labels and " " in name \
                        and rx is not self.product_rxs[1]:
                    continue     # (but "the dryer, called Kɔkɔɔ Box" names no person)
                out.append(Cand(s, s + len(name), "Technology", "product-name", P_ORG + 1, name))
        return out

    def _compass_place(self, name: str) -> bool:
        """"South Wales", "Northern Portugal", "East Java": a part of a listed place."""
        w = name.split(" ", 1)
        return len(w) == 2 and w[0] in COMPASS_WORDS and (w[1] in place_names() or w[1] in self.regions)

    def _national_agency(self, name: str) -> bool:
        """"Business Finland", "Invest Nova Scotia": an agency named by its field and its country,
        state or province."""
        am = re.fullmatch(r"([A-Z][a-z]+) (.+)", name)
        return bool(am and (am.group(1) in self.agency_words and am.group(2) in country_names() or
                            am.group(1) in self.regional_agency_words and
                            (am.group(2) in self.regions or am.group(2) in region_names())))

    def _given_name_persons(self, text: str, doc) -> list[Cand]:
        """"Mathieu LeBlanc", "Goran Đurić", "Tobias Reuter": a name the statistical model calls an
        organization, a place or a facility, or does not label, is a person's when it starts with a given name
        (gazetteer/given_names.txt) and goes on with surnames: no dictionary word, name head, legal
        form, firm word, place or common registry word, and no known name."""
        if doc is None:
            return []
        out = []
        spans = [(s, e, lab, t) for s, e, lab, t in self._ents(doc) if lab in ("ORG", "GPE", "LOC", "FAC")]
        covered = [(s, e) for s, e, _, _ in self._ents(doc)]
        # (and a pair the model labelled nothing: "Tobias Reuter, previously an investment manager")
        for m in GIVEN_PAIR.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in covered) and \
                    not _capitalised_before(text, m.start()):
                spans.append((m.start(), m.end(), "", m.group(0)))
        org_words = {w for _, _, lab, t in self._ents(doc) if lab == "ORG" for w in t.split()}
        for s, e, lab, t in spans:
            words = t.split()
            if lab != "ORG" and (words[-1] in org_words or any(
                    self._legal_word(n) or n in self.generic_suffixes or n in self.heads
                    for n in _words_after(text, words[-1]))):
                continue                       # "«Con Tecnoforma …»": "Tecnoforma S.p.A." elsewhere
            if not 2 <= len(words) <= 3 or words[0] not in given_names() or words[0] in PLACE_LEADS or \
                    words[0] in place_names() or t in self.known or t in registry_names().exact or \
                    t in place_names() or any(not SURNAME.fullmatch(w) for w in words[1:]):
                continue
            if any(_dictionary_word(w) or w in self.heads or w in self.generic_suffixes or
                   w.casefold() in self.firm_words or self._legal_word(w) or w in place_names() or
                   w in registry_name_words() for w in words[1:]):
                continue
            lm = re.search(r"(?<![\w\-'’])((?=[^\W\d_])[^\W\d_a-z][^\W\d_A-Z]+) $", text[max(0, s - 20):s])
            if lm and lm.group(1) in given_names():        # "Ana Sofía Pinzón": two given names
                s, t = s - len(lm.group(0)), lm.group(1) + " " + t
            out.append(Cand(s, e, "Person", "given-name", P_PERSON, t))
        return out

    def _role_persons(self, text: str, doc=None) -> list[Cand]:
        """"Ana Ruiz, Brimmel's co-founder and chief executive": a name with a role apposition."""
        out = []
        for m in (*self.role_person_rx.finditer(text), *self.role_person_after_rx.finditer(text),
                  *self.role_is_rx.finditer(text), *self.role_joined_rx.finditer(text)):
            name = m.group("name")
            if PREPOSITION_BEFORE.search(text, max(0, m.start("name") - 6), m.start("name")) or \
                    name.split()[-1] in self.generic_suffixes:
                continue                       # "founder of Sable Hydrophones, is now …", "At Nova Scotia Health, X"
            if name in self.known or self.head_rx.search(name) or name in self.regions or \
                    self.place_rx.search(name) and not (name.split()[0] in given_names() and
                                                        name not in place_names()) or \
                    _institution_of(name) or \
                    self._ner_labels(doc, m.start("name"), m.end("name")) & {"DATE", "TIME"} or \
                    any(w in self.roles or w in self.lead_strip or w in self.nat_adj for w in name.split()):
                continue                       # "New York, chief executive X said": not a person
            st = m.start("name")
            for title in self.person_titles:           # "Dr Ana Ruiz": the title is no part of the name
                if name.startswith(title + " ") and len(name.split()) >= 3:
                    st, name = st + len(title) + 1, name[len(title) + 1:]
                    break
            # (over a technology pattern: "Priya Raman, SliceWise's co-founder and chief technology
            # officer" names a person)
            out.append(Cand(st, st + len(name), "Person", "role-person", P_TECHPAT + 1, name))
        for m in self.profile_line_rx.finditer(text):
            org = m.group("org")
            out.append(Cand(m.start("name"), m.end("name"), "Person", "role-person", P_TECHPAT + 1, m.group("name")))
            if org not in place_names() and org not in self.regions and org not in self.nat_adj:
                out.append(Cand(m.start("org"), m.end("org"), "Organization", "slot-name", P_TECHPAT, org))
        return out

    def _place_lists(self, text: str, kept: list[Cand]) -> list[Cand]:
        """"Paris, Tunis, Lagos and Dubai": an unlabelled name between listed places is a place;
        "by Ana Ruiz and <Tomas Berg>": an unlabelled two-word name coordinated with a person is one."""
        add = []
        name = r"[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){1,2}"
        for i, c in enumerate(kept):
            if c.type != "Person":
                continue
            prev_end = kept[i - 1].end if i else 0
            m = re.search(rf"(?<![\w\-])({name})(?:,| and| &) $", text[prev_end:c.start])
            nxt = kept[i + 1].start if i + 1 < len(kept) else len(text)
            m2 = re.match(rf"(?:,| and| &) ({name})(?![\w\-])", text[c.end:nxt])
            for mm, base in ((m, prev_end), (m2, c.end)):
                if mm:
                    n = mm.group(1)
                    if n in self.known or self.head_rx.search(n) or n in self.regions or \
                            any(w in self.lead_strip or w in self.roles for w in n.split()) or \
                            n.split()[-1] in self.el["job_title_nouns"] or n.casefold() in self.role_phrases:
                        continue           # (not "Kagiso Sebego, Managing Partner, …")
                    add.append(Cand(base + mm.start(1), base + mm.end(1), "Person", "person-coord", P_NER, n))
        for a, b in zip(kept, kept[1:]):
            if a.type == "Place" and b.type == "Place":
                m = re.fullmatch(r", ((?:[A-Z][\w\-]+ ?){1,3}?)(, | and |, and )", text[a.end:b.start])
                if m and m.group(1) not in self.known and not self.head_rx.search(m.group(1)):
                    st = a.end + 2
                    add.append(Cand(st, st + len(m.group(1)), "Place", "place-list", P_NER, m.group(1)))
        # "Perth, Western Australia": the NER's one span over a town and its region is two places
        split = []
        for c in kept:
            parts = c.text.split(", ")
            if c.type == "Place" and c.source == "ner" and len(parts) == 2 and \
                    all(p in place_names() or p in self.regions for p in parts):
                split.append(c)
                add.append(Cand(c.start, c.start + len(parts[0]), "Place", "place-list", c.prio, parts[0]))
                st = c.start + len(parts[0]) + 2
                add.append(Cand(st, c.end, "Place", "place-list", c.prio, parts[1]))
        if split:
            kept = [c for c in kept if c not in split]
        # "in Athens and Thessaloniki", "in Tórshavn and Klaksvík": a listed place or town after a place
        starts = {c.start for c in kept}
        for a in kept:
            if a.type == "Place":
                m = re.match(r", ((?:[A-Z][a-z]{0,3}\.){1,2})", text[a.end:a.end + 10])
                if m and m.group(1) in self.place_canon and a.end + 2 not in starts:      # "Boulder, Colo."
                    st = a.end + 2
                    add.append(Cand(st, st + len(m.group(1)), "Place", "place-list", P_NER, m.group(1),
                                    canonical=self.el["place_canonical"][m.group(1)]))
                    continue
                m = re.match(r"(?:,|,? and|,? &) ([A-Z][\w\-]+)(?![\w\-]| [A-Z])", text[a.end:a.end + 40])
                if m and (m.group(1) in place_names() or m.group(1) in town_names()) and \
                        a.end + m.start(1) not in starts and \
                        not any(c.start <= a.end + m.start(1) < c.end for c in kept):
                    st = a.end + m.start(1)
                    add.append(Cand(st, st + len(m.group(1)), "Place", "place-list", P_NER, m.group(1)))
        return sorted(kept + add, key=lambda c: c.start) if add else kept

    def _org_appositions(self, text: str, doc=None) -> list[Cand]:
        """"Zentra, the Dutch association of ...": a name whose apposed description has an
        organization head noun is an organization; the description gives the subtype."""
        out = []
        for m in self.org_appos_rx.finditer(text):
            desc = m.group("desc")
            words = desc.split()
            head = words[-1].casefold()
            if head.endswith("s") and head[:-1] in ORG_DESCRIPTOR_NOUNS:
                head = head[:-1]
            if head.endswith("maker"):
                head = "maker"                 # "a Basque steelmaker"
            if head not in ORG_DESCRIPTOR_NOUNS or re.search(r"\b[A-Z][\w\-]*['’]s\b", desc) or \
                    re.search(r"\b(?:where|when|which|who|whose|that)\b", desc):
                continue                       # ("Lyon is a place where hospitals …": no head)
            if head in ("programme", "initiative") and not self.programme_cue_rx.search(desc):
                continue                       # "Apollo, a crewed spaceflight programme": no funder
            mods = words[:-1]
            person_rel = re.match(r"\s(?:she|he|they|we)\b", text[m.end("desc"):m.end("desc") + 5])
            based = any(w.endswith("-based") for w in words)
            if any(w[:1].isupper() and w not in self.geo_mods and not w.endswith("-based") and not based
                   and not re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|ch|an)", w) and w not in self.nat_adj
                   and not (w in place_names() and len(words) > 1)      # "a Lyon start-up"
                   for w in words):
                continue                       # "Dresden, the Fraunhofer Institute ...": a name
            if head in AMBIGUOUS_DESCRIPTOR_NOUNS and not person_rel and not based and not any(
                    w in self.geo_mods or re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|ch|an)", w)
                    for w in mods):
                continue
            s, name = self._strip_lead(m.start("name"), m.group("name"))
            if not name or name in self.not_org or name in self.nat_adj or name in self.roles or \
                    s != m.start("name") and m.group("name").split()[0] not in ("The", "the") or \
                    name in self.regions or \
                    self._ner_labels(doc, s, s + len(name)) & {"DATE", "TIME"}:
                continue                       # "In Berlin, the German association of ...": a place
            bm = BASED_PREFIX.match(name)
            if bm and bm.end() < len(name):    # "acquired Gimhae-based Daeyang Precision, a maker of …"
                s, name = s + bm.end(), name[bm.end():]
            if head in UNIT_DESCRIPTOR_NOUNS and (name in place_names() or
                                                  self._ner_labels(doc, s, s + len(name)) & {"GPE", "LOC"}):
                continue                       # "… in Bressanone, a unit of X": where the unit is
            if head in PERSONLIKE_DESCRIPTOR_NOUNS and "PERSON" in self._ner_labels(doc, s, s + len(name)):
                continue                       # "Ana Ruiz, a software developer": a person
            if re.search(r"['’]s\b", desc) and (name in place_names() or name in self.regions or
                                               self._ner_labels(doc, s, s + len(name)) & {"GPE", "LOC"}):
                continue                       # "… Hospital in Suva, the country's main referral hospital"
            st = subtype_from_description(desc, text[m.end("desc"):]) or \
                ("Network" if head in ("platform", "project") else None)
            out.append(Cand(s, s + len(name), "Organization", "appos-org", P_ORGAPPOS, name,
                            subtype=st))
        return out

    def _programme_appositions(self, text: str) -> list[Cand]:
        """"Horizon Europe, the EU's research and innovation programme": a named funding
        programme is an organization (it acts as a funder), whatever NER called it."""
        out = []
        for m in self.programme_rx.finditer(text):
            if not self.programme_cue_rx.search(m.group("desc")):
                continue
            s, name = self._strip_lead(m.start("name"), m.group("name"))
            if not name or name in self.not_org or name in self.regions or name in place_names() or \
                    name in self.nat_adj or name in self.roles:
                continue
            out.append(Cand(s, s + len(name), "Organization", "programme-appos", P_ORGAPPOS, name,
                            subtype="Other"))
        return out

    def _comma_acronym_names(self, text: str) -> list[Cand]:
        """"State Secretariat for Education, Research and Innovation (SERI)": a name with a comma
        in it is whole when the acronym that follows spells its capitalised words (one leading
        word may be left out of the acronym, as "State" is here)."""
        out = []
        conn = set(self.ol["connectors"]) | {"&"}
        for m in re.finditer(r" \((?P<acr>[A-Z][A-Za-z]{1,7})\)", text):
            acr = m.group("acr").upper()
            if not is_acronym(m.group("acr")) or len(acr) < 3:
                continue
            words = list(re.finditer(r"[^\s]+", text[max(0, m.start() - 160):m.start()]))
            base = max(0, m.start() - 160)
            start, caps, has_comma, after = None, "", False, ""
            for w in reversed(words):
                t = w.group(0).rstrip(",")
                if w.group(0).endswith(","):
                    if not t[:1].isupper() or after in ("the", "The", "a", "an"):
                        break          # "Politecnico di Milano, the Paul Scherrer Institute (PSI)"
                    has_comma = True
                after = t
                if t in conn:
                    continue
                if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w\-]*", t) or re.search(r"-(?:based|headquartered|funded|backed|owned|led)$", t):
                    break          # (not the modifier of "the Pozzuoli-based Institute for …")
                caps = t[0].upper() + caps
                if has_comma and (acr == caps or acr == caps[1:] and not w.group(0).endswith(",")
                                  or _skips_one_inner(acr, caps)):
                    start = base + w.start()
            if start is not None:
                start, name = self._strip_lead(start, text[start:m.start()])
                out.append(Cand(start, m.start(), "Organization", "acronym-defined", P_ORG + 3, name))
        return out

    def _acronym_names(self, text: str, doc) -> list[Cand]:
        """Dash-joined acronyms ("CNB-CSIC", "CBN–IIT Lecce") and short acronym-led names
        apposed to a full organization name ("CNR Nanotec, the Institute of Nanotechnology ...",
        kept only when the short name visibly abbreviates the full one)."""
        out = []
        for m in self.dashed_rx.finditer(text):
            name = m.group("name")
            if not all(is_acronym(p) for p in re.split(r"[–—-]", name)):
                continue
            e = m.end("name")
            if m.group("tail"):
                ts = m.start("tail") + 1
                tok = doc.char_span(ts, m.end("tail"), alignment_mode="expand") if doc is not None else None
                if tok is not None and any(t.ent_type_ in ("GPE", "LOC", "ORG") for t in tok):
                    e = m.end("tail")
            full = text[m.start():e]
            parts = re.split(r"[–—-]| ", full)
            if full in self.known or any(p in self.not_org or p in self.place_canon for p in parts):
                continue                       # "US-EU", "AI-IT"
            if not (any(p in self.known for p in parts) or e > m.end("name") or
                    len(re.findall(rf"(?<![\w\-]){re.escape(full)}(?![\w\-])", text)) >= 2 or
                    re.match(r"\s?\)|, the [A-Z]", text[e:e + 7]) or
                    re.search(r"\b(?:grant|funding|investment|award|loan|support)\b(?:[^.;]|\.\d){0,60}\bfrom $",
                              text[max(0, m.start() - 90):m.start()])):
                continue                       # a one-off dashed acronym pair ("HIV-AIDS")
            st = None
            for part in reversed(re.split(r"[–—-]| ", full)):
                if part in self.known and self.known[part][1]:
                    st = self.known[part][1]
                    break
            out.append(Cand(m.start(), e, "Organization", "acronym-name", P_ACRNAME, full, subtype=st))
        for m in self.short_appos_rx.finditer(text):
            name = m.group("name")
            cm = self.chunk_rx.match(text, m.start("appos"))
            if not cm or not self.strong_head_rx.search(cm.group(0)):
                continue
            full = cm.group(0).split(" of the ")[0]
            if not _abbreviates(name, full):
                continue
            s = m.start("name")
            out.append(Cand(s, s + len(name), "Organization", "acronym-name", P_ACRNAME + 1, name,
                            appos_to=m.start("appos")))
        return out

    def _date_ok(self, text, s, e, precision) -> bool:
        if precision != "year":
            return True
        before = text[max(0, s - 30):s]
        after = text[e:e + 30]
        if YEAR_PREPOSITION.search(before):
            return True                        # "In 2024 Paguaj received …": the year, whatever follows
        m = re.search(r"([\w\-]+)\s$", before)
        if m and m.group(1)[:1].isupper() and m.group(1) not in (
                "In", "By", "Since", "Until", "From", "Before", "After", "During", "Of", "At", "The"):
            if not re.fullmatch(r"[A-Z][a-z]+", m.group(1)) or m.group(1) not in lexicon("units")["months"]:
                return False                   # "France 2030", "BIO 2023"
        if re.match(r"\s[A-Z]", after) and not re.match(r"\s(?:In|On|At|The|and)\b", after):
            return False                       # "2023 BIO International Convention"
        m2 = re.match(r"[\s\-]+([a-z]+)", after)
        if m2 and m2.group(1) in self.not_after_year:
            return False                       # "the 2019 convention", "the 2030 roadmap"
        return True

    def _strip_lead(self, s: int, name: str) -> tuple[int, str]:
        changed = True
        while changed and name:
            changed = False
            w = name.split(" ", 1)
            if w[0] in self.lead_strip and len(w) > 1:
                s += len(w[0]) + 1
                name = w[1]
                changed = True
        return s, name

    TITLE_LIST = re.compile(r"\b(?:Minister|Director-General|Director General|Secretary|Commissioner|"
                            r"Secretary-General|Under-Secretary|Head)\s(?:for|of)\s[^.;:()\n]{3,80}?,\s$")

    TITLE_LIST_START = re.compile(r"\b(?:Minister|Director-General|Director General|Secretary|Commissioner|"
                                  r"Secretary-General|Under-Secretary|Head)\sfor\s")

    # a month's or a weekday's full name (no abbreviation: "Mar Mikhael") opening a chunk
    DATE_LEAD = re.compile(r"(?P<prep>(?:In|On|Since|By|Until|Last|Early|Late|Next|This) )?(?:" + _alt(
        [m for m in lexicon("units")["months"] if m[:1].isupper() and m not in lexicon("units")["month_abbreviations"]]
        + lexicon("units")["weekdays"]) + ") ")
    DATE_PREP = re.compile(r"(?<![\w\-])(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Ee]arly|[Ll]ate|[Nn]ext|[Tt]his) $")

    def _chunks(self, text: str) -> tuple[list[Cand], list[tuple[int, int]]]:
        """Name chunks, and the spans left out as parts of a title's comma list."""
        out: list[Cand] = []
        title_spans: list[tuple[int, int]] = []
        for m in self.chunk_rx.finditer(text):
            s, chunk = m.start(), m.group(0)
            dm = self.DATE_LEAD.match(chunk)
            if dm and dm.end() < len(chunk) and (self.DATE_PREP.search(text, max(0, s - 8), s) or
                                                 dm.group("prep")):
                s, chunk = s + dm.end(), chunk[dm.end():]      # "In January Conch Grid signed": a date first
            if self.TITLE_LIST.search(text[max(0, s - 100):s]):
                # "Minister for Economic Affairs, Science and Digital Society": a title
                title_spans.append((s, m.end()))
                continue
            tm = self.TITLE_LIST_START.search(chunk)
            if tm and re.match(r",\s[A-Z][^.;:()\n]{0,60}\s(?:and|&)\s[A-Z]", text[m.end():]):
                # "Director-General for Communications Networks, Content and Technology"
                title_spans.append((s + tm.end(), m.end()))
                continue
            # possessives split a chunk: "EMBL's European Bioinformatics Institute"
            pieces = []
            pos = 0
            # (a bare apostrophe is a possessive after an s, "Novartis' campus"; else an
            # elision inside the name, "Ca' Foscari")
            for pm in self.modifier_split_rx.finditer(chunk):
                if self._possessive_in_name(chunk[pos:pm.start()], chunk[pm.end():]):
                    continue
                if pm.group(0)[:1] == "-" and pm.group(0) in ("-funded", "-backed", "-owned"):
                    words = chunk[pos:pm.start()].split(" ")
                    name = words[-1]
                    if len(words) > 1 and words[-2] in self.agency_words and name in country_names():
                        name = " ".join(words[-2:])         # "Research Ireland-funded": the agency
                    ns = s + pm.start() - len(name)
                    canon = self.el["place_canonical"].get(name)
                    if name not in self.not_org and name not in self.place_canon or \
                            canon and canon.split()[-1] in self.heads:
                        # "Sony-backed"; "EU-funded" is the European Union; "AI-backed" names nobody
                        out.append(Cand(ns, ns + len(name), "Organization", "compound-org", P_NER + 1,
                                        name, canonical=canon if name in self.not_org else None))
                pieces.append((s + pos, chunk[pos:pm.start()]))
                pos = pm.end() + 1
            if pos < len(chunk):
                pieces.append((s + pos, chunk[pos:]))
            for ps, piece in pieces:
                out += self._classify_chunk(text, ps, piece.rstrip())
        return out, title_spans

    def _possessive_in_name(self, before: str, after: str) -> bool:
        """"St James's Hospital", "King's College", "Children's Cancer Hospital": the possessive
        belongs to the name, it names no owner."""
        words = before.split()
        if not words or not after.strip() or not after.startswith((" ", "\u00a0")):
            return False
        return words[-1] in self.possessive_name_words or len(words) >= 2 and words[-2] in self.saint_words

    def _two_names(self, left: str, right: str) -> bool:
        """'A B and C D Robotics', 'Forbion and BioGeneration Ventures': both sides are whole
        names — an organization head ending a right side of two words or more, and no field
        word next to the 'and' ('Nuclear Science and Engineering Institute', 'US Food and Drug
        Administration' are one name)."""
        lw, rw = left.split(), right.split()
        # "Karvon Digital and Inha University": coined first words on both sides name two bodies
        coined = lambda w: w.casefold() not in english_words() and w not in place_names() and w not in self.nat_adj
        # "Philips Research and X Hospital": a known company's research unit is a whole name
        unit = len(lw) == 2 and lw[0] in self.known and lw[1] in self.unit_heads
        if len(rw) == 1 and len(lw) >= 3 and self.strong_head_rx.search(left) and \
                rw[0] not in self.field_words and not is_acronym(rw[0]) and (re.search(r".[A-Z]", rw[0]) or not any(
                    len(rw[0]) - i >= 5 and (rw[0][i:].casefold() in english_words() or     # "Microsystems"
                                             rw[0][i:].casefold()[:-1] in english_words() and rw[0].endswith("s"))
                    for i in range(len(rw[0])))):
            # "Luxembourg Institute of Health and Sciensano": a coined name, not a field
            # ("… for Reliability and Microintegration", "Ministry of Science and ICT")
            return True
        if len(rw) >= 2 and (rw[0] in self.native_leads or rw[0] in self.heads - self.weak) and lw[-1][:1].isupper() \
                and not (lw[-1] in self.field_words and rw[0] in self.field_words):
            return True                # "Universität Graz and Uniwersytet Wrocławski" (not "of Mechanical and Aerospace Engineering")
        return (len(rw) >= 2 and rw[-1] in self.heads and
                lw[-1][:1].isupper() and (len(lw) < 2 or lw[-2][:1].isupper() or lw[-2] in self.ol["connectors"]) and
                (lw[-1] not in self.field_words or unit or coined(lw[0]) and coined(rw[0])) and
                rw[0] not in self.field_words and lw[0] not in self.unit_lead_words)

    # Title Case headlines: capitalised function words and verbs never sit inside a name
    # ("Kessel Optics Partners With Graz University On Lidar Research")
    HEADLINE_WORD = re.compile(
        r" (?:Completes (?:Acquisition|Takeover|Purchase) [Oo]f|(?:Acquisition|Takeover|Purchase) [Oo]f|"
        r"Becomes (?:(?:Latest|Newest|New|First|Founding|Full|Associate) )*(?:Member|Partner) (?:Of|In)|"
        r"Stake [Ii]n|With|On|To|In|At|From|Into|Over|After|Amid|Against|Via|As|By|Is|Are|Will|"
        r"Wins|Wants|Says|Raises|Buys|Acquires|Opens|Launches|Joins|Signs|Backs|Invests|"
        r"Completes|Announces|Closes|Secures|Receives|Expands|Unveils|Appoints|Names|Enters|"
        r"Agrees|Reports|Introduces|Selects|Taps|Lands|Hires|Leads|Funds|Teams|Takes Over|Merges|Becomes|Hosts)(?: |$)")

    def _event_core(self, chunk: str) -> str:
        """An event name without its edition year and a place after its head ("Medtech Forum
        Krakow 2025" -> "Medtech Forum"), to test for an event head."""
        core = re.sub(r" (?:19|20)\d\d$", "", chunk)
        last = core.rsplit(" ", 1)
        if len(last) == 2 and (last[1] in place_names() or last[1] in self.regions):
            return last[0]
        return core

    def _company_of_city(self, name: str):
        """"Aegean Bulk Carriers of Piraeus": a company word (a plural noun, a generic or legal
        ending) and then the city the company is of; not "University of Oslo", "Port of X"."""
        cm = re.fullmatch(r"(.+ ([A-Z][\w\-]*)) of ([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)", name)
        if not cm or cm.group(3) not in place_names() or cm.group(3) in country_names() or \
                cm.group(3) in region_names() or cm.group(1) in self.known:
            return None                        # (a country's or region's: "Software Technology Parks of India")
        w = cm.group(2)
        if w in self.generic_suffixes or self._legal_word(w) or w.casefold() in self.firm_words or \
                w.endswith("s") and w[:-1].casefold() in english_words() and w not in self.heads or \
                w.casefold() not in english_words() and w not in self.heads and len(cm.group(1).split()) >= 2:
            return cm                          # "Bajío Capital of León", "Tana Agritech of Bahir Dar"
        return None

    def _legal_word(self, w: str) -> bool:
        """A word only a company's name ends with ("GmbH", "ApS", "A/S", "Co.")."""
        return (fold(w),) in self.single_legal_forms or w in self.cased_legal_forms

    def _classify_chunk(self, text: str, s: int, chunk: str) -> list[Cand]:
        if not chunk:
            return []
        # a legal form ends a company's name: "Sensolab ApS of Aarhus" (a place follows),
        # "Sensolab ApS and Kaiun K.K." (another name follows)
        words = chunk.split(" ")
        for i, w in enumerate(words[:-2]):
            if i and words[i + 1] in ("of", "and", "in") and self._legal_word(w):
                left = " ".join(words[:i + 1])
                rest = len(left) + len(words[i + 1]) + 2
                right = chunk[rest:]
                if words[i + 1] == "and":
                    return self._classify_chunk(text, s, left) + self._classify_chunk(text, s + rest, right)
                # "… ApS of Aarhus and Kaiun K.K. of Imabari": a place, then maybe another name
                where, _, more = right.partition(" and ")
                out = self._classify_chunk(text, s, left)
                if where in place_names() or re.fullmatch(r"[A-Z][a-zà-ÿ\-]+", where):
                    out.append(Cand(s + rest, s + rest + len(where), "Place", "place-head", P_NER + 1, where))
                if more:
                    out += self._classify_chunk(text, s + len(chunk) - len(more), more)
                return out
        m = self.on_day_rx.search(chunk)
        if m:                      # "the Kyiv Tech Summit on Tuesday": the day is not in the name
            return self._classify_chunk(text, s, chunk[:m.start()])
        m = self.HEADLINE_WORD.search(chunk)
        if m and chunk[m.end():].strip(" -–—:"):       # (a verb needs an object: "Renewal Funds" is a name)
            return (self._classify_chunk(text, s, chunk[:m.start()]) +
                    self._classify_chunk(text, s + m.end(), chunk[m.end():]))
        # "Tarrow Robotics CEO Ingrid Solberg": a role title between an organization and a name
        m = re.search(r" (?:CEO|CTO|CFO|COO|CSO|Chairman|Chairwoman|President|Founder|Co-founder|"
                      r"Chief Executive|Managing Director|Director|Professor|Rector|Dean) "
                      r"(?=[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){1,2}$)", chunk)
        if m and m.start() > 0:
            ps = s + m.end()
            return (self._classify_chunk(text, s, chunk[:m.start()]) +
                    [Cand(ps, ps + len(chunk) - m.end(), "Person", "role-person", P_PERSON,
                          chunk[m.end():])])
        # coordination: "the Free State of X and the Y-Gesellschaft" -> two names
        m = re.search(r" and the | and of (?:the )?", chunk)     # "… Federation and of the X"
        am = re.match(r" \(([A-Z][A-Za-z&]{1,9})\)", text[s + len(chunk):s + len(chunk) + 14])
        spelt = am is not None and " and " in chunk and acronym_matches(am.group(1), chunk)
        if not m and not spelt:       # (not "Malaria Research and Training Center (MRTC)": one name)
            for m2 in re.finditer(r" and (?=[A-Z])", chunk):
                left, right = chunk[:m2.start()], chunk[m2.end():]
                last = left.split(" ")[-1]
                # "Ministry for Digital Transformation and Civil Service": a ministry's fields
                lead = [w for w in left.split() if w not in self.nat_adj and w not in self.lead_strip][:1]
                ministry_fields = lead and lead[0] in self.unit_lead_words and right not in self.known \
                    and len(right.split()) <= 3
                if (last in self.heads and len(left.split()) >= 2 and not ministry_fields and
                        (last not in self.field_words or right.split()[-1] in self.heads and
                         right.split()[0] not in self.field_words)) or \
                        (self.strong_head_rx.search(left) and len(left.split()) >= 3 and
                         (last not in self.field_words or      # not "Ministry of Science and ICT"
                          (left in registry_names().exact or left in self.known) and right in self.known) and
                         is_acronym(re.split(r"[\s\-]", right)[0])) or \
                        ((right in self.known or gnorm(right) in gazetteer() and len(right.split()) >= 2) and
                         not ministry_fields and
                         last not in self.field_words and right.split()[0] not in self.field_words) or \
                        (left in self.regions and self.head_rx.search(right)) or \
                        (len(left.split()) >= 2 and right in place_names() and
                         re.match(r"['’]s\b|-(?:based|headquartered)\b", text[s + len(chunk):])) or \
                        self._two_names(left, right):   # "Fjord Instruments and Tarrow Robotics"
                    m = m2
                    break
        if m:
            return (self._classify_chunk(text, s, chunk[:m.start()]) +
                    self._classify_chunk(text, s + m.end(), chunk[m.end():]))
        # "Ministry for Economic Affairs, Science and Digital Society": comma lists
        if re.search(r"\b(?:Ministry|Ministero|Ministerio|Department|Ministerium)\b", chunk):
            after = text[s + len(chunk):]
            m = re.match(r"(?:,\s[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*)+,?\s(?:and|und|e|y|et)\s[A-Z][\w\-]*(?:\s(?:[A-Z][\w\-]*))*", after)
            if m:
                chunk = chunk + m.group(0)
        elif re.search(r"\b(?:Chamber|Chambre|Cámara|Cambra|Câmara|Kammer) (?:of|de|des|do|da) ", chunk):
            # "Chambre de Commerce, d'Industrie, d'Agriculture, des Mines et d'Artisanat", "Cambra de
            # Comerç, Indústria i Serveis d'Andorra": a chamber names its trades in a list
            item = r"(?:(?:d['’]|des\s|de\s|du\s)?[A-ZÀ-Ý][\w\-]*)"
            m = re.match(rf"(?:,\s{item})+,?\s(?:and|und|e|y|et|i)\s{item}"
                         r"(?:\s(?:of\s|de\s|d['’]|du\s)[A-ZÀ-Ý][\w\-]*)?(?![\w\-])", text[s + len(chunk):])
            if m:
                chunk = chunk + m.group(0)
        elif re.search(r"\b(?:Faculty|School|College|Faculté|Facultad|Faculdade|Ministério|Secretaría|Centre|Center|"
                       r"Institute) (?:of|for|de|do|da|des|du) ", chunk):
            # "Faculty of Computers, Informatics and Microelectronics": a list of fields, each one
            # common word (not "School of Engineering, Acme Robotics and …")
            after = text[s + len(chunk):]
            m = re.match(r"(?:,\s[A-Z][\w\-]*)+,?\s(?:and|e|y|et)\s[A-Z][\w\-]*(?![\w\-]| [A-Z])", after)
            if m and all(_english(w.casefold(), english_words()) or re.search(r"(?:ics|ology|ing|ence|ncia|ção|ción|ía|ia)$", w)
                         for w in re.findall(r"[A-Z][\w\-]*", m.group(0))):
                chunk = chunk + m.group(0)
        s, chunk = self._strip_lead(s, chunk)
        words = chunk.split(" ")
        # role words and their connectors: "Commissioner of the US Food and ..."
        i = 0
        if len(words) > 2 and (words[0] in GROUP_PEOPLE_NOUNS and words[1] == "of" or
                               words[0] in FUNDING_NOUNS and words[1] in ("for", "from")):
            i = 1                      # "Membership of the Baltic Hydrogen Cluster", "Funding for X"
        while i < len(words) and (words[i] in self.roles or words[i] in ("of", "the", "for", "and")):
            i += 1
        if 0 < i < len(words):
            cut = len(" ".join(words[:i])) + 1
            s, chunk = s + cut, chunk[cut:]
            words = chunk.split(" ")
        # trailing connectors
        while words and words[-1] in set(self.ol["connectors"]):
            words.pop()
        chunk = " ".join(words)
        if not chunk:
            return []
        # "X Bundestag for Erfurt": a trailing "for <single capitalized word>" after a head
        m = re.search(r" for ([A-Z][\w\-]+)$", chunk)
        am = re.match(r" \(([A-Z][A-Za-z&]{1,9})\)", text[s + len(chunk):s + len(chunk) + 14])
        if m and self.head_rx.search(chunk[:m.start()].split(" ")[-1]) and \
                (m.group(1) in place_names() or m.group(1) in self.regions) and \
                not (am and acronym_matches(am.group(1), chunk)):   # not "Alliance for Healthcare"
            # (an acronym that spells the whole keeps it: "Sustainable Energy Fund for Africa (SEFA)")
            chunk = chunk[:m.start()]
            words = chunk.split(" ")
        # nationality adjectives before a ministry-like head: "the Spanish Ministry of ..."
        if len(words) > 1 and words[0] in self.nat_adj and (
                words[1] in self.strip_adj_before or words[1] in self.known or
                (" ".join(words[1:]) in self.known and chunk not in self.known)):
            cut = len(words[0]) + 1
            s, chunk, words = s + cut, chunk[cut:], words[1:]
        e = s + len(chunk)
        pm = self.place_rx.search(chunk)
        # "Palazzo del Bo for the International Conference on X": a venue, then an event
        fm = re.search(r" for (?:the )?", chunk)
        month = fm is not None and chunk[:fm.start()] in lexicon("units")["months"]
        if fm and (pm and pm.start() < fm.start() or re.search(r"[a-z][A-Z]|[A-Z]{2}", chunk[:fm.start()]) or
                   month or chunk[:fm.start()] in place_names()) and (
                self.event_of_rx.search(chunk[fm.end():]) or
                self.event_head_rx.search(re.sub(r" (?:19|20)\d\d$", "", chunk[fm.end():].split(" on ")[0]))):
            # ("ExCeL London for Future Grid Expo 2024", "gathers in Lyon for the X Summit",
            # "met from 14 to 16 May for the X Summit": the month is the date's)
            return ([] if month else self._classify_chunk(text, s, chunk[:fm.start()])) + \
                self._classify_chunk(text, s + fm.end(), chunk[fm.end():])
        # "The Cyber Valley Days": an event head ending the name outweighs a venue word in it
        event_end = self.event_head_rx.search(self._event_core(chunk)) or self.leading_event_rx.match(chunk)
        if pm and len(words) > 1 and not event_end and \
                not any(w in self.heads for w in chunk[pm.end():].split()):
            # a venue word inside an organization's name is not a venue ("Arena Holdings",
            # "Tarn Valley Fund I")
            return [Cand(s, e, "Place", "place-head", P_PLACEHEAD, chunk)]
        if (event_end or self.event_of_rx.match(chunk)) and len(words) > 1:
            ys = s
            m = re.search(r"(\d{4})\s$", text[max(0, s - 5):s])
            if m:
                ys = s - 5 + m.start(1)
            # "Women in Quantum Summit 2025": a capitalised word joined by "in" opens the name
            m = re.search(r"(?:^|(?<=[\s(\"“]))([A-Z][a-z]+) in $", text[max(0, ys - 30):ys])
            if m and ys == s and not m.group(1).endswith(("ing", "ed")) and m.group(1) not in self.person_titles \
                    and m.group(1) not in self.known and m.group(1) not in place_names():
                ys = max(0, ys - 30) + m.start(1)
            m = re.match(r" (?:19|20)\d\d(?![\w\-])", text[e:])
            if m:                              # "Asia Packaging Summit 2024": the edition
                e += m.end()
            return [Cand(ys, e, "Event", "event-name", P_EVENT, text[ys:e])]
        if self.techname_rx.search(chunk) and len(words) > 1:
            if self.facility_after_rx.match(text, e):    # "Selvara Cloud, with offices in …"
                return [Cand(s, e, "Organization", "org-name", P_ORG, chunk)]
            return [Cand(s, e, "Technology", "tech-name", P_TECHNAME, chunk)]
        legal_end = len(words) > 1 and self._legal_word(words[-1])
        if not self.head_rx.search(chunk) and not legal_end:     # "Kalkan Siber Güvenlik A.Ş."
            return []
        if not self.strong_head_rx.search(chunk) and len(words) < 2:
            return []
        if chunk in self.not_org:
            return []
        # "Norwegian University of Science and Technology and SINTEF": an "and" before a known
        # organization, or a second "and" before a registry name or an acronym, starts another name
        # (not "Ministry of Science and ICT", "Ministry for Digital Transformation and Civil Service")
        am = re.search(r" and ([A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,3})$", chunk)
        if am and self.head_rx.search(chunk[:am.start()]) and (am.group(1) in self.known or " and " in chunk[:am.start()] and (
                am.group(1) in registry_names().exact or is_acronym(am.group(1)))):
            rs = s + am.start(1)
            return (self._classify_chunk(text, s, chunk[:am.start()]) +
                    [Cand(rs, rs + len(am.group(1)), "Organization", "org-name", P_ORG, am.group(1))])
        cm = self._company_of_city(chunk)
        if cm:
            ps = s + cm.start(3)
            return [Cand(s, s + len(cm.group(1)), "Organization", "org-name", P_ORG, cm.group(1)),
                    Cand(ps, ps + len(cm.group(3)), "Place", "place-head", P_NER + 1, cm.group(3))]
        # unit of a parent: "Institute of X of the Y Council of Z" -> two organizations
        for sm in re.finditer(r" of the | of (?=[A-Z])", chunk):
            left, right = chunk[:sm.start()], chunk[sm.end():]
            # "… of the Y Council", "Institute of Molecular Biology of ETH Zurich" (a known parent)
            parent_ok = self.strong_head_rx.search(right) and len(right.split()) >= 2 if sm.group(0) == " of the " \
                else (right in self.known or right in registry_names().exact) and " of " in left
            if (parent_ok and self.strong_head_rx.search(left)
                    and len(left.split()) >= 2 and len(right.split()) >= (2 if sm.group(0) == " of the " else 1)):
                rs = s + sm.end()
                parent = Cand(rs, rs + len(right), "Organization", "org-name", P_ORG, right)
                # "Department of Automation of the National Polytechnic University": a generic unit
                # is known by its full name (the parent stays an organization of its own)
                unit = Cand(s, s + len(left), "Organization", "org-name", P_ORG, left,
                            canonical=chunk if GENERIC_UNIT.match(left) else None)
                return [unit, parent]
        # a quoted title that completes a name: Centro Nazionale di Ricerca "Sviluppo di ..."
        qm = re.match(r" [\"“][^\"”\n]{3,120}[\"”]", text[e:])
        if qm and re.search(r"\b(?:Centro|Centre|Center|Progetto|Project|Programma|Programme|Consorzio|Fondazione|Network)\b", chunk):
            e += qm.end()
            chunk = text[s:e]
        return [Cand(s, e, "Organization", "org-name", P_ORG, chunk)]

    def _ner(self, text: str, doc) -> list[Cand]:
        out = []
        for ent in doc.ents:
            lab = ent.label_
            s, e, t = ent.start_char, ent.end_char, ent.text
            if "\n" in t:
                continue
            m = re.match(r"(?:the|The|l['’]|L['’])\s*", t)
            if m:
                s, t = s + m.end(), t[m.end():]
            if "(" in t and ")" not in t[t.index("("):]:
                t = t[:t.index("(")].rstrip()        # "Ørsted (Denmark": an unclosed parenthesis
            if lab == "ORG" and not re.search(r"\b[A-Z]\.[A-Z]", t):
                t = _before_sentence_break(t)     # "Ionex Batteries. The", "Vireon.": a sentence break
            m = re.match(r".*(?:--|\)\s?[–—-]\s?)", t)
            if m:      # "SAN DIEGO--(BUSINESS WIRE)--Rovan Bio": the name after a wire dateline
                s, t = s + m.end(), t[m.end():]
            m = self.lead_modifier_rx.match(t)
            if m and lab == "ORG":             # "EU-funded Arctos", "Oslo-based Nordvik": a modifier
                s, t = s + m.end(), t[m.end():]
            t2 = re.sub(r"['’]s?$", "", t)
            t2 = re.sub(r"['’]s [a-z].*$", "", t2)       # "Austria’s old": the name ends at its possessive
            e = s + len(t2)
            t = t2
            pm = re.match(r"([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)['’]s (?=[A-Z])", t)
            if pm and lab in ("ORG", "PERSON") and not re.search(r"[A-Z][\w\-]* $", text[max(0, s - 30):s]):
                # "Heraklion's Optiqa", "Alphabet's DeepMind": the possessor is no part of the name
                if pm.group(1) in place_names() or pm.group(1) in self.regions:
                    out.append(Cand(s, s + len(pm.group(1)), "Place", "ner", P_NER, pm.group(1)))
                    s, t = s + pm.end(), t[pm.end():]
                elif lab == "ORG":
                    if pm.group(1) in self.known:
                        out.append(Cand(s, s + len(pm.group(1)), "Organization", "ner", P_NER, pm.group(1)))
                    s, t = s + pm.end(), t[pm.end():]
            if not t or not any(c.isupper() for c in t[:1]):
                continue
            if lab in ("ORG", "PERSON") and (t in self.regions or t in place_names()) and \
                    t not in self.known and (lab == "ORG" or " " not in t or text.startswith("-based", e)):
                lab = "GPE"                    # "samples from Mozambique", "a day in Espoo": a place
            elif lab in ("ORG", "PERSON") and t not in self.known and (t in town_names() or t in place_names()) \
                    and self._town_context(text, s, e):
                lab = "GPE"                    # "an academy in Thyolo", "a Seraing start-up": a place
            elif lab == "PERSON" and re.fullmatch(r"[A-Z][a-zà-ÿ]+", t) and t not in self.known and \
                    t not in given_names() and t not in registry_names().exact and not _dictionary_word(t) and \
                    self.INDEFINITE.search(text, max(0, s - 4), s) and self.town_modifier_rx.match(text, e):
                lab = "GPE"                    # "a Hawassa start-up whose …": no person is a start-up
            if lab == "ORG":
                if t in self.not_org or t in self.nat_adj or re.fullmatch(r"[\d\W]+", t) or \
                        self.publication_rx.search(t):
                    continue
                if re.search(r" [a-z][a-z\-]+$", t) and t.split()[-1] not in self.ol["connectors"]:
                    continue                   # "Lisbon institute": a description, not a name
                if self._common_noun(t, text):
                    continue                   # "Vaccines" opening a sentence: a common noun
                if re.fullmatch(r"[A-Z]{2,4}", t) and t not in self.known and self._acronym_modifier(t, text):
                    continue                   # "EUV lithography", "AGI research": a technical modifier
                hm = self.HEADLINE_WORD.search(t)
                if hm:                         # "Nordic Paper Buys Pulp Mill": a headline, two parts
                    out += self._split_coordinated(s, t[:hm.start()])
                    continue
                cm = self._company_of_city(t)
                if cm:                         # "Aegean Bulk Carriers of Piraeus"
                    out.append(Cand(s + cm.start(3), s + cm.end(3), "Place", "ner", P_NER, cm.group(3)))
                    t = cm.group(1)
                out += self._split_coordinated(s, t)
            elif lab == "PERSON" and self._common_noun(t, text):
                continue                       # '"Trains need …," he said'
            elif lab == "PERSON":
                for title in self.person_titles:
                    if t.startswith(title + " "):
                        s += len(title) + 1
                        t = t[len(title) + 1:]
                        break
                t = re.split(r" of | at | from ", t)[0]
                e = s + len(t)
                if not t or any(ch.isdigit() for ch in t) or t in self.not_org or t in self.roles:
                    continue                   # ("Geschäftsführerin of X": a title, no name)
                last = t.split()[-1]
                if self._employer_slot(text, s, t) or " " in t and len(last) > 3 and (
                        last.casefold() in self.firm_words or last in self.generic_suffixes) or \
                        _institution_of(t):
                    # ("Tana Agritech of Bahir Dar": a firm word ends no person's name)
                    out.append(Cand(s, e, "Organization", "ner+context", P_NER, t))
                    continue
                if self._national_agency(t):
                    out.append(Cand(s, e, "Organization", "ner+context", P_NER, t, subtype="Government"))
                    continue
                # "Jan Van den Broeck" labelled only "Broeck": take the first name and particles back
                pm = re.search(rf"(?<![\w\-])[A-Z][a-zà-ÿ]+(?: {PARTICLES}){{1,3}} $", text[max(0, s - 40):s])
                if pm and not t.startswith(PARTICLE_WORDS):
                    s -= len(pm.group(0))
                    t = text[s:e]
                out.append(Cand(s, e, "Person", "ner", P_PERSON, t))
            elif lab in ("GPE", "LOC", "FAC"):
                if t in self.not_place or t in self.known:
                    continue
                if self._national_agency(t):
                    # "Research Ireland", "Business Finland": a national agency, not the country
                    out.append(Cand(s, e, "Organization", "ner+context", P_NER, t, subtype="Government"))
                    continue
                if t not in place_names() and t not in self.regions and self._employer_slot(text, s, t):
                    out.append(Cand(s, e, "Organization", "ner+context", P_NER, t))
                    continue
                pm = re.match(r" \(([A-Z][\w .\-]+)\)", text[e:e + 40])
                if pm and pm.group(1) in place_names() and t not in place_names() and \
                        t not in self.regions and t not in self.place_canon:
                    # "Veltrix (Slovenia)" in a partner list: a name no gazetteer knows as a
                    # place, followed by its country, is an organization
                    out.append(Cand(s, e, "Organization", "ner+context", P_NER, t))
                    continue
                out.append(Cand(s, e, "Place", "ner", P_NER, t))
        return out

    EMPLOYER_SLOT = re.compile(r"(?<![\w\-])(?!(?:project|center|cluster|order|quarter|number|other|later|after|"
                               r"under|over|event|moment|agent|content|present|silent)\b)[a-z\-]*(?:er|or|ist|ian|"
                               r"ant|ent|ect|ead|officer|chief|fellow|student|postdoc|lead)s? at (?:the )?$")

    def _employer_slot(self, text: str, s: int, name: str) -> bool:
        """"a former naval architect at Keppel": one word where a person's employer goes is an
        organization, unless it is the surname of someone named before."""
        return " " not in name and bool(self.EMPLOYER_SLOT.search(text[max(0, s - 40):s])) and \
            not re.search(rf"[A-Z][\w\-]+ {re.escape(name)}(?![\w\-])", text[:s])

    def _extend_native(self, text: str, c: Cand) -> None:
        """"Agence nationale de la recherche", "Università della Svizzera italiana": a native
        institution name goes on over its lowercase words."""
        if c.text.split(" ", 1)[0] not in self.native_leads:
            return
        m = self.native_tail_rx.match(text, c.end)
        if m:
            c.end = m.end()
            c.text = text[c.start:c.end]

    def _split_coordinated(self, s: int, t: str) -> list[Cand]:
        """spaCy often labels "A Capital and B Venture Partners" one organization: names joined
        by "and" are several when the last is a complete name (known, in the registry, or ending
        with an organization head word) and the others have two words or more. One-word sides
        stay joined ("Procter and Gamble", "Air Products and Chemicals")."""
        t2 = re.sub(r"(?:,|\s(?:and|&))$", "", t)
        parts = re.split(r"\s(?:and|&)\s|,\s", t2)
        reg = registry_names()

        def known(p: str) -> bool:
            return p in self.known or p in reg.exact

        def named(p: str) -> bool:
            return known(p) or len(p.split()) >= 2 and bool(self.head_rx.search(p.split()[-1]))
        # the last name must be a complete one by itself ("… and Lightspeed Venture Partners",
        # "… and Tesi"), not the end of one long name ("National Recovery and Resilience Plan")
        # … or a comma before a complete name ("acquisition by Varnholt, Lumina Sensors will …")
        comma_end = len(parts) == 2 and ", " in t2 and named(parts[-1]) and " and " not in t2
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts) and named(parts[-1]) and \
                (comma_end or all(known(p) or len(p.split()) >= 2 for p in parts[:-1])):
            out, pos = [], 0
            for p in parts:
                i = t2.index(p, pos)
                out.append(Cand(s + i, s + i + len(p), "Organization", "ner", P_NER, p))
                pos = i + len(p)
            return out
        return [Cand(s, s + len(t2), "Organization", "ner", P_NER, t2)]

    def _resolve(self, text: str, cands: list[Cand]) -> list[Cand]:
        for c in cands:
            c.text = text[c.start:c.end]
        cands = [c for c in cands if c.end > c.start and c.text.strip()]
        # a registry name that spans a shorter name chunk is the whole name ("University of Texas
        # at Austin", "Agency for Science, Technology and Research")
        chunks = [c for c in cands if c.source == "org-name"]
        for c in cands:
            if c.source == "gazetteer" and c.prio == P_GAZ and any(
                    c.start <= o.start and o.end <= c.end and o.end - o.start < c.end - c.start for o in chunks):
                c.prio = P_ORG + 1
        order = sorted(range(len(cands)), key=lambda i: (-cands[i].prio,
                                                          -(cands[i].end - cands[i].start),
                                                          cands[i].start))
        taken: list[tuple[int, int]] = []
        kept = []
        for i in order:
            c = cands[i]
            if any(c.start < e and s < c.end for s, e in taken):
                continue
            taken.append((c.start, c.end))
            kept.append(c)
        kept.sort(key=lambda c: c.start)
        # "Barcelona Supercomputing Center – Centro Nacional de Supercomputación": one name
        merged: list[Cand] = []
        for c in kept:
            if merged and re.fullmatch(r"[ \t\xa0][–—-][ \t\xa0]", text[merged[-1].end:c.start]) and \
                    self._dashed_halves(text, merged[-1], c):
                prev = merged[-1]
                prev.end = c.end
                prev.text = text[prev.start:prev.end]
                prev.type, prev.source = "Organization", "org-name"
                continue
            merged.append(c)
        return merged

    def _dashed_halves(self, text: str, a: Cand, b: Cand) -> bool:
        """Two halves of one dashed name: "Barcelona Supercomputing Center – Centro Nacional de
        Supercomputación" (two names), "Mila – Quebec Artificial Intelligence Institute" (a short
        name in a name's slot before a full name), "Foundation for Research and Technology –
        Hellas (FORTH)" (a word that only the whole explains the acronym after)."""
        if a.type == b.type == "Organization" and a.source == b.source == "org-name":
            return True
        short = lambda c: c.type in ("Organization", "Place") and len(c.text.split()) <= 3
        if b.source == "org-name" and b.type == "Organization" and short(a) and \
                re.search(r"\b(?:at|of|by|the|from|and|with|for) $", text[max(0, a.start - 6):a.start]):
            return True
        if a.source == "org-name" and a.type == b.type == "Organization" and " " not in b.text and \
                re.match(r"[,.;)]|\s(?:and|in|at)\b", text[b.end:b.end + 5]):
            return True                        # "Copenhagen University Hospital – Rigshospitalet"
        am = re.match(r" \(([A-Z][\w\-&]{1,11})\)", text[b.end:b.end + 16])
        return a.source == "org-name" and a.type == "Organization" and short(b) and am is not None and \
            acronym_matches(am.group(1), text[a.start:b.end]) and not acronym_matches(am.group(1), a.text)


def _letters_in_order(acr: str, name: str) -> bool:
    """'FORTH' ~ 'Foundation for Research and Technology Hellas': the acronym's letters appear
    in order in the name, it starts with the name's initial and ends with its last word's."""
    words = name.split()
    a = acr.upper()
    if not words or a[0] != words[0][0].upper() or a[-1] != words[-1][0].upper():
        return False
    it = iter(name.upper())
    return all(ch in it for ch in a)


def _before_sentence_break(name: str) -> str:
    """A name up to a period that ends a sentence inside it, not one that ends an abbreviation
    ("Acme Inc.") or an initial."""
    m = re.search(r"(\w+)\.(?:\s|$)", name)
    if m and m.group(1) not in ABBREVIATED_WORDS and len(m.group(1)) > 1:
        return name[:m.end(1)]
    return name


def facility_after() -> str:
    """What only an organization has, right after its name: "X, with offices in", "X has opened
    a second office in", "X operates ground stations in", "X's warehouses in"."""
    fac = relation_patterns()["cues"]["facility"]
    return (r"(?:,\swith\s(?:its\s|their\s)?|['’]s\s|\s(?:has\s|have\s|also\s|already\s|now\s)?"
            r"(?:opened|operates|runs|has|set\sup|moved|leased|built|is\sbuilding|keeps|maintains)\s"
            r"(?:a\s|an\s|its\s|their\s|two\s|three\s|several\s)?)"
            rf"(?:[\w\-]+\s){{0,3}}?{fac}\s(?:in|at|on)\b")


def modifies_noun(text: str, start: int, name: str) -> bool:
    """"the Baltic angel network", "the French fund Cosmos": one capitalised word after "the"
    that modifies the lower-case noun after it is no name — unless it is written in capitals or
    the noun is one a name goes with ("the DRAGON project", "the Horizon programme")."""
    return " " not in name and not name.isupper() and \
        bool(re.search(r"\b[Tt]he $", text[max(0, start - 4):start])) and \
        bool(re.match(r" (?!(?:and|or|as|in|on|at|of|for|with|to|has|have|had|is|are|was|were|will|said|says|"
                      r"projects?|consortium|network|alliance|initiative|programme|program|platform|partnership|"
                      r"cluster|fund|foundation|mission|facility|centre|center|institute)\b)"
                      r"[a-z]", text[start + len(name):start + len(name) + 16]))


def org_descriptor_apposition() -> str:
    """", a Pune-based start-up", ", the Dutch chipmaker": a comma and a description whose head
    is an organization noun (not "a lecturer in the university's …")."""
    return (r",\s(?:a|an|the)\s(?:(?!(?:in|of|at|for|with|from|by|and)\s)[\w\-]+\s){0,4}?"
            rf"(?:{lexicon('entities')['org_descriptor_nouns']})\b(?!['’])")


def _english(w: str, words: frozenset) -> bool:
    """An English word, or an inflected or British-spelt form of one ("focuses",
    "specialising", "organised")."""
    forms = {w, w.replace("is", "iz"), w.replace("our", "or"), w.replace("re", "er")}
    for f in list(forms):
        for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ied", "y"), ("ly", ""), ("er", ""), ("ers", "")):
            if f.endswith(suf) and len(f) > len(suf) + 2:
                forms.add(f[:-len(suf)] + rep)
    return any(f in words for f in forms)


def _skips_one_inner(acr: str, initials: str) -> bool:
    """"STEMP" for "School of Information Technology, Engineering, Mathematics and Physics":
    a long name's acronym may leave out one inner word."""
    return len(initials) >= 5 and len(acr) == len(initials) - 1 and any(
        initials[:i] + initials[i + 1:] == acr for i in range(1, len(initials) - 1))


def _abbreviates(short: str, full: str) -> bool:
    """'CNR Nanotec' ~ 'Institute of Nanotechnology' (a word is a prefix of a full-name word);
    'CBN–IIT Lecce' ~ 'Center for Biomolecular Nanotechnologies' (an acronym = the initials)."""
    ini = initials(full)
    full_words = [w.casefold() for w in re.split(r"[\s\-–]+", full) if len(w) >= 4]
    for part in re.split(r"[\s\-–—]+", short):
        if is_acronym(part):
            # (or, three letters or more, in order from the first word's to the last word's:
            # "LASRIC, the Lagos State Science Research and Innovation Council")
            if len(part) >= 2 and part.upper() == ini or len(part) >= 3 and _letters_in_order(part, full):
                return True
        elif len(part) >= 5 and any(w.startswith(part.casefold()[:5]) for w in full_words):
            return True
    return False
