// name: quotes_by_speaker
// answers: What did this actor say? Every quote whose speaker has this id, name or alias (exact match).
// params: name
// columns: speaker_id, speaker, quote_id, kind, cue, text, doc_id, start, end, confidence
MATCH (s)-[:SAID]->(q:Quote)
WHERE s.id = $name OR s.name = $name OR $name IN coalesce(s.aliases, [])
RETURN s.id AS speaker_id, s.name AS speaker, q.id AS quote_id, q.kind AS kind, q.cue AS cue,
       q.text AS text, q.doc_id AS doc_id, q.start AS start, q.end AS end, q.confidence AS confidence
ORDER BY doc_id, start, quote_id, speaker_id
