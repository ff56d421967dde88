"""ROLE writer → outlet from a verb of writing whose place is a news outlet: "X, writing for
The Atlantic,", "X writes for Politico", "X wrote in The Washington Post", "X wrote in the
Post's opinion pages", "X wrote on RedState". Readers list the writer's place at the outlet as
they do for "a columnist for X". A platform ("wrote on Facebook") employs no one, and a
message sent to an outlet ("wrote in an email to the Post") is no place there."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..speakers import subject_of
from ._context import Context
from ._facts import told_as_fact

TRIGGER_WORDS = frozenset({"write", "writes", "wrote", "writing", "written"})

# Where a writer is read: the outlet itself, or its pages ("the Post's opinion pages").
_PAGE_NOUNS = frozenset({"page", "pages", "section", "column", "columns", "blog", "website", "site", "edition", "magazine"})


def at_token(ctx: Context, tok: Token) -> None:
    """The writer rule that starts at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "write":
        writer_at_outlet(ctx, tok)


def writer_at_outlet(ctx: Context, verb: Token) -> None:
    """ "X, writing for The Atlantic," → ROLE X → The Atlantic, role "writer"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in", "on"):
            continue
        for place in prep.children:
            outlet = _outlet(ctx, place) if place.dep_ == "pobj" else None
            if outlet is None or not told_as_fact(verb):
                continue
            for tok, person in ctx.actors(_writer(verb), ("person",)):
                ctx.add(person, "ROLE", ctx.ent(outlet), ctx.evidence(tok, verb, outlet), 0.6, role="writer")


# Pieces an outlet prints from people outside its staff ("wrote in a Baltimore Sun op-ed",
# which the tagger may take as one name with the paper).
_OUTSIDE_PIECES = frozenset({"op", "ed", "op-ed", "oped", "editorial", "letter", "essay"})


def _outlet(ctx: Context, place: Token) -> Token | None:
    """The outlet token ``place`` names: the outlet itself, or the owner of its pages."""
    if any(t.lower_ in _OUTSIDE_PIECES for t in place.subtree):
        return None
    if place.lower_ in _PAGE_NOUNS and place.pos_ == "NOUN":
        place = next((c for c in place.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        if place is None:
            return None
    ref = ctx.ent(place)
    if ref is None or ref.type != "media" or gazetteer.is_platform(ref.name):
        return None
    return place


def _writer(verb: Token) -> Token | None:
    """Who writes: the verb's subject, or the name a participle is set beside ("X, writing
    for Y," as an apposition or a modifier of X, or a clause of X's sentence)."""
    if verb.dep_ in ("appos", "acl") and verb.head.pos_ == "PROPN":
        return verb.head
    return subject_of(verb)
