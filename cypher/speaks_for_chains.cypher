// name: speaks_for_chains
// answers: Who speaks for whom through a chain of SPEAKS_FOR links (1 to 3 hops, no actor twice)?
// params:
// columns: speaker_id, speaker, principal_id, principal, hops, chain, chain_ids
// One row per distinct chain of actors; parallel statements along the same chain count once.
MATCH p = (s)-[:SPEAKS_FOR*1..3]->(e)
WHERE all(n IN nodes(p) WHERE size([m IN nodes(p) WHERE m.id = n.id]) = 1)
WITH s, e, length(p) AS hops, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids
RETURN DISTINCT s.id AS speaker_id, s.name AS speaker, e.id AS principal_id, e.name AS principal, hops,
       reduce(t = head(names), n IN tail(names) | t + ' → ' + n) AS chain,
       reduce(t = head(ids), n IN tail(ids) | t + ' > ' + n) AS chain_ids
ORDER BY speaker, principal, hops, chain, chain_ids
