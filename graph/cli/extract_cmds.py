"""`quotegraph extract` and `quotegraph run`: articles in, quotes and graph out."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections import Counter
from pathlib import Path

import click

from ..corpus import corpus_id_map, corpus_types, remap_ids
from ..errors import QuotegraphError
from ..fileio import atomic_write, check_output
from ..model import dumps, read_jsonl
from ..naming import NameTally
from ..report import Summary
from ..sources import display_name
from ..stores.graphml import write_graphml
from ..stores.networkx_store import build_graph
from ..stores.projection import add_communities
from ..view import view_sentences, write_view

from ._extracting import Tally, extractions
from ._failures import Fatal, fail_cleanly
from ._group import main
from ._options import cache_path, inputs_argument, model_option, scale_options, strict_option


@main.command("extract")
@inputs_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write JSONL here (written whole at the end; finished documents are also kept "
                   "in OUTPUT.cache.sqlite for the next run); default: standard output.")
@model_option
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@fail_cleanly
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
    tally = Tally()
    if output is not None:
        try:
            check_output(output)  # refuse a device, a FIFO or a folder before any work
        except QuotegraphError as exc:
            # only extract can write to standard output: the hint belongs here, not in every command
            raise Fatal(f"{exc} (leave out -o to write to standard output)") from exc
    default_cache = Path(f"{output}.cache.sqlite") if output is not None else None
    records = extractions(inputs, model, quiet, tally, strict, workers=workers, dask_address=dask_address,
                           cache=cache_path(no_cache, cache_file, default_cache))
    if output is None:
        for ex in records:
            click.echo(dumps(ex))
    else:
        with atomic_write(output) as fh:
            for ex in records:
                fh.write(dumps(ex) + "\n")
    tally.exit_if_problems()


@main.command("run")
@inputs_argument
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for quotes.jsonl, graph.graphml and graph.html (created if missing).")
@model_option
@scale_options
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
@strict_option
@fail_cleanly
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
    from ..runfiles import RUN_FILES, check_run, write_run

    summary = Summary()
    tally = Tally()
    G = build_graph([])
    if out_dir.exists() and not out_dir.is_dir():
        raise Fatal(f"--out {display_name(str(out_dir))} is a file, not a folder")
    for name in RUN_FILES:
        check_output(out_dir / name)
    if (stale := check_run(out_dir / RUN_FILES[0])) is not None:
        click.echo(f"quotegraph: note: {stale}; this run writes both again", err=True)
    records = extractions(inputs, model, quiet, tally, strict, workers=workers, dask_address=dask_address,
                           cache=cache_path(no_cache, cache_file, out_dir / ".quotegraph-cache.sqlite"),
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
