"""The audience a direct quote names itself: a vocative at its head ("“Governor Hale, let me help
you out,” Berg said"; "“Mr. Lund, you are wrong”") or closing a sentence ("“You voted for it,
Harlan.”", "“You did not answer, Judge Hale,” she said"), the person so called, when the article names
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
        ref = _called(first, doc, index) or _called_last(d, doc, index) or _called_by_office(first, doc, index)
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


# The forms of address that open a call by office alone: "Mr. President,", "Madam Speaker,".
_HONORIFICS = frozenset("mr mr. madam madame".split())


def _called_by_office(first: Token, doc: Doc, index: EntityIndex) -> EntityRef | None:
    """ "“Mr. President, the budget is balanced”", "“Madam Speaker, I rise …”": an office called
    by its form of address at the head of the quote is the person the article names in that
    office before the words (no one when it names none)."""
    i = first.i
    while i < len(doc) and doc[i].is_punct and doc[i].text != ",":
        i += 1  # an opening quote mark
    if i + 2 >= len(doc) or doc[i].lower_ not in _HONORIFICS:
        return None
    office = doc[i + 1:i + 3] if doc[i + 2].text != "," else doc[i + 1:i + 2]  # "Mr. Prime Minister,"
    if office.end >= len(doc) or doc[office.end].text != ",":
        return None
    if not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and not t.ent_type_ == "PERSON" for t in office):
        return None
    # (roles are kept word by word: "Prime Minister Karl Berg" holds "prime" and "minister")
    ref = index.find_by_role(office[-1].lower_, before=first.idx)
    cluster = index.cluster_by_id(ref.id) if ref is not None and ref.type == "person" else None
    return ref if cluster is not None and all(t.lower_ in cluster.roles for t in office) else None


_CLOSING = frozenset(". ! ? ,".split())


def _called_last(d, doc: Doc, index: EntityIndex) -> EntityRef | None:  # noqa: ANN001 - a draft
    """The person named by a comma, a title-and-name run and the end of a sentence of the quote
    ("…, Harlan.", "…, Judge Hale,” she said"), when the sentence speaks to them ("you", a
    command): "I thanked my running mate, Senator Berg." names him in apposition."""
    for part in d.contents:
        toks = [t for t in doc if part.start <= t.idx < part.end]
        for k, tok in enumerate(toks):
            if tok.text != "," or k + 1 >= len(toks):
                continue
            j = k + 1
            while j < len(toks) and toks[j].lower_ in _TITLES:
                j += 1
            names = []
            while j < len(toks) and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper():
                names.append(toks[j])
                j += 1
            if not names or len(names) > 3:
                continue
            ends_part = j >= len(toks) or toks[j].is_punct and all(t.is_punct for t in toks[j:])
            if not ends_part and toks[j].text not in ("." , "!", "?"):
                continue  # "…, Hale said it was wrong": the name goes on into the sentence
            if ends_part and j < len(toks) and toks[j].text not in _CLOSING:
                continue
            said_to = [t for t in doc[tok.sent.start:tok.i] if not t.is_punct]
            speaks_to = any(t.lower_ in _SECOND_PERSON for t in said_to) or any(
                t.tag_ == "VB" and t.dep_ == "ROOT" for t in said_to)
            if not speaks_to:
                continue  # ("I thanked my running mate, Senator Berg.": a name in apposition)
            ref = index.at(names[-1])
            if ref is None:
                ref = _person_called(names, index)
            if ref is not None and ref.type == "person":
                return ref
    return None


def _person_called(names: list[Token], index: EntityIndex) -> EntityRef | None:
    """The one person of the article a name inside the quote calls: by surname ("Voss"), or by
    a lone forename ("Harlan") when one person of the article has it."""
    last = names[-1].lower_
    by_surname = [c for c in index.clusters if c.type == "person" and c.name.split()[-1].lower() == last]
    if by_surname:
        return index.ref(by_surname[0])
    if len(names) == 1:
        by_forename = [c for c in index.clusters if c.type == "person" and len(c.name.split()) > 1
                       and c.name.split()[0].lower() == last]
        if len(by_forename) == 1:
            return index.ref(by_forename[0])
    return None
