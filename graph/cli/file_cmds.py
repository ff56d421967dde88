"""`quotegraph export` and `quotegraph view`: graph files for Gephi and the browser."""

from __future__ import annotations

from pathlib import Path

import click

from ..fileio import check_output
from ..sources import display_name
from ..stores.graphml import write_graphml
from ..view import DEFAULT_TOP_N, read_view_source, write_view

from ._failures import Fatal, fail_cleanly
from ._graph_input import load_with_progress, note_mismatch, refuse_no_documents
from ._group import main


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
@fail_cleanly
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
    note_mismatch(source)
    if fmt != "neo4j-import":
        check_output(output)  # a device or a FIFO is refused before the graph is built
    G = load_with_progress(source, "reading", quiet)
    refuse_no_documents(G, source, "nothing to export, no file was written")
    if fmt == "neo4j-import":
        from ..stores.neo4j_import import SCRIPT, write_neo4j_import
        files = write_neo4j_import(G, output)
        click.echo(f"wrote {output}/ ({files.nodes} nodes, {files.relationships} relationships); "
                   f"load it with: sh {output / SCRIPT} [DATABASE]", err=True)
        return
    from ..stores.projection import actor_projection, as_multigraph, write_gexf

    H = actor_projection(G) if actors or fmt == "gexf" else G
    if fmt == "graphml":
        write_graphml(as_multigraph(H) if H is not G else G, output)
    elif fmt == "gexf":
        write_gexf(H, output, colour_by=colour_by)
    else:
        from ..stores.networkx_store import save_graph
        save_graph(H, output)
    nodes, edges = ("actors", "weighted edges") if H is not G else ("nodes", "edges")
    click.echo(f"wrote {output} ({H.number_of_nodes()} {nodes}, {H.number_of_edges()} {edges})", err=True)


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
@fail_cleanly
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
    from ..view import page_source, view_input

    read_from = view_input(source)
    if page_source(read_from) is not None:
        raise Fatal(f"{display_name(str(read_from))} is a page quotegraph wrote, not a graph: give a folder "
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
                raise Fatal(f"{display_name(str(output))} already exists ({what}) and was left as it is: "
                             f"write the view of {display_name(str(read_from))} elsewhere with -o FILE, "
                             f"or replace it with --force")
    if output.resolve() == source.resolve() or output.resolve() == read_from.resolve():
        raise click.UsageError(f"{output} is the input; give another file with -o")
    check_output(output)  # a device or a FIFO is refused before the graph is read
    replacing = output.exists()
    G, sentences = read_view_source(source)
    refuse_no_documents(G, read_from, "nothing to show, no page was written")
    write_view(G, output, sentences, top_n=top_n, title=title, source=read_from.name)
    click.echo(f"wrote {output}" + (" (replacing the page that was there)" if replacing else ""), err=True)
    if open_browser:
        import webbrowser

        if not webbrowser.open(output.resolve().as_uri()):
            click.echo(f"quotegraph: no web browser found; open {output} by hand", err=True)
