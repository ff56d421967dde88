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
        if d.speaker is None or d.speaker.source is None:
            continue
        a = anchor(d)
        if a <= start and (best is None or a > anchor(best)):
            best = d
    return best


def named_between(doc: Doc, index: EntityIndex, speaker_id: str | None, start: int, end: int) -> bool:
    """True when a person or organisation other than ``speaker_id`` is named between chars
    ``start`` and ``end``: the reader's attention moved to someone else. The rest of the
    sentence holding ``start`` (the cue's: "said Victor Cha, who served under President George
    W. Bush.") describes the speaker and does not count."""
    if end <= start:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if not len(span):
        return False
    sent_end = span[0].sent.end
    if sent_end >= span.end:
        return False
    span = doc[sent_end:span.end]
    for ent in index.layout.ents_in(span.start, span.end):
        if ent.label_ in ("PERSON", "ORG"):
            ref = index.at(ent.root)
            if ref is not None and ref.id != speaker_id:
                return True
    return False


def introduced(doc: Doc, index: EntityIndex, start: int):
    """The person a paragraph introduces right before a quotation with no cue, in the same
    paragraph: "Sen. Ada Holm, who lost the primary, named young voters as her hope. “They are
    sick of it.”" — the subject of the sentence before the quotation, when it names a person."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    first = span[0]
    prev_tok = doc[first.i - 1]
    while prev_tok.i > 0 and (prev_tok.is_space or prev_tok.is_punct and prev_tok.text not in ".!?"):
        prev_tok = doc[prev_tok.i - 1]
    if prev_tok.text not in ".!?" or "\n" in doc[prev_tok.i:first.i].text:
        return None
    sent = prev_tok.sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.pos_ == "PROPN":
        subj = root  # the parse makes the name the root of a long sentence about it
    if subj is None:
        return None
    ref = index.at(subj)
    if ref is None or ref.type != "person":
        return None
    return subj


def chain_confidence(depth: int) -> float:
    """The confidence cap of the ``depth``-th inherited quote in a row (1 for the first)."""
    return round(INHERITED * DECAY ** max(0, depth - 1), 3)
