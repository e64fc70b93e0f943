"""Relations (stub during development)."""
from __future__ import annotations


class RelationExtractor:
    def __init__(self, vocab):
        self.vocab = vocab

    def extract(self, text, doc, entities):
        return []
