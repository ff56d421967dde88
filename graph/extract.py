"""The extractor: Documents in, Extractions out, one per document, in input order.

``extract_parsed`` is a pure function of a parsed spaCy Doc; ``extract`` streams documents
through the pipeline in batches, in this process, and never lets one bad document stop the
rest. This module knows nothing of workers, caches or Dask: the scaling layer
(``quotegraph.scale``, ``parallel``, ``cache``, ``distributed``) sits above it and calls it.

>>> from quotegraph import Document, extract
>>> ex = next(extract([Document("“We are ready,” Ms. Lee told reporters.", "memo.txt")]))  # doctest: +SKIP
>>> ex.quotes[0].speaker.name  # doctest: +SKIP
'Lee'
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .entities.collectives import is_caucus_name
from .limits import DocTimeout, deadline, tokenizable
from .markup import map_back, without_markup
from .model import Document, Entity, Extraction, Quote, Relation, Span, document_id
from .pipeline import load_pipeline
from .segments import SEGMENT_CHARS, joined, shifted

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Bump whenever the output for some text changes: caches keyed by an older one stop answering.
EXTRACTOR_VERSION = "0.29.0"


def extract_parsed(document: Document, doc: Doc) -> Extraction:
    """Quotes, entities and relations of one document from its parse. Names the model cut at a
    lowercase particle or ran into "of the" are mended in ``doc.ents`` itself ("Ursula von" +
    "Leyen" → "Ursula von der Leyen"), so a Doc read afterwards shows the entities quotegraph used."""
    return _extract_parsed(document, doc)


def _mend_names(doc: Doc) -> None:
    """The model's entities repaired where a name was cut at a particle ("Ursula von" + "Leyen" →
    one person) or inside a surname ("Enrique Peña" + "Nieto", "Moon Jae" + "-in"), or ran on
    into "of the" ("The Associated Press of the"), cut after a possessive inside ("the
    Alzheimer's" + "Association"), across a verb or into a figure ("Marsh led
    Dunn", "Trump 45 percent"): written back to the Doc, so that every reading of a token's
    entity agrees."""
    from .entities.mentions import join_cut_surnames, join_name_particles, split_glued_clauses, trim_function_words
    from .entities.possessive_names import join_possessive_names
    ents = list(doc.ents)
    joined = split_glued_clauses(join_cut_surnames(join_name_particles(join_possessive_names(trim_function_words(ents)))))
    if joined is not ents:  # (the same list back when nothing was cut)
        try:
            doc.ents = joined
        except ValueError:  # overlapping spans: keep the model's reading
            pass


def _extract_parsed(document: Document, doc: Doc, scope: str | None = None) -> Extraction:
    """``extract_parsed``; ``scope``: the id of the whole text when ``doc`` is a segment of it."""
    # Imported here so that importing quotegraph (and a run answered from the cache) needs no spaCy.
    from .attribution import find_quotes
    from .entities import EntityIndex
    from .relations import find_relations

    _mend_names(doc)
    index = EntityIndex(doc, scope)
    quotes = find_quotes(doc, index, document.id)
    relations = find_relations(doc, index, quotes)
    return Extraction(document, tuple(quotes), _referred(index.entities(), quotes, relations), tuple(relations),
                      document.errors)


def _referred(entities: tuple[Entity, ...], quotes: list[Quote], relations: list[Relation]) -> tuple[Entity, ...]:
    """The entities without the described groups no quote or relation refers to: a group is
    registered when a phrase is tried as an audience ("spoke at a rally", "told reporters") and
    stays an actor only when it became one (a named person, body or country mentioned is kept).
    A chamber's caucus ("a plan endorsed by House Democrats") is such a described set of
    members too: named in passing, it was the party before it was a group of its own."""
    used = {r.id for q in quotes for r in (q.speaker, q.addressee, q.reported_by) if r is not None}
    used.update(x for r in relations for x in (r.subject, r.object))
    return tuple(e for e in entities if e.type != "group" and not is_caucus_name(e.name) or e.id in used)


def extract_text(text: str, source: str = "<text>", *, model: str | None = None) -> Extraction:
    """Extract one text given as a string.

    >>> ex = extract_text("“It is over,” she said.")  # doctest: +SKIP
    """
    return next(extract([Document(text=text, source=source)], model=model))


def extract(documents: Iterable[Document], *, model: str | None = None, batch_size: int = 16,
            on_error: Callable[[Document, BaseException], None] | None = None,
            strict: bool = False) -> Iterator[Extraction]:
    """Extract every document in this process, streaming, in input order, ``batch_size``
    documents per ``nlp.pipe`` batch.

    A failure inside one document becomes an entry in that document's ``errors`` (and a call
    to ``on_error``), and the batch goes on; with ``strict`` it is raised instead.
    (``quotegraph.extract``, the package's function, adds workers, a cache and Dask.)
    """
    nlp = load_pipeline(model)
    for doc, document, (view, back) in _parsed(nlp, map(encodable, documents), batch_size):
        try:
            if isinstance(doc, BaseException):
                raise doc
            ex = _extract_one(nlp, doc, document, view, back)
        except DocTimeout as exc:
            if strict:
                raise
            if on_error is not None:
                on_error(document, exc)  # not cached: another run may give it more time
            ex = Extraction(document, errors=document.errors + (str(exc),))
        except Exception as exc:  # one document's bug must not sink the batch
            if strict:
                raise
            if on_error is not None:
                on_error(document, exc)
            ex = Extraction(document, errors=document.errors + (f"extraction failed: {type(exc).__name__}: {exc}",))
        yield ex


def _extract_one(nlp, doc: Doc, document: Document, view: str, back: list[int] | None) -> Extraction:
    """One parsed document's extraction within its deadline (a stall raises ``DocTimeout``,
    which ``extract`` makes an entry in errors): a very long one segment by segment, a long
    one parsed again in pieces; read from its ``view`` (the text without inline tags, when
    ``back`` maps the view's offsets back to the text)."""
    with deadline(len(document.text)):
        seen = replace(document, text=view)
        if len(view) > SEGMENT_CHARS:
            ex = _extract_in_segments(nlp, seen)
        else:
            if len(document.text) > _piece_size(nlp):
                doc = parse_in_pieces(nlp, view, _piece_size(nlp))
            ex = extract_parsed(seen, doc)
        if back is None:
            ex = replace(ex, document=document)
        else:  # parsed without its inline tags: spans are mapped back to the text
            ex = replace(map_back(ex, document.text, back), document=document)
    return sound_spans(ex)


def _extract_in_segments(nlp, document: Document) -> Extraction:
    """A very long document extracted segment by segment (``quotegraph.segments``): only
    one segment's parse and index are held at a time."""
    parts, offset = [], 0
    for segment in split_pieces(document.text, SEGMENT_CHARS):
        if len(segment) > _piece_size(nlp):
            doc = parse_in_pieces(nlp, segment, _piece_size(nlp))
        else:
            doc = nlp(tokenizable(nlp, segment))
        part = _extract_parsed(replace(document, text=segment), doc, scope=document_id(document.text))
        del doc  # before the next segment is parsed
        parts.append(shifted(part, offset, document.text))
        offset += len(segment)
    return joined(document, parts)


BAD_SPANS = "extractor bug: spans whose offsets do not give their text dropped"


def sound_spans(ex: Extraction) -> Extraction:
    """``ex`` with every span true to the text: ``0 <= start <= end <= len(text)`` and
    ``text[start:end] == span.text``. The constructions should never make another, but the
    output contract promises it for every span written, so one that slips through (a parse
    of garbled text no rule foresaw) is dropped here, with a note in ``errors``, rather than
    written: a mention, source or fragment alone; a cue leaves the quote without one; a quote
    loses the piece, or with no piece left is dropped; a relation without evidence is dropped."""
    text = ex.document.text
    n = len(text)

    def ok(s: Span) -> bool:
        return 0 <= s.start <= s.end <= n and text[s.start:s.end] == s.text

    def keep(spans: tuple) -> tuple:
        return spans if all(map(ok, spans)) else tuple(filter(ok, spans))

    spans = [m for e in ex.entities for m in e.mentions] + [r.evidence for r in ex.relations]
    spans += [s for q in ex.quotes for s in (*q.contents, *q.sources, *q.fragments, *((q.cue,) if q.cue else ()))]
    bad = sum(not ok(s) for s in spans)
    if not bad:
        return ex
    quotes = tuple(replace(q, contents=keep(q.contents), sources=keep(q.sources), fragments=keep(q.fragments),
                           cue=q.cue if q.cue is None or ok(q.cue) else None) for q in ex.quotes)
    return replace(ex, quotes=tuple(q for q in quotes if q.contents),
                   entities=tuple(replace(e, mentions=keep(e.mentions)) for e in ex.entities),
                   relations=tuple(r for r in ex.relations if ok(r.evidence)),
                   errors=ex.errors + (f"{BAD_SPANS}: {bad}",))


# A document's text as parsed (without inline markup) and the way back to its offsets, or None.
_View = tuple[str, "list[int] | None"]


def _parsed(nlp, documents: Iterable[Document],
            batch_size: int) -> Iterator[tuple[Doc | Exception, Document, _View]]:
    """(parse, document, view) in input order, streaming. A document that breaks the pipeline
    fails alone: its batch is parsed again one by one, and its parse is the exception raised.
    Long documents get an empty stand-in here (``extract`` parses them in pieces)."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _parse_batch(nlp, batch)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch)


def _parse_batch(nlp, batch: list[Document]) -> Iterator[tuple[Doc | Exception, Document, _View]]:
    views = [without_markup(d.text) for d in batch]
    texts = [view if len(d.text) <= _piece_size(nlp) else "" for d, (view, _) in zip(batch, views)]
    try:
        with deadline(sum(map(len, texts))):
            docs: list[Doc | Exception] = list(nlp.pipe((tokenizable(nlp, t) for t in texts),
                                                         batch_size=len(texts)))
    except Exception:  # a document that breaks (or stalls) the batch fails alone
        docs = []
        for text in texts:
            try:
                with deadline(len(text)):
                    docs.append(nlp(tokenizable(nlp, text)))
            except Exception as exc:
                docs.append(exc)
    yield from zip(docs, batch, views)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(document: Document) -> Document:
    """The document with lone surrogates (possible in Python strings, e.g. from JSON escapes,
    but not in UTF-8, so spaCy's parser and any output file reject them) replaced by U+FFFD,
    one character for one so nothing else moves."""
    if not _LONE_SURROGATE.search(document.text):
        return document
    return Document(text=_LONE_SURROGATE.sub("\ufffd", document.text), source=document.source,
                    title=document.title, date=document.date, url=document.url,
                    errors=document.errors + ("lone surrogate code points replaced by U+FFFD",))


# spaCy's docs: the parser and NER need about 1 GB of memory per 100,000 characters parsed at once.
# Longer documents (or longer than the pipeline's max_length, if lower) are parsed in pieces.
PIECE_CHARS = 100_000


def _piece_size(nlp) -> int:
    return max(1, min(PIECE_CHARS, nlp.max_length))
_BREAKS = (re.compile(r"\n[ \t\r\f\v]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"),
           re.compile(r"\s+"))


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``size`` characters, at a paragraph
    break when there is one (else a line break, a sentence end, a space); the pieces join
    back into ``text`` exactly.

    >>> split_pieces("One.\\n\\nTwo.\\n\\nThree.", size=8)
    ['One.\\n\\n', 'Two.\\n\\n', 'Three.']
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends and ends[-1] > size // 4:  # not a tiny piece, unless nothing better exists
                cut = ends[-1]
                break
        cut = cut or size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_in_pieces(nlp, text: str, size: int = PIECE_CHARS) -> Doc:
    """Parse a long text piece by piece and join the parses into one Doc over the whole text,
    so every character offset points into ``text`` as if it had been parsed at once."""
    from spacy.tokens import Doc

    import numpy

    docs = []
    for piece in nlp.pipe((tokenizable(nlp, p) for p in split_pieces(text, size)), batch_size=1):
        # The token vectors (96 floats a token) are not read by the extractor; joined for a
        # 5 MB text they alone would take 400 MB.
        piece.tensor = numpy.empty((0,), dtype="float32")
        docs.append(piece)
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # every offset into the full text depends on it
        raise RuntimeError("the parsed pieces do not join back into the text")
    return doc
