"""ADVERSARY_OF from hostile intent said as a fact: a threat or a vow to harm or beat a named
side ("the Islamic State threatened to attack the United States", "Trump vowed to destroy
ISIS", "Clinton pledged to defeat Trump in November") — the threat or the vow is itself the
stance a reader lists, though the act is still to come; an effort set out on with the same
aim ("X is seeking to oust Y", "worked to defeat Y"); and what one side took from another
("Russia annexed Crimea from Ukraine", "the rebels seized the town from the government").

Negated threats and vows ("never threatened to attack Y", "vowed not to attack Y"), and threats
only asked about or supposed ("if X threatens to attack Y"), stay out."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .rivals import acting_sides, against, clause_sides, object_sides, quarrel_pairs

_SIDES = STATE_ACTORS + ("person",)

# Verbs of saying one will act: "threatened to", "vowed to", "pledged to"
_INTENT_VERBS = {"threaten", "vow", "pledge", "promise", "swear",
                 # and of setting out to: "is seeking to oust X", "tried to stop X", "worked to defeat X"
                 "seek", "try", "attempt", "aim", "plot", "scheme", "work", "move"}
# What they say they will do to the other side
_HARM_VERBS = {"attack", "destroy", "bomb", "invade", "strike", "crush", "punish", "eliminate", "annihilate",
               "obliterate", "defeat", "beat", "stop", "topple", "oust", "unseat", "impeach", "prosecute", "jail",
               "sue", "retaliate", "nuke", "annex", "overthrow", "sanction", "wipe"}
# Taking something "from" a side: "annexed Crimea from Ukraine", "seized the town from the rebels"
_TAKING_VERBS = {"annex", "seize", "wrest", "capture", "grab", "snatch", "retake", "recapture"}

TRIGGER_WORDS: frozenset[str] = frozenset()  # verbs only: every verb reaches ``at_token``


def at_token(ctx: Context, tok: Token) -> None:
    """The intent rules that start at ``tok``."""
    if tok.pos_ != "VERB" or modifies_noun(tok):
        return
    lemma = tok.lemma_.lower()
    if lemma in _INTENT_VERBS:
        hostile_intent(ctx, tok)
    if lemma in _TAKING_VERBS:
        taken_from(ctx, tok)


def hostile_intent(ctx: Context, verb: Token) -> None:
    """ "X threatened to attack Y", "X vowed to destroy Y" → ADVERSARY_OF (X, Y)."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _HARM_VERBS), None)
    if act is None or any(c.dep_ == "neg" for c in act.children) or not told_as_fact(verb):
        return
    if act.lemma_.lower() == "retaliate":
        targets = against(ctx, act, ("against",), _SIDES)
    else:
        obj = next((c for c in act.children if c.dep_ == "dobj"), None)
        targets = object_sides(ctx, obj, _SIDES)
    if targets:
        quarrel_pairs(ctx, acting_sides(ctx, verb)[:1], targets, verb, act, conf=0.55)


def taken_from(ctx: Context, verb: Token) -> None:
    """ "Russia annexed Crimea from Ukraine" → ADVERSARY_OF between the two (not "captured
    the mood from the crowd": both must be named sides)."""
    if not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    losers = against(ctx, verb, ("from",), STATE_ACTORS) or (
        against(ctx, obj, ("from",), STATE_ACTORS) if obj is not None else [])  # the parse hangs "from" on the object
    if losers:
        quarrel_pairs(ctx, clause_sides(ctx, verb, STATE_ACTORS)[:1], losers, verb, conf=0.6)
