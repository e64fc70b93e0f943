// title: Who works on a technology
// description: Organizations (and others) reported as developing the given technology,
//   with the number of articles that say so.
// params: technology (IRI)
MATCH (d)-[r:DEVELOPS]->(:Technology {iri: $technology})
RETURN d.iri AS developer, d.name AS name, count(DISTINCT r.article) AS articles
ORDER BY articles DESC, name
