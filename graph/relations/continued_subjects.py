"""The person a pronoun continues, for the parties of an event: a subject "he"/"she" (the subject of
the clause it is embedded in, or of the sentence before), a possessive "his"/"her", and the
person or state the sentence before is about, as the holder of an event told without one.

Kept apart from ``participants`` (the actors a token names itself), which it reads.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..entities import PERSON_PRONOUNS
from ..entities.datelines import is_dateline_place
from ..model import EntityRef
from ._context import FIRST_PERSON, Context
from .participants import parties


def _undated(subj: Token) -> Token | None:
    """The subject itself, or for a dateline read as the subject the apposition the parser hung
    the real subject on (none when there is no such apposition)."""
    if not is_dateline_place(subj):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos"), None)


def continued_subject(ctx: Context, pron: Token) -> tuple[Token, EntityRef] | None:
    """``_continued_subject``, never the speaker of the verbatim words the pronoun stands in:
    "Holt spoke on Monday. “He is talking to Democrats,” she said" is not about her."""
    found = _continued_subject(ctx, pron)
    speaker = ctx.words_of(pron)
    return None if found is not None and speaker is not None and found[1].id == speaker.id else found


def acting_parties(ctx: Context, subj: Token, context_tok: Token | None = None) -> list[tuple[Token, EntityRef]]:
    """The parties a clause's subject names, as ``parties``; a pronoun other than "I"/"we" stands
    for the subject it continues ("he"/"she", ``continued_subject``), or for no one ("they",
    "it"): "he repeated it on X's show" is the one the sentences before were about."""
    if subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON:
        kept = continued_subject(ctx, subj) if subj.lower_ in ("he", "she") else None
        return [(subj, kept[1])] if kept is not None else []
    return parties(ctx, subj, context_tok)


def _continued_subject(ctx: Context, pron: Token) -> tuple[Token, EntityRef] | None:
    """The person a subject "he"/"she" continues: the subject of a clause it is embedded in
    ("Ruiz said she had met X"), else the main subject of the sentence before (a pronoun
    there is followed back one more sentence); the nearest name read is no guide ("met X,
    head of the agency, … He was also meeting Y": he is not X)."""
    want = PERSON_PRONOUNS.get(pron.lower_)

    def person(t: Token) -> tuple[Token, EntityRef] | None:
        if t.pos_ == "PRON":
            return None
        for tok, ref in parties(ctx, t):
            if ref.type == "person" and ctx.resolver.gender(ref) in (None, want):
                return tok, ref
        return None

    head = pron.head
    for _ in range(6):  # the clauses the pronoun's clause is embedded in
        if head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in head.children):
            # "flew to Athens, where he met X": the one who went there, the subject of the
            # verb the place hangs on
            place, owner = _place_of_clause(head, person)
            if owner is not None:
                return owner
            if place.pos_ not in ("VERB", "AUX"):
                break
            head = place
        elif head.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "dep") or head.head.i == head.i:
            break
        else:
            head = head.head
        subj = next((u for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i
                     for u in [_undated(c)] if u is not None), None)
        if subj is not None:
            found = person(subj)
            if found is not None:
                return found
            if subj.pos_ != "PRON":
                return None  # "the talks ended, and he met X": someone not named as a person
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= pron.i < s.end)
    own_root = sents[here].root
    # the main subject of this sentence before the pronoun ("Ruiz arrived and he met X")
    candidates = [u for c in own_root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i
                  for u in [_undated(c)] if u is not None]
    for k in range(here - 1, max(-1, here - 3), -1):
        root = sents[k].root
        candidates += [c for v in [root, *[c for c in root.children if c.dep_ == "conj"]]
                       for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                       for u in [_undated(c)] if u is not None][:1]
    for c in candidates:
        if c.pos_ == "PRON" and c.lower_ == pron.lower_:
            continue  # "He said … He met": one more sentence back
        found = person(c)
        if found is not None:
            return found
        if c.pos_ != "PRON":
            return None  # the sentence before is about someone or something else
    return None


# nouns of a journey, whose owner went where the journey went: "his trip to Beijing, where he met X"
_JOURNEYS = frozenset("visit trip tour journey stop stopover".split())


def _place_of_clause(clause: Token, person: Callable[[Token], tuple[Token, EntityRef] | None]
                     ) -> tuple[Token, tuple[Token, EntityRef] | None]:
    """The word a "where"/"when" clause's place hangs on, up through its phrase ("flew to
    Athens, where …": "flew"), and the person who made a journey named on the way ("after
    Rasheed's trip to Beijing, where he met X": Rasheed, as ``person`` reads the owner)."""
    place = clause.head
    while place.dep_ in ("pobj", "prep", "npadvmod") and place.head.i != place.i:
        place = place.head
        if place.pos_ == "NOUN" and place.lemma_.lower() in _JOURNEYS:
            # "after Rasheed's trip to Beijing, where he met X": the one who made the trip
            owner = next((person(c) for c in place.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None:
                return place, owner
    return place, None


def topic_before(ctx: Context, noun: Token, others: set[str]) -> list[tuple[Token, EntityRef]]:
    """The person or state the sentence before is about (its main subject), as the holder of
    an event told without one; none when that subject is something else."""
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    if here == 0:
        return []
    root = sents[here - 1].root
    subj = next((u for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for u in [_undated(c)] if u is not None),
                None)
    if subj is None:
        return []
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
        found = continued_subject(ctx, subj)
        return [(noun, found[1])] if found is not None and found[1].id not in others else []
    return [(noun, r) for _, r in parties(ctx, subj) if r.type in ("person", "country") and r.id not in others][:1]


def possessor(ctx: Context, pron: Token, others: set[str]) -> EntityRef | None:
    """The person "his"/"her" stands for: the nearest person of that gender named before,
    other than the event's other side, when that person is a subject there ("Trump praised
    NATO … his summit with Putin"); otherwise none (too often someone else)."""
    want = PERSON_PRONOUNS.get(pron.lower_)
    for _, cluster in ctx.index.persons_before(pron.idx):
        ref = ctx.index.ref(cluster)
        if ref.id in others or ctx.resolver.gender(ref) not in (None, want):
            continue
        same_sentence = ctx.index.layout.sent_of[ctx.doc.char_span(*_first_mention_before(cluster, pron.idx),
                                                                   alignment_mode="expand").start] \
            == ctx.index.layout.sent_of[pron.i]
        return ref if same_sentence or ctx.was_subject(ref, pron) else None
    return None


def _first_mention_before(cluster, char: int) -> tuple[int, int]:  # noqa: ANN001 - an EntityIndex cluster
    """The (start, end) of the cluster's last mention ending before ``char``."""
    return max(((m.start, m.end) for m in cluster.mentions if m.end <= char), default=(0, 0))
