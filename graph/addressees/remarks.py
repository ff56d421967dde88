"""The audience a sentence after a quote names for it: "“…,” Bell said. He made the remarks to
reporters at the Capitol"; "…. His comments came in an interview with Fox News". The words
were quoted first and placed afterwards, so the sentence after them tells whom they went to."""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..entities import EntityIndex
from ..speakers import SpeakerResolver
from .settings import from_setting
from .verbs import from_verb

# Nouns that stand for words just quoted ("the remarks", "his comments"); not "a statement",
# which is a channel with no audience of its own.
_REMARK_NOUNS = frozenset("remark comment remarks comments".split())
# Verbs that place such words: "made the remarks to …", "delivered the comments at …"; and
# "came": "his comments came in an interview with …".
_PLACING = frozenset("make deliver offer give".split())
# Determiners that point back at the words quoted ("the", "those", "his"), not "other remarks".
_BACK = frozenset("the those these his her their its".split())
# At most this many quotes of the same speaker just before the sentence are placed by it.
_RUN = 3


def remarks_placed_after(drafts: Sequence, doc: Doc, index: EntityIndex, resolver: SpeakerResolver,
                         speaker_of) -> None:
    """Give the quotes of a speaker just before "He made the remarks to X" / "Her comments came
    in an interview with X" (with no audience of their own) that audience."""
    ordered = sorted(drafts, key=lambda d: d.start)
    starts = [t.idx for t in doc]
    for k, d in enumerate(ordered):
        spk = speaker_of(d)
        if spk is None or d.end <= 0:
            continue
        after = _sentence_after(d.end, doc, starts)
        if after is None or (k + 1 < len(ordered) and ordered[k + 1].start < after.end_char):
            continue  # another quote stands in between or in the sentence: it is that one's setting
        verb = _placing_verb(after, spk, index, resolver)
        if verb is None:
            continue
        ref = from_verb(verb, index, resolver, spk) or from_setting(verb, index, resolver)
        if ref is None or ref.id == spk.id:
            continue
        # the run of this speaker's quotes that the remarks stand for, back to another speaker's
        for prev in reversed(ordered[max(0, k + 1 - _RUN):k + 1]):
            if speaker_of(prev) is None or speaker_of(prev).id != spk.id:
                break
            if prev.addressee is None:
                prev.addressee = ref
                if ref.type == "media" and prev.reported_by is None:
                    prev.reported_by = ref


def _sentence_after(end: int, doc: Doc, starts: list[int]) -> SpacySpan | None:
    """The sentence that starts after char ``end`` (a quote's end), in the same paragraph."""
    k = bisect_left(starts, end)
    if k >= len(doc):
        return None
    here = doc[min(k, len(doc) - 1)].sent
    nxt = here if here.start_char >= end else (doc[here.end].sent if here.end < len(doc) else None)
    if nxt is None or "\n\n" in doc.text[end:nxt.start_char]:
        return None
    return nxt


def _placing_verb(sent: SpacySpan, spk, index: EntityIndex, resolver: SpeakerResolver) -> Token | None:  # noqa: ANN001
    """The verb of "He made the remarks …" (the speaker its subject, the words its object) or of
    "His comments came …" (the speaker's words its subject), or None."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    lemma = root.lemma_.lower()
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if lemma in _PLACING:
        words = next((c for c in root.children if c.dep_ == "dobj"), None)
        who = index.at(subj) or (resolver.resolve(subj).entity if subj.pos_ == "PRON" else None)
        if words is None or who is None or who.id != spk.id:
            return None
    elif lemma == "come":
        words = subj
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is not None:
            # ("His comments came …": a "his" left unresolved is the speaker just quoted)
            who = index.at(owner) or (resolver.resolve(owner).entity if owner.pos_ == "PRON" else None)
            if who is not None and who.id != spk.id or who is None and owner.pos_ != "PRON":
                return None
    else:
        return None
    if words.lemma_.lower() not in _REMARK_NOUNS or not any(c.lower_ in _BACK for c in words.children
                                                            if c.dep_ in ("det", "poss")):
        return None
    return root
