"""Whole-word search agrees with the regular expression it replaces; the registry-name
index holds what the scanner needs."""
import re

from kgraph.extract.lexicon import registry_names
from kgraph.extract.words import occurrences


def test_occurrences_match_the_word_boundary_regex():
    text = "Acme, Acme-Bio and Acmex; (Acme) Acme_1 acme Acme"
    expect = [m.start() for m in re.finditer(r"(?<![\w\-])Acme(?![\w\-])", text)]
    assert list(occurrences(text, "Acme")) == expect == [0, 27, 45]
    assert list(occurrences("", "Acme")) == [] and list(occurrences("Acme", "")) == []


def test_registry_index_knows_names_and_their_lengths():
    reg = registry_names()
    assert reg.exact["Innovate UK"] == "Government"
    assert reg.folded["agence nationale de la recherche"] == "Agence Nationale de la Recherche"
    assert reg.most_words["Innovate"] >= 2
