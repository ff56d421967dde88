"""ROLE founder said by the verb "found": "X, who founded the Leadership Institute", "the
Institute, founded by X in 1979", "X co-founded the group". Founding is a past act that
leaves a lasting title (a founder stays the founder), so the tense does not make it "former";
a denial or a plan ("did not found", "plans to found") founds nothing."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ..speakers import subject_of
from ._context import Context, asserted

TRIGGER_WORDS: frozenset[str] = frozenset()  # verbs only: every verb reaches ``at_token``

# "found" as the verb of starting a body; "found" as the past of "find" has the lemma "find".
_FOUND_VERBS = {"found": "founder", "co-found": "co-founder", "cofound": "co-founder"}
# What a person founds and holds a title at: a body, a party, an outlet.
_BODIES = ("organization", "media")


def at_token(ctx: Context, verb: Token) -> None:
    """The founder of a named body, wherever the clause puts the two."""
    role = _FOUND_VERBS.get(verb.lemma_.lower())
    if role is None or verb.pos_ != "VERB":
        return
    if verb.i >= 2 and ctx.doc[verb.i - 1].text == "-" and ctx.doc[verb.i - 2].lower_ == "co":
        role = "co-founder"  # "who co-founded X": the parse splits the word at its hyphen
    # a clause on a noun tells its own fact: the main verb's "will" or "if" is not its own
    if not asserted(verb, steps=1 if verb.dep_ in ("acl", "relcl") else 8):
        return
    if any(c.dep_ == "agent" for c in verb.children):
        _founded_by(ctx, verb, role)
    else:
        _who_founded(ctx, verb, role)


def _who_founded(ctx: Context, verb: Token, role: str) -> None:
    """ "X founded ORG", "X, who founded ORG", "X, the activist who founded ORG"."""
    body_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
    body = ctx.ent(body_tok)
    if body is None or body.type not in _BODIES:
        return
    if verb.dep_ in ("relcl", "acl"):
        holder_tok = verb.head
        if holder_tok.pos_ == "NOUN" and ctx.ent(holder_tok) is None and holder_tok.dep_ == "appos":
            holder_tok = holder_tok.head  # "X, the activist who founded ORG": the apposition's person
    else:
        holder_tok = subject_of(verb)
        if holder_tok is None or holder_tok.dep_ != "nsubj":
            return
    holder = ctx.ent(holder_tok, resolve=True)
    if _person(holder):
        ctx.add(holder, "ROLE", body, ctx.evidence(holder_tok, body_tok), 0.7, role=role)


def _founded_by(ctx: Context, verb: Token, role: str) -> None:
    """ "ORG, founded by X", "ORG was founded by X in 1979"."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for holder_tok in (g for g in agent.children if g.dep_ == "pobj"):
            holders = [holder_tok, *(c for c in holder_tok.children if c.dep_ == "conj")]
            # "founded by billionaire and activist X": the parse may make the name a conjunct
            # of the description before it, or an apposition to it
            holders += [c for c in holder_tok.children if c.dep_ == "appos"]
            holders += [g for c in holder_tok.children if c.dep_ == "conj" and ctx.ent(c) is None
                        for g in c.subtree if g.pos_ == "PROPN"][:1]
            body_tok = verb.head if verb.dep_ == "acl" else next(
                (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            body = ctx.ent(body_tok, resolve=True)
            if body is None or body.type not in _BODIES:
                return
            for tok in holders:
                holder = ctx.ent(tok)
                if _person(holder):
                    ctx.add(holder, "ROLE", body, ctx.evidence(body_tok, tok), 0.7, role=role)


def _person(ref: EntityRef | None) -> bool:
    return ref is not None and ref.type == "person"
