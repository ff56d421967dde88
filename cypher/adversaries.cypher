// name: adversaries
// answers: Who is presented as an adversary or threat of whom (ADVERSARY_OF)?
// params:
// columns: a_id, a_name, b_id, b_name, statements, documents
MATCH (a)-[r:ADVERSARY_OF]->(b)
RETURN a.id AS a_id, a.name AS a_name, b.id AS b_id, b.name AS b_name,
       count(r) AS statements, count(DISTINCT r.doc_id) AS documents
ORDER BY a_name, b_name, a_id, b_id
