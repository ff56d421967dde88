// name: quotes_by_speaker
// answers: What did this actor say? Every quote of the actor named (as people type it: any case, accents, punctuation, alias or transliteration), with its date; optionally between two dates.
// params: name:actor, since:date=null, until:date=null
// columns: speaker_id, speaker, quote_id, kind, cue, text, date, doc_id, start, end, confidence
// $name is the list of ids of the actors the name matches: quotegraph resolves names (quotegraph.names).
MATCH (s)-[:SAID]->(q:Quote)
WHERE s.id IN $name
  AND ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
RETURN s.id AS speaker_id, s.name AS speaker, q.id AS quote_id, q.kind AS kind, q.cue AS cue,
       q.text AS text, q.date AS date, q.doc_id AS doc_id, q.start AS start, q.end AS end,
       q.confidence AS confidence
ORDER BY doc_id, start, quote_id, speaker_id
