"""ALLY_OF from backing given by acts, one person for another: a vote ("X voted for Y", "cast
her ballot for Y") and money raised ("X raised money for Y", "hosted a fundraiser for Y").

Between two named persons only ("voted for the bill", "raised money for the victims" back no
one), and only as a fact ("would vote for Y", "did not raise money for Y" stay out)."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context
from ._facts import modifies_noun, told_as_fact
from .rivals import against, clause_sides

_PEOPLE = ("person",)

# "cast his vote for Y", "raised money for Y", "held a fundraiser for Y": the object and its verbs
_BACKING_OBJECTS = {"vote": {"cast"}, "ballot": {"cast"}, "money": {"raise"}, "funds": {"raise"},
                    "cash": {"raise"}, "fundraiser": {"hold", "host", "throw", "headline"},
                    "fundraisers": {"hold", "host", "throw", "headline"}}

TRIGGER_WORDS = frozenset(_BACKING_OBJECTS) | {"voted", "votes", "voting"}


def at_token(ctx: Context, tok: Token) -> None:
    """The backing rules that start at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "vote":
        voted_for(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _BACKING_OBJECTS and tok.dep_ == "dobj":
        backed_with(ctx, tok)


def voted_for(ctx: Context, verb: Token) -> None:
    """ "X voted for Y" → ALLY_OF between two persons."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    chosen = [a for a in against(ctx, verb, ("for",), _PEOPLE) if a[0].pos_ == "PROPN"]
    if chosen:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], chosen[:1], verb, conf=0.55)


def backed_with(ctx: Context, noun: Token) -> None:
    """ "X cast her vote for Y", "X raised money for Y", "X hosted a fundraiser for Y"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BACKING_OBJECTS[noun.lower_] or modifies_noun(verb) \
            or not told_as_fact(verb):
        return
    chosen = against(ctx, noun, ("for",), _PEOPLE) or against(ctx, verb, ("for",), _PEOPLE)
    chosen = [a for a in chosen if a[0].pos_ == "PROPN"]
    if chosen:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], chosen[:1], verb, noun, conf=0.55)
