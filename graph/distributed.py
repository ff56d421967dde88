"""Extraction on a Dask cluster, for a corpus too big for one machine.

Batches of documents go to the cluster's workers as tasks; each worker process loads the spaCy
pipeline once (the first task it runs loads it, later ones reuse it) and sends back only what
it found, and results are taken in input order through a bounded window, so the machine that
reads the corpus and writes the output keeps flat memory too. Every worker needs quotegraph
and the model installed, the same versions as the client.

>>> from quotegraph import extract, iter_documents
>>> out = extract(iter_documents(["news/"]), dask="tcp://scheduler:8786")   # doctest: +SKIP

Needs the optional extra: ``pip install 'quotegraph[dask]'``.
"""

from __future__ import annotations

from typing import Any

from .errors import QuotegraphError
from .model import Document
from .worker import extract_batch


def _client(address_or_client: Any) -> tuple[Any, bool]:
    """A ``distributed.Client`` for an address (ours to close), or the one given."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise QuotegraphError("--dask needs Dask: pip install 'quotegraph[dask]'") from exc
    if isinstance(address_or_client, Client):
        return address_or_client, False
    try:
        return Client(address_or_client, timeout="10s", set_as_default=False), True
    except (OSError, TimeoutError) as exc:
        raise QuotegraphError(f"cannot reach the Dask scheduler at {address_or_client}: {exc}") from exc


class DaskExecutor:
    """Runs batches as Dask tasks; ``capacity`` is the number of worker threads in the cluster."""

    def __init__(self, address_or_client: Any, model: str | None = None, strict: bool = False) -> None:
        self.client, self._own = _client(address_or_client)
        self.model, self.strict = model, strict
        threads = sum(self.client.nthreads().values())
        if threads == 0:
            raise QuotegraphError(f"the Dask cluster at {self.client.scheduler.address} has no workers")
        self.capacity = threads

    def submit(self, documents: list[Document]) -> Any:
        # pure=False: two batches with equal documents are still two tasks, both answered.
        return self.client.submit(extract_batch, documents, self.model, self.strict, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()
