// name: outlets
// answers: Who quotes whom? Outlet × speaker: how many quotes of each speaker an outlet carried (REPORTED), in how many documents; optionally between two dates.
// params: since:date=null, until:date=null
// columns: outlet_id, outlet, speaker_id, speaker, quotes, documents
MATCH (m)-[:REPORTED]->(q:Quote)<-[:SAID]-(s)
WHERE ($since IS NULL OR q.date >= $since) AND ($until IS NULL OR q.date <= $until)
RETURN m.id AS outlet_id, m.name AS outlet, s.id AS speaker_id, s.name AS speaker,
       count(DISTINCT q) AS quotes, count(DISTINCT q.doc_id) AS documents
ORDER BY quotes DESC, outlet, speaker, outlet_id, speaker_id
