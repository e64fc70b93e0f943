"""The property-graph model of the ontology (docs/property-graph.md explains it)."""
from __future__ import annotations

import re

KG = "https://w3id.org/kgraph/ontology#"

# kg: class -> node label
KIND_LABELS = {KG + k: k for k in ("Organization", "Person", "Place", "Event", "Technology")}
ENTITY_LABELS = tuple(KIND_LABELS.values())
ARTICLE = "Article"

# kg:subtype literal -> extra label on :Organization nodes
SUBTYPE_LABELS = {"Company": "Company", "University": "University",
                  "ResearchInstitute": "ResearchInstitute", "Network": "Network",
                  "Government": "Government", "Hospital": "Hospital", "Investor": "Investor",
                  "Other": "OtherOrganization"}

# the ten kg: relations -> relationship types
RELATIONS = ("partnersWith", "investsIn", "fundedBy", "memberOf", "locatedIn", "hosts",
             "organizes", "develops", "acquires", "affiliatedWith")


def rel_type(local_name: str) -> str:
    """partnersWith -> PARTNERS_WITH"""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", local_name).upper()


REL_TYPES = {KG + r: rel_type(r) for r in RELATIONS}
MENTIONS = "MENTIONS"

# created before any data: MERGE/MATCH by iri must hit a unique index (in ArcadeDB a MERGE
# without one is quadratic)
SCHEMA = [
    *(f"CREATE CONSTRAINT {label.lower()}_iri IF NOT EXISTS "
      f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE" for label in (*ENTITY_LABELS, ARTICLE)),
    f"CREATE INDEX article_graph IF NOT EXISTS FOR (n:{ARTICLE}) ON (n.graph)",
    "CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)",
]


def subtype_label(subtypes: list[str]) -> str:
    """One subtype label for an organization whose articles may disagree: a specific subtype
    beats Other; among specific ones the alphabetically first wins (deterministic)."""
    specific = sorted(s for s in subtypes if s and s != "Other" and s in SUBTYPE_LABELS)
    return SUBTYPE_LABELS[specific[0]] if specific else SUBTYPE_LABELS["Other"]
