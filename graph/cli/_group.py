"""The `quotegraph` command group: --version, --debug, signals."""

from __future__ import annotations


import click

from .. import __version__

from ._failures import catch_signals


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
    catch_signals(click.get_current_context())
