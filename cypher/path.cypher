// name: path
// answers: How are two actors connected? The shortest chains of relations between them (ROLE, SPEAKS_FOR, COMMUNICATED_WITH, ALLY_OF, MEMBER_OF, ADVERSARY_OF, either direction, up to 6 hops), one row per step, with the evidence of each statement.
// params: a:actor, b:actor, limit:int=10
// columns: a_id, a_name, b_id, b_name, hops, path_keys, step, from_id, from_name, relation, to_id, to_name, detail, evidence, doc_id, start
// $a and $b are the lists of ids of the actors the names match (quotegraph.names). Parallel statements
// on a hop make paths of their own; path_keys (the statements' keys along the path) tells the paths apart,
// and at most $limit paths are returned.
MATCH (a)
WHERE a.id IN $a
MATCH (b)
WHERE b.id IN $b AND b.id <> a.id
MATCH p = allShortestPaths((a)-[:ROLE|SPEAKS_FOR|COMMUNICATED_WITH|ALLY_OF|MEMBER_OF|ADVERSARY_OF*..6]-(b))
WITH a, b, p, [r IN relationships(p) | r.key] AS keys
WITH a, b, p, reduce(t = head(keys), k IN tail(keys) | t + ' > ' + k) AS path_keys
ORDER BY a.id, b.id, path_keys
LIMIT $limit
UNWIND range(0, length(p) - 1) AS i
WITH a, b, p, path_keys, i, relationships(p)[i] AS r
RETURN a.id AS a_id, a.name AS a_name, b.id AS b_id, b.name AS b_name, length(p) AS hops, path_keys,
       i + 1 AS step, startNode(r).id AS from_id, startNode(r).name AS from_name, type(r) AS relation,
       endNode(r).id AS to_id, endNode(r).name AS to_name, coalesce(r.role, r.cue) AS detail,
       r.evidence AS evidence, r.doc_id AS doc_id, r.start AS start
ORDER BY a_id, b_id, path_keys, step
