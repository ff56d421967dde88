"""Reading a graph a command was given: progress, and refusing what is no graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..sources import display_name
from ..stores.networkx_store import load_graph

from ._failures import NoInput


def load_with_progress(source: Path, desc: str, quiet: bool = False) -> Any:
    """``load_graph(source)`` with a bar over the documents of an extract JSONL (at a terminal)."""
    from .. import progress

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


def refuse_no_documents(G: Any, source: Path, nothing: str) -> None:
    """An input graph without a single node (an empty JSONL, a GraphML of no nodes) is bad input
    like any other: one line naming it, exit status 2, not a silent empty output. So is the
    actor graph `export --actors` writes: it has no quotes, documents or relation types left,
    so every query on it answers no rows and its view and exports are empty."""
    from ..schema import DOCUMENT_LABEL, QUOTE_LABEL

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


def note_mismatch(source: Path) -> None:
    """A warning when ``source`` is one of a ``run``'s pair and the other is from another run."""
    from ..runfiles import check_run

    if (problem := check_run(source)) is not None:
        click.echo(f"quotegraph: warning: {problem}", err=True)
