#!/usr/bin/env python3
"""Compile the organization gazetteer used by kgraph.extract.

    python extractors/gazetteer/build_gazetteer.py /work/shared/data/organizations.tsv

Input: the offline authority list organizations.tsv (ROR 2021 extract, CC0, merged with
the university-domains-list, MIT). Output: extractors/gazetteer/organizations.tsv with
one line per normalized name: ``<normalized name>\t<subtype code>``.

To stay compact the output keeps only names whose subtype the name rules of
extractors/lexicons/organizations.json would NOT already give (the gazetteer is consulted
after the name rules), plus every company name (bare names are otherwise untyped).
Company rows named "X (Country)" are reduced to "X" unless X is a generic word.

A second output, extractors/gazetteer/names.tsv, lists the same organizations by their
surface names (case kept) for *recognition*: ``<name>\t<subtype code>``. A one-word name
that is also an ordinary English word ("Access", "Orange") is left out, because in running
text it is mostly the word; the word list is Debian's wamerican (/usr/share/dict/words, only
its lowercase entries), needed only when rebuilding.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from kgraph.extract.orgnames import CODE_OF, gnorm, subtype_from_name  # noqa: E402

RESEARCH = re.compile(r"\b(institut\w*|istituto|instituto|research|laborator\w*|observatory|"
                      r"centre|center|centro|zentrum|council|consiglio|consejo)\b", re.I)
NETWORK = re.compile(r"\b(association|society|network|alliance|federation|consortium|union|"
                     r"academy|chamber|league|coalition)\b", re.I)
FOUNDATION = re.compile(r"\b(foundation|fondazione|fondation|fundaci[oó]n|stiftung|trust|fund)\b", re.I)
GENERIC = {"engineering", "research", "innovation", "consulting", "solutions", "technology",
           "technologies", "systems", "science", "sciences", "health", "energy", "medical",
           "day one", "pharma", "biotech", "software", "data", "digital", "global"}


def subtype(name: str, types: list[str]) -> str:
    t = set(types)
    if "Healthcare" in t:
        return "Hospital"
    if "Education" in t:
        return "University"
    if "Company" in t:
        return "Company"
    if "Government" in t:
        return "ResearchInstitute" if RESEARCH.search(name) else "Government"
    if "Facility" in t:
        return "ResearchInstitute"
    if "Nonprofit" in t:
        if FOUNDATION.search(name):
            return "Other"
        if NETWORK.search(name):
            return "Network"
        if RESEARCH.search(name):
            return "ResearchInstitute"
        return "Other"
    return "Other"


WORDS = Path("/usr/share/dict/words")


def common_words() -> set[str]:
    if not WORDS.exists():
        sys.exit(f"{WORDS} is missing: install Debian's wamerican package to rebuild")
    return {w.strip() for w in WORDS.open(encoding="utf-8") if w[:1].islower()}


def recognizable(name: str, words: set[str], places: set[str]) -> bool:
    """A surface name worth matching in running text."""
    if len(name) < 3 or not (name[0].isupper() or name[0].isdigit()) or name in places:
        return False
    parts = name.split()
    if len(parts) == 1:
        return name.casefold() not in words and name.casefold() not in GENERIC and \
            not name.isupper()            # acronyms are ambiguous without their long form
    return not all(p.casefold() in GENERIC for p in parts)


def main(src: str, out: Path = HERE / "organizations.tsv") -> None:
    votes: dict[str, Counter] = {}
    surface: dict[str, Counter] = {}
    words = common_words()
    places: set[str] = set()
    with open(src, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ix = {h: i for i, h in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            name, country = row[ix["name"]], row[ix["country"]]
            types = [t for t in row[ix["types"]].split("|") if t]
            if "Archive" in types and len(types) == 1:
                continue
            st = subtype(name, types)
            names = [name] + [a for a in row[ix["aliases"]].split("|") if a]
            m = re.fullmatch(r"(.+?) \((.+)\)", name)
            if m and m.group(2) == country:
                base = m.group(1)
                names = [base] if gnorm(base) not in GENERIC and len(base) > 2 else []
            places.add(country)
            for n in names:
                # names are matched without a leading article, as mentions are annotated
                surface.setdefault(re.sub(r"^The ", "", n), Counter())[st] += 1
                k = gnorm(n)
                if len(k) < 3:
                    continue
                votes.setdefault(k, Counter())[st] += 1
    kept = 0
    with open(out, "w", encoding="utf-8") as w:
        w.write("# compiled by build_gazetteer.py from organizations.tsv (ROR 2021, CC0; "
                "university-domains-list, MIT - see LICENSE-university-domains-list.txt, NOTICE)\n")
        for k in sorted(votes):
            st = votes[k].most_common(1)[0][0]
            if st != "Company" and subtype_from_name(k.title()) == st:
                continue
            w.write(f"{k}\t{CODE_OF[st]}\n")
            kept += 1
    print(f"{kept} names written to {out}", file=sys.stderr)
    rec = out.with_name("names.tsv")
    n = 0
    with open(rec, "w", encoding="utf-8") as w:
        w.write("# compiled by build_gazetteer.py from organizations.tsv (ROR 2021, CC0; "
                "university-domains-list, MIT - see LICENSE-university-domains-list.txt, NOTICE)\n")
        for name in sorted(surface):
            if recognizable(name, words, places):
                w.write(f"{name}\t{CODE_OF[surface[name].most_common(1)[0][0]]}\n")
                n += 1
    print(f"{n} surface names written to {rec}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/organizations.tsv")
