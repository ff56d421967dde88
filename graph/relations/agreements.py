"""COMMUNICATED_WITH from an agreement two sides reach: "Hamas and Fatah signed an agreement",
"the Philippines and China reached an interim deal", "Azerbaijan signed a peace deal with
Armenia", "India and Pakistan agreed to a ceasefire", "the European Union's deal with Turkey".
A deal reached between two sides is the end of a negotiation between them, and readers list
the sides as having talked (``event`` "talks"), whatever the deal is about.

Only the sides: one side alone accepting a deal ("Israel agreed to the ceasefire proposed by
Egypt") names no partner, and those who broker, welcome or call for it are no side of it. A
deal not reached is no negotiation told ("failed to reach a deal", "will sign an accord", "did
not agree to a truce"). Whether the sides were at war is another question, left to the rules
of enmity (``truces`` reads it where the article tells a war)."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context, asserted
from .contact_edges import emit, pairwise
from .contact_lexicon import ACTOR_TYPES
from .continued_subjects import acting_parties
from .participants import objects_of, parties

# Nouns of a deal two sides strike.
_DEAL_NOUNS = {"agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty",
               "treaties", "ceasefire", "cease-fire", "truce", "armistice", "settlement", "memorandum"}
# Verbs whose subjects reach the deal together (or with the "with" side): "signed", "reached",
# "agreed to/on". Verbs of proposing, brokering or welcoming have one side or none as subject.
_STRIKING_VERBS = {"sign", "reach", "strike", "seal", "conclude", "ink", "clinch", "finalize", "finalise", "agree"}


def agreement_noun(ctx: Context, noun: Token) -> None:
    """The sides of a deal ``noun`` names as COMMUNICATED_WITH (``event`` "talks")."""
    if noun.lower_ not in _DEAL_NOUNS:
        return
    verb = _striking_verb(noun)
    if verb is None:
        _possessed_deal(ctx, noun)
        return
    if not asserted(verb):
        return
    with_sides = [p for t in (noun, verb) for g in objects_of(t, ("with",)) for p in parties(ctx, g)]
    between = [p for g in objects_of(noun, ("between",)) for p in parties(ctx, g)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "tensions between X and Y, which reached a deal": the pair the clause is on
        while subj.dep_ == "conj" and subj.head.pos_ == "PROPN":
            subj = subj.head
    subjects = acting_parties(ctx, subj) if subj is not None else []
    subjects = [s for s in subjects if s[1].type in ACTOR_TYPES]
    cue = verb.lemma_.lower()
    if len(between) >= 2:
        pairwise(ctx, between, noun, "talks", cue, 0.6)  # "signed an agreement between X and Y"
    elif subjects and with_sides:
        emit(ctx, subjects, with_sides, noun, "talks", cue, 0.6)  # "X signed a deal with Y"
    elif len(subjects) >= 2:
        pairwise(ctx, subjects, noun, "talks", cue, 0.6)  # "X and Y reached a deal"


def _possessed_deal(ctx: Context, noun: Token) -> None:
    """ "the European Union's deal with Turkey", "Lind's trade pact with Peru": a deal its
    possessor holds with the "with" side is one the two struck (not "a proposed deal", nor "X's
    call for a deal with Y", nor "if X's deal with Y collapses": ``asserted`` reads those)."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None or noun.dep_ == "pobj" and noun.head.lower_ == "for" or not asserted(noun):
        return
    holders = parties(ctx, poss)
    with_sides = [p for g in objects_of(noun, ("with",)) for p in parties(ctx, g)]
    if holders and with_sides:
        emit(ctx, holders, with_sides, noun, "talks", noun.lower_, 0.55)


def _striking_verb(noun: Token) -> Token | None:
    """The verb that says the deal was struck: its object ("signed a deal"), or "agreed to/on a
    truce"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _STRIKING_VERBS - {"agree"}:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "on") and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() == "agree":
        return head.head
    return None
