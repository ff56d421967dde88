"""The task a worker runs: one batch of documents through the extractor, in this process.

Both executors of the scaling layer send it (``parallel.ProcessExecutor`` to a process pool,
``distributed.DaskExecutor`` to a Dask cluster); it calls the extractor (``quotegraph.extract``'s
module), which knows nothing of them.
"""

from __future__ import annotations

import pickle
import threading
from typing import Sequence

from .extract import extract
from .model import Document

# What a worker sends back for one document: the extraction without its document (the caller
# has it already, and texts are the bulk of the bytes), and the failure if extraction failed.
Parts = tuple[tuple, tuple, tuple, tuple[str, ...], BaseException | None]

# A spaCy pipeline is not meant to be called from two threads at once; Dask workers may run
# several tasks in threads of one process, so each process parses one batch at a time.
_PIPELINE_LOCK = threading.Lock()


def extract_batch(documents: Sequence[Document], model: str | None = None,
                  strict: bool = False) -> list[Parts]:
    """Extract a batch in this process (the task a worker runs); one ``Parts`` per document.

    The pipeline is loaded once per process (``load_pipeline`` caches it).
    """
    failure: list[BaseException] = []
    out: list[Parts] = []
    with _PIPELINE_LOCK:
        for ex in extract(list(documents), model=model, strict=strict, batch_size=max(1, len(documents)),
                          on_error=lambda _doc, exc: failure.append(exc)):
            exc = _picklable(failure.pop()) if failure else None
            out.append((ex.quotes, ex.entities, ex.relations, ex.errors, exc))
    return out


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
