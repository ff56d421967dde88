"""Extraction as the commands run it: progress, cache, skipped inputs and the exit status they decide."""

from __future__ import annotations

import itertools
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

from ..scale import extract
from ..model import Document, Extraction
from ..sources import display_name, iter_documents

from ._failures import EXIT_PROBLEMS, NoInput, StrictStop


@dataclass
class Tally:
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


def extractions(inputs: tuple[str, ...], model: str | None, quiet: bool,
                 tally: Tally | None = None, strict: bool = False, *, workers: int = 1,
                 cache: Path | None = None, dask_address: str | None = None,
                 exclude: tuple[Path, ...] = ()) -> Iterator[Extraction]:
    """Extractions of every input document; ``NoInput`` (before anything is written or
    cached) when not one document could be read."""
    tally = tally if tally is not None else Tally()
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

    from .. import progress
    from ..parallel import default_workers

    show = progress.wanted(quiet)
    meter = progress.bar(progress.estimate_documents(inputs) if show else None, "doc", "extracting", show)

    store = None
    if cache is not None:
        from ..cache import ExtractionCache
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
