"""Progress bars (tqdm) for the long commands, shown only to a person at a terminal.

A bar appears when stderr is a terminal, ``--quiet`` was not given and the ``CI`` variable is
unset: in pipes, logs and CI nothing is printed. The number of documents is estimated up front
(files to read, lines of JSONL) so that the bar shows an ETA besides documents per second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterable

from .sources import JSON_SUFFIXES, READ_SUFFIXES

__all__ = ["wanted", "bar", "estimate_documents", "count_lines"]


def wanted(quiet: bool = False) -> bool:
    """Whether to draw a bar: a terminal on stderr, not --quiet, not CI."""
    if quiet or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def bar(total: int | None, unit: str = "doc", desc: str | None = None, enabled: bool = True) -> Any:
    """A tqdm bar on stderr (``update(n)``, ``close()``), or a silent stand-in when not ``enabled``."""
    if not enabled:
        return _Silent()
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True, leave=False,
                smoothing=0.1, mininterval=0.25)


class _Silent:
    total: int | None = None

    def update(self, n: int = 1) -> None:
        pass

    def refresh(self) -> None:
        pass

    def close(self) -> None:
        pass


def count_lines(path: str | os.PathLike[str]) -> int | None:
    """Non-empty lines of a file (the records of a JSONL file), or None if it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return None


def estimate_documents(inputs: Iterable[str]) -> int | None:
    """About how many documents ``inputs`` hold (files to read; records of JSONL), or None
    when it cannot be told (standard input)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith(".") and Path(name).suffix.lower() in READ_SUFFIXES:
                        total += _documents_in(Path(root, name))
        elif path.is_file():
            total += _documents_in(path)
    return total


def _documents_in(path: Path) -> int:
    if path.suffix.lower() in JSON_SUFFIXES and path.suffix.lower() != ".json":
        return count_lines(path) or 0
    return 1
