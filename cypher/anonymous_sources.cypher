// name: anonymous_sources
// answers: Which unnamed sources (a diplomat, officials familiar with the matter) were quoted, and whom do they belong to (SPEAKS_FOR, MEMBER_OF or ROLE)?
// params:
// columns: source_id, source, description, quotes, belongs_to_id, belongs_to, relation, statements
// One row per source and affiliation; a source with no known affiliation has one row with nulls.
MATCH (g:Group)
WHERE EXISTS { (g)-[:SAID]->(:Quote) }
OPTIONAL MATCH (g)-[r:SPEAKS_FOR|MEMBER_OF|ROLE]->(o)
WITH g, o, type(r) AS relation, count(r) AS statements
RETURN g.id AS source_id, g.name AS source, g.description AS description,
       size([(g)-[:SAID]->(q:Quote) | q]) AS quotes,
       o.id AS belongs_to_id, o.name AS belongs_to, relation, statements
ORDER BY quotes DESC, source, source_id, belongs_to, belongs_to_id, relation
