// title: Members of a network
// description: Organizations reported as members of the given network (e.g. Netval), with
//   the number of articles that say so.
// params: network (IRI)
MATCH (m)-[r:MEMBER_OF]->(:Organization {iri: $network})
RETURN m.iri AS member, m.name AS name, count(DISTINCT r.article) AS articles
ORDER BY name
