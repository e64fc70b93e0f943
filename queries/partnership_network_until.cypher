// title: Partnership network as reported up to a date
// description: Every partnership stated by an article published on or before the date
//   (ISO 8601, e.g. 2023-12-31): both partners, the first date it was reported and by how
//   many articles.
// params: date (date)
MATCH (a)-[r:PARTNERS_WITH]->(b)
WITH a, b, r.article AS article
MATCH (art:Article {iri: article})
WHERE art.datePublished <= $date
RETURN a.iri AS a, a.name AS aName, b.iri AS b, b.name AS bName,
       min(art.datePublished) AS first, count(DISTINCT art.iri) AS articles
ORDER BY first, aName, bName
