// name: who_speaks_for_whom
// answers: Who speaks or negotiates on whose behalf? One row per (speaker, principal) pair of SPEAKS_FOR statements.
// params:
// columns: speaker_id, speaker, principal_id, principal, statements, documents
MATCH (s)-[r:SPEAKS_FOR]->(p)
RETURN s.id AS speaker_id, s.name AS speaker, p.id AS principal_id, p.name AS principal,
       count(r) AS statements, count(DISTINCT r.doc_id) AS documents
ORDER BY speaker, principal, speaker_id, principal_id
