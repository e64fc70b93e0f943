"""First-person articles (founder blog posts, interview answers, investor letters): who "we",
"our", "us" and "I" are, so that "We developed the sensor with ICIMOD" and "X invested NPR
40 million in us" become relations of the company that writes (GUIDELINES: an anaphor carries
the relation). News stories quote people saying "we"; only unquoted first person counts."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..records import Entity
from .lexicon import lexicon

QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]")
WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
MIN_UNQUOTED = 6          # a news round-up says "the deals we tracked" once or twice
# an interviewee's company: "Rana Khoury, Shamsi Grid's co-founder", "…, co-founder of Shamsi Grid"
ORG_POSSESSING = re.compile(r",\s(?:the\s)?")
ORG_OF = re.compile(r",\s(?:a\s|the\s)?(?:[\w\-]+\s){0,5}?(?:of|at)\s(?:the\s)?")


def _org_at(ents: list[Entity], start: int) -> Optional[Entity]:
    for e in ents:
        if e.type == "Organization" and any(m.start == start for m in e.mentions):
            return e
    return None


@lru_cache(maxsize=1)
def _cue_rxs():
    """(the writer names the company: "I started X", "When Sana and I started X"; a byline "Posted
    … by Hamza Qureshi, co-founder of Taleem Loop" or a post's profile line "Hamza Qureshi ·
    Co-founder at Taleem Loop"; an interviewer's "We spoke to its founder, A" or "A is co-founder
    of X. We met her …"; an investor letter's "We first invested in X"; a fund's name), compiled once."""
    cues = lexicon("anaphora")
    name = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}"
    return (
        re.compile(rf"\b(?:I|[Ww]e)(?: (?:first|jointly|together))? (?:{'|'.join(cues['first_person_founding_verbs'])}) "
                   r"(?:the )?"),
        re.compile(rf"(?m)^[^\n]{{0,60}}\b[Bb]y (?P<p>{name})"
                   r"(?:,(?: (?:a |the )?[\w\- ]{0,50}?(?: of| at))? (?P<o>[A-Z])|[ \t]*$)"
                   rf"|^(?P<p2>{name}) · [^·\n]{{0,60}}?(?: at| of|,) (?P<o2>[A-Z])"),
        re.compile(rf"(?m)^[^\n]*\b[Ww]e (?:{'|'.join(cues['interview_verbs'])}) (?:to |with )?"
                   rf"[^\n.]{{0,80}}?(?P<p>{name})[,.]"),
        re.compile(rf"(?P<p>{name})(?:, \d{{1,3}},)? is (?:the )?(?:[\w\-]+,? |and |& ){{1,8}}?(?:of|at) (?P<o>[A-Z])[^\n]{{0,400}}?"
                   rf"\b[Ww]e (?:{'|'.join(cues['interview_verbs'])}) (?:to |with )?(?:him|her|them)\b"),
        re.compile(rf"\b(?:{'|'.join(map(re.escape, cues['investor_letter_cues']))})\b", re.I),
        re.compile(rf"\b(?:{'|'.join(cues['fund_name_words'])})\b"),
    )


def _interviewee_org(text: str, after: int, entities: list[Entity]) -> Optional[Entity]:
    """The company apposed to the interviewee's name ending at ``after`` (not one she once
    worked at, named later in the sentence)."""
    for e in entities:
        if e.type != "Organization":
            continue
        for m in e.mentions:
            between = text[after:m.start]
            if 0 <= m.start - after <= 60 and (
                    ORG_POSSESSING.fullmatch(between) and text.startswith(("'s ", "’s "), m.end) or
                    ORG_OF.fullmatch(between)):
                return e
    return None


def first_person_referents(text: str, entities: list[Entity]) -> tuple[Optional[Entity], Optional[Entity]]:
    """(the organization "we" is, the person "I" is) in a first-person article, else Nones.

    "we" is the company the writer founded or works for: "I started Fireline Sensing", "When
    Sana and I started Taleem Loop", a byline "by Hamza Qureshi, co-founder of Taleem Loop";
    else the one company the article names clearly most often. "I" is the byline's or the
    interview's one person ("We spoke to its founder, Pasang Sherpa")."""
    bare = QUOTED.sub(" ", text)
    if len(WE.findall(bare)) < MIN_UNQUOTED:
        return None, None
    founding_rx, byline_rx, spoke_rx, intro_rx, investor_rx, fund_rx = _cue_rxs()
    org = person = None
    starts = {m.start: e for e in entities if e.type == "Organization" for m in e.mentions}
    # "I started X", "When Sana Iqbal and I started X", "we founded X"
    for m in founding_rx.finditer(bare):
        org = starts.get(m.end())
        if org is not None:
            break
    by = byline_rx.search(text)
    spoke = spoke_rx.search(text)
    persons = {m.start: e for e in entities if e.type == "Person" for m in e.mentions}
    if by:
        p, o = ("p", "o") if by.group("p") else ("p2", "o2")
        person = persons.get(by.start(p))
        if by.group(o):
            org = org or starts.get(by.start(o))
    intro = intro_rx.search(text) if person is None else None
    if intro and persons.get(intro.start("p")):
        # "Rasmata Kaboré is co-founder and chief executive of Nafa Irrigation … We met her at …"
        person = persons[intro.start("p")]
        org = org or starts.get(intro.start("o"))
    elif spoke and person is None:
        person = persons.get(spoke.start("p"))
        if person is not None and org is None:
            # "We spoke to Rana Khoury, Shamsi Grid's co-founder" / "…, co-founder of Shamsi Grid":
            # the answers' "we" is her company (not one she once worked at, named later)
            org = _interviewee_org(text, spoke.end("p"), entities)
    if org is None and investor_rx.search(bare):
        # an investor letter: "we" is the fund it names first ("Kalahari Frontier Fund I,
        # managed by …"), not the portfolio company it names most
        funds = [e for e in entities if e.type == "Organization" and e.mentions and fund_rx.search(e.canonical)]
        if funds:
            org = min(funds, key=lambda e: e.mentions[0].start)
    if org is None:
        comps = sorted((e for e in entities if e.type == "Organization" and e.subtype in ("Company", None)),
                       key=lambda e: -len(e.mentions))
        if comps and len(comps[0].mentions) >= 3 and (
                len(comps) == 1 or len(comps[0].mentions) >= 1.5 * len(comps[1].mentions)):
            org = comps[0]
    return org, person


def replace_first_person(chunk: str, org: Optional[Entity], person: Optional[Entity]) -> str:
    """"We developed" -> "<O:e1> developed", "in us" -> "in <O:e1>", "our seed round" ->
    "<O:e1>'s seed round", "our company" -> "<O:e1>", "I spent" -> "<P:e4> spent"."""
    if org is not None:
        o = f"<O:{org.key}>"
        chunk = re.sub(r"\b[Oo]ur (?:company|start-up|startup|firm|team|fund)\b", o, chunk)
        # "We're based in Vientiane", "we've signed": the contraction's verb reads as the company's
        chunk = re.sub(r"\b[Ww]e['’](re|ve|ll)\b", lambda m: o + {"re": " is", "ve": " has", "ll": " will"}[m.group(1)], chunk)
        chunk = re.sub(r"\b(?:We|we|us)\b(?!['’])", o, chunk)
        # "We developed our sensor with X" reads as "X developed its sensor": "its" after "we"
        chunk = re.sub(r"\b(?:Our|our)\b", lambda m: "its" if o in chunk[:m.start()] else o + "'s", chunk)
    if person is not None:
        p = f"<P:{person.key}>"
        chunk = re.sub(r"(?<![\w'’.])I(?= (?:[a-z]|<))", p, chunk)
        chunk = re.sub(r"\b(?:My|my)\b(?= [a-z])", p + "'s", chunk)
    return chunk
