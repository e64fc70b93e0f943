// title: Investments by an investor
// description: Money the given organization put into others (investments and funding it
//   gave): recipient, amount, currency, date, and the sentence and article that say so.
// params: investor (IRI)
CALL {
  MATCH (:Organization {iri: $investor})-[r:INVESTS_IN]->(x)
  RETURN x, r
  UNION ALL
  MATCH (x)-[r:FUNDED_BY]->(:Organization {iri: $investor})
  RETURN x, r
}
RETURN x.iri AS recipient, x.name AS name, r.amount AS amount, r.currency AS currency,
       r.date AS date, r.sentence AS sentence, r.article AS article
ORDER BY date, name
