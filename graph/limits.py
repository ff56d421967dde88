"""Bounds on the work one document may cost: time per document, and text shapes that make
spaCy's tokenizer or parser slower than linear, cut before they reach it.

Extraction time and memory grow with the length of a text, whatever its shape: a run of
punctuation without spaces (the tokenizer is quadratic in the length of a run), one giant
line, a text without sentence ends. What is left that could still stall is bounded by
``--doc-timeout``: SECONDS per 100,000 characters (environment: ``QUOTEGRAPH_DOC_TIMEOUT``,
so that worker processes see the same limit), after which the document is written with an
entry in its ``errors``.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
from typing import Any, Iterator

DOC_TIMEOUT = 600.0        # seconds per 100,000 characters: 60x a parse on an idle machine, 6x on a loaded one
_ENV = "QUOTEGRAPH_DOC_TIMEOUT"
LONG_RUN = 200             # characters without a space: past this a run is cut for the tokenizer
RUN_PIECE = 100            # ... into pieces of this many characters
SENTENCE_TOKENS = 250      # tokens without a sentence end: past this a sentence start is set


class DocTimeout(Exception):
    """A document took longer than ``--doc-timeout`` allows."""


def set_doc_timeout(seconds: float) -> None:
    """The limit for this process and the worker processes it starts (0: none)."""
    os.environ[_ENV] = repr(float(seconds))


def doc_timeout(chars: int) -> float:
    """Seconds a document of ``chars`` characters may take (0: no limit)."""
    try:
        per = float(os.environ.get(_ENV, DOC_TIMEOUT))
    except ValueError:
        per = DOC_TIMEOUT
    return per * max(1.0, chars / 100_000) if per > 0 else 0.0


@contextlib.contextmanager
def deadline(chars: int) -> Iterator[None]:
    """Raise ``DocTimeout`` in the block once the time for ``chars`` characters is up.

    A timer signal, so it works in the main thread of a process only (the CLI and its worker
    processes); elsewhere (a Dask worker's thread, an embedding application's thread) the
    block runs unbounded."""
    seconds = doc_timeout(chars)
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0):  # someone else's timer: leave it
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocTimeout(f"extraction stopped after {seconds:.0f} s, the limit for a document of "
                         f"{chars:,} characters (--doc-timeout, seconds per 100,000 characters)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def tokenizable(nlp: Any, text: str) -> Any:
    """``text`` as ``nlp.pipe`` should get it: the text itself, or, when it holds a run of more
    than ``LONG_RUN`` characters without a space ("““““…", a base64 blob), the tokenizer's Doc
    made in pieces of ``RUN_PIECE``: the tokenizer's prefix and suffix search is quadratic in
    the length of a run, so 200,000 marks in a row would take hours; in pieces they take as long
    as any text of that length. ``nlp.pipe`` takes a Doc in place of a text."""
    if len(text) <= LONG_RUN or not _LONG_RUN.search(text):
        return text
    from spacy.tokens import Doc

    parts, pos = [], 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        parts.extend(text[i:min(i + RUN_PIECE, m.end())] for i in range(m.start(), m.end(), RUN_PIECE))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    doc = Doc.from_docs([nlp.tokenizer(p) for p in parts], ensure_whitespace=False)
    if doc.text != text:  # every offset depends on it
        raise RuntimeError("the tokenized pieces do not join back into the text")
    return doc
