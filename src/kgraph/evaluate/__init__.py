"""Scoring of extractions against gold annotations (GUIDELINES.md, "suggested scoring").

    from kgraph.evaluate import score_dirs, score_docs, format_table
"""
from .scoring import PRF, Scores, format_table, score_dirs, score_docs

__all__ = ["PRF", "Scores", "score_dirs", "score_docs", "format_table"]
