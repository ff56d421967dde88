// name: ego
// answers: An actor's neighbourhood: every actor it has a relation with (ROLE, SPEAKS_FOR, COMMUNICATED_WITH, ALLY_OF, MEMBER_OF, ADVERSARY_OF) or addressed a quote to or was addressed by (SAID_TO), per direction, with counts; optionally between two dates.
// params: name:actor, since:date=null, until:date=null
// columns: actor_id, actor, neighbour_id, neighbour, neighbour_type, relation, direction, statements, documents
// $name is the list of ids of the actors the name matches (quotegraph.names). direction: out = from the actor.
MATCH (a)
WHERE a.id IN $name
CALL {
  WITH a
  MATCH (a)-[r:ROLE|SPEAKS_FOR|COMMUNICATED_WITH|ALLY_OF|MEMBER_OF|ADVERSARY_OF]->(b)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN b, type(r) AS relation, 'out' AS direction, r.doc_id AS doc_id
  UNION ALL
  WITH a
  MATCH (a)<-[r:ROLE|SPEAKS_FOR|COMMUNICATED_WITH|ALLY_OF|MEMBER_OF|ADVERSARY_OF]-(b)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN b, type(r) AS relation, 'in' AS direction, r.doc_id AS doc_id
  UNION ALL
  WITH a
  MATCH (a)-[:SAID]->(q:Quote)-[:ADDRESSED_TO]->(b)
  WHERE ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
  RETURN b, 'SAID_TO' AS relation, 'out' AS direction, q.doc_id AS doc_id
  UNION ALL
  WITH a
  MATCH (a)<-[:ADDRESSED_TO]-(q:Quote)<-[:SAID]-(b)
  WHERE ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
  RETURN b, 'SAID_TO' AS relation, 'in' AS direction, q.doc_id AS doc_id
}
RETURN a.id AS actor_id, a.name AS actor, b.id AS neighbour_id, b.name AS neighbour, b.type AS neighbour_type,
       relation, direction, count(*) AS statements, count(DISTINCT doc_id) AS documents
ORDER BY actor_id, statements DESC, neighbour, relation, direction, neighbour_id
