// name: alliance_map
// answers: Who is allied with whom, and who belongs to which alliance (ALLY_OF, MEMBER_OF), grouped into blocs.
// params:
// columns: bloc, a_id, a_name, relation, b_id, b_name, statements
// computed: bloc
// `bloc` is not computed by this Cypher: connected components cannot be computed portably
// (pure Cypher has no component function, and variable-length paths explode on dense maps).
// Both stores run this query for the edges and then add, in Python (graph.queries), the bloc
// of each row: the smallest entity id in its connected component of ALLY_OF/MEMBER_OF
// (direction ignored). Rows are then ordered by bloc, keeping the order below within a bloc.
MATCH (a)-[r:ALLY_OF|MEMBER_OF]->(b)
RETURN a.id AS a_id, a.name AS a_name, type(r) AS relation, b.id AS b_id, b.name AS b_name,
       count(r) AS statements
ORDER BY a_name, relation, b_name, a_id, b_id
