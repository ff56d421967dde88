// name: quote_provenance
// answers: Where does this quote come from? Its document, character offsets, speaker, addressee and the outlet that carried it.
// params: quote_id
// columns: quote_id, text, kind, cue, source_text, speaker_id, speaker, addressee, outlet, doc_id, source, title, url, date, start, end, confidence
MATCH (q:Quote {id: $quote_id})
OPTIONAL MATCH (q)-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (s)-[:SAID]->(q)
OPTIONAL MATCH (q)-[:ADDRESSED_TO]->(t)
OPTIONAL MATCH (m)-[:REPORTED]->(q)
RETURN q.id AS quote_id, q.text AS text, q.kind AS kind, q.cue_text AS cue, q.source_text AS source_text,
       s.id AS speaker_id, s.name AS speaker, t.name AS addressee, m.name AS outlet,
       d.id AS doc_id, d.source AS source, d.title AS title, d.url AS url, d.date AS date,
       q.start AS start, q.end AS end, q.confidence AS confidence
ORDER BY speaker_id, addressee, outlet, doc_id
