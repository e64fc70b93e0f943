"""kgraph: news articles and press releases into a knowledge graph of institutions,
technologies and collaborations, with evidence for every fact."""

__version__ = "0.1.0"
