// name: timeline
// answers: Who said what, by date? Every quote in order of its document's date (undated ones last), of one actor or of all; optionally between two dates.
// params: name:actor=null, since:date=null, until:date=null
// columns: date, speaker_id, speaker, quote_id, kind, cue, text, doc_id, start
// $name is null (everyone) or the list of ids of the actors the name matches (quotegraph.names).
MATCH (s)-[:SAID]->(q:Quote)
WHERE ($name IS NULL OR s.id IN $name)
  AND ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
RETURN q.date AS date, s.id AS speaker_id, s.name AS speaker, q.id AS quote_id, q.kind AS kind, q.cue AS cue,
       q.text AS text, q.doc_id AS doc_id, q.start AS start
ORDER BY date, doc_id, start, quote_id, speaker_id
