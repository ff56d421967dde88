// name: communities
// answers: Which actors form communities? Louvain communities of the weighted actor graph (relations and addressed quotes), computed with networkx when the graph is built and stored on each actor as `community` (1 = the largest); communities of at least min_size actors.
// params: min_size:int=2
// columns: community, size, actor_id, actor, actor_type
MATCH (a)
WHERE a.community IS NOT NULL
WITH a.community AS community, collect(a) AS members
WHERE size(members) >= $min_size
UNWIND members AS a
RETURN community, size(members) AS size, a.id AS actor_id, a.name AS actor, a.type AS actor_type
ORDER BY community, actor, actor_id
