"""Neo4jStore settings and the rules that need no server."""

from __future__ import annotations

import pytest

from quotegraph import StoreError
from quotegraph.stores.neo4j_store import Neo4jStore, constraint_statements, relationship_statements


def test_settings_come_from_the_environment_and_flags_override(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    monkeypatch.setenv("NEO4J_DATABASE", "diplomacy")
    with Neo4jStore.from_env() as store:  # no connection until first use
        assert (store.uri, store.user, store.database) == ("neo4j://db.example:7687", "analyst", "diplomacy")
    with Neo4jStore.from_env(uri="bolt://other:7687", database=None) as store:
        assert (store.uri, store.database) == ("bolt://other:7687", "diplomacy")


def test_missing_password_and_bad_uri_are_clear(monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(StoreError, match="NEO4J_PASSWORD"):
        Neo4jStore.from_env()
    with pytest.raises(StoreError, match="bad Neo4j URI"):
        Neo4jStore("localhost:7687", "neo4j", "secret")


def test_only_model_labels_and_types_reach_the_cypher_text():
    assert len(constraint_statements()) == 7
    assert all("IF NOT EXISTS" in s and "REQUIRE n.id IS UNIQUE" in s for s in constraint_statements())
    with pytest.raises(ValueError):
        relationship_statements("SAID]->() DETACH DELETE n //", "Person", "Quote")
    with pytest.raises(ValueError):
        relationship_statements("SAID", "Person`) DETACH DELETE n //", "Quote")
