"""Continuation: a quotation with no cue of its own goes on the last attributed speaker.

Features run a speaker's words over several paragraphs, each only a quotation:

    “We cannot afford another bridge,” Velk said.
    “The old one will do for ten more years.”
    “And the river is not getting wider.”

A reader gives the second and third paragraphs to Velk: the speaker of the last cue before
them, as long as nobody else is named in the narration between that cue and the quotation,
and no more than a paragraph of narration lies between them. "Last" is by where the cue
stands, not where the attribution's words start: in "Her friends called him “a buffoon,”
Susan said." the last speaker is Susan, whose cue comes after her friends'. A chain keeps the
speaker, each link a little less sure; the quote says it is inherited by having no cue, its
``sources`` pointing at the mention it inherits, and a confidence of at most ``INHERITED``.
"""

from __future__ import annotations

from typing import Protocol, Sequence

from spacy.tokens import Doc

from .entities import EntityIndex

INHERITED = 0.6  # the confidence of the first inherited quote of a chain
DECAY = 0.9  # each further link of a chain is this much less sure


class _Attribution(Protocol):
    start: int
    end: int
    para: int
    floating: bool
    chain: int


def anchor(d) -> int:
    """Where a reader last saw who speaks in ``d``: its cue or the speaker's mention, whichever
    is later; an inherited quote's own start."""
    if d.floating or d.speaker is None:
        return d.start
    ends = [d.speaker.source.end if d.speaker.source is not None else d.start]
    if d.cue is not None:
        ends.append(d.cue.end)
    return max(ends)


def last_speaker(done: Sequence, start: int):
    """The attribution whose speaker a reader last met before char ``start``, among ``done``
    (the last few are enough: one further back would have a named speaker in between)."""
    best = None
    for d in list(done)[-8:]:
        if d.speaker is None or d.speaker.entity is None:
            continue
        a = anchor(d)
        if a <= start and (best is None or a > anchor(best)):
            best = d
    return best


def named_between(doc: Doc, index: EntityIndex, speaker_id: str, start: int, end: int) -> bool:
    """True when a person or organisation other than ``speaker_id`` is named between chars
    ``start`` and ``end``: the reader's attention moved to someone else."""
    if end <= start:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for ent in index.layout.ents_in(span.start, span.end):
        if ent.label_ in ("PERSON", "ORG"):
            ref = index.at(ent.root)
            if ref is not None and ref.id != speaker_id:
                return True
    return False


def chain_confidence(depth: int) -> float:
    """The confidence cap of the ``depth``-th inherited quote in a row (1 for the first)."""
    return round(INHERITED * DECAY ** max(0, depth - 1), 3)
