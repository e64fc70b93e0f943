"""Relations from sentence templates (extractors/relations/patterns.json) and spaCy
DependencyMatcher patterns (extractors/relations/dependency_patterns.json).

Each sentence is rewritten as a template: every entity mention becomes a placeholder
``<T:key>`` (T: O organization, P person, L place, E event, T technology, M money,
D date) and resolvable anaphors ("the centre", "It", "the Dublin-based company") become
the placeholder of their antecedent. Patterns are regular expressions over templates."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from ..records import Entity, Evidence, Relation
from .lexicon import country_names, dependency_patterns, lexicon, region_names, relation_patterns
from .first_person import first_person_referents, replace_first_person
from .sentences import CLAUSE_BREAK, split_sentences

TYPE_LETTER = {"Organization": "O", "Person": "P", "Place": "L", "Event": "E",
               "Technology": "T", "Money": "M", "Date": "D"}
MACRO_TYPES = {"ORG": "O", "PER": "P", "PLACE": "L", "EVENT": "E", "TECH": "T", "MONEY": "M",
               "DATE": "D", "REGION": "L", "CITY": "L"}
PLACEHOLDER_LETTER = re.compile(r"<(\w):e\d+>")
GAP = r"(?:[^<>]|<[LTMDE]:e\d+>){0,80}?"
GAPS = r"(?:[^<>]|<[LTMDE]:e\d+>){0,30}?"
HEDGE = re.compile(
    r"\b(?:not|no longer|never|n't|plans? to|planned to|planning to|intends? to|intended to|"
    r"hopes? to|hoped to|aims? to|wants? to|would like to|in talks|talks with|negotiat\w*|"
    r"propos\w*|rejected|terminated|terminate|considering|consider|could|might|may|would|"
    r"interested in|expected to|potential|possible|if|"
    # undecided, failed, denied, abandoned or withdrawn: no fact is stated
    r"whether|yet to|fail(?:s|ed|ing)? to|failure to|unable to|abandon\w*|den(?:y|ies|ied|ying)|"
    r"(?:bid|bids|offer|offers|offered|offering|attempt|attempts|attempted|effort|efforts) to|"
    # "declined to comment on reports that …": a report is no fact
    r"reports? that|rumou?rs? that|speculation that|called off|calls? off|"
    r"call(?:ing)? off|withdr(?:ew|aw|aws|awn|awing)|scrapp\w*|collaps\w*|fell through|"
    # "has no commercial agreement with", "signed only a letter of intent to study …"
    r"(?:has|have|had) no|letters? of intent)\b", re.I)
# "the summit will take place at X", "We will host our meeting at X": a future event has no
# venue or place yet (its organizer is stated, so organizes stays)
FUTURE_EVENT = re.compile(
    r"\b(?:will|shall|would)\s(?:(?:again|also|then|now)\s)?(?:take place|be held|be hosted|be staged|"
    r"host|move to)\b|\b(?:is|are)\s(?:scheduled|planned|set)\s(?:for|to)\b", re.I)
HONORIFIC_BEFORE_PERSON = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicon('entities')['honorifics']))}) (?=<P:e\d+>)")
STATIVE = {"locatedIn", "affiliatedWith"}
POSS_UNIT_TYPES = {"partnersWith", "organizes", "affiliatedWith"}
# "<A>, the parent group of " right before a name: the name sits in A's apposition
APPOS_BEFORE = re.compile(
    r"<O:(e\d+)>(?: (?:in|at) <L:e\d+>)?, (?:(?:the|a|an) )?(?:[a-z]|<[LTD]:e\d+>)(?:[\w\- ]|<[LTD]:e\d+>){0,60}"
    r" (?:of|for|by|at|with|from)(?: the| its)?(?: [a-z\-]+){0,2} $")
# after the match: "an offer to buy X was rejected", "the deal with X was later called off"
HEDGE_AFTER = re.compile(
    r"^(?:[^.;<>]|<[LDM]:e\d+>){0,60}?\b(?:was|were|has been|have been|had been|is|are)"
    r"(?: (?:later|eventually|ultimately|subsequently|since|then|also))? (?:rejected|turned down|"
    r"withdrawn|called off|abandoned|blocked|cancell?ed|scrapped|dropped|terminated|denied)\b"
    r"|^(?:[^.;<>]|<[LDM]:e\d+>){0,60}?\b(?:fell through|collapsed)\b", re.I)
_ANA = lexicon("anaphora")
ANAPHOR_NOUNS = {noun: tuple(heads) for noun, heads in _ANA["anaphor_nouns"].items()}
NETWORK_NOUNS = set(_ANA["network_nouns"])
PROJECT_NOUNS = set(_ANA["project_nouns"])
STANDING_GROUP = re.compile(rf"\b(?:{'|'.join(_ANA['standing_group_words'])})\b")
# "In <2023> it raised ...", "Last year, its revenue ...": the sentence-opening pronoun after a
# short fronted adverbial
FRONTED_IT = re.compile(r"^(\s*(?:(?:In|On|By|Since|During|After|Before|Earlier|Later|Last|This|Then|Now|"
                        r"Today|Yesterday|Previously|Meanwhile|Separately|Additionally|Also)\b"
                        r"(?: [a-z]+){0,2}(?: <D:e\d+>)?,? |"
                        # "Founded in 2020 by A and B, it develops …": the participle's clause, then "it"
                        rf"(?:{'|'.join(map(re.escape, _ANA['fronted_participles']))})\b(?:[^<>.;]|<[PDL]:e\d+>)*?, ))"
                        r"(it|its)\b")
# "Both companies are members of ...", "the two organisations": the pair named just before
PAIR_ANAPHOR = re.compile(r"\b(?:[Bb]oth (?:companies|firms|organi[sz]ations|partners|groups|institutions|"
                          r"start-ups|universities|institutes)|[Tt]he two (?:companies|firms|organi[sz]ations|"
                          r"partners|groups|institutions|start-ups|universities|institutes|parties)|"
                          r"[Tt]he pair|[Tt]he duo)\b")
# "Besides <X>, the consortium comprises ...": a description followed by a verb is the subject
# of a new clause, not an apposition to the name before the comma
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:now |also |already |still )?(?:is|was|are|were|has|have|had|will|would|"
                               r"comprises|comprised|includes|included|consists|brings|brought|gathers|"
                               r"unites|groups|counts|said|says|plans|aims|won|led|made|took|became|bought|"
                               r"sold|built|began|grew|got)\b"
                               # a past tense with an object ("…, the company developed Juris-FR"), not a
                               # participle of an apposition ("…, the company founded by X")
                               r"|\s+[a-z]{3,}ed\s+(?!(?:by|in|on|at|with|for|as|from|to|under|after|through|"
                               r"into|and|or|since|during|until)\b)")
MID_IT = re.compile(r"(?:(?<=\bafter )|(?<=\bwhen )|(?<=\bsince )|(?<=\bbefore )|(?<=\bbecause )|"
                    r"(?<=\bwhere )|(?<=\bwhile )|(?<=[:;,] )|(?<=\band )|(?<=\bannounced that )|"
                    # ("announced at <the forum> that it had invested"; not "the company that it bought")
                    r"(?<=\bsaid that )|(?<=> that ))it"
                    r"(?= (?:has |had |also |then |later |recently |previously |already )?(?:acquired|bought|"
                    r"took over|invested|raised|developed|signed|opened|launched|received|won|joined|"
                    r"co-founded|founded|partnered|agreed|completed|closed|finalised|finalized)\b)")
# co-investors of a round (see _co_investors): "with the Madrid investor <B> investing alongside
# it", "with <Paraguay>'s <B> co-investing", "with participation from <B> and <C>"; and, where a
# sentence names no investment, "<B> and the Austrian investor <C> also took part in the round"
_CO_WHO = (r"(?P<who>(?:(?:the |its )?(?:(?:<L:e\d+>['’]s?|<L:e\d+>(?:-based)?|"
           r"(?!(?:of|in|at|for|from|by|and)\b)[A-Za-z][\w\-]*) ){0,3}?"
           r"<O:e\d+>(?:['’]s? <O:e\d+>)?(?: \([^()<>]*\))?(?:,? and |, )?)+)")
CO_INVESTOR_WITH = (
    re.compile(r"\bwith " + _CO_WHO + r"(?:, (?:[^<>]|<L:e\d+>){0,60}?,)? (?:also |all |both )?(?:co-investing|"
               r"investing(?: alongside(?: (?:it|them|us|him|her))?)?|participating|taking part|joining(?: in)?|"
               r"as (?:a |an )?co-investors?)\b"),
    re.compile(r"\bwith (?:the )?(?:participation|backing) (?:from|of|by) " + _CO_WHO))
CO_INVESTOR_JOINED = (
    re.compile(r"(?:^|(?<=[.;:] ))\s*(?:[A-Z][a-z]+ (?:<D:e\d+> )?)?" + _CO_WHO +
               r"(?:, (?:[^<>]|<L:e\d+>){0,80}?,)? (?:have |has |had )?(?:also |both |all )?(?:took part in|"
               r"joined|participated in|came in on|invested in) the (?:round|investment|financing|raise)\b"),
    re.compile(r"(?:^|(?<=[.;:] ))\s*" + _CO_WHO + r" (?:also |both |all )?came in as co-investors\b"))
CLAUSE_PRONOUN = re.compile(r"(?:(?<=[;,] )|(?<=\bwhere ))(?:she|he)(?= [a-z])")
COMPANY_NOUNS = set(_ANA["company_nouns"])

DESCRIBED_GENERIC = set(_ANA["described_generic_nouns"])
FUNDED_AFTER = re.compile(r"(?:,[^,<>]{0,100},)?\s+(?:has\s|had\s|have\s|also\s)*(?:raised|closed|secured|received|"
                          r"signed|won|was\s+founded|was\s+acquired|employs)\b")
UNIT_ROLE_OPENING = re.compile(r"\s*(?P<noun>[A-Z][a-z]+) (?=(?:director|dean|head|president|chair|chairman|chairwoman|"
                               r"rector|spokesperson|spokesman|spokeswoman|chief|manager|coordinator)\b)")
FIRST_PERSON_OFF = re.compile(rf"[\"“”«»„]|^\s*Q\s?:|\b[Ww]e (?:{'|'.join(_ANA['interview_verbs'])})\b")
BASED_COMPANY_NOUNS = set(_ANA["based_company_nouns"])
TECH_NOUNS = set(_ANA["tech_nouns"])
EVENT_NOUNS = set(_ANA["event_nouns"])
EVENT_NOUNS_NAMED_ONLY = set(_ANA["event_nouns_named_only"])
STATIC_ANAPHOR_NOUNS = set(ANAPHOR_NOUNS) | COMPANY_NOUNS | TECH_NOUNS | EVENT_NOUNS | BASED_COMPANY_NOUNS


@lru_cache(maxsize=None)
def _noun_alternation(kind: str) -> str:
    """The anaphor nouns as one alternation, longest first (built once, not per template chunk)."""
    if kind == "anaphora":
        words = set(ANAPHOR_NOUNS) | TECH_NOUNS | EVENT_NOUNS
    else:
        words = COMPANY_NOUNS | BASED_COMPANY_NOUNS | set(ANAPHOR_NOUNS)
    return "|".join(sorted(words, key=len, reverse=True))

# "The shares in the company": a modifier of an anaphor's noun is no function word
FUNCTION_WORD = r"(?:the|a|an|of|in|on|at|for|with|by|to|from|and|or|its|their)\s"
# ", which handles the high salt content of the seaweed,": a non-restrictive clause without a name
BARE_RELATIVE = re.compile(r"(>(?: [a-z][\w\-]*){0,2}), which [^<>,;:()\"“”«»]{3,140},(?= (?:was|were|is|are|has|have|had|will|"
                           r"would|can|could|also|now|said|says|raised|received|signed|won)\b)")
DESCRIBED_TECH = re.compile(r"(?<=(?:ed|ps|es|ng) )(?:(?:its|our|their|the|an?) (?:(?:(?!(?:of|in|at|for|with|by|to|"
                            r"from|and|or)\b)[a-z][\w\-]* ){0,3}?[a-z][\w\-]*|<T:e\d+>)|it), (?:the )?(<T:e\d+>),")
# "a pilot of the <T:e4>": the technology only qualifies the noun before it
TECH_OF_NOUN = re.compile(r"\b[a-z][\w\-]* of (?:the |its |their )?$")
# "Max Planck Society" is also named "Max Planck" as the head of its units' names
GROUP_TAIL = re.compile(r"(.+?)[\s\-](?:Gesellschaft|Society|Group|Holding|AG|SE|plc|Inc\.?)$")


def _starts_name(name: str, head: str) -> bool:
    """``name`` opens with ``head`` and a space or hyphen ("Fraunhofer-Institut …" for "Fraunhofer")."""
    nxt = name[len(head):len(head) + 1]
    return bool(nxt) and (nxt.isspace() or nxt == "-") and name.startswith(head)


class RelationExtractor:
    def __init__(self, vocab):
        pats = relation_patterns()
        self.cues = pats["cues"]
        self.patterns = []
        self.requires = {}
        self.needs = {}
        self.literals = {}           # name -> strings a match must contain (see _required_literals)
        self._by_letters = {}        # placeholder letters -> the patterns that can match (_patterns_for)
        for p in pats["patterns"]:
            if p["name"] in self.needs:      # names key the lookups below: a second one would hide the first
                raise ValueError(f"extractors/relations/patterns.json: the pattern name {p['name']!r} "
                                 "is used twice; give each pattern its own name")
            rx, lists = self._compile(p["regex"])
            self.patterns.append((p, rx, lists))
            self.needs[p["name"]] = self._needed_letters(p)
            if p.get("requires"):
                self.requires[p["name"]] = re.compile(p["requires"], re.I)
            self.literals[p["name"]] = _required_literals(rx)
        regions = lexicon("entities")["regions"]
        self.regions = set(regions)
        self.region_canon = set(lexicon("entities")["place_canonical"].values())
        self.dep = None
        self.triggers = None         # kgraph.extract.triggers.TriggerLayer, built on first use
        try:
            from spacy.matcher import DependencyMatcher
            self.dep = DependencyMatcher(vocab)
            self.dep_meta = {}
            for dp in dependency_patterns():
                self.dep.add(dp["name"], [dp["pattern"]])
                self.dep_meta[dp["name"]] = dp
        except Exception:  # pragma: no cover - spaCy without the matcher
            self.dep = None

    # ------------------------------------------------------------------ compile
    @staticmethod
    def _needed_letters(p: dict) -> list[set]:
        """The placeholder letters the subject and the object can be: a sentence without one of
        each cannot match, so the pattern is not even tried (most sentences name no person,
        event or technology)."""
        need = []
        for g in (p.get("subject", "s"), p.get("object", "o")):
            m = re.search(r"\{([A-Z|]+):" + re.escape(g) + r"\}", p["regex"])
            if m is None:
                return []
            kinds = [k[:-1] if k in ("ORGS", "PLACES", "TECHS") else
                     {"PERS": "PER", "ORGSEMI": "ORG"}.get(k, k) for k in m.group(1).split("|")]
            need.append({MACRO_TYPES[k] for k in kinds if k in MACRO_TYPES})
        return need

    def _compile(self, regex: str):
        lists = set()

        def macro(m):
            kind, _, group = m.group(1).partition(":")
            if kind == "GAP":
                return GAP
            if kind == "GAPS":
                return GAPS
            if kind == "CUE":
                return self.cues[group]
            if kind == "ORGSEMI":
                # "A, through its X; B, the …; C, an …; and D": items that carry their own
                # descriptions, between semicolons (two or more); each item's first organization
                item = r"(?:the |its )?(?:[^;<>.]|<[LDMTP]:e\d+>){0,40}?<O:e\d+>(?:[^;<>]|<[A-Z]:e\d+>){0,160}?"
                return rf"(?P<{group}>{item}(?:;\s(?:and )?{item})+)(?=[.;]?$|\.\s)"
            plural = kind in ("ORGS", "PLACES", "TECHS", "PERS")
            base = {"ORGS": "ORG", "PLACES": "PLACE", "TECHS": "TECH", "PERS": "PER"}.get(kind, kind)
            letters = "".join(MACRO_TYPES[k] for k in base.split("|"))
            one = rf"<[{letters}]:e\d+>"
            if plural:
                item = rf"(?:(?:the <L:e\d+> (?=[a-z])|(?:the |its |their |both |companies such as |partners such as |such as )?(?:<L:e\d+>-based )?)(?:(?!(?:which|who|that|whose|just|outside|near|in|at|of|from|to|by|with|for|on|is|are|was|were|has|have|had|will|would|said|says|counts|count|counted|also)\b)(?!(?<=, )an? )[\w\-]+ ){{0,3}}?{one}(?:['’]s (?:[A-Z][\w\-]* )*?(?:{one}|[A-Z][\w\-]*))?(?: (?:in|at|from) (?:the )?<L:e\d+>(?=,))?(?:, (?:the |a |an )?[a-z][\w\- ]{{0,60}}? (?:of|at) (?:the )?(?:<[OP]:e\d+>|{one}),?)?(?: (?:in|at|of) (?:the )?(?:{one}|<L:e\d+>(?:, <L:e\d+>)?|<D:e\d+>))?(?: \((?:{one}|<L:e\d+>)(?:, <L:e\d+>)?\))?(?:, (?:which|who) [^<>]{{0,80}}?(?=, ))?(?: (?!(?:and|or|as|alongside|together|project|projects|programme|program|consortium|initiative)\b)[a-z][\w\-]*){{0,2}})"
                # (", a <B> project" is an apposition to the last item, not another item; ", <B>
                # developed" starts a clause)
                body = rf"{item}(?:(?:, (?!an? <[A-Z]:e\d+> [a-z])(?!<[A-Z]:e\d+> [a-z]+ed\b)| and |, and | & |, alongside | as well as | alongside | and by |, and by | and of |, and of | and from |, and from | and with |, and with |,? together with (?:the )?(?:companies |firms |partners |institutes |universities )?){item})*"
            else:
                body = one
            return rf"(?P<{group}>{body})" if group else rf"(?:{body})"
        out = re.sub(r"\{([A-Z|]+(?::\w+)?)\}", macro, regex)
        for m in re.finditer(r"\{(ORGS|PLACES|TECHS|PERS):(\w+)\}", regex):
            lists.add(m.group(2))
        return re.compile(out), lists

    # ------------------------------------------------------------------ extract
    def extract(self, text: str, doc, entities: list[Entity]) -> list[Relation]:
        ents = {e.key: e for e in entities}
        mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions),
                          key=lambda x: (x[0], -x[1]))
        sents = split_sentences(text)
        rels: dict[tuple, Relation] = {}
        history: list[tuple[int, Entity]] = []     # (start, entity) of earlier mentions
        prev_first: Optional[Entity] = None
        self._it_ok = True
        self._person = None            # (the one person named lately, sentences since) for "She"/"He"
        self._prev_ents: list[Entity] = []
        templates: list[tuple[str, str, int, int]] = []
        self._heading: Optional[Entity] = None
        self._described = _described_nouns(text, entities)
        fresh = [n for n in self._described if n not in STATIC_ANAPHOR_NOUNS]   # (the others: _antecedent)
        self._described_rx = re.compile(
            rf"\b(?:the|The)\s+(?P<noun>{'|'.join(map(re.escape, fresh))})(?P<poss>['’]s)?(?![\w\-])"
            r"(?! of\b)") if fresh else None
        we, i_am = first_person_referents(text, entities)
        topic: Optional[Entity] = None
        prev_tpl = ""
        for ss, se in sents:
            sm = [(s, e, ent) for s, e, ent in mentions if s >= ss and e <= se]
            # the writer's "we"/"I" (not in quotes, an interviewer's question or "We spoke to …")
            self._first_person = (we, i_am) if (we or i_am) and not FIRST_PERSON_OFF.search(text[ss:se]) \
                else (None, None)
            tpl, anaph = self._template(text, ss, se, sm, history, prev_first)
            pair = _leading_pair(mentions, ss) if PAIR_ANAPHOR.search(tpl) else None
            tpl, prev_tpl = _pair_anaphor(_group_anaphor(tpl, prev_tpl, topic, ents), prev_tpl, pair), tpl
            sentence = text[ss:se]
            letters = set(PLACEHOLDER_LETTER.findall(tpl))
            for p, rx, lists, lits, req in self._patterns_for(letters):
                if not _may_match(lits, tpl):
                    continue
                if req is not None and not req.search(tpl):
                    continue
                if p.get("star"):
                    for m in rx.finditer(tpl):
                        self._emit(p, m, lists, tpl, ents, sentence, ss, se, rels, text)
                    continue
                # matches may share an argument ("<A> on the <B> in <C>": A-B and B-C):
                # search again from the later argument of each match
                pos = 0
                while pos <= len(tpl):
                    m = rx.search(tpl, pos)
                    if not m:
                        break
                    self._emit(p, m, lists, tpl, ents, sentence, ss, se, rels, text)
                    starts = [m.start(g) for g in ("s", "o") if g in m.groupdict() and m.group(g)]
                    pos = max(max(starts) if starts else m.end(), m.start() + 1)
            templates.append((tpl, sentence, ss, se))
            # "the Mainz-based vaccine maker" resolved to an entity: it is located there
            for ent, city in anaph.get("based", []):
                place = self._place_named(entities, city)
                if place is not None and self._typecheck("locatedIn", ent, place):
                    key = ("locatedIn", ent.key, place.key)
                    if key not in rels:
                        rels[key] = Relation("locatedIn", ent.key, place.key, Evidence(
                            sentence, ss, se, 0.7, "kgraph-rules", _version(), "loc-anaphor-based"))
            for s, e, ent in sm:
                history.append((s, ent))
            self._prev_ents = [ent for _, _, ent in sm]
            persons = {ent.key: ent for _, _, ent in sm if ent.type == "Person"}
            if persons:
                self._person = (next(iter(persons.values())), 0) if len(persons) == 1 else None
            elif self._person is not None:
                self._person = (self._person[0], self._person[1] + 1) if self._person[1] < 1 else None
            # the first organization/technology as the template reads (anaphors resolved);
            # "It" needs it in the sentence right before, the topic of a list may be older
            fm = _first_in_subject_slot(tpl)
            prev_first = ents[fm.group(1)] if fm else None
            # "… attended by A, chief executive of <X>, …. The company": X, after a preposition,
            # is no subject the next sentence's "the company" continues
            self._first_is_subject = not (fm and re.search(
                r"\b(?:of|by|at|from|for|with|to|in|on|under|via)\s(?:the\s)?$", tpl[:fm.start()]))
            # "The project is funded by <X>. It is coordinated by <Y>": "It" is the project,
            # not X — a sentence whose subject is a common noun phrase gives "It" no antecedent
            self._it_ok = not (fm and re.match(
                r"\s*(?:The|This|That|These|A|An) (?:[a-z][\w\-]* ){0,3}?[a-z][\w\-]* "
                r"(?:is|are|was|were|has|have|had|will|would|can|received|receives|got)\b", tpl[:fm.start()]))
            if fm:
                topic = prev_first
            # "Mawared Foods. The Giza food company turns …": a name standing alone as a sentence
            # (a round-up's lead-in) is what the next sentence's "the company" describes
            hm = re.fullmatch(r"\s*<O:(e\d+)>[.:]?\s*", tpl)
            self._heading = ents[hm.group(1)] if hm else None
        self._name_units(text, entities, sents, rels)
        self._bullet_lists(text, entities, sents, rels)
        if self.dep is not None and doc is not None:
            self._dependency(doc, text, mentions, ents, rels)
        if doc is not None:
            # fallback: trigger frames over the parse add only keys not found above
            if self.triggers is None:
                from .triggers import TriggerLayer
                self.triggers = TriggerLayer(self._typecheck, HEDGE)
            self.triggers.extract(doc, text, sents, mentions, rels, _version(), self._described)
        self._co_investors(templates, ents, rels)
        _named_over_description(rels, ents, text)
        _events_at_venues(rels, ents)
        _future_event_places(rels, ents)
        _one_money_wording(rels)
        _investment_channels(rels, ents)
        _programme_owner_funds(rels, ents)
        _funding_wording(rels, self._typecheck, ents)
        _no_funding_wording(rels)
        return list(rels.values())

    def _patterns_for(self, letters: set) -> list:
        """(pattern, regex, list groups, literal clauses, requires) of the patterns whose subject
        and object letters the template has, in file order; computed once per letter set."""
        key = frozenset(letters)
        got = self._by_letters.get(key)
        if got is None:
            got = []
            for p, rx, lists in self.patterns:
                need = self.needs[p["name"]]
                if need and not (need[0] & letters and need[1] & letters):
                    continue
                got.append((p, rx, lists, self.literals[p["name"]], self.requires.get(p["name"])))
            self._by_letters[key] = got
        return got

    LIST_HEADING = re.compile(
        r"(?im)^[ \t]*(?P<head>[^\n:]{0,80}\b(?:partners|members|participants|beneficiaries|consortium|"
        r"partner institutions|member organi[sz]ations)\b[^\n:]{0,40}):[ \t]*\n(?:[ \t]*\n)?")
    BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$)")
    LINE_PLACE_GAP = re.compile(r"\s*(?:,|\(|[–—-])\s*$")

    def _bullet_lists(self, text, entities, sents, rels):
        """"Project partners:" followed by bullet lines, one organization per line: each is a
        member of the project or network the heading or the article names (GUIDELINES: a list
        without a named project is a partnersWith star from the first-named organization).
        "Aalto University, Finland" on a bullet line is where that member is."""
        orgs = [e for e in entities if e.type == "Organization"]
        places = [e for e in entities if e.type == "Place"]
        for hm in self.LIST_HEADING.finditer(text):
            pos, members = hm.end(), []
            while True:
                bm = self.BULLET.match(text, pos)
                if not bm or bm.end() == pos:
                    break
                ls, le = bm.start(), bm.end()
                in_line = sorted(((m.start, m.end, e) for e in orgs for m in e.mentions if ls <= m.start < le),
                                 key=lambda x: x[0])
                if in_line:
                    members.append((in_line[0], ls, le))
                pos = le
            if len(members) < 2:
                continue
            hs, he = hm.start("head"), hm.end("head")
            named = [e for e in orgs if e.subtype == "Network" and any(hs <= m.start < he for m in e.mentions)]
            nets = named or [e for e in orgs if e.subtype == "Network" and e not in [m[0][2] for m in members]]
            target = nets[0] if len(nets) == 1 else None
            first = members[0][0][2]
            for (ms, me, org), ls, le in members:
                sent = next(((a, b) for a, b in sents if a <= ms < b), (ls, le))
                if target is not None:
                    key, rtype, subj, obj, name = ("memberOf", org.key, target.key), "memberOf", org, target, "mem-bullet-list"
                elif org is not first:
                    key, rtype, subj, obj, name = ("partnersWith", first.key, org.key), "partnersWith", first, org, "prt-bullet-list-star"
                else:
                    key = None
                if key and key not in rels and self._typecheck(rtype, subj, obj):
                    rels[key] = Relation(rtype, subj.key, obj.key, Evidence(
                        text[sent[0]:sent[1]], sent[0], sent[1], 0.7, "kgraph-rules", _version(), name))
                # "- Aalto University, Finland" / "- Tecnalia (Spain)"
                for p in places:
                    for m in p.mentions:
                        # the place ends the line, or a country follows it ("Leuven, Belgium")
                        if me <= m.start < le and self.LINE_PLACE_GAP.fullmatch(text[me:m.start]) and \
                                re.match(r"[\s,()\-–—]*$|\s*,\s*[A-Z][\w\-]*(?: [A-Z][\w\-]*)?[\s)]*$",
                                         text[m.end:le]):
                            lk = ("locatedIn", org.key, p.key)
                            if lk not in rels and self._typecheck("locatedIn", org, p):
                                rels[lk] = Relation("locatedIn", org.key, p.key, Evidence(
                                    text[sent[0]:sent[1]], sent[0], sent[1], 0.7, "kgraph-rules", _version(),
                                    "loc-bullet-line-place"))

    UNIT_HEADS = re.compile(r"\b(?:Institutes?|Institut|Lab|Labs|Laboratory|Laboratories|Research|"
                            r"Centre|Center|Zentrum|Projektzentrum|Division|Ventures)\b")

    def _name_units(self, text, entities, sents, rels):
        """A unit named after its parent: "Acme Research Lab" -> Acme, "Fraunhofer Institute for
        X" -> Fraunhofer-Gesellschaft (GUIDELINES: a modifier naming the parent inside a unit's
        name is a mention of the parent)."""
        generic = set(lexicon("organizations")["generic_suffixes"])
        orgs = [e for e in entities if e.type == "Organization"]
        for u in orgs:
            for p in orgs:
                if p is u:
                    continue
                keys = {p.canonical, p.text, *p.aliases}
                m = GROUP_TAIL.match(p.canonical)
                if m:
                    keys.add(m.group(1))
                keys = {k for k in keys if k and len(k) >= 3 and k[0].isupper()}
                hit = next((k for k in sorted(keys, key=len, reverse=True)
                            if _starts_name(u.canonical, k)), None)
                if not hit:
                    continue
                rest = u.canonical[len(hit) + 1:]
                if not self.UNIT_HEADS.search(rest) or all(w in generic for w in rest.split()):
                    continue
                key = ("affiliatedWith", u.key, p.key)
                if key in rels or not u.mentions:
                    continue
                ms = u.mentions[0].start
                sent = next(((a, b) for a, b in sents if a <= ms < b), None)
                if sent is None:
                    continue
                rels[key] = Relation("affiliatedWith", u.key, p.key, Evidence(
                    text[sent[0]:sent[1]], sent[0], sent[1], 0.7, "kgraph-rules", _version(),
                    "aff-unit-named-after-parent"))
                break

    def _template(self, text, ss, se, sm, history, prev_first):
        parts = []
        pos = ss
        anaph = {}
        last_key = None
        last_ent = None
        self._sent_subject = None
        self._subject_clause = False   # (a clause break seen so far in this sentence's text)
        for s, e, ent in sm:
            if s < pos:
                continue
            between = text[pos:s]
            if not parts and not between.strip() and ent.type == "Organization" and ent.subtype == "Company":
                self._sent_subject = ent       # "Fluxline was backed by X, which invested in the company's …"
            # an alias in parentheses right after its own entity disappears
            if last_key == ent.key and re.fullmatch(r"\s?\(|,\s|\s?[–-]\s?|\s?\(.{0,3}", between) and parts:
                pos = e
                if between.strip().startswith("("):
                    if text[pos:pos + 1] == ")":
                        pos += 1
                    elif text[pos:pos + 2] == ", ":      # "X (ISC, Germany)" -> "<X> (<Germany>)"
                        pos += 2
                        parts.append(" (")
                continue
            if ent.type == "Person" and self._sent_subject is not None and len(parts) == 2 and \
                    SUBJECT_ROLE.fullmatch(between):
                # "Skytruss co-founder Nico Beck has left the company", "Ivoclar's head of research,
                # A, retires after 22 years with the dental group": the opening company is meant
                self._subject_clause = True
            parts.append(self._anaphora(between, history, prev_first, sm, ent, anaph, last_ent, not parts))
            # (the sentence's subject is what "the company" means only in a clause of its own:
            # "X was backed by Y, which invested in the company's …", not "X acquired a stake in the
            # company"; the break must come before the chunk with the anaphor)
            self._subject_clause = self._subject_clause or bool(CLAUSE_BREAK.search(parts[-1]))
            parts.append(f"<{TYPE_LETTER[ent.type]}:{ent.key}>")
            pos = e
            if re.match(r"\.\s[a-z]", text[e:e + 3]):
                pos = e + 1          # "Pfizer Inc. agreed": the abbreviation's dot is not a stop
            last_key = ent.key
            last_ent = ent
        parts.append(self._anaphora(text[pos:se], history, prev_first, sm, None, anaph, last_ent, not parts))
        tpl = "".join(parts)
        tpl = self._based_anaphora(tpl, sm, history, prev_first, anaph)
        # "X acquired Y …, its second deal after it bought Z": a clause's "it" is the sentence's
        # subject, the first organization when the sentence opens with it
        fm = re.match(r"(?:[^<>]|<[LDM]:e\d+>){0,60}?(<O:e\d+>)", tpl)
        if fm and " it " in tpl:
            tpl = MID_IT.sub(fm.group(1), tpl)
        # "… named A scientific director; she joins from B", "from B, where she spent nine years":
        # a later clause's she/he is the one person the sentence named before it
        persons = set(re.findall(r"<P:e\d+>", tpl))
        if len(persons) == 1:
            p0 = next(iter(persons))
            at = tpl.index(p0) + len(p0)
            tpl = tpl[:at] + CLAUSE_PRONOUN.sub(p0, tpl[at:])
        if prev_first is not None and getattr(self, "_it_ok", True):
            tpl = FRONTED_IT.sub(lambda m: m.group(1) + f"<{TYPE_LETTER[prev_first.type]}:{prev_first.key}>"
                                 + ("'s" if m.group(2) == "its" else ""), tpl, count=1)
        tpl = re.sub(r"(<O:(e\d+)>) \(<O:\2>(?:, <O:\2>)*\)", r"\1", tpl)
        # an apposition naming the same entity again: "<O:e3>, the <O:e3> of ..." -> "<O:e3> of ..."
        tpl = re.sub(r"(<([OT]):(e\d+)>), the <\2:\3>", r"\1", tpl)
        tpl = re.sub(r"(<(\w):(e\d+)>) \([^()<>]{0,80}\)", r"\1", tpl)
        # a relative clause that names nothing only describes: "<T>, which handles salt, was
        # co-developed with <O>" reads "<T> was co-developed with <O>"
        tpl = BARE_RELATIVE.sub(r"\1", tpl)
        # "developed our monitor, <HydroPulse>, with …", "developed it, <TermoFil>, with …": a
        # named technology after its description is the object the verb takes
        tpl = DESCRIBED_TECH.sub(r"\1", tpl)
        # "where founder Dr <P>": an honorific is no part of the name and no role (GUIDELINES)
        tpl = HONORIFIC_BEFORE_PERSON.sub("", tpl)
        return tpl, anaph

    def _anaphora(self, chunk, history, prev_first, sm, next_ent, anaph, prev_ent=None, first=False):
        """Replace definite descriptions/pronouns in a template chunk by placeholders."""
        nouns = _noun_alternation("anaphora")
        we, i_am = getattr(self, "_first_person", (None, None))
        if we is not None or i_am is not None:
            chunk = replace_first_person(chunk, we, i_am)

        def repl(m):
            noun = m.group("noun").casefold()
            based = m.group("based")
            poss = m.group("poss") or ""
            if next_ent is not None and next_ent.type not in ("Money", "Date") and not poss and \
                    re.fullmatch(r"\s*[«\"“]?\s*", chunk[m.end():]) and \
                    not (noun in COMPANY_NOUNS and next_ent.type in ("Technology", "Place", "Person")):
                # "the drugmaker <Sanofi>", "its programme « <X> »": a description of the next
                # name, not an anaphor (but
                # "the start-up <flies drones>": a company noun describes no technology or place)
                return m.group(0)
            if next_ent is not None and not poss and noun in COMPANY_NOUNS | PROJECT_NOUNS and \
                    re.fullmatch(r"\s+(?:at|of)\s+(?:the\s+)?", chunk[m.end():]):
                # "heads the power electronics group at <X>": a unit of the next name
                return m.group(0)
            if prev_ent is not None and re.match(r",\s$", chunk[:m.start()]) and \
                    not CLAUSE_VERB_AFTER.match(chunk, m.end()) and (
                    prev_ent.type == "Organization" and noun not in TECH_NOUNS | EVENT_NOUNS or
                    prev_ent.type == "Event" and noun in EVENT_NOUNS):
                ent = prev_ent                 # apposition: "<InstaDeep>, the London-based company"
                if based:
                    anaph.setdefault("based", []).append((ent, based.split("-based")[0]))
                return m.group(0)
            if not history and prev_first is None:
                return m.group(0)
            if noun in EVENT_NOUNS and m.group(0)[:3] in ("its", "Its"):
                return m.group(0)              # "at its workshop in Lviv": a site, not an event
            if noun in TECH_NOUNS and FUNDED_AFTER.match(chunk, m.end()):
                noun = "company"               # "The logistics platform … has raised $1.4m": the company
            ent = self._antecedent(noun, based, history, prev_first)
            if ent is None:
                return m.group(0)
            if based:
                anaph.setdefault("based", []).append((ent, based.split("-based")[0]))
            return f"<{TYPE_LETTER[ent.type]}:{ent.key}>{poss}"
        out = re.sub(
            rf"\b(?:the|The|its|Its)\s+(?P<based>[A-Z][\w\-]*-based\s+)?(?:(?!{FUNCTION_WORD})[a-z][\w\-]*\s+){{0,3}}?"
            rf"(?P<noun>{nouns})(?P<poss>['’]s?)?(?![\w\-])",
            repl, chunk)
        # "the yard", "the accelerator's director": a noun the article used to describe one
        # organization ("Nile Forge, the accelerator of …") names it later
        if getattr(self, "_described_rx", None) is not None and history:
            seen = {e.key for _, e in history}

            def described(m):
                ent = self._described[m.group("noun")]
                if ent.key not in seen or prev_ent is ent and re.search(r",\s$", out[:m.start()]):
                    return m.group(0)
                return f"<{TYPE_LETTER[ent.type]}:{ent.key}>" + (m.group("poss") or "")
            out = self._described_rx.sub(described, out)
        # "She previously led …": the one person the sentences just before name
        person = getattr(self, "_person", None)
        if person is not None and first:
            out = re.sub(r"^(\s*)(?:She|He)\b", lambda m: m.group(1) + f"<P:{person[0].key}>", out)
        # "Institute director Mindaugas Petrauskas said …": a bare unit noun before a role opens
        # the sentence and names the unit just mentioned
        if first and history:
            um = UNIT_ROLE_OPENING.match(out)
            if um and um.group("noun").casefold() in ANAPHOR_NOUNS:
                ent = self._antecedent(um.group("noun").casefold(), None, history, prev_first)
                if ent is not None:
                    out = out[:um.start("noun")] + f"<{TYPE_LETTER[ent.type]}:{ent.key}>" + out[um.end("noun"):]
        # "It was co-developed by A and B": what is developed is the technology named last
        if first and re.match(r"\s*It (?:was|is|has been) (?:jointly |originally |first )?(?:co-)?"
                              r"(?:developed|designed|invented|created)\b", out):
            # (the previous sentence's first technology, its subject more often than not)
            tech = next((e for e in getattr(self, "_prev_ents", ()) if e.type == "Technology"), None) or \
                next((e for _, e in reversed(history) if e.type == "Technology"), None)
            if tech is not None:
                out = re.sub(r"^(\s*)It\b", lambda m: m.group(1) + f"<T:{tech.key}>", out)
        if first and re.match(r"\s*It (?:was|is|will be|has been) (?:jointly )?(?:co-)?(?:organi[sz]ed|hosted|"
                              r"convened|staged|held)\b", out):
            # "The BioGalicia Forum, held … . It was organised by X": the event just named
            event = next((e for e in getattr(self, "_prev_ents", ()) if e.type == "Event"), None)
            if event is not None:
                out = re.sub(r"^(\s*)It\b", lambda m: m.group(1) + f"<E:{event.key}>", out)
        # sentence-initial / clause pronouns
        if prev_first is not None and getattr(self, "_it_ok", True):
            out = re.sub(r"^(\s*)(It|Its)\b(?P<poss>)",
                         lambda m: m.group(1) + f"<{TYPE_LETTER[prev_first.type]}:{prev_first.key}>"
                         + ("'s" if m.group(2) == "Its" else ""), out)
        return out

    def _based_anaphora(self, tpl, sm, history, prev_first, anaph):
        """"the <L:e4>-based vaccine maker", "the <L:e4> start-up" (no name follows, no
        apposition): the antecedent company, which is located in that place."""
        if not history:
            return tpl
        places = {ent.key: ent for _, _, ent in sm if ent.type == "Place"}
        nouns = _noun_alternation("based")

        def repl(m):
            if re.search(r"<\w:e\d+>(?: \([^()]*\))?, $", tpl[:m.start()]):
                return m.group(0)                       # apposition to the preceding name
            place = places.get(m.group("pk"))
            if place is None:
                return m.group(0)
            noun = m.group("noun").casefold()
            if not re.search(r"-(?:based|headquartered) ", m.group(0)) and noun in ("group", "groups", "team", "teams"):
                return m.group(0)               # "the Munich group": a research group as often as a company
            # "A becomes a unit of the X-based group": the group is not A itself
            before = set(re.findall(r"<\w:(e\d+)>", tpl[:m.start()])) \
                if re.search(r"\b(?:of|into|by|from|with|to) $", tpl[:m.start()]) else set()
            ent = self._antecedent(noun, place.text + "-based",
                                   [(s0, e) for s0, e in history if e.key not in before], prev_first)
            if ent is None:
                return m.group(0)
            anaph.setdefault("based", []).append((ent, place.text))
            return f"<{TYPE_LETTER[ent.type]}:{ent.key}>{m.group('poss') or ''}"
        return re.sub(
            rf"\b(?:the|The|its|Its) <L:(?P<pk>e\d+)>(?:-based|-headquartered)? (?:(?:[a-z][\w\-]*|<T:e\d+>) ){{0,3}}?(?P<noun>{nouns})(?P<poss>['’]s?)?(?![\w\-])(?! ?<)",
            repl, tpl)

    def _antecedent(self, noun, based, history, prev_first) -> Optional[Entity]:
        if noun in TECH_NOUNS:
            for s, e in reversed(history):
                if e.type == "Technology":
                    return e
            return None
        if noun in EVENT_NOUNS:
            # the nearest event the noun names ("the forum": the Agritech Forum), else the nearest
            events = [e for s, e in reversed(history) if e.type == "Event"]
            named = [e for e in events if noun in e.canonical.casefold().split()]
            if named:
                return named[0]
            return events[0] if events and noun not in EVENT_NOUNS_NAMED_ONLY else None
        cues = ANAPHOR_NOUNS.get(noun, ())
        orgs = [e for s, e in reversed(history) if e.type == "Organization"]
        if not orgs:
            return None
        if cues:
            for e in orgs:
                if any(c in e.canonical or c in e.text for c in cues):
                    return e
            desc = getattr(self, "_described", {}).get(noun)
            if desc is not None and desc in orgs:
                return desc                  # "Nile Forge, the accelerator of …. The accelerator's director"
            if noun in NETWORK_NOUNS:
                # "the network" for a network whose name does not say so ("Zentra, the Dutch network")
                for e in orgs:
                    if e.subtype == "Network":
                        return e
        if noun in PROJECT_NOUNS:
            # "The programme is led by X": the nearest named project or programme (a group that
            # is no standing alliance, association or network)
            for e in orgs:
                if (e.subtype == "Network" or e.subtype == "Other" and noun != "project") and \
                        not STANDING_GROUP.search(e.canonical):
                    return e
            return None
        if noun in COMPANY_NOUNS or based and noun in BASED_COMPANY_NOUNS:
            subject = getattr(self, "_sent_subject", None)
            if subject is not None and not based and getattr(self, "_subject_clause", False):
                return subject               # the company this sentence opened with (even if new)
            heading = getattr(self, "_heading", None)
            if heading is not None:
                return heading
            # "the start-up" for the one company the article calls a start-up ("X, a Nassau
            # start-up"), not the utility named last
            desc = getattr(self, "_described", {}).get(noun)
            if desc is not None and desc in orgs and not based:
                return desc
            # the protagonist: the most mentioned company
            comp = [e for e in orgs if e.subtype == "Company"]
            if not comp:
                return None
            top = max(comp, key=lambda e: (len(e.mentions), orgs.index(e)))
            # (nor one that the previous sentence shows investing in or working for the protagonist,
            # "Pró-Capital … also invested in Brisa Azul, the company said. Founded in 2022, the company")
            top_before = top in getattr(self, "_prev_ents", ())
            if not based and prev_first is not None and prev_first in comp and getattr(
                    self, "_first_is_subject", True) and not (
                    (prev_first.subtype_guessed or noun in ("start-up", "startup") or top_before) and
                    top is not prev_first and len(top.mentions) >= 2 * len(prev_first.mentions)):
                return prev_first            # "X was set up in 2018 ... The company has developed"
            # (not an organization only guessed to be a company, "CEPI has awarded Meridian …
            # EDBI invested in the company", when the story's protagonist is mentioned far more)
            if based:
                city = based.split("-based")[0]
                comp2 = [e for e in comp if city in "".join(e.aliases)]
                if comp2:
                    return comp2[0]
            return top
        return None if cues else None

    def _emit(self, p, m, lists, tpl, ents, sentence, ss, se, rels, text):
        gd = m.groupdict()
        subj = self._keys(gd.get(p.get("subject", "s")) or gd.get("s"), "s" in lists)
        obj = self._keys(gd.get(p.get("object", "o")) or gd.get("o"), "o" in lists)
        if "{ORGSEMI:s}" in p["regex"]:
            subj = [k for seg in gd["s"].split(";") for k in re.findall(r"<O:(e\d+)>", seg)[:1]]
        if not subj or (not obj and not p.get("star")):
            return
        if "s" not in lists and gd.get("s") and subj[0] in ents and ents[subj[0]].type == "Technology" and \
                p["type"] != "develops" and TECH_OF_NOUN.search(tpl, 0, m.start("s")):
            return      # "a pilot of the <monitors> was funded by": the pilot was, not the technology
        if p["type"] == "locatedIn" and gd.get("o") and re.match(r"['’]s\b", tpl[m.end("o"):]) and \
                "{CITY:o}" not in p["regex"]:
            return      # "<Country>'s state company X", "on <Country>'s coast": a possessive place
        if p["type"] == "locatedIn" and "o" in lists and len(obj) > 1:
            # "facilities in <Carlsbad>, <California>, and <Leiden>, the <Netherlands>": the region
            # after a city only qualifies the city
            quals = {q for c, q in re.findall(r"<L:(e\d+)>, (?:the )?<L:(e\d+)>", gd["o"])
                     if c in ents and q in ents and self._is_region(ents[q]) and not self._is_region(ents[c])}
            obj = [k for k in obj if k not in quals]
        if p["type"] in POSS_UNIT_TYPES:
            # "organised by <A>'s <Unit>", "an agreement with <A>'s <Unit>", "a policy officer at
            # <A>'s <Unit>": the named unit after the possessor is the argument
            for g in ("s", "o"):
                if not gd.get(g) or g in lists:
                    continue
                um = re.match(r"['’]s? <O:(e\d+)>", tpl[m.end(g):])
                if not um or m.end(g) + um.start(1) < m.end():
                    continue
                if p["type"] == "affiliatedWith" and not (
                        g == "o" and subj and all(k in ents and ents[k].type == "Person" for k in subj)):
                    continue
                if g == "s":
                    subj = [um.group(1)]
                else:
                    obj = [um.group(1)]
        vm = re.match(r"(?P<app>, (?:the|a|an) (?:[^<>,]|<[LOTD]:e\d+>){0,80}?,)?,? "
                      r"(?:has|had|have|is|was|were|will|would|said|[a-z]+ed)\b",
                      tpl[m.end("s"):m.end("s") + 120]) if gd.get("s") else None
        if gd.get("s") and gd.get("o") and m.start("s") < m.start("o") and vm and \
                (not vm.group("app") or m.start("o") >= m.end("s") + vm.end("app")):
            # (an apposition of the subject itself, "<B>, the centre of <C>, has won", is skipped
            # unless the relation is stated inside it)
            am = APPOS_BEFORE.search(tpl[:m.start("s")])
            if am:
                # the subject sits inside an apposition ("A, the parent group of <B>, opened ...",
                # "A, backed by <B>, opened ..."): the clause is about A
                if "s" in lists or not re.match(r"(?:[^<>]|<[LTDM]:e\d+>)*$", tpl[am.end():m.start("s")]):
                    return
                # "A, a start-up spun out of <B>, the centre of <C>, has won": climb to A
                for _ in range(3):
                    up = APPOS_BEFORE.search(tpl[:am.start()])
                    if not up or not re.match(r"(?:[^<>]|<[LTDM]:e\d+>)*$", tpl[up.end():am.start()]):
                        break
                    am = up
                subj = [am.group(1)]
        if p.get("negation", True):
            # "match": a relative clause or apposition states its own fact ("X, a firm that Y
            # bought in 2019" holds even after "Z intends to merge ... into X"); a group "h" marks
            # the part of the match that states the fact
            if p.get("negation") == "match":
                window = tpl[m.start("h"):m.end("h")] if gd.get("h") else tpl[m.start():m.end()]
            else:
                # the words before the match, back to a quotation mark or clause break: a quote
                # closing before the fact ('"… should not queue," X's chief Y said') is no hedge
                pre = re.split(r"[\"“”;:]", tpl[max(0, m.start() - 40):m.start()])[-1]
                window = pre + tpl[m.start():m.end()]
            window = re.sub(r"<[A-Z]:e\d+>", " ", window)
            # the month "May" without a year is no Date entity and no "may"
            window = re.sub(r"(?:\b(?:in|since|until|by|from|to|of|early|late|mid|end of|since) |-)May\b|"
                            r"\bMay \d{1,2}\b|\b\d{1,2} May\b", " ", window)
            if HEDGE.search(window):
                return
            # "<A>'s offer to buy <B> was rejected": the verb after the match undoes a deal;
            # a location or an affiliation stated on the way ("<A> in <City>") still holds
            if p["type"] not in STATIVE and HEDGE_AFTER.search(tpl[m.end():]):
                return
        amount = None
        if gd.get("m"):
            k = self._keys(gd["m"], False)
            amount = k[0] if k else None
        if amount is None:
            mk = re.findall(r"<M:(e\d+)>", tpl[m.start():m.end()])
            if len(mk) == 1:
                amount = mk[0]
        rtype = p["type"]
        pairs = []
        if p.get("star"):
            members = subj
            for o in members[1:]:
                pairs.append((members[0], o))
        else:
            for s in subj:
                for o in obj:
                    pairs.append((s, o))
        for s, o in pairs:
            if s == o or s not in ents or o not in ents:
                continue
            if "{REGION:o}" in p["regex"] and not self._is_region(ents[o]):
                continue
            if "{REGION:o}" in p["regex"] and self._is_region(ents[s]) and not self._is_region(ents[o], strict=True):
                continue
            if "{CITY:o}" in p["regex"] and (self._is_region(ents[o]) or
                                             {ents[o].canonical, ents[o].text} & country_names()):
                continue
            if not self._typecheck(rtype, ents[s], ents[o]):
                continue
            if p.get("object_subtypes") and ents[o].subtype not in p["object_subtypes"]:
                continue
            rt = rtype
            if p.get("member_of_network") and ents[o].subtype == "Network" and ents[s].subtype != "Network":
                rt = "memberOf"      # "Zeiss is part of the Photonics21 platform"; a project part of an alliance stays a unit
            key = (rt, s, o) if rt != "partnersWith" else (rt, *sorted((s, o)))
            if key in rels:
                continue
            rels[key] = Relation(
                rt, s, o,
                Evidence(sentence, ss, se, p.get("confidence", 0.8), "kgraph-rules",
                         _version(), p["name"]),
                amount=amount if rtype in ("investsIn", "fundedBy", "acquires") else None,
                note=p.get("note"))

    def _co_investors(self, templates, ents, rels) -> None:
        """"…, with B co-investing", "with participation from B", "B also joined the round": a
        co-investor invests in what the sentence's lead investor invests in — or, in a sentence
        naming no investment, in the last recipient the article named before it."""
        last = None
        by_start: dict[int, list[Relation]] = {}
        for k, r in rels.items():
            if k[0] == "investsIn":
                by_start.setdefault(r.evidence.start, []).append(r)
        for tpl, sentence, ss, se in templates:
            here = by_start.get(ss, [])
            found = [(rx in CO_INVESTOR_JOINED, m) for rx in CO_INVESTOR_WITH + CO_INVESTOR_JOINED
                     for m in rx.finditer(tpl)]
            if found and not HEDGE.search(re.sub(r"<[A-Z]:e\d+>", " ", tpl)):
                recipients = {r.object for r in here} or ({last} if last else set())
                leads = {r.subject for r in here}
                for joined, m in found:
                    if not (joined or here):
                        continue
                    # (a possessor is no investor: "the Bank's <IDB Lab>")
                    for k in re.findall(r"<O:(e\d+)>(?!['’])", m.group("who")):
                        for rcp in recipients:
                            key = ("investsIn", k, rcp)
                            if k in leads | {rcp} or key in rels or k not in ents or rcp not in ents or \
                                    not self._typecheck("investsIn", ents[k], ents[rcp]):
                                continue
                            rels[key] = Relation("investsIn", k, rcp, Evidence(
                                sentence, ss, se, 0.7, "kgraph-rules", _version(), "inv-co-investor"))
                        if re.search(r"alongside (?:it|them|him|her)\b", m.group(0)):
                            # "with B investing alongside them": B and the lead invest together
                            for lead in leads - {k}:
                                pkey = ("partnersWith", *sorted((k, lead)))
                                if pkey not in rels and k in ents and \
                                        self._typecheck("partnersWith", ents[k], ents[lead]):
                                    rels[pkey] = Relation("partnersWith", k, lead, Evidence(
                                        sentence, ss, se, 0.7, "kgraph-rules", _version(), "part-co-investor"),
                                        note="joint activity: co-investors")
            if here:
                last = here[-1].object

    @staticmethod
    def _place_named(entities, name) -> Optional[Entity]:
        for e in entities:
            if e.type == "Place" and name in (e.canonical, e.text, *e.aliases):
                return e
        return None

    def _is_region(self, e: Entity, strict: bool = False) -> bool:
        names = {e.canonical, e.text, *e.aliases}
        if strict:
            return bool(names & {"United States", "United Kingdom", "European Union"} |
                        names & set(lexicon("entities")["us_states"]) - {"Washington", "New York"})
        # an administrative unit named as such ("Shizuoka Prefecture", "Limburg Province")
        return bool(names & self.regions or names & self.region_canon or names & region_names() or
                    names & country_names() or
                    re.search(r"\s(?:Prefecture|Province|County|Oblast|Canton|Voivodeship)$", e.canonical))

    def _keys(self, group: Optional[str], is_list: bool) -> list[str]:
        if not group:
            return []
        if not is_list:
            return re.findall(r"<\w:(e\d+)>", group)[:1]
        keys = []
        # skip possessors ("Bpifrance's Large Venture") and apposition complements
        for mm in re.finditer(r"<\w:(e\d+)>", group):
            after = group[mm.end():mm.end() + 4]
            before = group[max(0, mm.start() - 9):mm.start()]
            if re.match(r"['’]s? ", after) and re.match(r"['’]s? (?:[A-Z][\w\-]* )*<", group[mm.end():]):
                continue
            if re.search(r"\b(?:of|in|at)(?: the)?\s$", before) and \
                    not re.search(r"\band of (?:the )?$", group[max(0, mm.start() - 12):mm.start()]):
                continue                       # "A of B" (not "member of A and of B")
            if mm.group(1) not in keys:
                keys.append(mm.group(1))
        return keys

    def _typecheck(self, rtype, s: Entity, o: Entity) -> bool:
        ok = {
            "partnersWith": ({"Organization"}, {"Organization"}),
            "investsIn": ({"Organization", "Person"}, {"Organization", "Technology"}),
            "fundedBy": ({"Organization", "Technology", "Event", "Person"}, {"Organization"}),
            "memberOf": ({"Organization"}, {"Organization"}),
            "locatedIn": ({"Organization", "Place", "Event"}, {"Place"}),
            "hosts": ({"Organization", "Place"}, {"Event"}),
            "organizes": ({"Organization"}, {"Event"}),
            "develops": ({"Organization"}, {"Technology"}),
            "acquires": ({"Organization"}, {"Organization"}),
            "affiliatedWith": ({"Organization", "Person"}, {"Organization"}),
        }[rtype]
        return s.type in ok[0] and o.type in ok[1]

    # ------------------------------------------------------------------ dependencies
    def _dependency(self, doc, text, mentions, ents, rels):
        def ent_at(tok) -> Optional[Entity]:
            for s, e, ent in mentions:
                if s <= tok.idx < e:
                    return ent
            return None
        sents = split_sentences(text)
        for match_id, toks in self.dep(doc):
            name = doc.vocab.strings[match_id]
            meta = self.dep_meta[name]
            ids = {node["RIGHT_ID"]: toks[i] for i, node in enumerate(meta["pattern"])}
            s_tok, o_tok = doc[ids[meta["subject"]]], doc[ids[meta["object"]]]
            se, oe = ent_at(s_tok), ent_at(o_tok)
            if se is None or oe is None or se.key == oe.key:
                continue
            if not self._typecheck(meta["type"], se, oe):
                continue
            sent = next(((a, b) for a, b in sents if a <= s_tok.idx < b), None)
            if sent is None or not (sent[0] <= o_tok.idx < sent[1]):
                continue
            sentence = text[sent[0]:sent[1]]
            if meta.get("negation", True) and HEDGE.search(sentence):
                continue
            key = (meta["type"], se.key, oe.key)
            if key in rels:
                continue
            rels[key] = Relation(meta["type"], se.key, oe.key,
                                 Evidence(sentence, sent[0], sent[1], meta.get("confidence", 0.6),
                                          "kgraph-rules", _version(), "dep:" + name),
                                 note=meta.get("note"))


def _first_in_subject_slot(tpl: str):
    """The first organization or technology of a template, or the main clause's subject after
    a fronted participle: "Founded in 2021 by A and B, former engineers at <ExxonMobil>,
    <Thermaloop> employs 48 people" is about Thermaloop."""
    m = FRONTED_SUBJECT.match(tpl) or REPORTED_SUBJECT.match(tpl)
    return m if m else re.search(r"<[OT]:(e\d+)>", tpl)


# "<CBB> used the forum to announce that <Sukuk Chain>, a start-up …, has left …. Its ledger": what
# a body announces is about the reported clause's subject
REPORTED_SUBJECT = re.compile(r"(?:[^<>.;]|<[LDM]:e\d+>)*?<O:e\d+>(?: \(<O:e\d+>\))?(?:[^<>.;]|<[LDMET]:e\d+>){0,60}?"
                              r"\b(?:announced?|said|says|"
                              r"confirmed|reported|revealed|disclosed) that (?:the )?<O:(e\d+)>")


def _required_literals(rx) -> tuple:
    """Strings any match of the compiled pattern must contain, as clauses (one of each clause's
    strings is in the match): "{ORG:s} acquired {ORG:o}" needs " acquired ". A template
    without them cannot match, so the pattern is not searched (most are not, for most
    sentences; the check costs a fraction of a search). Read from the parsed regex: literal
    runs outside optional, case-insensitive and lookaround parts; an alternation gives a
    clause when each branch has a literal. Placeholder syntax ("<O:e") is left out (the
    letters check covers it). Empty (no check) when the regex cannot be read."""
    from re import _constants as C, _parser

    def walk(seq, out):
        run = []
        for op, av in seq:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if len(run) >= 2:
                out.append("".join(run))
            run = []
            if op is C.SUBPATTERN:
                if not av[1] & C.SRE_FLAG_IGNORECASE:
                    walk(av[3], out)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if av[0] >= 1:
                    walk(av[2], out)
            elif op is C.ATOMIC_GROUP:
                walk(av, out)
            elif op is C.BRANCH:
                alts = []
                for branch in av[1]:
                    strs = [x for x in walk(branch, []) if isinstance(x, str)]
                    if not strs:
                        break
                    alts.append(max(strs, key=len))
                else:
                    out.append(tuple(dict.fromkeys(alts)))
        if len(run) >= 2:
            out.append("".join(run))
        return out

    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
        if parsed.state.flags & C.SRE_FLAG_IGNORECASE:
            return ()
        found = walk(parsed, [])
    except Exception:  # pragma: no cover - another re module
        return ()
    clauses = []
    for c in found:
        c = (c,) if isinstance(c, str) else c
        if all(re.fullmatch(r"[<>:eA-Z\d]*", x) for x in c):
            continue                                        # placeholder syntax only
        if c not in clauses:
            clauses.append(c)
    # single strings first, the longest first; then the shortest alternations
    clauses.sort(key=lambda c: (len(c) > 1, len(c), -max(map(len, c))))
    return tuple(clauses)


def _may_match(clauses: tuple, tpl: str) -> bool:
    for alts in clauses:
        for a in alts:
            if a in tpl:
                break
        else:
            return False
    return True


GROUP_NOUNS = r"(?:partners|members|founding members|member organi[sz]ations|participants)"


# a role between the company that opens a sentence and the person it describes ("<X> co-founder <A>",
# "<X>'s head of research, <A>")
SUBJECT_ROLE = re.compile(r"(?:['’]s?)?,?\s(?:[a-z\-]+\s){0,2}?(?:co-?founder|founder|chief executive|chief [a-z]+ "
                          r"officer|CEO|CTO|CFO|COO|head|director|managing director|chair|chairman|chairwoman|"
                          r"president)(?:\s(?:of|for)\s[a-z]+(?:\s[a-z]+)?)?,?\s")


def _described_nouns(text: str, entities: list[Entity]) -> dict[str, Entity]:
    """Nouns the article uses to describe exactly one organization: ", the accelerator of …",
    ", a Klaipėda-based builder of …", "the Lithuanian angel network Amber Angels"; generic
    nouns are left out. Nouns of the anaphora lexicon use this only when no name carries
    their cue word (_antecedent); the others get their own pass in _anaphora."""
    found: dict[str, set] = {}
    byk = {}
    for e in entities:
        if e.type != "Organization":
            continue
        byk[e.key] = e
        for m in e.mentions:
            am = re.match(r",\s(?:a|an|the)\s(?:[\w\-]+\s){0,3}?(?P<n>[a-z][a-z\-]{2,})(?=[,.;]|\s(?:of|in|that|which|"
                          r"based|from|for|with|and|whose|owned|run|operated|specialising|focused)\b)",
                          text[m.end:m.end + 90])
            bm = re.search(r"(?:(?:^|[\s(])(?:the|a|an)\s|(?m:^))(?:[\w\-]+\s){0,2}?(?P<n>[a-z][a-z\-]{3,})\s$",
                           text[max(0, m.start - 60):m.start])
            for g in (am, bm):
                if g:
                    found.setdefault(g.group("n"), set()).add(e.key)
    return {n: byk[next(iter(ks))] for n, ks in found.items() if len(ks) == 1 and n not in DESCRIBED_GENERIC}


def _leading_pair(mentions: list, before: int) -> Optional[tuple[str, str]]:
    """The two organizations an article has named most before ``before`` ("Both companies are
    members" a paragraph after an acquirer and its target were named), each at least twice and
    clearly ahead of the third; in the order they were first named."""
    counts: dict[str, int] = {}
    for s, _, e in mentions:
        if s < before and e.type == "Organization":
            counts[e.key] = counts.get(e.key, 0) + 1
    top = sorted(counts, key=lambda k: -counts[k])[:3]
    if len(top) < 2 or counts[top[1]] < 2 or len(top) == 3 and counts[top[2]] == counts[top[1]]:
        return None
    return tuple(k for k in counts if k in top[:2])


def _pair_anaphor(tpl: str, prev_tpl: str, fallback: Optional[tuple[str, str]] = None) -> str:
    """"A and B formed a venture. Both companies are members of C" -> "<A> and <B> are members of
    <C>": the two organizations coordinated before (in this sentence or the previous one), or
    the first two the previous sentence names (its subject and the first other party), or else
    the article's two most mentioned organizations so far (``fallback``)."""
    m = PAIR_ANAPHOR.search(tpl)
    if not m:
        return tpl
    coord = r"<O:(e\d+)>(?: \([^()]*\))?,? and (?:the )?<O:(e\d+)>"
    pair = re.findall(coord, tpl[:m.start()]) or re.findall(coord, prev_tpl)
    if pair:
        a, b = pair[-1]
    else:
        keys = list(dict.fromkeys(re.findall(r"<O:(e\d+)>", prev_tpl)))
        if len(keys) < 2 and fallback is None:
            return tpl
        # "A completed its acquisition of B, a … company …. The two companies"
        a, b = keys[:2] if len(keys) >= 2 else fallback
    return f"{tpl[:m.start()]}<O:{a}> and <O:{b}>{tpl[m.end():]}"


def _group_anaphor(tpl: str, prev_tpl: str, topic: Optional[Entity] = None,
                   ents: Optional[dict] = None) -> str:
    """"... all partners of <O:e9>. The partners are A, B and C." -> "<O:e9>'s partners are A, B
    and C" when the previous sentence names exactly one group whose partners/members these are;
    else "Partners included A, B" refers to the current topic when that is a project/network."""
    m = re.match(rf"(\s*)(?:(?:The|These|Those|Its|Their|Other|Further|Additional|The other|Its other) )?"
                 rf"(?:(?:newest|new|latest|founding|current|first) )?((?i:{GROUP_NOUNS}))(?= (?:are|were|include|included|comprise)\b)", tpl)
    if not m:
        return tpl
    groups = set(re.findall(rf"\b{GROUP_NOUNS} of (?:the )?<O:(e\d+)>", prev_tpl))
    groups |= set(re.findall(rf"<O:(e\d+)>(?:['’]s?)? (?:[a-z\-]+ )?{GROUP_NOUNS}\b", prev_tpl))
    if not groups and topic is not None and topic.type == "Organization" and topic.subtype == "Network":
        groups = {topic.key}
    if not groups and ents:
        # "A launched the PHOTOMAP project. Other partners are B and C": the one group named
        # in the previous sentence
        groups = {k for k in re.findall(r"<O:(e\d+)>", prev_tpl)
                  if k in ents and ents[k].subtype == "Network"}
    if len(groups) != 1:
        return tpl
    return f"{m.group(1)}<O:{groups.pop()}>'s {m.group(2).lower()}" + tpl[m.end():]


INVEST_WORDS = re.compile(r"\b(?:invest\w*|co-invest\w*|investors?|shareholders?|equity|stakes?|subscribed)\b")
# the GUIDELINES' funding wording, and the wider sets two checks below accept
GRANT_WORDING = r"fund(?:s|ed|ing)?|co-fund\w*|grants?|granted|award\w*"
FUNDING_ONLY = re.compile(rf"\b(?:{GRANT_WORDING})\b")
FUND_WORDS = re.compile(rf"\b(?:{GRANT_WORDING}|financ\w*|subsid\w*)\b")
FUNDEDBY_WORDS = re.compile(rf"\b(?:{GRANT_WORDING}|funders?|financ\w*|subsid\w*|pledg\w*|endow\w*)\b")
# "from the Belgrade fund South Central Ventures": a noun describing the investor, no wording
FUND_DESCRIPTOR = re.compile(r"\b(?:the|a|an|its|their)\s(?:[\w\-]+\s){0,3}?funds?\s(?=[A-Z])")


def _one_money_wording(rels: dict) -> None:
    """GUIDELINES: exactly one of investsIn / fundedBy for a pair and a sentence, chosen by the
    wording. When both were found in one sentence, keep the one its lower-case words name
    (the "Fund" of "Quorvex Fund" is a name, not a wording)."""
    for key in [k for k in rels if k[0] == "investsIn"]:
        inv = rels.get(key)
        fk = ("fundedBy", key[2], key[1])
        fun = rels.get(fk)
        if inv is None or fun is None or inv.evidence.start != fun.evidence.start:
            continue
        sent = inv.evidence.sentence
        i, f = bool(INVEST_WORDS.search(sent)), bool(FUND_WORDS.search(FUND_DESCRIPTOR.sub(" ", sent)))
        if i and not f:
            del rels[fk]
        elif f and not i:
            del rels[key]
        elif inv.evidence.confidence >= fun.evidence.confidence:
            del rels[fk]
        else:
            del rels[key]


PROGRAMME_BEFORE = re.compile(r"\b(?:under|through|via) (?:the |its |their |[\w\-]+['’]s |the [a-z]+['’]s )?$")


# ("through its P", "through the agency's P": the funder's own programme)
CHANNEL_BEFORE = re.compile(r"\b(?:through|via|under|from) (?:its|the [a-z]+['’]s) (?:new |own )?"
                            r"(?:(?:programme|program|scheme) [«\"“]\s?)?$")


def _named_over_description(rels: dict, ents: dict, text: str) -> None:
    """"TAEYANG-Net, a deep learning model that Haetsal Space developed with KASI": what is
    developed is the named technology the description is apposed to, not the description."""
    for key in [k for k in rels if k[0] == "develops"]:
        desc = ents.get(key[2])
        ev = rels[key].evidence
        if desc is None:
            continue
        for m in desc.mentions:
            if not ev.start <= m.start < ev.end:
                continue
            before = text[ev.start:m.start]
            am = re.search(r"(?:^|\W)([^\W\d_][\w\-]*(?:\s[\w\-]+){0,2}), (?:a|an|the) (?:[a-z][\w\-]* ){0,3}$", before)
            # "Our probe, the Termo-C, was developed with …": the name apposed after the description
            bm = None if am else re.match(r", the (?=[^\W\d_])", text[m.end:ev.end])
            if not am and not bm:
                continue
            at = ev.start + am.end(1) if am else m.end + bm.end()
            # (a name, not a lower-case description standing for one: "Our probe, the Termo-C")
            named = next((e for e in ents.values() if e.type == "Technology" and e.key != desc.key and any(
                (x.end if am else x.start) == at and not text[x.start:x.end].islower() for x in e.mentions)), None)
            if named is None:
                continue
            new = ("develops", key[1], named.key)
            r = rels.pop(key)
            if new not in rels:
                rels[new] = Relation("develops", key[1], named.key, dataclasses.replace(
                    r.evidence, pattern=r.evidence.pattern + "+named"), note=r.note)
            break


def _events_at_venues(rels: dict, ents: dict) -> None:
    """"the ceremony at the Oman Convention and Exhibition Centre in Muscat": an event at a venue
    is hosted by it (GUIDELINES: hosts), not located in it as in a town."""
    heads = set(lexicon("entities")["venue_heads"])
    for key in [k for k in rels if k[0] == "locatedIn"]:
        ev, place = ents.get(key[1]), ents.get(key[2])
        if ev is None or place is None or ev.type != "Event" or not heads & set(place.canonical.split()):
            continue
        r = rels.pop(key)
        new = ("hosts", place.key, ev.key)
        if new not in rels:
            rels[new] = Relation("hosts", place.key, ev.key, dataclasses.replace(
                r.evidence, pattern=r.evidence.pattern + "+venue"), note=r.note)


def _future_event_places(rels: dict, ents: dict) -> None:
    """Drops the venue (hosts) and the place (locatedIn) of an event the sentence puts in the
    future; the cue must come before the later of the two mentions, within the event's clause."""
    for key in [k for k in rels if k[0] in ("hosts", "locatedIn")]:
        ev_key, place_key = (key[2], key[1]) if key[0] == "hosts" else (key[1], key[2])
        ev, place = ents.get(ev_key), ents.get(place_key)
        if ev is None or place is None or ev.type != "Event":
            continue
        e = rels[key].evidence
        spans = [(m.start, m.end) for x in (ev, place) for m in x.mentions if e.start <= m.start < e.end]
        if not spans:
            continue
        lo, hi = min(s for s, _ in spans), max(t for _, t in spans)
        if FUTURE_EVENT.search(e.sentence, max(0, lo - e.start - 30), hi - e.start):
            del rels[key]
    # "… will be held on 20 November at the Hotel Santa Lucía in Cuenca": nor where that venue is
    for key in [k for k in rels if k[0] == "locatedIn"]:
        venue, e = ents.get(key[1]), rels[key].evidence
        if venue is None or venue.type != "Place":
            continue
        for m in venue.mentions:
            if e.start <= m.start < e.end and re.search(r"\bat (?:the )?$", e.sentence[:m.start - e.start]) and \
                    any(x.type == "Event" and e.start <= xm.start < m.start for x in ents.values()
                        for xm in x.mentions) and FUTURE_EVENT.search(e.sentence, 0, m.start - e.start):
                del rels[key]
                break


def _investment_channels(rels: dict, ents: dict) -> None:
    """"A invested in T through its P fund", "T received a grant from A through its P
    programme": its = A, so P invests in (funds) T too and belongs to A — not to T, the
    organization a nearest-name reading of "its" would pick."""
    for key in [k for k in rels if k[0] in ("investsIn", "fundedBy")]:
        r = rels[key]
        owner, other = (key[1], key[2]) if key[0] == "investsIn" else (key[2], key[1])
        ev = r.evidence
        orgs = sorted((m.start, e.key) for e in ents.values() if e.type == "Organization"
                      for m in e.mentions if ev.start <= m.start < ev.end)
        for pos, pk in orgs:
            prog = ents[pk]
            if pk in (owner, other) or not CHANNEL_BEFORE.search(ev.sentence[:pos - ev.start]):
                continue
            # its = the organization named last before it, the other party aside ("B, through its
            # P, and C invested", "investors include A, B through its P, C")
            if next((k for p0, k in reversed(orgs) if p0 < pos and k != other), None) != owner:
                continue
            new = ("investsIn", prog.key, other) if key[0] == "investsIn" else ("fundedBy", other, prog.key)
            if new not in rels:
                rels[new] = Relation(new[0], new[1], new[2], dataclasses.replace(
                    ev, pattern=ev.pattern + "+through-its"), amount=r.amount, date=r.date)
            wrong = ("affiliatedWith", prog.key, other)
            if wrong in rels and rels[wrong].evidence.start == ev.start:
                del rels[wrong]
            aff = ("affiliatedWith", prog.key, owner)
            if aff not in rels:
                rels[aff] = Relation("affiliatedWith", prog.key, owner,
                                     dataclasses.replace(ev, pattern=ev.pattern + "+its-unit"))


def _programme_owner_funds(rels: dict, ents: dict) -> None:
    """"received a grant under Research Ireland's Frontiers for the Future programme": the
    owner named with the programme in the same sentence funds the recipient too; and "X funded
    Y … from/through its Z programme": so does the programme."""
    def add(key, funder, r, how):
        fk = ("fundedBy", key[1], funder)
        if fk not in rels and key[1] != funder and ents[funder].type == "Organization":
            rels[fk] = Relation("fundedBy", key[1], funder,
                                dataclasses.replace(r.evidence, pattern=r.evidence.pattern + how),
                                amount=r.amount, date=r.date)
    for key in [k for k in rels if k[0] == "fundedBy"]:
        r, funder = rels[key], ents.get(key[2])
        if funder is None:
            continue
        same = [a for a in rels.values() if a.type == "affiliatedWith" and a.evidence.start == r.evidence.start]
        if funder.subtype == "Other":
            for aff in same:
                if aff.subject == funder.key and aff.evidence.pattern == "aff-possessive-unit":
                    add(key, aff.object, r, "+programme-owner")
        for aff in same:
            prog = ents.get(aff.subject)
            if aff.object == funder.key and prog is not None and prog.subtype == "Other" and any(
                    re.search(rf"\b(?:through|from|under|via) its {re.escape(m.text)}\b", r.evidence.sentence)
                    for m in prog.mentions):
                add(key, prog.key, r, "+owner-programme")
        # "a grant from PARP under the FENG programme", "awarded under the agency's
        # Industriklivet programme": a programme the money came under funds the recipient too
        ev = r.evidence
        for prog in ents.values():
            if prog.type != "Organization" or prog.subtype != "Other" or prog.key in key[1:]:
                continue
            for m in prog.mentions:
                if ev.start <= m.start < ev.end and PROGRAMME_BEFORE.search(ev.sentence[:m.start - ev.start]):
                    add(key, prog.key, r, "+under-programme")
                    break


def _funding_wording(rels: dict, typecheck, ents: dict) -> None:
    """GUIDELINES: the wording decides between investsIn and fundedBy. A round a pattern read
    as an investment ("a $30 million funding round led by X") is funding when its sentence
    speaks of funding and never of investment: X funds the company."""
    for key in [k for k in rels if k[0] == "investsIn"]:
        r = rels[key]
        sent = r.evidence.sentence
        # (the funding wording must come before the investor, in its clause: not "raised $6 million
        # from venture firm X and received $2.2 million in project funding from Y", not "received
        # funding from A, and last year closed a round led by X")
        ends = [m.end - r.evidence.start for m in ents[key[1]].mentions
                if r.evidence.start <= m.start < r.evidence.end]
        clause = sent[:max(ends)] if ends else sent
        clause = re.split(r", and |; ", clause)[-1]     # (not the funding of an earlier clause)
        if INVEST_WORDS.search(sent) or not FUNDING_ONLY.search(FUND_DESCRIPTOR.sub(" ", clause)):
            continue
        fk = ("fundedBy", key[2], key[1])
        del rels[key]
        if fk not in rels and typecheck("fundedBy", ents[key[2]], ents[key[1]]):
            rels[fk] = Relation("fundedBy", key[2], key[1], r.evidence, amount=r.amount, date=r.date, note=r.note)


def _no_funding_wording(rels: dict) -> None:
    """GUIDELINES: fundedBy needs fund / funding / grant / award wording. "backed by",
    "supported by", "sponsored by", "with support from" alone give no relation; the same
    words next to a grant ("with support from X ... through a grant") still do. Lower-case
    words only: the "Fund" of "Quorvex Fund" is a name."""
    for key in [k for k in rels if k[0] == "fundedBy"]:
        r = rels[key]
        sent = r.evidence.sentence
        if FUNDEDBY_WORDS.search(sent) or (r.amount is not None and re.search(r"\b(?:receiv\w*|gave|given)\b", sent)) or \
                re.match(r"\s*(?:Funding|Funded|Co-funded|Financed|Financing|Grants?)\b", sent):
            continue        # "has received €2m from the Ministry" states the money itself; a
            # sentence may open with the word ("Funded under X, the Y project …")
        del rels[key]


FRONTED_SUBJECT = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, _ANA['fronted_participles']))})\b[^.;]*?, (?:the )?<[OT]:(e\d+)> "
    r"(?:[a-z]+ )?[a-z]+(?:s|ed)\b")


def _version() -> str:
    from .pipeline import EXTRACTOR_VERSION
    return EXTRACTOR_VERSION
