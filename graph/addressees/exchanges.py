"""Exchanges: words said back and forth between two speakers, each turn to the other.

Two forms name no audience in any cue, yet a reader sees who spoke to whom:

1. the turns of a transcript ("Q: Do you regret the vote? ¶ A: I do." or "HOLT: …? ¶ LEE: …"):
   the turn after a question answers the one who put it;
2. a question quoted and the words of another speaker that open the next paragraph ("“Will
   you run?” Maddow asked. ¶ “Not this year,” Lee said."): the answer goes to the one who asked
   and the question to the one who answered, whatever the cues' verbs ("pressed", "repeated",
   "wanted to know").

They fill only what the rules of cues, settings and sequences left empty.
"""

from __future__ import annotations

from typing import Callable, Protocol, Sequence

from ..model import EntityRef, Span
from ..signatures import ANSWERING_LABELS, ASKING_LABELS

# the marks that may open a paragraph before the words quoted
_OPENING = " \t\"'\u201c\u2018\u00ab"
_CLOSING = " \"'\u201d\u2019\u00bb"
_PARTIES = ("person", "media", "organization", "group")
# a transcript's labels of turns, which the model may take for names
_TURN_LABELS = ASKING_LABELS | ANSWERING_LABELS


class _Turn(Protocol):
    """What ``turns_answered`` reads and sets on an attribution being assembled."""

    kind: str
    origin: str
    contents: list[Span]
    addressee: EntityRef | None
    para: int
    start: int
    end: int


def turns_answered(drafts: Sequence[_Turn], text: str, speaker_of: Callable[[_Turn], EntityRef | None]) -> None:
    """Each answer to a question, a transcript's turn or words that open the paragraph after it,
    goes to the one who asked, and the question to the one who answered (``drafts`` in the
    order of the text)."""
    turns = [d for d in drafts if d.origin == "transcript"]
    for prev, d in zip(turns, turns[1:]):
        # a turn may run over paragraphs and quote others in them; a statement ("Take a
        # listen." before a clip) is put to no one in particular
        if _a_question(prev):
            _exchange(prev, d, speaker_of)
    for prev, d in zip(drafts, drafts[1:]):
        if d.start >= prev.end and 0 < d.para - prev.para <= 1 and _a_question(prev) and d.kind == "direct" \
                and _opens_paragraph(d, text):
            _exchange(prev, d, speaker_of)


def _exchange(prev: _Turn, d: _Turn, speaker_of: Callable[[_Turn], EntityRef | None]) -> None:
    """``d`` answers ``prev``: each goes to the other's speaker, when two parties speak and
    neither was said to a third."""
    first, second = speaker_of(prev), speaker_of(d)
    if not (_party(first) and _party(second)) or first.id == second.id:
        return
    if d.addressee is None and (prev.addressee is None or prev.addressee.id == second.id):
        d.addressee = first
    if prev.addressee is None:
        prev.addressee = second


def _party(ref: EntityRef | None) -> bool:
    """Someone who can be spoken to: not a transcript's bare label ("Q") taken for a name."""
    return ref is not None and ref.type in _PARTIES and ref.name not in _TURN_LABELS


def _a_question(d: _Turn) -> bool:
    """Whether words quoted end with a question mark."""
    return d.kind == "direct" and bool(d.contents) and d.contents[-1].text.rstrip(_CLOSING).endswith("?")


def _opens_paragraph(d: _Turn, text: str) -> bool:
    """Whether the words quoted open their paragraph ("¶ “Not this year,” Lee said"), not a
    sentence about the speaker that quotes him ("¶ Lee has since apologized: “…”")."""
    start = d.contents[0].start
    return not text[text.rfind("\n", 0, start) + 1:start].strip(_OPENING)
