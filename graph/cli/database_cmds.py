"""`quotegraph load`, `query`, `cypher` and `serve`: the graph in Neo4j (or a local Bolt server) and the named queries."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from ..errors import QuotegraphError
from ..stores.networkx_store import load_graph

from ._failures import fail_cleanly
from ._graph_input import load_with_progress, note_mismatch, refuse_no_documents
from ._group import main
from ._options import neo4j_options, param_option


def _neo4j_store(uri: str, user: str, password: str | None, database: str | None, retry_seconds: float) -> Any:
    import logging

    from ..stores.neo4j_store import Neo4jStore

    if not click.get_current_context().find_root().params.get("debug"):
        # The driver logs its own warnings ("Unable to retrieve routing information") on top of
        # the exception we turn into one line: keep stderr to that one line.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        logging.getLogger("neo4j").propagate = False
    return Neo4jStore.from_env(uri=uri, user=user, password=password, database=database,
                               max_retry_time=retry_seconds)


def _parse_params(pairs: tuple[str, ...], json_pairs: tuple[str, ...] = ()) -> tuple[dict[str, Any], dict[str, str]]:
    """(values, raw texts): ``--param`` values read as Cypher literals (``quotegraph.params``),
    ``--param-json`` values as JSON."""
    from ..params import parse_json_value, parse_literal

    values: dict[str, Any] = {}
    raw: dict[str, str] = {}
    for option, items in (("--param", pairs), ("--param-json", json_pairs)):
        for pair in items:
            key, sep, text = pair.partition("=")
            if not sep or not key.strip():
                raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint=option)
            key = key.strip()
            if option == "--param":
                values[key], raw[key] = parse_literal(text), text
            else:
                try:
                    values[key] = parse_json_value(text, key)
                except ValueError as exc:
                    raise click.BadParameter(str(exc), param_hint=option) from None
    return values, raw


def _named_query_values(query: Any, values: dict[str, Any], raw: dict[str, str]) -> dict[str, Any]:
    """A named query declares its parameter types: text, dates and names are taken as typed
    (``--param name=Joe Biden``, ``--param name=true`` is the text "true") unless quoted or, for
    names, a list; numbers are read as literals."""
    from ..params import is_quoted_string

    kinds = dict(zip(query.params, query.param_types))
    out = dict(values)
    for key, text in raw.items():
        kind = kinds.get(key)
        if kind in ("str", "date") and not is_quoted_string(text):
            out[key] = text
        elif kind == "actor" and not is_quoted_string(text) and not isinstance(values[key], list):
            out[key] = text
    return out


def _check_params(query: Any, values: dict[str, Any]) -> None:
    """The errors ``bind`` would give that do not need the graph: unknown, missing, mistyped."""
    from ..names import Actor

    try:
        query.bind(values, actors=lambda: [Actor("", None)])
    except QuotegraphError as exc:
        if not str(exc).startswith("no actor named"):
            raise


def _print_rows(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str], fmt: str) -> None:
    import csv
    import io
    import json

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
        return
    if not columns:
        click.echo(f"({len(rows)} rows)", err=True)
        return
    table = [[str(c) for c in columns]] + [[_cell(row.get(c), 60) for c in columns] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    for n, r in enumerate(table):
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


def _cell(value: Any, limit: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, (list, tuple)):
        text = "|".join(str(v) for v in value)
    else:
        text = str(value)
    if limit is not None:
        text = " ".join(text.split())  # one line per row in a table
        if len(text) > limit:
            text = text[: limit - 1] + "…"
    return text


@main.command("load")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--backend", type=click.Choice(["neo4j"]), default="neo4j", show_default=True,
              help="Where to load the graph.")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Rows per transaction (UNWIND batch).")
@neo4j_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
@fail_cleanly
def load_cmd(inputs: tuple[Path, ...], backend: str, batch_size: int, uri: str, user: str,
             password: str | None, database: str | None, retry_seconds: float, quiet: bool) -> None:
    """Load extract output (JSONL) or a saved graph into Neo4j.

    Nodes are merged on their id and relationships on their key, so loading the same file
    twice changes nothing and loading another corpus merges with what is there. If the load
    is interrupted, committed batches stay; run the same command again to complete it.

    \b
    Example:
      export NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=secret
      quotegraph load quotes.jsonl
    """
    with _neo4j_store(uri, user, password, database, retry_seconds) as store:
        from .. import progress

        for source in inputs:
            note_mismatch(source)
            G = load_with_progress(source, f"reading {source.name}", quiet)
            refuse_no_documents(G, source, "nothing to load")
            meter = progress.bar(None, "batch", f"loading {source.name}", progress.wanted(quiet))

            def on_batch(done: int, total: int, meter: Any = meter) -> None:
                if meter.total != total:
                    meter.total = total
                    meter.refresh()
                meter.update(1)

            try:
                stats = store.load_graph(G, batch_size=batch_size, on_batch=on_batch)
            finally:
                meter.close()
            click.echo(f"loaded {source}: {stats.nodes} nodes, {stats.relationships} relationships "
                       f"in {stats.batches} transactions ({stats.seconds:.1f} s)", err=True)
        counts = store.counts()
    click.echo(f"{store.uri} now holds {counts['nodes']} nodes and {counts['relationships']} relationships")


@main.command("query")
@click.argument("name", required=False)
@param_option
@click.option("--since", metavar="DATE", default=None,
              help="Only statements dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY), in the queries "
                   "that take dates (see --list).")
@click.option("--until", metavar="DATE", default=None,
              help="Only statements dated on or before DATE (a month or year: to its end).")
@click.option("--backend", type=click.Choice(["networkx", "neo4j"]), default="networkx", show_default=True,
              help="networkx: answer from --graph in memory; neo4j: run the Cypher on the server.")
@click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A file quotegraph wrote: extract JSONL, GraphML or graph JSON (with --backend networkx).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="json: a list of row objects keyed by column name.")
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@neo4j_options
@fail_cleanly
def query_cmd(name: str | None, params: tuple[str, ...], json_params: tuple[str, ...], since: str | None,
              until: str | None, backend: str, graph_file: Path | None, fmt: str, list_only: bool, uri: str,
              user: str, password: str | None, database: str | None, retry_seconds: float) -> None:
    """Run a named query (one of cypher/*.cypher) on NetworkX or Neo4j: same rows either way.

    Actor names are found as people type them: any case, with or without accents and
    punctuation, any alias or transliteration; a name that matches no actor is an error
    (exit status 2) that lists the closest names.

    \b
    Examples:
      quotegraph query --list
      quotegraph query most_quoted --param limit=5 --graph out/graph.graphml
      quotegraph query quotes_by_speaker --param name="joe biden" --since 2025-03 --graph out/quotes.jsonl
      quotegraph query path --param a="Steve Witkoff" --param b="Vladimir Putin" --backend neo4j
    """
    from ..queries import get_query, list_queries, run_query

    if list_only:
        for q in list_queries():
            defaults = dict(q.defaults)
            shown = ", ".join(p if p not in defaults else f"{p}={'null' if defaults[p] is None else defaults[p]}"
                              for p in q.params)
            click.echo(f"{q.name}" + (f" [{shown}]" if shown else ""))
            click.echo(f"    {q.description}")
        return
    if not name:
        raise click.UsageError("give a query NAME (see `quotegraph query --list`)")
    query = get_query(name)
    parsed, raw = _parse_params(params, json_params)
    values = _named_query_values(query, parsed, raw)
    values.update({k: v for k, v in (("since", since), ("until", until)) if v is not None})
    if backend == "networkx":
        if graph_file is None:
            raise click.UsageError("--graph FILE is needed with --backend networkx (or use --backend neo4j)")
        _check_params(query, values)  # parameter errors before reading the graph
        note_mismatch(graph_file)
        G = load_graph(graph_file)
        refuse_no_documents(G, graph_file, "nothing to query")
        rows = run_query(name, G, **values)
    else:
        if graph_file is not None:  # else the file is silently not read, and the server answers
            raise click.UsageError(f"--graph {graph_file} is read with --backend networkx; with --backend "
                                   f"neo4j the query runs on what the server holds (load the file with "
                                   f"`quotegraph load {graph_file}`)")
        with _neo4j_store(uri, user, password, database, retry_seconds) as store:
            rows = store.run(name, **values)
    _print_rows(rows, query.columns, fmt)


@main.command("cypher")
@click.argument("text", metavar="CYPHER")
@param_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--write", is_flag=True,
              help="Run in a write session (CREATE, MERGE, SET, DELETE ...). Without it the Cypher runs "
                   "in a read session, and anything that would change the database is rolled back.")
@neo4j_options
@fail_cleanly
def cypher_cmd(text: str, params: tuple[str, ...], json_params: tuple[str, ...], fmt: str, write: bool, uri: str,
               user: str, password: str | None, database: str | None, retry_seconds: float) -> None:
    """Run ad hoc Cypher on Neo4j; put values in --param, refer to them as $KEY.

    --param values are Cypher literals (0.8 is a number, true a boolean, [1, 2] a list,
    'Steve Witkoff' or plain Steve Witkoff text); --param-json takes JSON. The Cypher runs in a
    read session unless --write is given.

    \b
    Example:
      quotegraph cypher 'MATCH (p:Person {name: $name})-[:SAID]->(q) WHERE q.confidence > $c
                         RETURN q.text AS text' --param name="Steve Witkoff" --param c=0.8
    """
    values = _parse_params(params, json_params)[0]  # a bad --param is told before connecting
    with _neo4j_store(uri, user, password, database, retry_seconds) as store:
        rows = store.cypher(text, **values) if write else store.read(text, **values)
    columns = list(rows[0]) if rows else []
    _print_rows(rows, columns, fmt)


def _port_in_use(port: int) -> str:
    """Why ``port`` on 127.0.0.1 cannot be listened on ("" if it can), as a server would bind it."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Java's server sockets do
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return ""


@main.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=7687, show_default=True, help="Bolt port on 127.0.0.1.")
@click.option("--dir", "root_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path.home() / ".local" / "share" / "quotegraph" / "bolt", show_default=True,
              help="Where the database lives (kept between runs).")
@click.option("--password-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File whose first line is the password of user root (8 characters at least; fixed "
                   "when --dir is first created). Or set QUOTEGRAPH_SERVE_PASSWORD. Default: the one "
                   "kept in DIR/root-password, made at random on first start.")
@click.option("--database", default="quotegraph", show_default=True, help="Database to create or open.")
@fail_cleanly
def serve_cmd(port: int, root_dir: Path, password_file: Path | None, database: str) -> None:
    """Run a local Bolt server (ArcadeDB) so you can load and query with Cypher without Neo4j.

    Needs the optional extra: pip install 'quotegraph[arcadedb]'. Listens on 127.0.0.1 only
    (Bolt, and ArcadeDB's HTTP API on a free port); runs until Ctrl-C. The password never
    goes on a command line (yours or the server's). Not Neo4j: see "Cypher without Neo4j"
    in the README for what differs.

    \b
    Example (in one shell; load and query in another, with the exports it prints):
      quotegraph serve --dir ~/qg-bolt
      export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=root NEO4J_DATABASE=quotegraph
      export NEO4J_PASSWORD="$(head -n 1 ~/qg-bolt/root-password)"
      quotegraph load out/quotes.jsonl && quotegraph query most_quoted --backend neo4j
    """
    import time

    from ..bolt_server import BoltServerError, LocalBoltServer, free_port, serve_password
    from ..errors import StoreError

    try:
        import arcadedb_embedded  # noqa: F401
    except ImportError:
        raise StoreError("quotegraph serve needs the ArcadeDB extra, which is not installed: "
                         "pip install 'quotegraph[arcadedb]'") from None
    try:
        password = serve_password(root_dir, password_file)
        busy = _port_in_use(port)
        if busy:
            # Checked before starting: else ArcadeDB starts, fails to bind and the message is its log.
            raise StoreError(f"cannot start the local Bolt server: port {port} on 127.0.0.1 is in use "
                             f"({busy}: another quotegraph serve, a Neo4j, or another user's server); "
                             f"pick another with --port, e.g. --port {free_port()}")
        local = LocalBoltServer(root_dir, port=port, password=password, database=database)
        click.echo(f"starting ArcadeDB's Bolt server in {root_dir} …", err=True)
        server = local.start()
    except ValueError as exc:
        raise StoreError(str(exc)) from exc
    except BoltServerError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        first = first.split("; log ")[0]  # the log's path follows, once
        log = f"; see {local.log_path}" if local.log_path.exists() else ""
        raise StoreError(f"cannot start the local Bolt server on port {port}: {first}{log}") from exc
    try:
        click.echo(f"Bolt server ready: {server.uri}  user {server.user}  database {server.database}  "
                   f"(HTTP API on http://127.0.0.1:{local.http_port})")
        secret = ("password in " + str(password_file)) if password_file else (
            "password in $QUOTEGRAPH_SERVE_PASSWORD" if os.environ.get("QUOTEGRAPH_SERVE_PASSWORD")
            else f"password in {root_dir / 'root-password'}")
        click.echo(f"  ({secret})")
        click.echo(f"\n  export NEO4J_URI={server.uri} NEO4J_USERNAME={server.user} "
                   f"NEO4J_DATABASE={server.database}")
        # The password is never printed: the line reads it from where it is kept.
        import shlex

        kept = password_file if password_file else (
            None if os.environ.get("QUOTEGRAPH_SERVE_PASSWORD") else root_dir / "root-password")
        value = (f'"$(head -n 1 {shlex.quote(str(kept))})"' if kept is not None
                 else '"$QUOTEGRAPH_SERVE_PASSWORD"')
        click.echo(f"  export NEO4J_PASSWORD={value}")
        click.echo("  quotegraph load quotes.jsonl")
        click.echo("  quotegraph query most_quoted --backend neo4j")
        click.echo("\nPress Ctrl-C to stop.", err=True)
        while local.is_running():
            time.sleep(0.5)
        raise StoreError(f"the Bolt server stopped unexpectedly; see {local.log_path}")
    except KeyboardInterrupt:
        click.echo("stopping …", err=True)
    finally:
        local.stop()
