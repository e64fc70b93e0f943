"""Money and date recognition + normalization (regular expressions driven by the
lexicon in extractors/lexicons/units.json)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Optional

from .lexicon import lexicon


@dataclass
class Found:
    start: int
    end: int
    text: str
    canonical: str
    value: Optional[str] = None
    currency: Optional[str] = None
    precision: Optional[str] = None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class MoneyFinder:
    def __init__(self):
        lx = lexicon("units")
        self.symbols = lx["currency_symbols"]          # "$": "USD"
        self.codes = lx["currency_codes"]              # ["USD", ...]
        self.words = lx["currency_words"]              # "euros": "EUR"
        self.mult = {k.casefold(): Decimal(v) for k, v in lx["multipliers"].items()}
        self.vague = lx["vague_amounts"]               # "several million": ...
        self.number_words = {k.casefold(): Decimal(v) for k, v in lx["number_words"].items()}
        self.local = lx["local_currency_symbols"]      # "K": [["PGK", [places]], ...]
        self.cfa_central = _place_rx(lx["cfa_franc_central"])
        self.local_places = {code: _place_rx(places) for opts in self.local.values() for code, places in opts}
        mult = _alt(self.mult)
        big = _alt(k for k, v in self.mult.items() if v >= 1000 and len(k) > 2)
        num = (rf"\d{{1,3}}(?:[,.\u202f ]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
               rf"|\b(?:{_alt(self.number_words)})(?=\s+(?:{big})\b)")
        sym = _alt(self.symbols)
        code = _alt(self.codes)
        word = _alt(self.words)
        # an abbreviation's period ("5 Mio. Euro") belongs to the amount, a sentence's does not
        abbr_dot = r"(?-i:\.(?=\s+(?:[a-z€$£]|Euro|EUR|Dollar|USD|CHF|Franken)|\s*[,;)]))"
        amount = rf"(?P<num>{num})(?:\s*(?P<mult>{mult})\b{abbr_dot}?)?"
        # a match starts with a digit, a symbol's first character or (after \b) a word: the
        # lookahead says so up front, so most positions are rejected without trying the
        # alternatives (same matches, ~40 % less time)
        first = "".join(sorted({re.escape(s[0]) for s in self.symbols}))
        self.rx = re.compile(
            rf"(?=[\d{first}]|(?<!\w)\w)(?:"
            rf"(?:(?P<code1>\b(?:{code}))\s?|(?P<sym>{sym})\s?|(?P<pword>\beuros?)\s)(?:{amount})"
            rf"|(?:{amount.replace('num>', 'num2>').replace('mult>', 'mult2>')})\s*"
            rf"(?:(?P<code2>\b(?:{code}))\b|(?:(?:di|de)\s+|d['’]\s*)?(?P<word>{word})\b|(?P<tsym>€)(?!\w))"
            rf"|(?P<vague>\b(?:{_alt(self.vague)})\s+(?:(?:di|de)\s+)?(?P<vword>{word})\b))",
            re.I)
        # a local symbol right before the number, written as the country writes it ("K6.5 million")
        self.local_rx = re.compile(rf"(?<![\w$])(?P<lsym>(?-i:{_alt(self.local)}))\s?{amount}", re.I)

    def find(self, text: str) -> list[Found]:
        out = []
        for m in self.rx.finditer(text):
            g = m.groupdict()
            if g.get("vague"):
                cur = self.words.get(g["vword"].casefold()) or self.words.get(g["vword"])
                out.append(Found(m.start(), m.end(), m.group(0), f"{m.group(0)}", None, cur))
                continue
            numtxt = g.get("num") or g.get("num2")
            multxt = g.get("mult") or g.get("mult2")
            if g.get("code1") or g.get("code2"):
                c = (g.get("code1") or g.get("code2"))
                if c != c.upper() and c.casefold() not in self.words:
                    continue                     # "usd" in running text: not a code ("eur" is a word)
                if g.get("code1") and not multxt and (text[m.end("code1"):m.end("code1") + 1].isdigit() or
                                                      re.fullmatch(r"(?:19|20)\d\d", numtxt)):
                    continue                     # "COP28", "G20", "AMD 2025": a name, not an amount
                cur = c.upper()
            elif g.get("pword"):
                # "euro 450.000" (Italian and Croatian order); "Euro 6 engines" is a standard
                if not multxt and len(re.sub(r"\D", "", numtxt)) < 4:
                    continue
                cur = "EUR"
            elif g.get("tsym"):
                cur = "EUR"                      # "800 000 €": the French order
            elif g.get("sym"):
                cur = self.symbols.get(g["sym"])
                if cur is None:
                    continue                     # "rs", "kr" in another case: not the symbol
            else:
                cur = self.words.get(g["word"].casefold())
                if cur == "XOF" and self.cfa_central.search(text):
                    cur = "XAF"                  # a CFA franc of Cameroon, Gabon, Chad …
            if not cur:
                continue
            if numtxt.casefold() in self.number_words:
                value = self.number_words[numtxt.casefold()]     # "two million euros"
            else:
                value = _number(numtxt)
            if value is None:
                continue
            if multxt:
                value *= self.mult[multxt.casefold().rstrip(".")]
            end = m.end()
            out.append(Found(m.start(), end, text[m.start():end], f"{_fmt(value)} {cur}",
                             _fmt(value), cur))
        return self._local_amounts(text, out)

    def _local_amounts(self, text: str, out: list[Found]) -> list[Found]:
        """Amounts in a symbol the article's country uses ("K6.5 million" in Port Moresby); they
        replace what the general patterns read inside them ("$350,000" of "B$350,000")."""
        active = {}
        for sym, options in self.local.items():
            code = next((c for c, _ in options if self.local_places[c].search(text)), None)
            if code:
                active[sym] = code
        if not active:
            return out
        for m in self.local_rx.finditer(text):
            cur = active.get(m.group("lsym"))
            # a letter and a small bare number is a name ("P3 sensors", "Q1 2025", "K2")
            if not cur or text[m.end():m.end() + 1].isalnum() or \
                    not m.group("mult") and len(re.sub(r"\D", "", m.group("num"))) < 3:
                continue
            value = _number(m.group("num"))
            if value is None:
                continue
            if m.group("mult"):
                value *= self.mult[m.group("mult").casefold().rstrip(".")]
            out = [f for f in out if f.end <= m.start() or f.start >= m.end()]
            out.append(Found(m.start(), m.end(), m.group(0), f"{_fmt(value)} {cur}", _fmt(value), cur))
        return sorted(out, key=lambda f: f.start)


def _place_rx(places) -> re.Pattern:
    return re.compile(rf"\b(?:{_alt(places)})\b")


def _number(s: str) -> Optional[Decimal]:
    s = s.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", s):          # decimal comma: "3,5 milioni"
        s = s.replace(",", ".")
    elif re.fullmatch(r"\d+,\d{3}", s):
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _fmt(v: Decimal) -> str:
    if v == v.to_integral_value():
        return str(int(v))
    s = format(v.normalize(), "f")
    # keep cents as written in prices ("177.50")
    if "." in s and len(s.split(".")[1]) == 1:
        s += "0"
    return s


# "in May", "since March": a preposition of time before an ambiguous month name
MONTH_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|of) $")


class DateFinder:
    def __init__(self):
        lx = lexicon("units")
        self.months = {k.casefold(): v for k, v in lx["months"].items()}
        self.abbreviations = {k.casefold() for k in lx["month_abbreviations"]}
        mon = _alt(self.months)
        # "first half of": ["01","06"]; looked up case-folded ("Q3", "q3")
        self.parts = {k.casefold(): v for k, v in lx["year_parts"].items()}
        self.vague_prefix = lx["year_modifiers"]          # late, early, fiscal, ...
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?:1[89]\d\d|20\d\d)"
        dash = r"\s?[\-–—]\s?"
        # every alternative starts a word (\b or (?<![\w\-]), then a digit or a letter): the
        # lookahead says so up front, so positions inside words are rejected without trying
        # the alternatives (same matches, half the time)
        self.rx = re.compile(
            rf"(?<!\w)(?=\w)(?:"
            # ("3-5 May", "28 and 29 April", "from 3 to 5 May": one range)
            rf"(?P<drange>\b(?P<d1>{day})(?:{dash}|\s+(?:and|to|until)\s+)(?P<d2>{day})\s+(?P<m1>{mon})"
            rf"(?:,?\s+(?P<y1>{year}))?\b)"
            rf"|(?P<dmy>\b(?P<d3>{day})\s+(?:de\s+)?(?P<m2>{mon})(?:,?\s+(?:de\s+)?(?P<y2>{year}))?\b)"
            rf"|(?P<mdy>\b(?P<m3>{mon})\s+(?P<d4>{day})(?:,\s*(?P<y3>{year}))?\b)"
            rf"|(?P<numeric>\b(?P<nd>{day})[./](?P<nm>1[0-2]|0?[1-9])[./](?P<ny>{year})\b)"
            rf"|(?P<iso>\b(?P<iy>{year})-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>[0-3]\d))?\b)"
            rf"|(?P<part>\b(?:the\s+)?(?P<pw>{_alt(self.parts)})\s+(?P<py>{year})\b)"
            rf"|(?P<endof>\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<em>{mon})(?:\s+(?P<ey>{year}))?\b)"
            rf"|(?P<my>(?<![\w\-])(?:(?P<mod>{_alt(self.vague_prefix)})\s+)?(?P<m4>{mon})(?:\s+(?P<y4>{year}))?\b)"
            rf"|(?P<yrange>\b(?:(?P<yfrom>from|between)\s+)?(?P<ya>{year})"
            rf"(?:\s?[\-–—]\s?|\s+(?P<yconj>to|until|through|and)\s+)(?P<yb>{year})\b)"
            rf"|(?P<y>\b(?:(?P<ymod>{_alt(self.vague_prefix)})\s+)?(?P<y5>{year})\b))",
            re.I)

    def find(self, text: str, ref_year: Optional[str] = None) -> list[Found]:
        out = []
        for m in self.rx.finditer(text):
            g = m.groupdict()
            s, e = m.start(), m.end()
            mon = lambda k: self.months[g[k].casefold()]
            if g["drange"]:
                y = g["y1"] or ref_year
                if not y:
                    continue
                mm = mon("m1")
                canon = f"{y}-{mm}-{int(_d(g['d1'])):02d}/{y}-{mm}-{int(_d(g['d2'])):02d}"
                prec = "range"
            elif g["dmy"]:
                y = g["y2"] or ref_year
                if not y:
                    continue
                canon, prec = f"{y}-{mon('m2')}-{int(_d(g['d3'])):02d}", "day"
            elif g["mdy"]:
                if not _is_cap(g["m3"]):
                    continue
                y = g["y3"] or ref_year
                if not y:
                    continue
                canon, prec = f"{y}-{mon('m3')}-{int(_d(g['d4'])):02d}", "day"
            elif g["numeric"]:
                canon, prec = f"{g['ny']}-{int(g['nm']):02d}-{int(g['nd']):02d}", "day"
            elif g["iso"]:
                canon = m.group(0)
                prec = "day" if g["id"] else "month"
            elif g["part"]:
                a, b = self.parts[g["pw"].casefold()]
                canon, prec = f"{g['py']}-{a}/{g['py']}-{b}", "range"
                if m.group(0).lower().startswith("the "):
                    s += 4
            elif g["endof"]:
                y = g["ey"] or ref_year
                if not y:
                    continue
                canon, prec = f"{y}-{mon('em')}", "month"
                if m.group(0).lower().startswith("the "):
                    s += 4
            elif g["my"]:
                if not _is_cap(g["m4"]):
                    continue
                if (g["m4"].casefold() in ("may", "march") or g["m4"].casefold() in self.abbreviations) and \
                        not g["y4"] and not (g["mod"] or MONTH_PREPOSITION.search(text, max(0, s - 8), s)):
                    # a modal verb or verb, or a bare abbreviation ("Auditorio Mar de Vigo"): too
                    # ambiguous without a year or "in"
                    continue
                y = g["y4"] or ref_year
                if not y:
                    continue
                if g["mod"] and not g["y4"]:
                    s = m.start("m4")
                canon, prec = f"{y}-{mon('m4')}", "month"
            elif g["yrange"]:
                # "2021–2027", "from 2021 to 2027", "between 2019 and 2022" (not "2019 and 2022")
                if (g["yconj"] or "").casefold() == "and" and (g["yfrom"] or "").casefold() != "between" \
                        or g["yb"] <= g["ya"]:
                    for k in ("ya", "yb"):
                        out.append(Found(m.start(k), m.end(k), g[k], g[k], precision="year"))
                    continue
                if g["yfrom"]:
                    s = m.start("ya")
                canon, prec = f"{g['ya']}/{g['yb']}", "range"
            else:
                canon, prec = g["y5"], "year"
            out.append(Found(s, e, text[s:e], canon, precision=prec))
        return out


def _d(s: str) -> str:
    return re.sub(r"\D", "", s)


def _is_cap(s: str) -> bool:
    return s[:1].isupper()
