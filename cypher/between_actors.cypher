// name: between_actors
// answers: Everything between two actors, in document order: their relations (ROLE, SPEAKS_FOR, COMMUNICATED_WITH, ALLY_OF, MEMBER_OF, ADVERSARY_OF), quotes one addressed to the other (SAID_TO), and quotes one reported of the other (REPORTED); optionally between two dates.
// params: a:actor, b:actor, since:date=null, until:date=null
// columns: from_id, from_name, relation, to_id, to_name, detail, evidence, doc_id, start
// $a and $b are the lists of ids of the actors the names match (quotegraph.names); both directions are returned.
MATCH (a)
WHERE a.id IN $a
MATCH (b)
WHERE b.id IN $b AND b.id <> a.id
CALL {
  WITH a, b
  MATCH (x)-[r:ROLE|SPEAKS_FOR|COMMUNICATED_WITH|ALLY_OF|MEMBER_OF|ADVERSARY_OF]->(y)
  WHERE ((x.id = a.id AND y.id = b.id) OR (x.id = b.id AND y.id = a.id))
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN x, type(r) AS relation, y, coalesce(r.role, r.cue) AS detail, r.evidence AS evidence,
         r.doc_id AS doc_id, r.start AS start
  UNION ALL
  WITH a, b
  MATCH (x)-[:SAID]->(q:Quote)-[:ADDRESSED_TO]->(y)
  WHERE ((x.id = a.id AND y.id = b.id) OR (x.id = b.id AND y.id = a.id))
    AND ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
  RETURN x, 'SAID_TO' AS relation, y, q.cue AS detail, q.text AS evidence, q.doc_id AS doc_id, q.start AS start
  UNION ALL
  WITH a, b
  MATCH (x)-[:REPORTED]->(q:Quote)<-[:SAID]-(y)
  WHERE ((x.id = a.id AND y.id = b.id) OR (x.id = b.id AND y.id = a.id))
    AND ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
  RETURN x, 'REPORTED' AS relation, y, q.cue AS detail, q.text AS evidence, q.doc_id AS doc_id, q.start AS start
}
RETURN x.id AS from_id, x.name AS from_name, relation, y.id AS to_id, y.name AS to_name,
       detail, evidence, doc_id, start
ORDER BY doc_id, start, relation, from_id, to_id, detail, evidence
