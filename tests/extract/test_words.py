"""Whole-word search and the registry-name index agree with the regular expressions they
replace."""
import re

from kgraph.extract.lexicon import gazetteer_names, name_key
from kgraph.extract.words import occurrences


def test_occurrences_match_the_word_boundary_regex():
    text = "Acme, Acme-Bio and Acmex; (Acme) Acme_1 acme Acme"
    expect = [m.start() for m in re.finditer(r"(?<![\w\-])Acme(?![\w\-])", text)]
    assert list(occurrences(text, "Acme")) == expect == [0, 27, 45]
    assert list(occurrences("", "Acme")) == [] and list(occurrences("Acme", "")) == []


def test_registry_index_finds_names_by_their_first_words():
    names = gazetteer_names()
    # the key of a text position ("Innovate UK." -> ("Innovate", "uk")) is the key of the name
    assert any(n == "Innovate UK" for n, _ in names[name_key("Innovate", "UK.")])
    assert name_key("Agence", "Nationale de la Recherche") == name_key("Agence", "nationale de la")
