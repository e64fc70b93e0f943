// title: Partners of an organization
// description: Organizations reported as partners of the given one (in either direction),
//   with the number of articles that say so.
// params: org (IRI)
MATCH (o:Organization {iri: $org})-[r:PARTNERS_WITH]-(p)
RETURN p.iri AS partner, p.name AS name, count(DISTINCT r.article) AS articles
ORDER BY articles DESC, name
