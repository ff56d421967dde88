"""Neo4j over Bolt, with the official ``neo4j`` driver: load the graph, run the named queries.

The rows come from the same NetworkX graph (``build_graph``) that the GraphML export and the
embedded queries use, so every store holds the same nodes, relationships and properties.

How a load goes:

* one uniqueness constraint per node label, created with ``IF NOT EXISTS`` (idempotent);
* nodes first, label by label, then relationships, type by type, in ``UNWIND $rows`` batches
  of ``batch_size`` rows, each batch one ``execute_write`` transaction (a failed batch rolls
  back whole);
* nodes are ``MERGE``d on ``id`` and relationships on ``key`` (type + document + offsets, the
  NetworkX edge key), so loading the same corpus twice changes no counts and loading another
  corpus merges with what is there (by the rule of ``merge_node_attrs``); an actor already
  stored under another entity label (an earlier load typed it differently) keeps that label,
  so it stays one node;
* labels and relationship types are spliced into the Cypher text only from the model's fixed
  lists (``schema.checked_label``/``checked_rel_type``); every value is a parameter.

>>> with Neo4jStore("neo4j://localhost:7687", "neo4j", "secret") as store:   # doctest: +SKIP
...     store.load(read_jsonl(open("quotes.jsonl")))
...     store.run("most_quoted", limit=5)
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from ..errors import QueryError, StoreError
from ..model import Extraction
from ..schema import ENTITY_LABELS, ENTITY_RELS, NODE_LABELS, REL_TYPES, checked_label, checked_rel_type
from .networkx_store import build_graph, merge_node_attrs

__all__ = ["LoadStats", "Neo4jStore", "DEFAULT_URI", "DEFAULT_USER", "constraint_statements",
           "node_statements", "relationship_statements", "load_statements", "other_statements"]

DEFAULT_URI = "neo4j://localhost:7687"
DEFAULT_USER = "neo4j"

# NetworkX attributes that exist for Gephi and Cytoscape: in Neo4j they are the node's label and
# the relationship's type themselves, so they are not stored again as properties.
_NODE_DISPLAY = ("labels", "label")
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_EDGE_DISPLAY = ("type", "label", "interaction")


@dataclass(frozen=True)
class LoadStats:
    """What a load sent: rows per kind, transactions, and how long it took."""

    nodes: int
    relationships: int
    batches: int
    seconds: float


# ---------------------------------------------------------------------------------------------
# The Cypher the loader sends (functions of the fixed labels and types only; tests lint them all)


def constraint_statements() -> list[str]:
    """One ``CREATE CONSTRAINT … IF NOT EXISTS`` per node label."""
    return [
        f"CREATE CONSTRAINT quotegraph_{label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{checked_label(label)}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]


def node_statements(label: str) -> tuple[str, str]:
    """(read the existing nodes of a batch, write the batch) for one label."""
    label = checked_label(label)
    read = f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props"
    write = (f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n = row.props "
             "RETURN count(n) AS written")
    return read, write


def stored_ids_statement(label: str) -> str:
    """Which of the ids ``$ids`` the database holds under ``label``."""
    return f"MATCH (n:{checked_label(label)}) WHERE n.id IN $ids RETURN n.id AS id"


def relationship_statements(rel_type: str, start_label: str, end_label: str) -> tuple[str, str | None]:
    """(write a batch of relationships, recompute what depends on them or None)."""
    rel_type = checked_rel_type(rel_type)
    a, b = checked_label(start_label), checked_label(end_label)
    write = (f"UNWIND $rows AS row MATCH (a:{a} {{id: row.u}}) MATCH (b:{b} {{id: row.v}}) "
             f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) ON CREATE SET r = row.props "
             "RETURN count(r) AS written")
    after = None
    if rel_type == "MENTIONS":
        # An entity's `mentions` is the sum over the documents that mention it: recomputed from
        # the MENTIONS relationships, so a corpus loaded twice or in parts still adds up right.
        after = (f"UNWIND $ids AS id MATCH (n:{b} {{id: id}}) "
                 "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n) "
                 "WITH n, sum(m.count) AS total SET n.mentions = total")
    return write, after


def _count_statements() -> dict[str, str]:
    out = {"nodes": "MATCH (n) RETURN count(n) AS c", "relationships": "MATCH ()-[r]->() RETURN count(r) AS c"}
    for label in NODE_LABELS:
        out[label] = f"MATCH (n:{checked_label(label)}) RETURN count(n) AS c"
    for rel_type in REL_TYPES:
        out[rel_type] = f"MATCH ()-[r:{checked_rel_type(rel_type)}]->() RETURN count(r) AS c"
    return out


def community_statements() -> tuple[list[str], list[str]]:
    """(the reads that give the actor graph, one write per entity label) of ``update_communities``."""
    rels = "|".join(checked_rel_type(t) for t in ENTITY_RELS)
    reads = [f"MATCH (a)-[r:{rels}]->(b) RETURN a.id AS u, b.id AS v, type(r) AS kind",
             "MATCH (a)-[:SAID]->(q:Quote)-[:ADDRESSED_TO]->(b) RETURN a.id AS u, b.id AS v, 'SAID_TO' AS kind",
             "MATCH (m)-[:REPORTED]->(q:Quote)<-[:SAID]-(s) RETURN m.id AS u, s.id AS v, 'REPORTED' AS kind"]
    writes = [f"UNWIND $rows AS row MATCH (a:{checked_label(label)} {{id: row.id}}) SET a.community = row.community"
              for label in ENTITY_LABELS.values()]
    return reads, writes


_ACTORS_STATEMENT = ("MATCH (a) WHERE " + " OR ".join(f"a:{checked_label(x)}" for x in ENTITY_LABELS.values())
                     + " RETURN a.id AS id, a.name AS name, a.aliases AS aliases ORDER BY id")


def _delete_statement(label: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{checked_label(label)} {{id: id}}) DETACH DELETE n"


def load_statements(G: nx.MultiDiGraph) -> list[str]:
    """Every distinct Cypher statement that loading ``G`` sends, in order (the tests lint them)."""
    out = ["RETURN 1 AS ok", *constraint_statements(), *map(stored_ids_statement, ENTITY_LABELS.values())]
    for label, _rows in _node_groups(G):
        out += node_statements(label)
    for (rel_type, a, b), _rows in _relationship_groups(G):
        out += [s for s in relationship_statements(rel_type, a, b) if s]
    return list(dict.fromkeys(out))


def other_statements() -> list[str]:
    """The statements of ``counts`` and ``delete_graph`` (for linting)."""
    reads, writes = community_statements()
    return [*_count_statements().values(), *(_delete_statement(label) for label in NODE_LABELS), _ACTORS_STATEMENT,
            *reads, *writes, *_actor_id_statements()]


def _actor_id_statements() -> list[str]:
    return [f"MATCH (a:{checked_label(label)}) RETURN a.id AS id" for label in ENTITY_LABELS.values()]


# ---------------------------------------------------------------------------------------------
# Rows from the NetworkX graph


def _node_props(node_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in attrs.items() if v is not None and k not in _NODE_DISPLAY}
    props["id"] = node_id
    return props


def _node_label(G: nx.MultiDiGraph, node_id: str) -> str:
    label = G.nodes[node_id].get("labels")
    if label not in NODE_LABELS:
        raise StoreError(f"node {node_id!r} has no label of the quotegraph model (got {label!r}): "
                         "is the input extract JSONL complete?")
    return label


def _node_groups(G: nx.MultiDiGraph) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """Node rows by label, in the model's label order, each sorted by id."""
    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = {label: [] for label in NODE_LABELS}
    for node_id, attrs in G.nodes(data=True):
        by_label[_node_label(G, node_id)].append((str(node_id), _node_props(str(node_id), attrs)))
    return [(label, sorted(by_label[label], key=lambda r: r[0])) for label in NODE_LABELS if by_label[label]]


def _relationship_groups(G: nx.MultiDiGraph) -> list[tuple[tuple[str, str, str], list[dict[str, Any]]]]:
    """Relationship rows by (type, start label, end label), types in the model's order."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, key, attrs in G.edges(keys=True, data=True):
        rel_type = attrs.get("type")
        if rel_type not in REL_TYPES:
            raise StoreError(f"relationship {u!r}->{v!r} ({key!r}) has no type of the quotegraph model")
        props = {k: val for k, val in attrs.items() if val is not None and k not in _EDGE_DISPLAY}
        props["key"] = str(key)
        groups.setdefault((rel_type, _node_label(G, u), _node_label(G, v)), []).append(
            {"u": str(u), "v": str(v), "key": str(key), "props": props})
    order = {t: i for i, t in enumerate(REL_TYPES)}
    return [(g, sorted(groups[g], key=lambda r: (r["u"], r["v"], r["key"])))
            for g in sorted(groups, key=lambda g: (order[g[0]], g[1], g[2]))]


@contextlib.contextmanager
def _whole_batch() -> Iterator[None]:
    """Let a batch's transaction finish before a Ctrl-C or SIGTERM takes effect: a signal in the
    middle of a Bolt message leaves the connection waiting for an answer that never comes, and
    the driver's clean-up then hangs. A second signal acts at once. Every write of the store
    (loading, community numbers, deleting) runs its batches inside one."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def hold(signum: int, frame: Any) -> None:
        if caught:  # the second one: do not wait
            _restore()
            _deliver(signum, frame)
        caught.append(signum)

    def _restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    def _deliver(signum: int, frame: Any) -> None:
        handler = previous[signum]
        if callable(handler):
            handler(signum, frame)
        elif handler == signal.SIG_DFL:
            signal.default_int_handler(signum, frame) if signum == signal.SIGINT else os.kill(os.getpid(), signum)

    for sig in previous:
        signal.signal(sig, hold)
    try:
        yield
    finally:
        _restore()
    if caught:
        _deliver(caught[0], None)


def _chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# ---------------------------------------------------------------------------------------------


class Neo4jStore:
    """A Neo4j (or any Bolt server's) database holding the quotegraph model; a context manager.

    ``max_retry_time`` is how long the driver keeps retrying a transaction when the server is
    unreachable (the driver's default is 30 s); ``connection_timeout`` bounds each attempt.
    """

    def __init__(self, uri: str, user: str, password: str, database: str | None = None, *,
                 max_retry_time: float = 30.0, connection_timeout: float = 10.0) -> None:
        import neo4j

        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in _SCHEMES:
            raise StoreError(f"bad Neo4j URI {uri!r}: expected bolt://HOST:PORT or neo4j://HOST:PORT "
                             f"(schemes: {', '.join(_SCHEMES)})")
        self.uri = uri
        self.user = user
        self.database = database or None
        self._where = f"{uri}" + (f" (database {database!r})" if database else "")
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password), max_transaction_retry_time=max_retry_time,
                connection_timeout=connection_timeout, connection_acquisition_timeout=connection_timeout * 2)
        except ValueError as exc:  # a malformed URI, an unknown scheme
            raise StoreError(f"bad Neo4j URI {uri!r}: {exc}") from exc
        self._checked = False
        self._retry_time = max_retry_time

    @classmethod
    def from_env(cls, **overrides: Any) -> "Neo4jStore":
        """A store configured from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE;
        keyword arguments (uri, user, password, database, ...) override them when not None."""
        settings: dict[str, Any] = {
            "uri": os.environ.get("NEO4J_URI") or DEFAULT_URI,
            "user": os.environ.get("NEO4J_USERNAME") or DEFAULT_USER,
            "password": os.environ.get("NEO4J_PASSWORD"),
            "database": os.environ.get("NEO4J_DATABASE") or None,
        }
        settings.update({k: v for k, v in overrides.items() if v is not None})
        if not settings["password"]:
            raise StoreError(f"no password for Neo4j at {settings['uri']}: set NEO4J_PASSWORD or pass --password")
        return cls(**settings)

    # -- plumbing ------------------------------------------------------------------------------

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._driver.close()

    @contextlib.contextmanager
    def _errors(self, doing: str, query: bool = False) -> Iterator[None]:
        """Driver exceptions → one StoreError line that says what failed and what to do."""
        from neo4j import exceptions as ne

        try:
            yield
        except StoreError:
            raise
        except ne.AuthError as exc:
            raise StoreError(f"{self._where} rejected user {self.user!r}: wrong user name or password "
                             f"({_short(exc)})") from exc
        except (ne.ServiceUnavailable, ne.SessionExpired, ConnectionError, OSError) as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri} while {doing}: {_short(exc)} "
                             "(is the server running, and is the URI right?)") from exc
        except ne.Neo4jError as exc:
            code = exc.code or ""
            if code.endswith("DatabaseNotFound"):
                raise StoreError(f"{self.uri} has no database {self.database!r}: create it or pick "
                                 "another with --database / NEO4J_DATABASE") from exc
            if query and (".Statement." in code or ".Procedure." in code):
                raise QueryError(f"Cypher rejected while {doing}: {_short(exc)}") from exc
            raise StoreError(f"Neo4j at {self.uri} failed while {doing}: {_short(exc)}") from exc
        except ne.DriverError as exc:
            raise StoreError(f"Neo4j driver error while {doing} ({self.uri}): {_short(exc)}") from exc

    def _session(self, read: bool = False) -> Any:
        import neo4j

        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def check(self) -> None:
        """Connect, log in and open the database once; StoreError with the reason if not.

        An unreachable server is tried again for ``max_retry_time`` seconds, as the driver
        does for later transactions (a server still starting up is waited for)."""
        if self._checked:
            return
        from neo4j import exceptions as ne

        give_up = time.monotonic() + self._retry_time
        pause = 0.25
        while True:
            try:
                with self._errors("connecting"):
                    self._driver.verify_connectivity()
                    with self._session(read=True) as session:
                        session.run("RETURN 1 AS ok").consume()
                break
            except StoreError as exc:
                unreachable = isinstance(exc.__cause__, (ne.ServiceUnavailable, ne.SessionExpired,
                                                          ConnectionError, OSError))
                remaining = give_up - time.monotonic()
                if not unreachable or remaining <= 0:
                    raise
                time.sleep(min(pause, remaining))
                pause = min(2.0, pause * 2)
        self._checked = True

    # -- loading ------------------------------------------------------------------------------

    def ensure_constraints(self) -> None:
        """Create the uniqueness constraints (one per label) if they are not there yet."""
        self.check()
        with self._errors("creating constraints"), self._session() as session:
            for statement in constraint_statements():
                session.run(statement).consume()

    def load(self, extractions: Iterable[Extraction], batch_size: int = 1000,
             on_batch: Callable[[int, int], None] | None = None) -> LoadStats:
        """Load extractions (merged into one graph first, as ``build_graph`` does)."""
        return self.load_graph(build_graph(extractions), batch_size=batch_size, on_batch=on_batch)

    def load_graph(self, G: nx.MultiDiGraph, batch_size: int = 1000,
                   on_batch: Callable[[int, int], None] | None = None) -> LoadStats:
        """Load a graph built by ``build_graph``: nodes, then relationships, batch by batch.

        ``on_batch(done, total)`` is called after each committed batch. When a batch fails,
        the batches before it stay committed and the StoreError says so; loading again
        completes the load without duplicates.
        """
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, got {batch_size}")
        begin = time.monotonic()
        jobs = self._plan(G, batch_size)  # checks the graph before the database is touched
        self.ensure_constraints()
        relabelled = self._with_stored_labels(G, batch_size)
        if relabelled is not G:
            jobs = self._plan(relabelled, batch_size)
        done = 0
        with self._session() as session:
            for what, work, size in jobs:
                with self._errors(f"loading {what} (batch {done + 1} of {len(jobs)}: at least {done} "
                                  f"batch{'es' * (done != 1)} committed, and batch {done + 1} may have been; "
                                  "re-run the same load to complete it)"):
                    with _whole_batch():
                        session.execute_write(work)
                done += 1
                if on_batch is not None:
                    on_batch(done, len(jobs))
        self.update_communities()
        return LoadStats(nodes=G.number_of_nodes(), relationships=G.number_of_edges(),
                         batches=len(jobs), seconds=time.monotonic() - begin)

    def update_communities(self, batch_size: int = 5000) -> int:
        """Compute the Louvain communities of every actor the database holds (with networkx, as
        ``build_graph`` does for its graph) and store them as ``community``: after a load of
        another corpus the communities are those of the whole merged graph. Returns how many."""
        from .projection import community_numbers

        reads, writes = community_statements()
        with self._errors("computing the communities of the stored actors"), self._session() as session:
            labels: dict[str, str] = {}
            for label, statement in zip(ENTITY_LABELS.values(), _actor_id_statements()):
                for rec in session.run(statement):
                    labels.setdefault(str(rec["id"]), label)
            statements = [(str(rec["u"]), str(rec["v"]), rec["kind"]) for text in reads for rec in session.run(text)]
            numbers = community_numbers(labels, [s for s in statements if s[0] in labels and s[1] in labels])
            for label, write in zip(ENTITY_LABELS.values(), writes):
                rows = [{"id": i, "community": c} for i, c in sorted(numbers.items()) if labels[i] == label]
                for chunk in _chunks(rows, batch_size):
                    with _whole_batch():
                        session.execute_write(lambda tx, c=chunk, w=write: tx.run(w, rows=c).consume())
        return len(set(numbers.values()))

    def _with_stored_labels(self, G: nx.MultiDiGraph, batch_size: int) -> nx.MultiDiGraph:
        """``G``, or a copy where an actor the database already holds under another entity label
        (typed differently by an earlier load) takes that label, so that it stays one node."""
        entity_labels = list(ENTITY_LABELS.values())
        ids = sorted(str(n) for n, d in G.nodes(data=True) if d.get("labels") in entity_labels)
        if not ids:
            return G
        stored: dict[str, str] = {}
        with self._errors("reading the labels of stored actors"), self._session() as session:
            for label in entity_labels:
                statement = stored_ids_statement(label)
                for chunk in _chunks(ids, batch_size):
                    for rec in session.run(statement, ids=chunk):
                        stored.setdefault(rec["id"], label)
        moved = {i: label for i, label in stored.items() if G.nodes[i]["labels"] != label}
        if not moved:
            return G
        H = G.copy()
        type_of = {label: t for t, label in ENTITY_LABELS.items()}
        for node_id, label in moved.items():
            H.nodes[node_id].update(labels=label, type=type_of[label])
        return H

    def _plan(self, G: nx.MultiDiGraph, batch_size: int) -> list[tuple[str, Callable[[Any], None], int]]:
        jobs: list[tuple[str, Callable[[Any], None], int]] = []
        for label, rows in _node_groups(G):
            for chunk in _chunks(rows, batch_size):
                jobs.append((f"{label} nodes", _node_writer(label, chunk), len(chunk)))
        for (rel_type, a, b), rel_rows in _relationship_groups(G):
            for rel_chunk in _chunks(rel_rows, batch_size):
                jobs.append((f"{rel_type} relationships", _relationship_writer(rel_type, a, b, rel_chunk),
                             len(rel_chunk)))
        return jobs

    # -- reading ------------------------------------------------------------------------------

    def cypher(self, text: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run Cypher; values only as parameters (``$name``). Rows as dicts, in order."""
        self.check()
        from neo4j import Query

        with self._errors("running Cypher", query=True), self._session() as session:
            result = session.run(Query(text), params)
            return [record.data() for record in result]

    def read(self, text: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run Cypher that only reads: in a read session (a server that enforces access modes
        refuses writes), and rolled back with ``QueryError`` if the server reports that it
        changed anything all the same."""
        self.check()
        with self._errors("running Cypher", query=True), self._session(read=True) as session:
            tx = session.begin_transaction()
            try:
                result = tx.run(text, params)
                rows = [record.data() for record in result]
                counters = result.consume().counters
                if counters.contains_updates or counters.contains_system_updates:
                    raise QueryError("this Cypher writes to the database; it was rolled back "
                                     "(quotegraph cypher --write runs it in a write session)")
                tx.commit()
            finally:
                if not tx.closed():
                    tx.rollback()
        return rows

    def run(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run a named query from cypher/ (see ``quotegraph.queries``) with its parameters,
        in a read session."""
        from ..queries import finish_rows, get_query

        query = get_query(name)
        values = query.bind(params, actors=self.actors)
        rows = self.read(query.cypher, **values)
        return finish_rows(query, rows)

    def actors(self) -> list[Any]:
        """Every actor's id, name and aliases: what name lookup (``quotegraph.names``) needs."""
        from ..names import Actor

        rows = self.read(_ACTORS_STATEMENT)
        return [Actor(str(r["id"]), r["name"], tuple(r["aliases"] or ())) for r in rows]

    def counts(self) -> dict[str, int]:
        """Nodes and relationships in the database: totals and per label / type."""
        self.check()
        with self._errors("counting"), self._session(read=True) as session:
            return {what: int(session.run(text).single(strict=True)["c"])
                    for what, text in _count_statements().items()}

    def delete_graph(self, G: nx.MultiDiGraph, batch_size: int = 1000) -> None:
        """Remove the nodes of ``G`` (by label and id) and their relationships: undoing a load."""
        self.check()
        by_label: dict[str, list[str]] = {}
        for node_id in G.nodes:
            by_label.setdefault(_node_label(G, node_id), []).append(str(node_id))
        with self._errors("deleting nodes"), self._session() as session:
            for label, ids in sorted(by_label.items()):
                statement = _delete_statement(label)
                for chunk in _chunks(sorted(ids), batch_size):
                    with _whole_batch():
                        session.execute_write(lambda tx, c=chunk: tx.run(statement, ids=c).consume())


def _node_writer(label: str, chunk: list[tuple[str, dict[str, Any]]]) -> Callable[[Any], None]:
    read, write = node_statements(label)

    def work(tx: Any) -> None:
        # Read-merge-write inside one transaction: nodes already there (from another corpus)
        # merge by the same rule as in NetworkX; a node's properties are then replaced whole.
        ids = [node_id for node_id, _ in chunk]
        existing = {rec["id"]: dict(rec["props"]) for rec in tx.run(read, ids=ids)}
        rows = []
        for node_id, props in chunk:
            merged = merge_node_attrs(existing[node_id], props) if node_id in existing else props
            rows.append({"id": node_id, "props": merged})
        written = tx.run(write, rows=rows).single(strict=True)["written"]
        if written != len(rows):
            raise StoreError(f"{label} batch: wrote {written} of {len(rows)} nodes; rolled back")

    return work


def _relationship_writer(rel_type: str, a: str, b: str, chunk: list[dict[str, Any]]) -> Callable[[Any], None]:
    write, after = relationship_statements(rel_type, a, b)

    def work(tx: Any) -> None:
        written = tx.run(write, rows=chunk).single(strict=True)["written"]
        if written != len(chunk):
            # An end node is missing (only possible when the nodes were removed meanwhile):
            # raising rolls the whole batch back.
            raise StoreError(f"{rel_type} batch: wrote {written} of {len(chunk)} relationships "
                             f"(missing {a} or {b} nodes); rolled back")
        if after is not None:
            tx.run(after, ids=sorted({row["v"] for row in chunk})).consume()

    return work


def _short(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())[:300]
