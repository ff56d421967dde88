"""Fixtures for the stores: a Bolt server (our own ArcadeDB, or a real Neo4j when NEO4J_URI is
set), a store that cleans up what each test loaded, and a small hand-written fictional corpus
that has every relation the named queries ask about (the seeds have few of them)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterator

import networkx as nx
import pytest

from stores.fiction import fictional_corpus
from quotegraph.model import Extraction

RETRY_SECONDS = 1.0  # the driver's default (30 s) would make the "server went away" tests crawl


@dataclass
class BoltTarget:
    uri: str
    user: str
    password: str
    database: str | None
    local: Any = None  # the LocalBoltServer when we started ArcadeDB ourselves, else None


@pytest.fixture(scope="session")
def bolt(tmp_path_factory) -> Iterator[BoltTarget]:
    """One Bolt server for the session: NEO4J_URI if set, else ArcadeDB on a free local port."""
    from quotegraph.stores.neo4j_store import Neo4jStore

    if os.environ.get("NEO4J_URI"):
        target = BoltTarget(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                            os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE") or None)
        with Neo4jStore(target.uri, target.user, target.password, target.database) as store:
            if store.counts()["nodes"]:
                pytest.skip(f"{target.uri} is not empty: the store tests need an empty database "
                            "(they delete only what they load)")
        yield target
        return
    pytest.importorskip("arcadedb_embedded", reason="needs the 'arcadedb' extra for a local Bolt server")
    from quotegraph.bolt_server import LocalBoltServer

    local = LocalBoltServer(tmp_path_factory.mktemp("bolt"), heap="512m")
    server = local.start()
    try:
        yield BoltTarget(server.uri, server.user, server.password, server.database, local)
    finally:
        local.stop()


class Db:
    """A store for one test; everything loaded through it is deleted afterwards."""

    def __init__(self, target: BoltTarget) -> None:
        from quotegraph.stores.neo4j_store import Neo4jStore

        self.target = target
        self.store = Neo4jStore(target.uri, target.user, target.password, target.database,
                                max_retry_time=RETRY_SECONDS, connection_timeout=5)
        self.graphs: list[nx.MultiDiGraph] = []

    def load(self, G: nx.MultiDiGraph, **kwargs: Any):
        self.graphs.append(G)
        return self.store.load_graph(G, **kwargs)

    def track(self, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
        self.graphs.append(G)
        return G

    def cleanup(self) -> None:
        from quotegraph.stores.neo4j_store import Neo4jStore

        # A fresh store: the test may have closed its own, or left the server restarted.
        with Neo4jStore(self.target.uri, self.target.user, self.target.password, self.target.database,
                        max_retry_time=5) as store:
            for G in self.graphs:
                store.delete_graph(G)
        self.store.close()


@pytest.fixture
def db(bolt) -> Iterator[Db]:
    d = Db(bolt)
    before = d.store.counts()
    assert before["nodes"] == 0, "a previous test left data behind"
    try:
        yield d
    finally:
        if bolt.local is not None and not bolt.local.is_running():
            bolt.local.start()
        d.cleanup()


@pytest.fixture(scope="session")
def fiction() -> list[Extraction]:
    return fictional_corpus()
