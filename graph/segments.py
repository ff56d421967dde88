"""Very long documents (a book, a 5 MB line of scraped text) extracted in bounded segments.

A whole document's parse, entity index and quote candidates are held at once while it is
extracted: a 5 MB text on one line peaked at 2.6 GB that way. Past ``SEGMENT_CHARS`` the
text is cut (at a paragraph break when there is one, else a line break, a sentence end, a
space) and each segment is parsed and extracted alone, its parse dropped before the next is
read; the parts are joined with their offsets shifted into the whole text. Memory is then
bounded by one segment whatever the length, and time grows linearly with it.

What is lost at a cut is what crosses it: a pronoun or "the president" whose name lies in the
previous segment, a quote that spans the cut. News articles are far shorter than a segment and
are extracted whole, exactly as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .model import Document, EntityRef, Extraction, Span, quote_id

SEGMENT_CHARS = 200_000  # several times the longest news article; two parse pieces


def shifted(ex: Extraction, offset: int, text: str) -> Extraction:
    """``ex``, extracted from ``text[offset:offset + len(segment)]``, with every span's offsets
    those of ``text`` and every quote id the one a whole-text extraction gives it."""
    if not offset:
        return ex

    def span(s: Span) -> Span:
        return replace(s, start=s.start + offset, end=s.end + offset)

    quotes = []
    for q in ex.quotes:
        contents = tuple(map(span, q.contents))
        first = contents[0] if contents else Span(offset, offset, "")
        quotes.append(replace(q, id=quote_id(ex.document.id, first),
                              contents=contents, sources=tuple(map(span, q.sources)),
                              cue=span(q.cue) if q.cue is not None else None,
                              fragments=tuple(map(span, q.fragments))))
    return replace(ex, quotes=tuple(quotes),
                   entities=tuple(replace(e, mentions=tuple(map(span, e.mentions))) for e in ex.entities),
                   relations=tuple(replace(r, evidence=span(r.evidence)) for r in ex.relations))


def joined(document: Document, parts: Iterable[Extraction]) -> Extraction:
    """One extraction of ``document`` from the extractions of its consecutive segments (their
    offsets already shifted): quotes and relations in order, one entity per id (the same
    name in two segments is one entity), and each quote's references to the joined entity."""
    from .entities import merge_by_id  # here: importing the extractor needs no spaCy

    parts = list(parts)
    entities = merge_by_id(e for p in parts for e in p.entities)
    refs = {e.id: e.ref for e in entities}

    def ref(r: EntityRef | None) -> EntityRef | None:
        return refs.get(r.id, r) if r is not None else None

    quotes = tuple(replace(q, speaker=ref(q.speaker), addressee=ref(q.addressee), reported_by=ref(q.reported_by))
                   for p in parts for q in p.quotes)
    relations = tuple(r for p in parts for r in p.relations)
    errors = document.errors + tuple(e for p in parts for e in p.errors if e not in document.errors)
    return Extraction(document, quotes, entities, relations, errors)
