"""Sentence splitting that follows the annotation guidelines: every non-empty line
(headline, heading, bullet, paragraph) is split at sentence-final punctuation; each
piece is one sentence. Offsets are character offsets into the article text."""
from __future__ import annotations

import re

# a sentence ends at . ! ? (optionally followed by closing quotes/brackets) when
# whitespace and an upper-case letter, digit, or opening quote follow
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?(?P<first>[A-Z0-9À-ÖØ-ÞĀ-ʯͰ-ӿ]))")
# tokens that end with a period without ending a sentence
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|No|Nos|vs|etc|approx|e\.g|i\.e|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Mt|Ft|U\.S|U\.K|"
    r"S\.p\.A|N\.V|S\.A|fig|Fig|al)|\b[A-Z])\.$")

# where a sentence's opening clause gives way to a subordinate one (", which", "; "): the sentence's
# subject is what a later "the company" means
CLAUSE_BREAK = re.compile(r", (?:which|who|whose|where|while|after|before|when)\b|;")


_CORP = re.compile(r"\b(?:Inc|Ltd|Co|Corp|S\.p\.A|N\.V|S\.A)\.$")
_OPENER = re.compile(r"(?:It|Its|The|This|These|That|They|He|She|We|In|On|At|For|But|However|A|An|Both|Its|Their)\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character spans of the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if not line.strip():
            continue
        cur = lstart
        for m in _END.finditer(text, lstart, lend):
            if not (m.group("first").isupper() or m.group("first").isdigit()):
                continue                       # ("Đurić", "Štefan" open a sentence; "ć" does not)
            piece_end = m.start()
            # include closing quotes/brackets in the sentence
            piece_end += len(m.group(0)) - len(m.group(0).lstrip("\"'”’)]"))
            head = text[cur:m.start()]
            if _ABBREV.search(head) and not (_CORP.search(head) and _OPENER.match(text, m.end())):
                continue
            spans.append(_trim(text, cur, piece_end))
            cur = m.end()
        spans.append(_trim(text, cur, lend))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # markdown bullets / headings are part of the line but not of the sentence
    m = re.match(r"(?:[-*•]|#+)\s+", text[start:end])
    if m:
        start += m.end()
    return start, end
