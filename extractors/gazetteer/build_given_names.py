#!/usr/bin/env python3
"""Compile the given-name list used by kgraph.extract (extractors/gazetteer/given_names.txt).

    pip install faker==37.1.0 && python extractors/gazetteer/build_given_names.py

Input: the first-name lists of the person providers bundled with the Faker package (MIT
licence, see NOTICE), one per locale (en_US, fr_FR, hu_HU, sw, yo_NG, vi_VN, ...). Only names
written in Latin script are kept, as printed there ("Mathieu", "Bence", "Siobhan", "Kwame").
Output: one name per line, sorted. The extractor reads a name as a person's when it starts
with one of these and the rest of the name looks like a surname, where the statistical model
said "organization" ("Mathieu LeBlanc") or where a role apposition alone would not tell.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "given_names.txt"
LATIN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]+")
LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def given_names() -> set[str]:
    import faker.providers.person as person
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{mod.name}"), "Provider", None)
        for attr in LISTS:
            value = getattr(provider, attr, None)
            if value is None or isinstance(value, property):
                continue
            names.update(n for n in value if isinstance(n, str) and LATIN.fullmatch(n))
    return names


def main() -> None:
    names = sorted(given_names())
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
