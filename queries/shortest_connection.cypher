// title: Shortest connection between two organizations
// description: The fewest relations (any of the ten, either direction, through any kind of
//   entity) that link two different organizations, up to 4; no row when they are further apart.
// params: source (IRI), target (IRI)
MATCH (a:Organization {iri: $source}), (b:Organization {iri: $target})
WHERE a <> b
MATCH p = shortestPath((a)-[:PARTNERS_WITH|INVESTS_IN|FUNDED_BY|MEMBER_OF|LOCATED_IN|HOSTS|ORGANIZES|DEVELOPS|ACQUIRES|AFFILIATED_WITH*..4]-(b))
RETURN length(p) AS length
