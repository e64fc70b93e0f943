"""RDF namespaces and IRI minting shared by every stage."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DCTERMS

KG = Namespace("https://w3id.org/kgraph/ontology#")
TECH = Namespace("https://w3id.org/kgraph/technology/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES = {"kg": KG, "schema": SCHEMA, "org": ORG, "oa": OA, "prov": PROV, "skos": SKOS,
            "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "dcterms": DCTERMS, "tech": TECH}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

# entity type -> IRI path segment
KINDS = {"Organization": "organization", "Person": "person", "Place": "place",
         "Event": "event", "Technology": "technology"}

SUBTYPE_CLASS = {"Company": KG.Company, "University": KG.University,
                 "ResearchInstitute": KG.ResearchInstitute, "Network": KG.Network,
                 "Government": KG.Government, "Hospital": KG.Hospital,
                 "Investor": KG.Investor, "Other": KG.OtherOrganization}
# the standard classes each kg: class stands for, materialized so consumers need no reasoner
STANDARD_CLASSES = {
    KG.Organization: [SCHEMA.Organization, ORG.FormalOrganization],
    KG.Company: [SCHEMA.Corporation], KG.University: [SCHEMA.CollegeOrUniversity],
    KG.ResearchInstitute: [SCHEMA.ResearchOrganization],
    KG.Network: [SCHEMA.Consortium, ORG.OrganizationalCollaboration],
    KG.Government: [SCHEMA.GovernmentOrganization], KG.Hospital: [SCHEMA.Hospital],
    KG.Person: [SCHEMA.Person], KG.Place: [SCHEMA.Place], KG.Event: [SCHEMA.Event],
    KG.Technology: [SKOS.Concept],
}
# relation -> standard super-property materialized beside it
STANDARD_PROPERTIES = {"memberOf": ORG.memberOf, "locatedIn": SCHEMA.location}


def slug(text: str, limit: int = 80) -> str:
    """A readable, stable IRI segment: ASCII, lower case, hyphens."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    if not s:
        s = "x" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return s[:limit].rstrip("-")


def digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def entity_iri(base: str, kind: str, name: str) -> URIRef:
    return URIRef(f"{base}/id/{KINDS.get(kind, kind.lower())}/{slug(name)}")


def article_iri(base: str, article_id: str) -> URIRef:
    return URIRef(f"{base}/id/article/{digest(article_id)}")


def article_graph(base: str, article_id: str) -> URIRef:
    return URIRef(f"{base}/graph/article/{digest(article_id)}")


def system_graph(base: str, name: str) -> URIRef:
    """Shared graphs: ontology, merges, quarantine, stats."""
    return URIRef(f"{base}/graph/{name}")
