"""The extractor: Documents in, Extractions out, one per document, in input order.

``extract_parsed`` is a pure function of a parsed spaCy Doc; ``extract`` streams documents
through the pipeline in batches and never lets one bad document stop the rest.

>>> from graph import Document, extract
>>> ex = next(extract([Document("“We are ready,” Ms. Lee told reporters.", "memo.txt")]))  # doctest: +SKIP
>>> ex.quotes[0].speaker.name  # doctest: +SKIP
'Lee'
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .model import Document, Extraction, Quote
from .pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR_VERSION = "0.1.0"


def extract_parsed(document: Document, doc: Doc) -> Extraction:
    """Quotes, entities and relations of one document from its parse."""
    # Imported here so that importing graph (and a run answered from the cache) needs no spaCy.
    from .attribution import find_quotes
    from .entities import EntityIndex
    from .relations import find_relations

    index = EntityIndex(doc)
    quotes = find_quotes(doc, index, document.id)
    relations = find_relations(doc, index)
    return Extraction(document, tuple(quotes), index.entities(), tuple(relations), document.errors)


def extract_text(text: str, source: str = "<text>", *, model: str | None = None) -> Extraction:
    """Extract one text given as a string.

    >>> ex = extract_text("“It is over,” she said.")  # doctest: +SKIP
    """
    return next(extract([Document(text=text, source=source)], model=model))


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
        from .parallel import extract_scaled

        yield from extract_scaled(documents, model=model, workers=workers, cache=cache, dask=dask,
                                  on_error=on_error, strict=strict)
        return
    nlp = load_pipeline(model)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield extract_parsed(document, doc)
        except Exception as exc:  # one document's bug must not sink the batch
            if strict:
                raise
            if on_error is not None:
                on_error(document, exc)
            yield Extraction(document, errors=document.errors + (f"extraction failed: {type(exc).__name__}: {exc}",))
