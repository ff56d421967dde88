"""Extraction on several processes (or a Dask cluster), streaming, in input order.

Documents are read a bounded distance ahead, grouped into batches and handed to workers; the
results come back in input order through a window of a few batches per worker, so memory stays
flat however long the corpus is, and the output is the same as with one process. A cache (see
``cache.py``) answers the documents it already knows before any worker sees them.

Batches are as large as spaCy parses best (about 16 documents: the parser's per-step cost is
shared by the documents of a batch) until the end of the input comes into view; from there each
batch takes a fraction of what is left (guided self-scheduling), so the workers finish together
instead of one parsing a last large batch while the others wait.

>>> from quotegraph import extract, iter_documents
>>> for ex in extract(iter_documents(["news/"]), workers=2, cache="news.cache.sqlite"):  # doctest: +SKIP
...     print(ex.id, len(ex.quotes))
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Protocol

from .errors import QuotegraphError
from .extract import encodable
from .model import Document, Extraction
from .worker import extract_batch

BATCH_DOCS = 16        # documents per task, parsed as one nlp.pipe batch: batches of 2-8
                       # parse 5-10% slower (bench/throughput.py --batch-sweep)
BATCH_CHARS = 100_000  # or fewer when long: ~16k words, a second or two of parsing
_TAPER = 2             # near the end, a batch takes 1/(_TAPER x workers) of what is left


class Executor(Protocol):
    """Where batches run: ``submit`` returns a future-like object (``done()``, ``result()``)."""

    capacity: int  # how many batches it can work on at once

    def submit(self, documents: list[Document]) -> Any: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs each batch at once, in this process: the one-worker executor."""

    capacity = 1

    def __init__(self, model: str | None = None, strict: bool = False) -> None:
        self.model, self.strict = model, strict

    def submit(self, documents: list[Document]) -> Future:
        future: Future = Future()
        try:
            future.set_result(extract_batch(documents, self.model, self.strict))
        except BaseException as exc:  # handed to the caller in order, by future.result()
            future.set_exception(exc)
        return future

    def close(self) -> None:
        pass


def _check_model(model: str | None) -> None:
    import importlib.util
    from pathlib import Path

    from .errors import ModelError
    from .pipeline import default_model

    name = model or default_model()
    if not Path(name).exists() and importlib.util.find_spec(name) is None:
        raise ModelError(f"spaCy model {name!r} is not installed (quotegraph never downloads models "
                         f"at run time): install it with pip, or pick another with --model")


def _start_worker(model: str | None) -> None:
    from .lifeline import die_with_parent
    from .pipeline import load_pipeline

    die_with_parent()  # a SIGKILLed parent must not leave workers holding a model each
    load_pipeline(model)  # once per process, before the first batch arrives


class ProcessExecutor:
    """A pool of ``workers`` processes, each with its own copy of the pipeline.

    Processes come from a fork server (or are spawned where there is none), never forked from
    a process that may be running threads.

    >>> with ProcessExecutor(2) as pool:                                         # doctest: +SKIP
    ...     results = list(extract(docs, executor=pool))
    """

    def __init__(self, workers: int, model: str | None = None, strict: bool = False) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.capacity = workers
        self.model, self.strict = model, strict
        _check_model(model)  # here, with its clear message, not as a broken pool later
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if ctx.get_start_method() == "forkserver":
            # lifeline first: the fork server dies with this process, and the workers with it
            ctx.set_forkserver_preload(["quotegraph.lifeline", "quotegraph.worker", "spacy"])
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                         initializer=_start_worker, initargs=(model,))

    def submit(self, documents: list[Document]) -> Future:
        return self._pool.submit(extract_batch, documents, self.model, self.strict)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ProcessExecutor":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class _Slot:
    """A place in the output order: a cached extraction, or a batch (being filled, or sent)."""

    __slots__ = ("docs", "future", "ready")

    def __init__(self, docs: list[Document], ready: list[Extraction] | None = None) -> None:
        self.docs = docs
        self.future: Any = None
        self.ready = ready


def extract_scaled(documents: Iterable[Document], *, model: str | None = None, workers: int = 1,
                   cache: Any = None, dask: Any = None, executor: Executor | None = None,
                   on_error: Callable[[Document, BaseException], None] | None = None,
                   strict: bool = False, batch_docs: int = BATCH_DOCS,
                   batch_chars: int = BATCH_CHARS) -> Iterator[Extraction]:
    """Extract ``documents`` on ``workers`` processes, or on the Dask cluster ``dask`` (a
    scheduler address or a ``distributed.Client``), or on ``executor``; skip those ``cache``
    (an ``ExtractionCache`` or a file name) already holds. Yields in input order.

    ``quotegraph.extract(..., workers=, cache=, dask=)`` lands here (``quotegraph.scale``).
    """
    from .cache import ExtractionCache

    own_cache = cache is not None and not isinstance(cache, ExtractionCache)
    if own_cache:
        cache = ExtractionCache(cache, model=model)
    own_executor = executor is None
    if executor is None:
        if dask is not None:
            from .distributed import DaskExecutor
            executor = DaskExecutor(dask, model=model, strict=strict)
        elif workers > 1:
            executor = ProcessExecutor(workers, model=model, strict=strict)
        else:
            executor = InlineExecutor(model=model, strict=strict)
    try:
        # Cleaned here, before the cache is asked, so keys and workers see what the output holds.
        yield from _ordered(map(encodable, documents), executor, cache, on_error, batch_docs, batch_chars)
    except BrokenProcessPool as exc:
        raise QuotegraphError("a worker process died (out of memory, or killed); "
                              "finished documents are in the cache, run again to go on") from exc
    finally:
        if own_executor:
            executor.close()
        if own_cache:
            cache.close()


class _ReadAhead:
    """The input, read up to ``limit`` documents ahead and asked of the cache on the way, so
    that the end of the input is seen while there is still work to share out."""

    def __init__(self, documents: Iterable[Document], cache: Any, limit: int) -> None:
        self._it, self._cache, self._limit = iter(documents), cache, max(1, limit)
        self._buffer: deque[tuple[Document, Extraction | None]] = deque()
        self.exhausted = False
        self.chars_to_extract = 0  # in the buffer, cache misses only

    def __iter__(self) -> Iterator[tuple[Document, Extraction | None]]:
        while True:
            while not self.exhausted and len(self._buffer) < self._limit:
                doc = next(self._it, None)
                if doc is None:
                    self.exhausted = True
                    break
                hit = self._cache.get(doc) if self._cache is not None else None
                if hit is None:
                    self.chars_to_extract += len(doc.text)
                self._buffer.append((doc, hit))
            if not self._buffer:
                return
            doc, hit = self._buffer.popleft()
            if hit is None:
                self.chars_to_extract -= len(doc.text)
            yield doc, hit


def _ordered(documents: Iterable[Document], executor: Executor, cache: Any,
             on_error: Callable[[Document, BaseException], None] | None,
             batch_docs: int, batch_chars: int) -> Iterator[Extraction]:
    workers = max(1, executor.capacity)
    # Batches in flight: every worker busy with more queued, so a worker that finishes early
    # is not left idle behind a slower batch that must be written out first.
    window = 4 * workers
    ahead = _ReadAhead(documents, cache, limit=window * batch_docs)
    slots: deque[_Slot] = deque()
    state = {"in_flight": 0, "building": None, "chars": 0, "behind": 0}

    def batch_full() -> bool:
        if len(state["building"].docs) >= batch_docs or state["chars"] >= batch_chars:
            return True
        # Near the end, a batch takes 1/(_TAPER x workers) of what is left, so batches shrink
        # towards the end and every worker gets a share of the last of the work (one worker
        # has no one to share with: its batches stay whole).
        return (workers > 1 and ahead.exhausted
                and state["chars"] * _TAPER * workers >= ahead.chars_to_extract + state["chars"])

    def submit() -> None:
        slot = state["building"]
        slot.future = executor.submit(slot.docs)
        state.update(in_flight=state["in_flight"] + 1, building=None, chars=0, behind=0)

    def finish(slot: _Slot) -> list[Extraction]:
        results = slot.future.result()
        out, fresh = [], []
        for doc, (quotes, entities, relations, errors, failure) in zip(slot.docs, results):
            ex = Extraction(doc, quotes, entities, relations, errors)
            out.append(ex)
            if failure is None:
                fresh.append(ex)
            elif on_error is not None:
                on_error(doc, failure)
        if cache is not None and fresh:
            cache.put_many(fresh)  # one transaction per batch: a crash loses one batch at most
        return out

    def drain(block: bool) -> Iterator[Extraction]:
        while slots:
            slot = slots[0]
            if slot.ready is None:
                if slot.future is None or (not block and not slot.future.done()):
                    return
                slot.ready = finish(slot)
                state["in_flight"] -= 1
                block = False
            slots.popleft()
            yield from slot.ready

    for doc, hit in ahead:
        if hit is not None:
            slots.append(_Slot([doc], [hit]))
            if state["building"] is not None:
                state["behind"] += 1
                if state["behind"] >= 4 * batch_docs:  # don't hold cached results for long
                    submit()
        else:
            if state["building"] is None:
                state["building"] = _Slot([])
                slots.append(state["building"])
            state["building"].docs.append(doc)
            state["chars"] += len(doc.text)
            if batch_full():
                submit()
        yield from drain(block=False)
        while state["in_flight"] >= window:
            yield from drain(block=True)
    if state["building"] is not None:
        submit()
    while slots:
        yield from drain(block=True)


def default_workers() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
