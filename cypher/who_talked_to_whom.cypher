// name: who_talked_to_whom
// answers: Who talked to whom? Calls, meetings and messages (COMMUNICATED_WITH, via = COMMUNICATED_WITH) and quotes addressed to someone (SAID then ADDRESSED_TO, via = SAID_TO); optionally between two dates.
// params: since:date=null, until:date=null
// columns: from_id, from_name, to_id, to_name, via, statements, documents
CALL {
  MATCH (a)-[r:COMMUNICATED_WITH]->(b)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN a, b, 'COMMUNICATED_WITH' AS via, r.doc_id AS doc_id
  UNION ALL
  MATCH (a)-[:SAID]->(q:Quote)-[:ADDRESSED_TO]->(b)
  WHERE ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
  RETURN a, b, 'SAID_TO' AS via, q.doc_id AS doc_id
}
RETURN a.id AS from_id, a.name AS from_name, b.id AS to_id, b.name AS to_name, via,
       count(*) AS statements, count(DISTINCT doc_id) AS documents
ORDER BY from_name, to_name, via, from_id, to_id
