// name: most_quoted
// answers: Who is quoted most? Actors by number of quotes they said, with the number of documents; optionally between two dates.
// params: limit:int=10, since:date=null, until:date=null
// columns: speaker_id, speaker, speaker_type, quotes, documents
MATCH (s)-[:SAID]->(q:Quote)
WHERE ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
RETURN s.id AS speaker_id, s.name AS speaker, s.type AS speaker_type,
       count(q) AS quotes, count(DISTINCT q.doc_id) AS documents
ORDER BY quotes DESC, speaker, speaker_id
LIMIT $limit
