"""The audience a direct quote names itself: a vocative at its head ("“Governor Hale, let me help
you out,” Berg said"; "“Mr. Lund, you are wrong”"), the person so called, when the article names
that person and the words go on to speak to them ("you", or a command)."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from ..entities import EntityIndex
from ..model import EntityRef

# Titles a vocative may open with ("Mr. Lund,", "Governor Hale,").
_TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. madam governor senator sen. secretary president congressman
congresswoman mayor judge general minister
""".split())
_SECOND_PERSON = frozenset("you your yours yourself you're you've you'll".split())


def vocatives(drafts: Sequence, doc: Doc, index: EntityIndex, speaker_of) -> None:
    """Direct quotes with no audience yet that open by calling someone by name get that person."""
    starts = {t.idx: t for t in doc}
    for d in drafts:
        if d.addressee is not None or d.kind != "direct" or not d.contents:
            continue
        first = starts.get(d.contents[0].start)
        if first is None:
            continue
        ref = _called(first, doc, index)
        spk = speaker_of(d)
        if ref is not None and (spk is None or ref.id != spk.id):
            d.addressee = ref


def _called(first: Token, doc: Doc, index: EntityIndex) -> EntityRef | None:
    """The person named by the title-and-name run at ``first`` closed by a comma, when the rest of
    its sentence speaks to them."""
    i = first.i
    while i < len(doc) and doc[i].is_punct and doc[i].text not in (",",):
        i += 1  # an opening quote mark
    start = i
    while i < len(doc) and doc[i].lower_ in _TITLES:
        i += 1
    names = []
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        names.append(doc[i])
        i += 1
    if not names or len(names) > 3 or i >= len(doc) or doc[i].text != "," or i - start > 5:
        return None
    rest = [t for t in doc[i + 1:first.sent.end] if not t.is_punct]
    if not rest or not (any(t.lower_ in _SECOND_PERSON for t in rest[:12])
                        or rest[0].tag_ == "VB" and rest[0].dep_ in ("ROOT", "ccomp", "conj")):
        return None  # "“Hale, frankly, is a disaster”": a name spoken of, not to
    ref = index.at(names[-1])
    if ref is not None:
        return ref if ref.type == "person" else None
    last = names[-1].lower_
    for cluster in index.clusters:  # the words inside the quote may not be registered: the name said before
        if cluster.type == "person" and cluster.name.split()[-1].lower() == last:
            return index.ref(cluster)
    return None
