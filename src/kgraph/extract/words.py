"""Whole-word search without a regular expression per word (compiling one per name and
article thrashes re's cache: it was the largest single cost of entity assembly)."""
from __future__ import annotations

from typing import Iterator


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def occurrences(text: str, word: str) -> Iterator[int]:
    """Start offsets of ``word`` in ``text`` not inside a longer word (letters, digits, "_" or
    "-" on neither side) — the same as ``(?<![\\w\\-])word(?![\\w\\-])``."""
    if not word:
        return
    n, i = len(word), text.find(word)
    while i >= 0:
        if (i == 0 or not _word_char(text[i - 1])) and \
                (i + n >= len(text) or not _word_char(text[i + n])):
            yield i
        i = text.find(word, i + 1)


def occurs(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word."""
    return next(occurrences(text, word), None) is not None


def _in_address(text: str, i: int, n: int) -> bool:
    """The word at ``text[i:i+n]`` is part of an e-mail or web address ("press@kuwanga.co.mz")."""
    return (i > 0 and text[i - 1] in "@./") or (text[i + n:i + n + 1] in (".", "@") and
                                                 text[i + n + 1:i + n + 2].isalnum())


def occurs_in_prose(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word outside e-mail and web addresses."""
    return any(not _in_address(text, i, len(word)) for i in occurrences(text, word))
