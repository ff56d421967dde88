"""Every Cypher statement quotegraph sends runs on the oldest Neo4j 5 the README names: no
construct newer than that (CALL () { … } came in 5.23, COUNT { } in 5.3, …)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotegraph import build_graph
from quotegraph.cypher_compat import OLDEST_NEO4J, newer_constructs
from quotegraph.queries import list_queries
from quotegraph.stores.neo4j_store import load_statements, other_statements

from stores.fiction import fictional_corpus

REPO = Path(__file__).resolve().parent.parent


def _all_statements() -> list[str]:
    G = build_graph(fictional_corpus())
    return [q.path.read_text(encoding="utf-8") for q in list_queries()] + load_statements(G) + other_statements()


def test_no_statement_needs_a_neo4j_newer_than_the_oldest_supported():
    found = {s[:80]: [str(f) for f in newer_constructs(s)] for s in _all_statements()}
    assert {s: f for s, f in found.items() if f} == {}


def test_the_readme_names_the_oldest_neo4j_it_supports():
    readme = REPO.joinpath("README.md").read_text(encoding="utf-8")
    oldest = ".".join(map(str, OLDEST_NEO4J))
    assert re.search(rf"Neo4j {re.escape(oldest)}\b", readme), f"README must name Neo4j {oldest} as the oldest"


@pytest.mark.parametrize("query, since", [
    # the form two named queries used, which Neo4j 5.3 rejected
    ("CALL () { MATCH (a)-[r]->(b) RETURN a, b } RETURN a, b", "5.23"),
    ("MATCH (a) CALL (a) { MATCH (a)-->(b) RETURN b } RETURN b", "5.23"),
    ("MATCH (g:Group) RETURN COUNT { (g)-[:SAID]->(:Quote) } AS quotes", "5.3"),
    ("MATCH (a) RETURN COLLECT { MATCH (a)-->(b) RETURN b.name } AS names", "5.6"),
    ("MATCH (a)((x)-[:SPEAKS_FOR]->(y)){1,3}(b) RETURN a, b", "5.9"),
    ("MATCH (a)-[:SPEAKS_FOR]->{1,3}(b) RETURN a, b", "5.9"),
    ("MATCH (a) WHERE a.name IS :: STRING RETURN a", "5.9"),
    ("MATCH p = ANY SHORTEST (a)-[:ALLY_OF]-+(b) RETURN p", "5.21"),
    ("MATCH p = SHORTEST 2 (a)--+(b) RETURN p", "5.21"),
    ("MATCH (a) SET a.seen = true FINISH", "5.19"),
    ("MATCH (a) RETURN a ORDER BY a.id OFFSET 10", "5.24"),
    ("MATCH (a:$($label)) RETURN a", "5.26"),
    ("RETURN normalize('é') AS n", "5.17"),
    ("RETURN nullIf(1, 1) AS n", "5.25"),
    ("LET x = 1\nRETURN x", "2025.06"),
])
def test_constructs_newer_than_neo4j_5_0_are_found(query, since):
    found = newer_constructs(query)
    assert [f.since for f in found] == [since], found


@pytest.mark.parametrize("query", [
    "MATCH (a) CALL { WITH a MATCH (a)-->(b) RETURN b UNION ALL WITH a MATCH (a)<--(b) RETURN b } RETURN b",
    "MATCH p = (s)-[:SPEAKS_FOR*1..3]->(e) RETURN p",
    "MATCH (a) WHERE EXISTS { (a)-[:SAID]->(:Quote) } RETURN size([(a)-[:SAID]->(q) | q]) AS n",
    "MATCH (a) WHERE any(x IN a.aliases WHERE x = 'COUNT { }') RETURN a.offset AS offset // CALL () {",
    "MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN CASE WHEN length(p) > 1 THEN 'far' ELSE 'near' END AS d",
])
def test_neo4j_5_0_constructs_are_not_flagged(query):
    assert newer_constructs(query) == []
