"""``quotegraph.extract``: extraction at any scale, the public entry point.

One process and no cache go straight to the extractor (``quotegraph.extract``'s module, which
knows nothing of scaling); more workers, a cache or a Dask cluster go through the scaling
layer (``parallel.extract_scaled``), which calls the same extractor on batches. The output is
the same either way.

>>> from quotegraph import extract, iter_documents
>>> for ex in extract(iter_documents(["news/"]), workers=2, cache="news.cache.sqlite"):  # doctest: +SKIP
...     print(ex.id, len(ex.quotes))
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Iterator

from .extract import extract as _extract_here
from .model import Document, Extraction


def extract(documents: Iterable[Document], *, model: str | None = None, batch_size: int = 16,
            on_error: Callable[[Document, BaseException], None] | None = None,
            strict: bool = False, workers: int = 1,
            cache: "str | os.PathLike[str] | Any" = None, dask: Any = None) -> Iterator[Extraction]:
    """Extract every document, streaming, in input order.

    A failure inside one document becomes an entry in that document's ``errors`` (and a call
    to ``on_error``), and the batch goes on; with ``strict`` it is raised instead.

    ``workers`` processes share the work, or the Dask cluster ``dask`` (a scheduler address
    or a ``distributed.Client``) does; ``cache`` (a SQLite file or an ``ExtractionCache``)
    answers the documents already extracted. The output is the same either way.
    """
    if workers != 1 or cache is not None or dask is not None:
        # Imported only when asked for: importing quotegraph loads no part of the scaling layer.
        from .parallel import extract_scaled

        return extract_scaled(documents, model=model, workers=workers, cache=cache, dask=dask,
                              on_error=on_error, strict=strict)
    return _extract_here(documents, model=model, batch_size=batch_size, on_error=on_error, strict=strict)
